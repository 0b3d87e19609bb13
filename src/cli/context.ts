import type { Readable, Writable } from 'node:stream';

/** Everything a command may touch of the outside world, passed in so tests can run commands in-process. */
export interface CommandContext {
  /** Arguments after the command name. */
  argv: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  stdin: Readable & { isTTY?: boolean };
  /** Aborted on SIGINT/SIGTERM. */
  signal: AbortSignal;
}

/** A command returns its exit code, or throws an OrderformError. */
export type Command = (ctx: CommandContext) => Promise<number>;
