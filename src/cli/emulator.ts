import { parseFaultRule } from '../emulator/faults.js';
import type { EmulatorOptions, FaultRule } from '../emulator/index.js';
import { startEmulator } from '../emulator/index.js';
import { UsageError } from '../errors.js';
import { parseCommandArgs } from './args.js';
import type { CommandContext } from './context.js';

const HELP = `Usage: orderform emulator [options]

Runs the local OrderAPI + Product Catalog emulator in the foreground until SIGINT/SIGTERM.

Options:
  --host HOST          interface to listen on (default 127.0.0.1)
  --port N             port (default 0: any free port; the URL is printed)
  --latency MS         delay every API response by MS milliseconds
  --catalog FILE       serve this catalog JSON instead of the bundled sample
  --trailing-slash     end Location headers and links with '/', as the real API sometimes does
 --stale-quote MODE   a validate/submit whose quoteHash no longer matches: reject (409, default) | ignore
  --fault JSON         arm a fault rule, e.g. '{"kind":"status","status":503,"nth":3}' (repeatable)
  -h, --help           this help

Control endpoint (tests and demos): GET /__emulator/requests, GET /__emulator/state,
GET|POST|DELETE /__emulator/faults, POST /__emulator/reset.
`;

const options = {
  host: { type: 'string' },
  port: { type: 'string' },
  latency: { type: 'string' },
  catalog: { type: 'string' },
  'trailing-slash': { type: 'boolean' },
  fault: { type: 'string', multiple: true },
  'stale-quote': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function runEmulator(ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs('emulator', ctx.argv, options);
  if (values.help) {
    ctx.stdout.write(HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`emulator: unexpected argument '${positionals[0]}'`);
  const emulatorOptions: EmulatorOptions = {
    host: values.host ?? '127.0.0.1',
    port: wholeNumber('--port', values.port, 0, 65_535) ?? 0,
    latencyMs: wholeNumber('--latency', values.latency, 0, 600_000) ?? 0,
    trailingSlash: values['trailing-slash'] ?? false,
    faults: (values.fault ?? []).map(parseFault),
  };
  if (values.catalog !== undefined) emulatorOptions.catalog = values.catalog;
  const staleQuote = values['stale-quote'];
  if (staleQuote !== undefined) {
    if (staleQuote !== 'reject' && staleQuote !== 'ignore')
      throw new UsageError(`emulator: --stale-quote must be reject or ignore; got '${staleQuote}'`);
    emulatorOptions.staleQuote = staleQuote;
  }
  if (ctx.signal.aborted) return 0;

  const emulator = await startEmulator(emulatorOptions);
  ctx.stdout.write(`orderform emulator listening on ${emulator.url}\n`);
  if (!isLoopback(emulatorOptions.host ?? '127.0.0.1')) {
    ctx.stderr.write(
      `warning: listening on ${emulatorOptions.host}: anyone who can reach it can read and reset the emulator through /__emulator/\n`,
    );
  }
  await new Promise<void>((resolve) => {
    if (ctx.signal.aborted) resolve();
    else ctx.signal.addEventListener('abort', () => resolve(), { once: true });
  });
  await emulator.close();
  return 0;
}

function wholeNumber(flag: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) {
    throw new UsageError(`emulator: ${flag} must be a whole number from ${min} to ${max}; got '${value}'`);
  }
  return n;
}

function parseFault(text: string): FaultRule {
  try {
    return parseFaultRule(JSON.parse(text));
  } catch (error) {
    throw new UsageError(`emulator: --fault ${error instanceof Error ? error.message : String(error)}`, {
      hint: `Example: --fault '{"kind":"status","status":503,"nth":3,"method":"POST","path":"/services$"}'`,
    });
  }
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}
