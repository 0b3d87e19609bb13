import { UnsafeLocationError } from '../api/operations.js';
import { ApplyStoppedError } from '../errors.js';
import { resolveBody, resolveTemplate } from '../plan/template.js';
import type { OrderPlan, PlanStep } from '../plan/types.js';
import type { EmitEvent, OrderResultKind } from './events.js';
import type { StepExecutor } from './step-executor.js';

export interface OrderRun {
  order: OrderPlan;
  executor: StepExecutor;
}

export interface OrderResult {
  kind: OrderResultKind;
  name: string;
  orderUrl: string | undefined;
  /** Location of every step that has one, finished in this run or an earlier one. */
  locations: ReadonlyMap<string, string | undefined>;
  /** The failures of a failed or stopped order, first one first. */
  errors: unknown[];
}

export interface RunOptions {
  endpoint: string;
  /** Aborted on SIGINT/SIGTERM: start no new step, let the ones in flight finish. */
  signal: AbortSignal;
  /** How long requests in flight may take to finish after a stop before the run gives up on them. */
  drainMs: number;
  emit: EmitEvent;
  /** Whether a completed walk means placed (live) or only walked (dry run). */
  mode: 'live' | 'dry-run';
}

/**
 * Executes orders side by side. Within an order a step starts as soon as every step it depends
 * on is done; how many requests are on the wire at once is bounded by the executors' shared
 * limiter. A failure stops its own order; an unsafe Location or a signal stops every order.
 */
export async function runOrders(runs: readonly OrderRun[], options: RunOptions): Promise<OrderResult[]> {
  const stopAll = new AbortController();
  const onAbort = (): void => stopAll.abort(options.signal.reason);
  options.signal.addEventListener('abort', onAbort, { once: true });
  try {
    const all = Promise.all(runs.map((run) => runOrder(run, options, stopAll)));
    return await withDrainBound(all, runs, stopAll.signal, options.drainMs);
  } finally {
    options.signal.removeEventListener('abort', onAbort);
  }
}

/** After a stop, wait at most `drainMs` for requests in flight, then report what is known. */
async function withDrainBound(
  all: Promise<OrderResult[]>,
  runs: readonly OrderRun[],
  stop: AbortSignal,
  drainMs: number,
): Promise<OrderResult[]> {
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<OrderResult[]>((resolve) => {
    const arm = (): void => {
      timer = setTimeout(
        () =>
          resolve(
            runs.map((run) => ({
              kind: 'stopped',
              name: run.order.name,
              orderUrl: undefined,
              locations: run.executor.resumed,
              errors: [
                new ApplyStoppedError('requests were still in flight when apply stopped; they are in doubt'),
              ],
            })),
          ),
        drainMs,
      );
    };
    if (stop.aborted) arm();
    else stop.addEventListener('abort', arm, { once: true });
  });
  try {
    return await Promise.race([all, bound]);
  } finally {
    clearTimeout(timer);
  }
}

function runOrder(run: OrderRun, options: RunOptions, stopAll: AbortController): Promise<OrderResult> {
  const { order, executor } = run;
  const { emit } = options;
  const locations = new Map<string, string | undefined>(executor.resumed);
  const hashes = new Map<string, string>(executor.resumedValues ?? []);
  const done = new Set<string>(executor.resumed.keys());
  const running = new Set<string>();
  const errors: unknown[] = [];
  let placed = false;

  emit({ kind: 'order-started', order: order.name, steps: order.steps.length, resumed: done.size });
  for (const step of order.steps) {
    if (done.has(step.id)) {
      emit({
        kind: 'step-skipped',
        order: order.name,
        step: step.id,
        label: step.label,
        location: locations.get(step.id),
      });
    }
  }

  return new Promise<OrderResult>((resolve) => {
    const finish = (): void => {
      if (errors.length === 0 && !stopAll.signal.aborted && done.size < order.steps.length) {
        const stuck = order.steps.filter((step) => !done.has(step.id)).map((step) => step.id);
        errors.push(
          new Error(`steps that can never start (a dependency cycle or a missing step): ${stuck.join(', ')}`),
        );
      }
      const kind: OrderResultKind =
        errors.length > 0
          ? stopAll.signal.aborted && errors.every(isStop)
            ? 'stopped'
            : 'failed'
          : done.size === order.steps.length
            ? options.mode === 'dry-run'
              ? 'dry-run'
              : placed || done.has('submit')
                ? 'placed'
                : 'failed'
            : 'stopped';
      emit({ kind: 'order-finished', order: order.name, result: kind });
      resolve({ kind, name: order.name, orderUrl: locations.get('order'), locations, errors });
    };

    const start = (step: PlanStep): void => {
      running.add(step.id);
      const values = {
        endpoint: options.endpoint,
        location: (id: string) => locations.get(id),
        hash: (id: string) => hashes.get(id),
      };
      const call = { url: resolveTemplate(step.url, values), body: resolveBody(step.body, values) };
      executor
        .execute(step, call, stopAll.signal)
        .then((result) => {
          done.add(step.id);
          locations.set(step.id, result.location);
          if (result.value !== undefined) hashes.set(step.id, result.value);
          const recorded = result.recorded.then(() => {
            emit({
              kind: 'step-done',
              order: order.name,
              step: step.id,
              label: step.label,
              location: result.location,
              outcome: result.outcome,
            });
            if (step.kind === 'submit' && options.mode === 'live') {
              placed = true;
              const orderUrl = locations.get('order');
              if (orderUrl !== undefined) emit({ kind: 'order-placed', order: order.name, orderUrl });
            }
          });
          // The dependents start now, without waiting for this result to be on disk: their
          // "started" records join the same journal write, and their requests wait for it. The
          // step stays running until its result is durable, so the order never finishes before.
          pump();
          return recorded;
        })
        .then(undefined, (error: unknown) => {
          errors.push(error);
          const message = error instanceof Error ? error.message : String(error);
          emit({ kind: 'step-failed', order: order.name, step: step.id, label: step.label, message });
          if (error instanceof UnsafeLocationError) stopAll.abort(error);
        })
        .finally(() => {
          running.delete(step.id);
          pump();
        });
    };

    const pump = (): void => {
      if (errors.length === 0 && !stopAll.signal.aborted) {
        for (const step of order.steps) {
          if (done.has(step.id) || running.has(step.id)) continue;
          if (step.dependsOn.every((id) => done.has(id))) start(step);
        }
      }
      if (running.size === 0) finish();
    };

    pump();
  });
}

/** A step that ended because the run was stopped, not because the API refused it. */
function isStop(error: unknown): boolean {
  return !(error instanceof Error) || error.name === 'AbortError' || typeof error === 'string';
}
