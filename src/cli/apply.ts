import { credentialsFromEnv } from '../api/credentials.js';
import { requestedEndpoint } from '../api/endpoint.js';
import { type ApplyRequest, runApplyCommand } from '../apply/apply-command.js';
import { renderApplyRefusal, renderApplyRun } from '../apply/apply-output.js';
import { retryPolicyFromEnv } from '../apply/backoff.js';
import { streamTerminal } from '../apply/confirm.js';
import { DEFAULT_PARALLELISM, DEFAULT_TIMEOUT_MS } from '../apply/defaults.js';
import { ExitCode, UsageError } from '../errors.js';
import { chooseRunStateLocation } from '../state/open.js';
import { commonOptions, type ParsedArgs, parseCommandArgs, parseOutputFormat } from './args.js';
import type { CommandContext } from './context.js';
import { parseDuration } from './duration.js';
import { appendStepSummary } from './github.js';
import { parsePriceLimits } from './price-limits.js';

const applyOptions = {
  ...commonOptions,
  parallelism: { type: 'string' },
  'dry-run': { type: 'boolean' },
  yes: { type: 'boolean', short: 'y' },
  timeout: { type: 'string' },
  'lock-timeout': { type: 'string' },
  'max-total': { type: 'string' },
  'max-increase': { type: 'string' },
  'retry-time': { type: 'string' },
} as const;

const HELP = `Usage: orderform apply <paths...|plan.json> [options]

Places the orders the manifests describe (or executes a saved plan exactly), exactly once:
progress is journaled under the state dir, and running apply again resumes.

Options:
  --endpoint URL          API endpoint (default: $HOSTWAY_API_URL); https unless loopback
  --emulator              start the bundled emulator in-process and use it (nothing real is ordered)
  --state LOCATION        where progress is recorded: a directory or postgres:// URL
                          (default: $ORDERFORM_STATE, else .orderform; --state-dir DIR is the same)
  --lock-timeout DURATION wait this long for an order locked by another apply (default: 0)
  --parallelism N         requests in flight at once, across orders (default: ${DEFAULT_PARALLELISM})
  --dry-run               walk the plan as apply would (same refusals); send and record nothing
  -y, --yes               do not ask for confirmation (required without a terminal)
  --timeout MS            per-request timeout, body included (default: ${DEFAULT_TIMEOUT_MS})
  --retry-time MS         longest a step keeps retrying (default: 300000)
  --max-total AMOUNT      price guard: do not submit when the quote's Total is above AMOUNT
                          (overrides spec.maxTotal); exit 6, the order stays open
  --max-increase PERCENT  a saved plan's estimate may be exceeded by this much (default: 0)
  -o, --output FORMAT     text | json
  --no-color              plain output
  -v, --verbose           log every request (headers redacted) to stderr
  --allow-insecure-http   allow a non-loopback http:// endpoint (with a warning)
  --allow-foreign-urls    allow absolute offering/service URLs on another origin

Credentials: HOSTWAY_USERNAME / HOSTWAY_PASSWORD (sent as HTTP Basic; never printed).

Examples:
  orderform apply --emulator manifests/vps-virtuozzo.yaml     try it: nothing real is ordered
  orderform apply manifests/ --endpoint https://api.hostway.com --yes
  orderform apply plan.json --yes                             exactly the plan saved by plan --out
  orderform apply manifests/ --dry-run                        walk the plan; send nothing
`;

export async function runApply(ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs('apply', ctx.argv, applyOptions);
  if (values.help) {
    ctx.stdout.write(HELP);
    return ExitCode.ok;
  }
  const output = parseOutputFormat('apply', values.output, ['text', 'json'] as const);
  const request = applyRequestOf(values, positionals, ctx);
  let emulator: { url: string; close(): Promise<void> } | undefined;
  try {
    if (values.emulator) {
      const { startEmulator } = await import('../emulator/index.js');
      emulator = await startEmulator({ port: 0 });
    }
    const run = await runApplyCommand(
      { ...request, endpoint: emulator?.url ?? request.endpoint },
      {
        stdout: ctx.stdout,
        stderr: ctx.stderr,
        terminal: streamTerminal(ctx.stdin, ctx.stderr, ctx.signal),
        signal: ctx.signal,
      },
    );
    const printed = renderApplyRun(run, { json: output === 'json', verbose: values.verbose === true });
    await appendStepSummary(ctx, printed.stepSummary);
    ctx.stdout.write(printed.stdout);
    ctx.stderr.write(printed.stderr);
    return run.outcome.exitCode;
  } catch (error) {
    const refusal = renderApplyRefusal(error, { json: output === 'json' });
    if (refusal.stepSummary !== undefined) await appendStepSummary(ctx, refusal.stepSummary);
    ctx.stdout.write(refusal.stdout);
    throw error;
  } finally {
    await emulator?.close();
  }
}

/** The command line and environment as a checked request; every malformed value is exit 3 here. */
function applyRequestOf(
  values: ParsedArgs<typeof applyOptions>['values'],
  positionals: string[],
  ctx: CommandContext,
): ApplyRequest {
  if (positionals.length === 0) {
    throw new UsageError('apply: name the manifests (files or directories) or one saved plan (.json)', {
      hint: 'e.g. orderform apply --emulator manifests/vps-virtuozzo.yaml',
    });
  }
  const parallelism = parseInteger('--parallelism', values.parallelism, DEFAULT_PARALLELISM, 1, 64);
  const timeoutMs = parseInteger('--timeout', values.timeout, DEFAULT_TIMEOUT_MS, 100, 600_000);
  const lockWaitMs = parseDuration('apply: --lock-timeout', values['lock-timeout'], 0);
  const emulator = values.emulator === true;
  const state = chooseRunStateLocation(values, ctx.env, ctx.cwd, emulator);
  const credentials = credentialsFromEnv(ctx.env, 'apply');
  const priceLimits = parsePriceLimits(values['max-total'], values['max-increase']);
  if (emulator && values.endpoint !== undefined) {
    throw new UsageError('apply: --emulator and --endpoint exclude each other');
  }
  const retry = retryPolicyFromEnv(ctx.env);
  return {
    paths: positionals,
    cwd: ctx.cwd,
    env: ctx.env,
    endpoint: emulator ? undefined : requestedEndpoint(values.endpoint, ctx.env),
    emulator,
    allowInsecureHttp: values['allow-insecure-http'] === true,
    allowForeignUrls: values['allow-foreign-urls'] === true,
    state,
    credentials,
    dryRun: values['dry-run'] === true,
    yes: values.yes === true,
    verbose: values.verbose === true,
    parallelism,
    timeoutMs,
    lockWaitMs,
    retry: {
      ...retry,
      totalMs: parseInteger('--retry-time', values['retry-time'], retry.totalMs, 0, 86_400_000),
    },
    drainMs: parseInteger('ORDERFORM_DRAIN_MS', ctx.env.ORDERFORM_DRAIN_MS, 10_000, 0, 600_000),
    priceLimits,
    view: {
      json: values.output === 'json',
      ci: isCi(ctx.env),
      color: values['no-color'] !== true && ctx.env.NO_COLOR === undefined,
    },
  };
}

function parseInteger(
  name: string,
  raw: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`apply: ${name} must be a whole number from ${min} to ${max}; got '${raw}'`);
  }
  return value;
}

function isCi(env: NodeJS.ProcessEnv): boolean {
  return env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0';
}
