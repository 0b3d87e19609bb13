import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, ROOT, runCli } from '../helpers/cli.js';
import { call, openVpsOrder } from '../helpers/emulator.js';

/** Starts `orderform emulator` from the built bundle and resolves once it prints its URL. */
function startCli(args: string[]): Promise<{
  url: string;
  stop(signal: NodeJS.Signals): Promise<{ code: number | null; stdout: string; stderr: string }>;
}> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'emulator', ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`emulator did not start: ${stderr}`));
    }, 15_000);
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const match = /^orderform emulator listening on (http:\/\/127\.0\.0\.1:\d+)\n/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve({
          url: match[1]!,
          stop: async (signal) => {
            child.kill(signal);
            return { code: await exited, stdout, stderr };
          },
        });
      }
    });
    child.on('error', reject);
  });
}

describe('orderform emulator', () => {
  it('prints its URL, serves the API and exits 0 on SIGTERM', async () => {
    const cli = await startCli(['--port', '0', '--trailing-slash']);
    const order = await openVpsOrder(cli);
    expect(order.orderUrl).toMatch(new RegExp(`^${cli.url}/orders/[0-9a-f]{40}/$`));
    const state = (await call('GET', `${cli.url}/__emulator/state`)).json();
    expect(state.orders[0].products[0].services).toHaveLength(1);
    const result = await cli.stop('SIGTERM');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`orderform emulator listening on ${cli.url}\n`);
  });

  it('exits 0 on SIGINT too, and applies --latency and --fault', async () => {
    const cli = await startCli([
      '--latency',
      '50',
      '--fault',
      '{"kind":"status","status":503,"path":"^/productSpecifications$"}',
    ]);
    const started = performance.now();
    const answer = await call('GET', `${cli.url}/productSpecifications`);
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toBe('1');
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
    expect((await cli.stop('SIGINT')).code).toBe(0);
  });

  it('serves a --catalog file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'orderform-cli-catalog-'));
    const file = join(dir, 'catalog.json');
    writeFileSync(
      file,
      JSON.stringify({
        franchise: { currencies: ['USD'], languages: ['en-US'], defaultLanguage: 'en-US' },
        productSpecifications: [],
        serviceSpecifications: [],
      }),
    );
    // Empty lists are refused: a catalog without plans cannot take an order.
    const refused = await runCli(['emulator', '--catalog', file]);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('$.productSpecifications: must not be empty');

    const cli = await startCli(['--catalog', join(ROOT, 'src/emulator/catalog.sample.json')]);
    expect((await call('GET', `${cli.url}/serviceSpecifications/core.vps.virtuozzo.ip`)).status).toBe(200);
    expect((await cli.stop('SIGTERM')).code).toBe(0);
  });

  it.each([
    [['--nope'], /Unknown option '--nope'/],
    [['--port', 'abc'], /--port must be a whole number from 0 to 65535; got 'abc'/],
    [['--latency', '-1'], /--latency/],
    [
      ['--catalog', '/nonexistent/catalog.json'],
      /catalog \/nonexistent\/catalog\.json is invalid:\n {2}file not found/,
    ],
    [['--fault', '{"kind":"boom"}'], /--fault fault 'kind' must be one of/],
    [['extra'], /unexpected argument 'extra'/],
  ])('exits 3 for %j', async (args, message) => {
    const result = await runCli(['emulator', ...args]);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  it('prints help', async () => {
    const result = await runCli(['emulator', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('orderform emulator [options]');
  });
});
