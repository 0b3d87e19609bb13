import type { Credentials } from '../api/types.js';
import { UsageError } from '../errors.js';
import type { Plan } from '../plan/types.js';
import { openStateBackend, parseStateLocation } from '../state/open.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './backoff.js';
import { DEFAULT_PARALLELISM, DEFAULT_TIMEOUT_MS, MAX_BODY_BYTES } from './defaults.js';
import type { EmitEvent } from './events.js';
import type { OrderReport } from './report.js';
import { runPlan } from './run-plan.js';
import { apiTransports } from './transport.js';

export interface ApplyPlanOptions {
  /**
   * Where each order's journal and lock live: a directory, a `file:` URL or a `postgres://` URL.
   * Keep it between runs (or share it between runners) to resume instead of re-ordering.
   */
  state: string;
  /** How long to wait for an order locked by another apply (default 0: refuse at once). */
  lockWaitMs?: number;
  /** Where ORDERFORM_STATE_KEY and the PG* variables are read from (default: process.env). */
  env?: NodeJS.ProcessEnv;
  /** Requests in flight at once, across orders. */
  parallelism?: number;
  timeoutMs?: number;
  retry?: RetryPolicy;
  credentials?: Credentials;
  /** Abort to stop: no new request starts, the ones in flight finish and are recorded. */
  signal?: AbortSignal;
  /** Every runner event (step started, done, retrying...), for a caller's own progress view. */
  onEvent?: EmitEvent;
  /** Each request and response, secrets redacted. */
  log?: (line: string) => void;
}

export interface ApplyPlanResult {
  /** The CLI's exit code for this outcome (0 placed or nothing to do, 1 failed, 4 locked, 5 conflict). */
  exitCode: number;
  orders: OrderReport[];
}

/**
 * Places the orders of a plan made with an endpoint (`compilePlan(manifests, { endpoint })`),
 * exactly once: the same journal, locks, retries and resume as `orderform apply --yes`. Refusals
 * that stop the whole run before anything is sent (a lock held elsewhere, a conflict with the
 * recorded state) are thrown as orderform's errors.
 */
export async function applyPlan(plan: Plan, options: ApplyPlanOptions): Promise<ApplyPlanResult> {
  const endpoint = plan.endpoint;
  if (endpoint === null) {
    throw new UsageError('applyPlan: the plan was compiled without an endpoint', {
      hint: 'Compile it with compilePlan(manifests, { endpoint: URL }).',
    });
  }
  const emit = options.onEvent ?? (() => undefined);
  const env = options.env ?? process.env;
  const state = await openStateBackend(
    parseStateLocation(options.state, process.cwd()),
    env,
    () => undefined,
  );
  try {
    const outcome = await runPlan(
      plan,
      {
        endpoint,
        state,
        lockWaitMs: options.lockWaitMs ?? 0,
        parallelism: options.parallelism ?? DEFAULT_PARALLELISM,
        retry: options.retry ?? DEFAULT_RETRY_POLICY,
        drainMs: 10_000,
        savedPlan: false,
        signal: options.signal ?? new AbortController().signal,
      },
      {
        progress: async () => ({ emit, close: async () => undefined }),
        confirm: async () => true,
        // The HTTP stack is loaded only when the first order's client is made: the library
        // entry stays light for callers that only validate or plan.
        transports: apiTransports({
          timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
          maxBodyBytes: MAX_BODY_BYTES,
          credentials: options.credentials,
          log: options.log,
        }),
      },
    );
    return { exitCode: outcome.exitCode, orders: outcome.reports };
  } finally {
    await state.close();
  }
}
