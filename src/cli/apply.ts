import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { credentialsFromEnv } from '../api/credentials.js';
import { checkEndpoint, requestedEndpoint } from '../api/endpoint.js';
import { retryPolicyFromEnv } from '../apply/backoff.js';
import { askConfirmation, renderPurchase } from '../apply/confirm.js';
import { DEFAULT_PARALLELISM, DEFAULT_TIMEOUT_MS, MAX_BODY_BYTES } from '../apply/defaults.js';
import { type ExecuteOutcome, executeDryRun, executePlan } from '../apply/execute.js';
import { endpointOfSavedPlan, isSavedPlanArgument, loadApplyInput } from '../apply/inputs.js';
import { createProgress } from '../apply/progress.js';
import { renderOutcomeErrors } from '../apply/render-errors.js';
import { readPlanSecrets } from '../apply/secrets.js';
import { type ApplyReport, renderNoChanges, renderSummary } from '../apply/summary.js';
import { renderApplyMarkdown, renderApplyRefusalMarkdown } from '../apply/summary-markdown.js';
import { ExitCode, isInputError, isOrderformError, UsageError } from '../errors.js';
import { renderIssuesMarkdown } from '../plan/render-issues-markdown.js';
import type { StateBackend } from '../state/backend.js';
import { chooseStateLocation, openStateBackend } from '../state/open.js';
import { stateKeyFrom } from '../state/seal.js';
import { commonOptions, parseCommandArgs, parseOutputFormat } from './args.js';
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
  --dry-run               walk the plan with progress output; send nothing
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
  // axios is the slowest import: start loading it while the manifests are read.
  const clientModule = values['dry-run'] ? undefined : import('../api/client.js');
  clientModule?.catch(() => undefined);
  const output = parseOutputFormat('apply', values.output, ['text', 'json'] as const);
  if (positionals.length === 0) {
    throw new UsageError('apply: name the manifests (files or directories) or one saved plan (.json)', {
      hint: 'e.g. orderform apply --emulator manifests/vps-virtuozzo.yaml',
    });
  }
  const parallelism = parseInteger('--parallelism', values.parallelism, DEFAULT_PARALLELISM, 1, 64);
  const timeoutMs = parseInteger('--timeout', values.timeout, DEFAULT_TIMEOUT_MS, 100, 600_000);
  const lockWaitMs = parseDuration('apply: --lock-timeout', values['lock-timeout'], 0);
  // The emulator forgets everything when this process ends, so a journal kept past it would lie.
  const explicitState = values.state !== undefined || values['state-dir'] !== undefined;
  const location = chooseStateLocation(values, values.emulator && !explicitState ? {} : ctx.env, ctx.cwd);
  const credentials = credentialsFromEnv(ctx.env, 'apply');
  const priceLimits = parsePriceLimits(values['max-total'], values['max-increase']);
  if (values.emulator && values.endpoint !== undefined) {
    throw new UsageError('apply: --emulator and --endpoint exclude each other');
  }
  const saved = await isSavedPlanArgument(positionals, ctx.cwd);
  const warn = (line: string): void => {
    ctx.stderr.write(`${line}\n`);
  };

  let emulator: { url: string; close(): Promise<void> } | undefined;
  let temporaryStateDir: string | undefined;
  let state: StateBackend | undefined;
  try {
    let rawEndpoint = requestedEndpoint(values.endpoint, ctx.env);
    if (values.emulator) {
      const { startEmulator } = await import('../emulator/index.js');
      emulator = await startEmulator({ port: 0 });
      rawEndpoint = emulator.url;
    } else if (rawEndpoint === undefined && saved) {
      rawEndpoint = (await endpointOfSavedPlan(positionals[0]!, ctx.cwd)) ?? undefined;
    }
    if (rawEndpoint === undefined) {
      throw new UsageError(
        'apply: no endpoint: pass --endpoint URL, set HOSTWAY_API_URL, or use --emulator',
        {
          hint: 'There is deliberately no default: orders cost money.',
        },
      );
    }
    const choice = checkEndpoint(rawEndpoint, values['allow-insecure-http'] === true);
    if (choice.warning) warn(choice.warning);
    const endpoint = choice.endpoint;

    const input = await loadApplyInput(positionals, {
      cwd: ctx.cwd,
      env: ctx.env,
      endpoint,
      allowForeignUrls: values['allow-foreign-urls'] === true,
      signal: ctx.signal,
      saved,
    });
    if (values.emulator && !explicitState) {
      temporaryStateDir = await mkdtemp(join(tmpdir(), 'orderform-emulator-'));
    }
    state = await openStateBackend(
      temporaryStateDir === undefined ? location : { kind: 'local', dir: temporaryStateDir },
      ctx.env,
      warn,
    );
    if (state.kind === 'postgres' && stateKeyFrom(ctx.env) === undefined && !values['dry-run']) {
      warn(
        'warning: ORDERFORM_STATE_KEY is not set: the OwnerId cookie of each open order is stored unencrypted in PostgreSQL',
      );
    }
    const json = output === 'json';
    // With --emulator the API and (usually) the state end with this command: nothing to resume.
    const resumable = values.emulator !== true;
    const progress = (orders: Parameters<typeof createProgress>[0]) =>
      createProgress(orders, {
        stdout: ctx.stdout,
        stderr: ctx.stderr,
        json,
        ci: isCi(ctx.env),
        color: values['no-color'] !== true && ctx.env.NO_COLOR === undefined,
      });
    const retry = retryPolicyFromEnv(ctx.env);
    const drainMs = parseInteger('ORDERFORM_DRAIN_MS', ctx.env.ORDERFORM_DRAIN_MS, 10_000, 0, 600_000);

    let outcome: ExecuteOutcome;
    if (values['dry-run']) {
      outcome = await executeDryRun(
        input.plan,
        { endpoint, state, signal: ctx.signal, drainMs },
        { progress },
      );
    } else {
      const log = values.verbose ? (line: string) => warn(`debug: ${line}`) : undefined;
      const secrets = readPlanSecrets(input.plan, ctx.env);
      const secretValues = [...secrets.values.values()];
      outcome = await executePlan(
        input.plan,
        {
          endpoint,
          state,
          lockWaitMs,
          parallelism,
          timeoutMs,
          maxBodyBytes: MAX_BODY_BYTES,
          retry: {
            ...retry,
            totalMs: parseInteger('--retry-time', values['retry-time'], retry.totalMs, 0, 86_400_000),
          },
          drainMs,
          credentials,
          savedPlan: input.saved,
          signal: ctx.signal,
          log,
          secrets,
          env: ctx.env,
          priceLimits,
        },
        {
          progress,
          // Awaited only here, so locking and reading the journals overlap the module's loading.
          createClient: async ({ cookies, stop }) =>
            (await clientModule!).createHttpClient({
              timeoutMs,
              maxBodyBytes: MAX_BODY_BYTES,
              credentials,
              cookies,
              stop,
              log,
              secretValues,
            }),
          confirm: async (orders) => {
            if (values.emulator || values.yes) return true;
            const lines = renderPurchase(endpoint, orders);
            if (ctx.stdin.isTTY !== true) {
              throw new UsageError(
                'apply: refusing to place real orders without a terminal to confirm on; nothing was sent',
                {
                  hint: 'Pass --yes to confirm non-interactively (e.g. in CI), or --emulator to try it out.',
                },
              );
            }
            return askConfirmation(ctx.stdin, ctx.stderr, lines, ctx.signal);
          },
        },
      );
    }
    const report: ApplyReport = {
      kind: 'apply-report',
      dryRun: values['dry-run'] === true,
      endpoint,
      exitCode: outcome.exitCode,
      orders: outcome.reports,
    };
    await appendStepSummary(ctx, renderApplyMarkdown(report, { resumable }));
    if (json) {
      ctx.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      const nothing = values.verbose ? undefined : renderNoChanges(outcome.reports);
      ctx.stdout.write(nothing ?? renderSummary(outcome.reports, { resumable }));
    }
    ctx.stderr.write(renderOutcomeErrors(outcome, { resumable }));
    return outcome.exitCode;
  } catch (error) {
    if (isInputError(error))
      await appendStepSummary(ctx, renderIssuesMarkdown(error.issues, 'orderform apply'));
    else if (isOrderformError(error)) await appendStepSummary(ctx, renderApplyRefusalMarkdown(error));
    // A machine reading --output json gets a report even when apply refuses before running.
    if (output === 'json' && isOrderformError(error)) {
      const report = {
        kind: 'apply-report',
        exitCode: error.exitCode,
        error: { code: error.code, message: error.message },
      };
      ctx.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    }
    throw error;
  } finally {
    await state?.close();
    await emulator?.close();
    if (temporaryStateDir) await rm(temporaryStateDir, { recursive: true, force: true });
  }
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
