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
  --require-contact    the franchise requires contacts and payment: validate/submit of a new
                       account fail ("Contact info type billing is not set") until they are set
  --any-currency       accept any ISO currency and IETF language, not only the catalog's lists
  --open-after-submit  accept changes to a submitted order (only DELETE of the order is refused)
  -h, --help           this help

Control endpoint (tests and demos): GET /__emulator/requests, GET /__emulator/state,
GET|POST|DELETE /__emulator/faults, POST /__emulator/reset.

Examples:
  orderform emulator --port 8080                        then: orderform apply --endpoint http://127.0.0.1:8080 ...
  orderform emulator --latency 100                      every answer 100 ms late
  orderform emulator --fault '{"kind":"status","status":503,"nth":3}'
`;

const options = {
  host: { type: 'string' },
  port: { type: 'string' },
  latency: { type: 'string' },
  catalog: { type: 'string' },
  'trailing-slash': { type: 'boolean' },
  fault: { type: 'string', multiple: true },
  'require-contact': { type: 'boolean' },
  'any-currency': { type: 'boolean' },
  'open-after-submit': { type: 'boolean' },
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
    requireContact: values['require-contact'] === true,
    franchiseLists: values['any-currency'] !== true,
    readOnlyAfterSubmit: values['open-after-submit'] !== true,
  };
  if (values.catalog !== undefined) emulatorOptions.catalog = values.catalog;
  const staleQuote = values['stale-quote'];
  if (staleQuote !== undefined) {
    if (staleQuote !== 'reject' && staleQuote !== 'ignore')
      throw new UsageError(`emulator: --stale-quote must be reject or ignore; got '${staleQuote}'`);
    emulatorOptions.staleQuote = staleQuote;
  }
  if (ctx.signal.aborted) return 0;

  const emulator = await listen(emulatorOptions);
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

/** A busy or forbidden port is the user's to fix, not a bug: say so plainly (exit 3). */
async function listen(options: EmulatorOptions): Promise<Awaited<ReturnType<typeof startEmulator>>> {
  try {
    return await startEmulator(options);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const where = `${options.host}:${options.port}`;
    if (code === 'EADDRINUSE')
      throw new UsageError(`emulator: cannot listen on ${where}: the port is already in use`, {
        hint: 'Choose another --port, or --port 0 for any free port (the URL is printed).',
      });
    if (code === 'EACCES' || code === 'EADDRNOTAVAIL')
      throw new UsageError(
        `emulator: cannot listen on ${where}: ${code === 'EACCES' ? 'permission denied' : 'no such local address'}`,
        {
          hint: 'Choose a port above 1023 and an address of this machine with --host and --port.',
        },
      );
    throw error;
  }
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
