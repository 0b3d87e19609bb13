import type { Writable } from 'node:stream';
import { preloadHttpStack } from '../api/connect.js';
import { checkEndpoint } from '../api/endpoint.js';
import type { Credentials } from '../api/types.js';
import { UsageError } from '../errors.js';
import type { OrderPlan } from '../plan/types.js';
import type { StateLocation, TemporaryLocation } from '../state/open.js';
import { openStateBackend } from '../state/open.js';
import { stateKeyFrom } from '../state/seal.js';
import type { RetryPolicy } from './backoff.js';
import { confirmPurchase, type Terminal } from './confirm.js';
import { MAX_BODY_BYTES } from './defaults.js';
import { dryRunTransports } from './dry-run.js';
import { loadApplyInput, openApplySource } from './inputs.js';
import type { PriceLimits } from './price-guard.js';
import { createProgress } from './progress.js';
import type { ApplyReport } from './report.js';
import { type RunPlanOutcome, runPlan } from './run-plan.js';
import { readPlanSecrets } from './secrets.js';
import { apiTransports } from './transport.js';

/** Everything `orderform apply` was asked to do, parsed and checked by the CLI. */
export interface ApplyRequest {
  paths: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** `--endpoint`, HOSTWAY_API_URL or the in-process emulator's URL; undefined: the saved plan's. */
  endpoint: string | undefined;
  /** The endpoint is the in-process emulator: nothing real is bought and nothing outlives the command. */
  emulator: boolean;
  allowInsecureHttp: boolean;
  allowForeignUrls: boolean;
  state: StateLocation | TemporaryLocation;
  credentials: Credentials | undefined;
  dryRun: boolean;
  /** `--yes`: place the orders without asking. */
  yes: boolean;
  verbose: boolean;
  parallelism: number;
  timeoutMs: number;
  lockWaitMs: number;
  retry: RetryPolicy;
  drainMs: number;
  priceLimits: Omit<PriceLimits, 'savedPlan'>;
  /** How progress is shown: JSON output keeps stdout for the report; CI and no-color get plain lines. */
  view: { json: boolean; ci: boolean; color: boolean };
}

/** The outside world apply touches: output streams, the terminal it may ask on, and the stop signal. */
export interface ApplyIo {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable;
  terminal: Terminal;
  /** Aborted on SIGINT/SIGTERM: no new request starts. */
  signal: AbortSignal;
}

export interface ApplyRun {
  report: ApplyReport;
  outcome: RunPlanOutcome;
  /** False against the in-process emulator: nothing is saved to resume from. */
  resumable: boolean;
}

/**
 * `orderform apply` from a checked request to its outcome: the endpoint, the input (manifests
 * compiled, or a saved plan read once), the state, the confirmation, the run. Refusals before the
 * run are thrown as orderform's errors; the caller renders the outcome and exits with its code.
 */
export async function runApplyCommand(request: ApplyRequest, io: ApplyIo): Promise<ApplyRun> {
  // The HTTP stack is the slowest import: it loads while manifests and state are read.
  if (!request.dryRun) preloadHttpStack();
  const warn = (line: string): void => {
    io.stderr.write(`${line}\n`);
  };
  const endpoint = await resolveEndpoint(request, warn);
  const input = await loadApplyInput(endpoint.source, {
    cwd: request.cwd,
    env: request.env,
    endpoint: endpoint.url,
    allowForeignUrls: request.allowForeignUrls,
    signal: io.signal,
  });
  const state = await openStateBackend(request.state, request.env, warn);
  try {
    if (state.kind === 'postgres' && stateKeyFrom(request.env) === undefined && !request.dryRun) {
      warn(
        'warning: ORDERFORM_STATE_KEY is not set: the OwnerId cookie of each open order is stored unencrypted in PostgreSQL',
      );
    }
    const log = request.verbose ? (line: string) => warn(`debug: ${line}`) : undefined;
    // Nothing is sent in a dry run, so it needs no secret values (nor the variables that hold them).
    const secrets = request.dryRun ? undefined : readPlanSecrets(input.plan, request.env);
    const outcome = await runPlan(
      input.plan,
      {
        endpoint: endpoint.url,
        state,
        lockWaitMs: request.lockWaitMs,
        parallelism: request.parallelism,
        retry: request.retry,
        drainMs: request.drainMs,
        savedPlan: input.saved,
        signal: io.signal,
        secrets,
        env: request.env,
        priceLimits: request.priceLimits,
      },
      {
        progress: (orders: readonly OrderPlan[]) =>
          createProgress(orders, { stdout: io.stdout, stderr: io.stderr, ...request.view }),
        // The emulator buys nothing: no need to ask.
        confirm: async (orders) =>
          request.emulator || request.yes || confirmPurchase(io.terminal, endpoint.url, orders),
        transports: request.dryRun
          ? dryRunTransports
          : apiTransports({
              timeoutMs: request.timeoutMs,
              maxBodyBytes: MAX_BODY_BYTES,
              credentials: request.credentials,
              log,
              secretValues: secrets === undefined ? [] : [...secrets.values.values()],
            }),
      },
    );
    const report: ApplyReport = {
      kind: 'apply-report',
      dryRun: request.dryRun,
      endpoint: endpoint.url,
      exitCode: outcome.exitCode,
      orders: outcome.reports,
    };
    // With --emulator the API (and usually the state) end with this command: nothing to resume.
    return { report, outcome, resumable: !request.emulator };
  } finally {
    await state.close();
  }
}

/**
 * The endpoint asked for, checked before the input is read; without one, a saved plan's own.
 * There is deliberately no default: orders cost money.
 */
async function resolveEndpoint(request: ApplyRequest, warn: (line: string) => void) {
  const check = (raw: string): string => {
    const choice = checkEndpoint(raw, request.allowInsecureHttp);
    if (choice.warning) warn(choice.warning);
    return choice.endpoint;
  };
  const asked = request.endpoint === undefined ? undefined : check(request.endpoint);
  const source = await openApplySource(request.paths, request.cwd);
  if (asked !== undefined) return { url: asked, source };
  const saved = source.kind === 'saved' ? source.plan.endpoint : null;
  if (saved === null) {
    throw new UsageError('apply: no endpoint: pass --endpoint URL, set HOSTWAY_API_URL, or use --emulator', {
      hint: 'There is deliberately no default: orders cost money.',
    });
  }
  return { url: check(saved), source };
}
