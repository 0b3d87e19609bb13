import { ExitCode, type Issue, isInputError, isOrderformError } from '../errors.js';
import { loadCachedBundle } from './cached-bundle.js';
import type { Command, CommandContext } from './context.js';

const VERSION = '0.1.0';

const USAGE = `orderform ${VERSION}: declarative orders for the Hostway OrderAPI

Usage:
  orderform validate <paths...>            check manifests; sends nothing
  orderform plan     <paths...>            print the exact calls apply would make
  orderform apply    <paths...|plan.json>  place the orders
  orderform status   <paths...>            what the recorded state says about each order
  orderform emulator                       run the local OrderAPI emulator in the foreground
  orderform catalog  [PRODUCT_SPEC]        browse the Product Catalog: offerings, services, cycles, prices
  orderform cancel   <paths...>            delete an open (unsubmitted) order

Common options:
  --endpoint URL       API endpoint (default: $HOSTWAY_API_URL)
  --emulator           start the bundled emulator in-process and use it as the endpoint
  --state-dir DIR      where apply records progress (default: .orderform)
  --output FORMAT      text | json (plan also: markdown)
  --no-color           plain output
  --verbose            more detail
  -h, --help           help for a command

Exit codes: 0 ok, 1 apply failed (resumable), 2 changes pending (plan --detailed-exitcode),
3 invalid input, 4 locked, 5 conflict with recorded state, 6 refused by the price guard
(nothing bought; the order stays open), 70 internal error.
`;

// Each command is its own chunk: validate and plan never load the HTTP or terminal-UI stacks.
const commands: Record<string, () => Promise<Command>> = {
  validate: async () => (await import('./validate.js')).runValidate,
  plan: async () => (await import('./plan.js')).runPlan,
  // apply runs from one CommonJS bundle with a V8 code cache made at build time: compiling its
  // ~1.2 MB (yaml, the HTTP stack) is most of what it would cost before its first request. From
  // the sources (tests) there is no bundle, and the module is imported as usual.
  apply: async () =>
    (loadCachedBundle(new URL('./apply-command.cjs', import.meta.url))?.runApply as Command | undefined) ??
    (await import('./apply.js')).runApply,
  status: async () => (await import('./status.js')).runStatus,
  emulator: async () => (await import('./emulator.js')).runEmulator,
  catalog: async () => (await import('./catalog.js')).runCatalog,
  cancel: async () => (await import('./cancel.js')).runCancel,
};

export function renderIssue(issue: Issue): string {
  const where = `${issue.file}:${issue.line}:${issue.column}`;
  const doc = issue.document > 0 ? ` (document ${issue.document + 1})` : '';
  const path = issue.path === '' ? '' : ` ${issue.path}:`;
  return `${where}${doc}:${path} ${issue.message}`;
}

export function renderError(error: unknown): string {
  if (isInputError(error)) {
    const lines = error.issues.map((issue) => `error: ${renderIssue(issue)}`);
    lines.push(`${error.message}; nothing was sent.`);
    if (error.hint) lines.push(`hint: ${error.hint}`);
    return `${lines.join('\n')}\n`;
  }
  if (isOrderformError(error)) {
    return `error: ${error.message}\n${error.hint ? `hint: ${error.hint}\n` : ''}`;
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return `internal error: ${stack}\nThis is a bug in orderform. Please report it with the command you ran and this output.\n`;
}

export async function runCommand(name: string | undefined, ctx: CommandContext): Promise<number> {
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    ctx.stdout.write(USAGE);
    return name === undefined ? ExitCode.invalidInput : ExitCode.ok;
  }
  if (name === '--version' || name === '-V') {
    ctx.stdout.write(`${VERSION}\n`);
    return ExitCode.ok;
  }
  const load = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!load) {
    ctx.stderr.write(`error: unknown command '${name}'\n\n${USAGE}`);
    return ExitCode.invalidInput;
  }
  try {
    const command = await load();
    return await command(ctx);
  } catch (error) {
    ctx.stderr.write(renderError(error));
    return isOrderformError(error) ? error.exitCode : ExitCode.internal;
  }
}

/** The process entry: wires the real streams and signals, returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const controller = new AbortController();
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals): void => {
    signals += 1;
    if (signals > 1) process.exit(ExitCode.applyFailed);
    process.stderr.write(`\nReceived ${signal}: finishing requests in flight, starting no new ones.\n`);
    controller.abort(signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const [name, ...rest] = argv;
  const code = await runCommand(name, {
    argv: rest,
    env: process.env,
    cwd: process.cwd(),
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    signal: controller.signal,
  });
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  return code;
}
