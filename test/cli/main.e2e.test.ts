import { PassThrough, Writable } from 'node:stream';
import { describe, it } from 'vitest';
import { runCommand } from '../../src/cli/main.js';
import { runCli } from '../helpers/cli.js';

describe.concurrent('orderform (entry)', () => {
  it('prints usage with --help and exits 0', async ({ expect }) => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('orderform apply    <paths...|plan.json>');
    expect(result.stdout).toContain('3 invalid input');
  });

  it('treats an unknown command as a usage error: exit 3, usage on stderr', async ({ expect }) => {
    const result = await runCli(['aply', 'x.yaml']);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain("unknown command 'aply'");
  });

  it('treats an unknown option as a usage error naming it', async ({ expect }) => {
    const result = await runCli(['plan', '--endpiont', 'https://api.hostway.com', 'manifests']);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/error: plan: Unknown option '--endpiont'/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports an unexpected failure as a bug: exit 70 with the stack and a request to report it', async ({
    expect,
  }) => {
    const broken = new Writable({
      write() {
        throw new TypeError('stdout exploded');
      },
    });
    const stderr = new PassThrough();
    let text = '';
    stderr.on('data', (chunk: Buffer) => {
      text += chunk.toString();
    });
    const code = await runCommand('plan', {
      argv: ['--help'],
      env: {},
      cwd: process.cwd(),
      stdout: broken,
      stderr,
      stdin: new PassThrough(),
      signal: new AbortController().signal,
    });
    expect(code).toBe(70);
    expect(text).toContain('internal error: TypeError: stdout exploded');
    expect(text).toContain('This is a bug in orderform');
  });
});
