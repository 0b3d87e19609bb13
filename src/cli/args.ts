import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

/** Options every command that talks to (or about) an endpoint accepts. */
export const commonOptions = {
  endpoint: { type: 'string' },
  emulator: { type: 'boolean' },
  'state-dir': { type: 'string' },
  state: { type: 'string' },
  output: { type: 'string', short: 'o' },
  'no-color': { type: 'boolean' },
  verbose: { type: 'boolean', short: 'v' },
  'allow-insecure-http': { type: 'boolean' },
  'allow-foreign-urls': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpec;

export interface ParsedArgs<T extends OptionSpec> {
  values: {
    [K in keyof T]?: T[K]['type'] extends 'boolean'
      ? boolean
      : T[K]['multiple'] extends true
        ? string[]
        : string;
  };
  positionals: string[];
}

/** Strict parsing: unknown options and missing values are usage errors (exit 3), never ignored. */
export function parseCommandArgs<T extends OptionSpec>(
  command: string,
  argv: string[],
  options: T,
): ParsedArgs<T> {
  try {
    const parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return parsed as unknown as ParsedArgs<T>;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${command}: ${message.replace(/\. To specify a positional.*$/s, '')}`, {
      hint: `Run 'orderform ${command} --help' for the options.`,
    });
  }
}

/** Reads `--output`, checking it against the formats the command supports. */
export function parseOutputFormat<F extends string>(
  command: string,
  value: string | undefined,
  allowed: readonly F[],
): F {
  const format = (value ?? allowed[0]) as F;
  if (!allowed.includes(format)) {
    throw new UsageError(`${command}: --output must be one of ${allowed.join(', ')}; got '${value}'`);
  }
  return format;
}
