import { setMaxListeners } from 'node:events';
import { ApplyStoppedError, exitCodeOfRun } from '../errors.js';
import type { OrderPlan, Plan } from '../plan/types.js';
import type { QuoteRecord } from '../shared/quote-record.js';
import type { StateBackend } from '../state/backend.js';
import type { RetryPolicy } from './backoff.js';
import { readOnlyState } from './dry-run.js';
import { Limiter } from './limiter.js';
import type { PriceLimits } from './price-guard.js';
import type { Progress } from './progress.js';
import { buildOrderReport, type OrderReport } from './report.js';
import { type OrderResult, type OrderRun, runOrders } from './runner.js';
import { checkSecretFingerprints, loadFingerprintKey, type PlanSecrets } from './secrets.js';
import { type PreparedOrder, prepareOrders } from './session.js';
import { JournaledExecutor } from './step-executor.js';
import type { TransportFactory } from './transport.js';

export interface RunPlanSettings {
  endpoint: string;
  state: StateBackend;
  /** How long to wait for an order's lock held by another apply (0: exit 4 at once). */
  lockWaitMs: number;
  parallelism: number;
  retry: RetryPolicy;
  drainMs: number;
  /** Executing a saved plan: refused if the recorded state moved on since it was made. */
  savedPlan: boolean;
  signal: AbortSignal;
  /** Values of the plan's secret placeholders (read by readPlanSecrets) and where the state key may come from. */
  secrets?: PlanSecrets | undefined;
  env?: Readonly<Record<string, string | undefined>> | undefined;
  /** The price guard's limits (`--max-total`, `--max-increase`). */
  priceLimits?: Omit<PriceLimits, 'savedPlan'> | undefined;
}

export interface RunPlanHooks {
  /** Creates the view once it is known which orders run. */
  progress(orders: readonly OrderPlan[]): Promise<Progress>;
  /** Asked before anything is sent, with what is about to be sent; false aborts with nothing sent. */
  confirm(orders: readonly { order: OrderPlan; requests: number }[]): Promise<boolean>;
  /** Where each order's requests go: the API, or the dry run's transport that sends nothing. */
  transports: TransportFactory;
}

export interface RunPlanOutcome {
  reports: OrderReport[];
  results: OrderResult[];
  exitCode: number;
  /** The plans that ran, so errors can point back at the manifest. */
  orders?: readonly OrderPlan[];
}

/**
 * Applies a plan: locks, journals, confirmation, the run, then the report. A dry run takes the
 * same route with a transport that sends nothing, over the recorded state seen read-only.
 */
export async function runPlan(
  plan: Plan,
  settings: RunPlanSettings,
  hooks: RunPlanHooks,
): Promise<RunPlanOutcome> {
  const dryRun = !hooks.transports.sends;
  const preflight = await prepareOrders(plan.orders, {
    state: dryRun ? readOnlyState(settings.state) : settings.state,
    endpoint: settings.endpoint,
    savedPlan: settings.savedPlan,
    lockWaitMs: settings.lockWaitMs,
  });
  try {
    const toRun = preflight.prepared.flatMap((p) => (p.kind === 'run' ? [p] : []));
    const fingerprintKeys = await fingerprintKeysFor(preflight.prepared, settings);
    // Nothing is bought in a dry run: there is nothing to confirm.
    if (toRun.length > 0 && !dryRun) {
      const requests = toRun.map((p) => ({
        order: p.order,
        requests: p.order.steps.filter(
          (s) => p.verdict.kind === 'new' || p.verdict.steps[s.id]?.kind !== 'done',
        ).length,
      }));
      if (!(await hooks.confirm(requests))) {
        throw new ApplyStoppedError('apply was not confirmed; nothing was sent');
      }
    }
    if (settings.signal.aborted)
      throw new ApplyStoppedError('apply was stopped before it started; nothing was sent');
    const stop = new AbortController();
    // Every request in flight listens on it: with --parallelism above 10, Node's default bound
    // printed a MaxListenersExceededWarning on stderr in the middle of a normal run.
    setMaxListeners(0, stop.signal);
    const limiter = new Limiter(settings.parallelism);
    const progress = await hooks.progress(toRun.map((p) => p.order));
    const runs: OrderRun[] = [];
    for (const prepared of toRun) {
      const transport = await hooks.transports.open({
        cookies: prepared.journal.current.cookies,
        stop: stop.signal,
      });
      const executor = new JournaledExecutor({
        order: prepared.order,
        journal: prepared.journal,
        transport,
        endpoint: settings.endpoint,
        limiter,
        retry: settings.retry,
        resume: prepared.verdict.kind === 'resume' ? prepared.verdict.steps : {},
        emit: progress.emit,
        secrets: settings.secrets,
        fingerprintKey: fingerprintKeys.get(prepared.order.name),
        priceLimits: {
          maxTotal: undefined,
          maxIncreasePercent: 0,
          ...settings.priceLimits,
          savedPlan: settings.savedPlan,
        },
      });
      runs.push({ order: prepared.order, executor });
    }
    let results: OrderResult[];
    try {
      results = await runOrders(runs, {
        endpoint: settings.endpoint,
        signal: settings.signal,
        drainMs: settings.drainMs,
        emit: progress.emit,
        mode: dryRun ? 'dry-run' : 'live',
      });
    } finally {
      // Whatever still runs after the drain bound is cut off; its step stays in doubt.
      stop.abort();
      await progress.close();
    }
    const byName = new Map(results.map((r) => [r.name, r]));
    const all = preflight.prepared.map((prepared): OrderResult => {
      if (prepared.kind === 'run') return byName.get(prepared.order.name)!;
      const locations = new Map(
        Object.entries(prepared.journal.current.steps).map(([id, step]) => [id, step.location] as const),
      );
      return {
        kind: 'already-placed',
        name: prepared.order.name,
        orderUrl: prepared.orderUrl,
        locations,
        errors: [],
      };
    });
    const quotes = new Map<string, QuoteRecord>();
    for (const prepared of preflight.prepared) {
      const quote = prepared.journal.current.steps.quote?.quote;
      if (quote !== undefined) quotes.set(prepared.order.name, quote);
    }
    return finishOutcome(plan.orders, all, quotes);
  } finally {
    await preflight.release();
  }
}

/** Loads each order's fingerprint key only for plans with secrets, and checks what the journals recorded. */
async function fingerprintKeysFor(
  prepared: readonly PreparedOrder[],
  settings: RunPlanSettings,
): Promise<Map<string, Buffer>> {
  const keys = new Map<string, Buffer>();
  if (settings.secrets === undefined || settings.secrets.values.size === 0) return keys;
  for (const p of prepared) {
    // A placed order sends nothing more: a secret rotated since (a new password in the CI's
    // secret store) is no conflict with it.
    if (p.kind !== 'run') continue;
    const key = await loadFingerprintKey(p.journal, settings.env ?? {});
    checkSecretFingerprints(p.order, p.journal.current, key, settings.secrets);
    keys.set(p.order.name, key);
  }
  return keys;
}

function finishOutcome(
  orders: readonly OrderPlan[],
  results: OrderResult[],
  quotes: ReadonlyMap<string, QuoteRecord> = new Map(),
): RunPlanOutcome {
  const byName = new Map(results.map((r) => [r.name, r]));
  const reports = orders.flatMap((order) => {
    const result = byName.get(order.name);
    return result === undefined ? [] : [buildOrderReport(order, result, quotes.get(order.name))];
  });
  return { reports, results, exitCode: exitCodeOfRun(results), orders };
}
