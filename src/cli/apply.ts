import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Credentials } from '../api/types.js';
import { retryPolicyFromEnv } from '../apply/backoff.js';
import { askConfirmation } from '../apply/confirm.js';
import { type ExecuteOutcome, executeDryRun, executePlan } from '../apply/execute.js';
import { endpointOfSavedPlan, isSavedPlanArgument, loadApplyInput } from '../apply/inputs.js';
import { createProgress } from '../apply/progress.js';
import { renderOutcomeErrors } from '../apply/render-errors.js';
import { type ApplyReport, renderSummary } from '../apply/summary.js';
import { ExitCode, isOrderformError, UsageError } from '../errors.js';
import { commonOptions, parseCommandArgs, parseOutputFormat } from './args.js';
import type { CommandContext } from './context.js';
import { checkEndpoint, nonEmpty, requestedEndpoint } from './endpoint.js';

const applyOptions = {
  ...commonOptions,
  parallelism: { type: 'string' },
  'dry-run': { type: 'boolean' },
  yes: { type: 'boolean', short: 'y' },
  timeout: { type: 'string' },
  'retry-time': { type: 'string' },
} as const;

const HELP = `Usage: orderform apply <paths...|plan.json> [options]

Places the orders the manifests describe (or executes a saved plan exactly), exactly once:
progress is journaled under the state dir, and running apply again resumes.

Options:
  --endpoint URL          API endpoint (default: $HOSTWAY_API_URL); https unless loopback
  --emulator              start the bundled emulator in-process and use it (nothing real is ordered)
  --state-dir DIR         where progress is recorded (default: .orderform)
  --parallelism N         requests in flight at once, across orders (default: 4)
  --dry-run               walk the plan with progress output; send nothing
  -y, --yes               do not ask for confirmation (required without a terminal)
  --timeout MS            per-request timeout, body included (default: 30000)
  --retry-time MS         longest a step keeps retrying (default: 300000)
  -o, --output FORMAT     text | json
  --no-color              plain output
  -v, --verbose           log every request (headers redacted) to stderr
  --allow-insecure-http   allow a non-loopback http:// endpoint (with a warning)
  --allow-foreign-urls    allow absolute offering/service URLs on another origin

Credentials: HOSTWAY_USERNAME / HOSTWAY_PASSWORD (sent as HTTP Basic; never printed).
`;

const MAX_BODY_BYTES = 10 * 1024 * 1024;

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
  const parallelism = parseInteger('--parallelism', values.parallelism, 4, 1, 64);
  const timeoutMs = parseInteger('--timeout', values.timeout, 30_000, 100, 600_000);
  const credentials = readCredentials(ctx.env);
  if (values.emulator && values.endpoint !== undefined) {
    throw new UsageError('apply: --emulator and --endpoint exclude each other');
  }
  const saved = await isSavedPlanArgument(positionals, ctx.cwd);
  const warn = (line: string): void => {
    ctx.stderr.write(`${line}\n`);
  };

  let emulator: { url: string; close(): Promise<void> } | undefined;
  let temporaryStateDir: string | undefined;
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
    // The emulator forgets everything when this process ends, so its journal would be meaningless.
    if (values.emulator && values['state-dir'] === undefined) {
      temporaryStateDir = await mkdtemp(join(tmpdir(), 'orderform-emulator-'));
    }
    const stateDir = temporaryStateDir ?? resolve(ctx.cwd, values['state-dir'] ?? '.orderform');
    const json = output === 'json';
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
        { endpoint, stateDir, signal: ctx.signal, drainMs },
        { progress },
      );
    } else {
      const log = values.verbose ? (line: string) => warn(`debug: ${line}`) : undefined;
      outcome = await executePlan(
        input.plan,
        {
          endpoint,
          stateDir,
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
            }),
          confirm: async (orders) => {
            if (values.emulator || values.yes) return true;
            const lines = [
              `About to place ${orders.length} order${orders.length === 1 ? '' : 's'} at ${endpoint}:`,
              ...orders.map(
                ({ order, requests }) => `  ${order.name}: ${requests} request${requests === 1 ? '' : 's'}`,
              ),
            ];
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
    if (json) {
      const report: ApplyReport = {
        kind: 'apply-report',
        dryRun: values['dry-run'] === true,
        endpoint,
        exitCode: outcome.exitCode,
        orders: outcome.reports,
      };
      ctx.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      ctx.stdout.write(renderSummary(outcome.reports));
    }
    ctx.stderr.write(renderOutcomeErrors(outcome));
    return outcome.exitCode;
  } catch (error) {
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

function readCredentials(env: NodeJS.ProcessEnv): Credentials | undefined {
  const username = nonEmpty(env.HOSTWAY_USERNAME);
  const password = nonEmpty(env.HOSTWAY_PASSWORD);
  if (username === undefined && password === undefined) return undefined;
  if (username === undefined || password === undefined) {
    throw new UsageError('apply: set both HOSTWAY_USERNAME and HOSTWAY_PASSWORD, or neither');
  }
  return { username, password };
}

function isCi(env: NodeJS.ProcessEnv): boolean {
  return env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0';
}
