import { PassThrough, Writable } from 'node:stream';
import { runCommand } from '../../src/cli/main.js';
import type { CliResult } from './cli.js';
import { cliEnv } from './cli-env.js';

/** A stream that keeps what is written to it, not a terminal (as a spawned CLI's pipes). */
function sink(): Writable & { text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  return Object.assign(stream, { text: () => text });
}

/**
 * Runs `orderform <args>` in this process through the same entry the bin uses after wiring its
 * streams (runCommand: the command, its error rendering and exit code), with the environment a
 * spawned run gets. For commands that need no process of their own: no signals, no exit.
 */
export async function runInProcess(
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<CliResult> {
  const stdout = sink();
  const stderr = sink();
  const stdin = new PassThrough();
  stdin.end();
  const [name, ...argv] = args;
  const code = await runCommand(name, {
    argv,
    env: cliEnv(options.env),
    cwd: options.cwd,
    stdout,
    stderr,
    stdin,
    signal: new AbortController().signal,
  });
  return { code, signal: null, stdout: stdout.text(), stderr: stderr.text() };
}
