import type { ListrTask, ListrTaskWrapper } from 'listr2';
import type { OrderPlan } from '../plan/types.js';
import type { EmitEvent, RunnerEvent } from './events.js';
import { describeOutcome } from './view-lines.js';

/** What the tree shows for one step; kept apart from the listr task, which may start after events arrive. */
interface StepView {
  title: string;
  output: string | undefined;
  skipped: string | undefined;
  /** The runner said how the step ended (done, failed or skipped). */
  ended: boolean;
  settled: Promise<void>;
  resolve: () => void;
  reject: (error: Error) => void;
  task: ListrTaskWrapper<unknown, never, never> | undefined;
}

/**
 * The listr2 adapter for terminals: a live tree of orders and their steps, driven by runner
 * events. listr2 never runs a step itself; each of its tasks waits for the runner to say how
 * the step went, so the runner stays testable without a terminal.
 */
export async function startListrView(
  orders: readonly OrderPlan[],
  options: { color: boolean },
): Promise<{ emit: EmitEvent; finished: Promise<void> }> {
  const { Listr } = await import('listr2');
  // Some pseudo-terminals (serial consoles, containers without a size) report 0 columns, and
  // listr2 wraps to the width it reads here: one character per line. Assume the classic 80.
  process.stdout.columns = terminalColumns(process.stdout.columns);
  const views = new Map<string, StepView>();
  const key = (order: string, step: string): string => `${order}\u0000${step}`;

  const apply = (view: StepView): void => {
    if (view.task === undefined) return;
    view.task.title = view.title;
    if (view.output !== undefined) view.task.output = view.output;
    if (view.skipped !== undefined) view.task.skip(view.skipped);
  };

  // Views exist before listr starts its tasks: the runner may report a step before its task runs.
  for (const order of orders) {
    for (const step of order.steps) views.set(key(order.name, step.id), newView(`${step.label} (waiting)`));
  }
  const orderTasks: ListrTask[] = orders.map((order) => ({
    title: order.name,
    task: (_ctx, orderTask) =>
      orderTask.newListr(
        order.steps.map((step): ListrTask => {
          const view = views.get(key(order.name, step.id))!;
          return {
            title: view.title,
            task: async (_c, task) => {
              view.task = task as unknown as ListrTaskWrapper<unknown, never, never>;
              apply(view);
              await view.settled;
            },
          };
        }),
        { concurrent: true, exitOnError: false },
      ),
  }));
  const list = new Listr(orderTasks, {
    concurrent: true,
    exitOnError: false,
    registerSignalListeners: false,
    renderer: 'default',
    rendererOptions: { collapseSubtasks: false },
    ...(options.color ? {} : { forceColor: false }),
  });
  const finished = list.run().then(
    () => undefined,
    () => undefined,
  );

  const update = (event: RunnerEvent): void => {
    if (event.kind === 'order-finished') {
      // Steps that never ran (a failure or a stop earlier in the order) end as skipped.
      for (const [id, view] of views) {
        if (!id.startsWith(`${event.order}\u0000`) || view.ended) continue;
        view.skipped = 'not run';
        apply(view);
        view.resolve();
      }
      return;
    }
    if (!('step' in event)) return;
    const view = views.get(key(event.order, event.step));
    if (view === undefined) return;
    switch (event.kind) {
      case 'step-started':
        view.title = event.label;
        break;
      case 'step-settling':
        view.output = 'in doubt: reading the API to settle it';
        break;
      case 'step-retrying':
        view.output = `${event.reason}; retrying in ${event.delayMs} ms`;
        break;
      case 'step-done':
        view.ended = true;
        // The tree stays narrow: the resource id only; the summary prints full URLs.
        view.title = `${event.label}${describeOutcome(event.outcome, shortId(event.location))}`;
        view.resolve();
        break;
      case 'step-skipped':
        view.ended = true;
        view.title = event.label;
        view.skipped = `${event.label}: done earlier${event.location ? ` -> ${event.location}` : ''}`;
        view.resolve();
        break;
      case 'step-failed':
        view.ended = true;
        view.reject(new Error(event.message));
        break;
    }
    apply(view);
  };
  return { emit: update, finished };
}

function newView(title: string): StepView {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const settled = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  settled.catch(() => undefined);
  return {
    title,
    output: undefined,
    skipped: undefined,
    ended: false,
    settled,
    resolve,
    reject,
    task: undefined,
  };
}

function shortId(location: string | undefined): string | undefined {
  if (location === undefined) return undefined;
  const id = location.replace(/\/+$/, '').split('/').at(-1);
  return id === undefined || id === '' ? location : `…/${id}`;
}

/** The width to draw for: what the terminal reports, or 80 when it reports none. */
export function terminalColumns(reported: number | undefined): number {
  return reported !== undefined && Number.isFinite(reported) && reported > 0 ? reported : 80;
}
