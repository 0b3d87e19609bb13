import { ApplyStoppedError, ConflictError, isOrderformError } from '../errors.js';
import { diffRecordedSteps, renderChanges } from '../plan/diff.js';
import { stepDisplayNames } from '../plan/display.js';
import type { OrderPlan, OrderPlanState } from '../plan/types.js';
import type { OrderLock, StateBackend } from '../state/backend.js';
import { JournalStore } from '../state/journal.js';
import { type Journal, JournalFormatError, newJournal } from '../state/journal-format.js';
import { damagedStateError, planStateOf, untrustedStateError } from '../state/order-state.js';
import { describeConflicts, type Reconciliation, reconcileJournal } from '../state/reconcile.js';
import { findRecordedUrlProblem } from '../state/recorded-urls.js';

/** An order ready to run (or to skip), its lock held and its journal open. */
export type PreparedOrder =
  | {
      kind: 'run';
      order: OrderPlan;
      journal: JournalStore;
      verdict: Extract<Reconciliation, { kind: 'new' | 'resume' }>;
    }
  | { kind: 'already-placed'; order: OrderPlan; journal: JournalStore; orderUrl: string };

export interface Preflight {
  prepared: PreparedOrder[];
  release(): Promise<void>;
}

/**
 * Takes every order's lock, reads every journal and decides, before anything is sent, whether
 * each order runs, is already placed, or conflicts with its recorded state. Any lock held
 * elsewhere (exit 4) or conflict (exit 5) stops the whole apply with nothing sent.
 */
export async function prepareOrders(
  orders: readonly OrderPlan[],
  options: { state: StateBackend; endpoint: string; savedPlan: boolean; lockWaitMs: number },
): Promise<Preflight> {
  const locks: OrderLock[] = [];
  const release = async (): Promise<void> => {
    await Promise.all(locks.map((lock) => lock.release()));
  };
  try {
    const prepared: PreparedOrder[] = [];
    for (const order of orders) {
      const { state, endpoint } = options;
      locks.push(await state.lock(endpoint, order.name, { waitMs: options.lockWaitMs }));
      // Read only under the lock: another apply may have finished a moment ago.
      const store = await JournalStore.load(state, endpoint, order.name, () =>
        newJournal(order.name, endpoint, order.manifestHash, new Date()),
      );
      const recorded = store.existed ? store.current : undefined;
      const problem = recorded && findRecordedUrlProblem(recorded, order, endpoint);
      if (problem) throw untrustedStateError(state.location, order.name, problem);
      if (options.savedPlan) checkPlanIsCurrent(order, recorded);
      prepared.push(decide(order, store, recorded));
    }
    return { prepared, release };
  } catch (error) {
    await release();
    throw explainStateError(error, options.state.location);
  }
}

/** File-system failures and damaged journals are the user's to fix, not bugs: say what and where. */
function explainStateError(error: unknown, stateDir: string): unknown {
  if (error instanceof JournalFormatError) return damagedStateError(stateDir, error);
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (error instanceof Error && typeof code === 'string' && !isOrderformError(error)) {
    return new ApplyStoppedError(`cannot use the state ${stateDir}: ${code}`, {
      hint: 'Nothing was sent. Check the state (directory permissions, or the database) or choose another with --state.',
    });
  }
  return error;
}

function decide(order: OrderPlan, journal: JournalStore, recorded: Journal | undefined): PreparedOrder {
  const verdict = reconcileJournal(recorded, order);
  switch (verdict.kind) {
    case 'placed':
      return { kind: 'already-placed', order, journal, orderUrl: verdict.orderUrl };
    case 'changed-after-placement':
      throw new ConflictError(
        `order ${order.name} was already placed (${verdict.orderUrl}) and its manifest has changed since:\n${renderChanges(
          diffRecordedSteps(recorded?.steps ?? {}, order.steps, { includeAdded: true }),
        )
          .map((line) => `  ${line}`)
          .join('\n')}`,
        {
          hint: `A placed order cannot be changed by apply. To place another order, give the manifest a new metadata.name.`,
        },
      );
    case 'conflict':
      throw new ConflictError(
        describeConflicts(order.name, verdict.conflicts, stepDisplayNames(order.steps)),
        {
          hint: `Restore those entries to finish the order as it was started${
            verdict.orderUrl ? ` (${verdict.orderUrl})` : ''
          }, or give the manifest a new metadata.name to start a new order.`,
        },
      );
    default:
      return { kind: 'run', order, journal, verdict };
  }
}

/** A saved plan is executed exactly as made, so the recorded state must not have moved on since. */
function checkPlanIsCurrent(order: OrderPlan, recorded: Journal | undefined): void {
  const now = planStateOf(recorded, order);
  if (samePlanState(order.state, now)) return;
  throw new ConflictError(
    `the saved plan for order ${order.name} is out of date: the recorded state changed since the plan was made (${describe(order.state)} then, ${describe(now)} now)`,
    { hint: 'Make a new plan with `orderform plan --out FILE` and apply that.' },
  );
}

function samePlanState(then: OrderPlanState, now: OrderPlanState): boolean {
  if (then.kind === 'unknown') return now.kind === 'new';
  if (then.kind === 'new' || now.kind === 'new') return then.kind === now.kind;
  return now.kind !== 'unknown' && then.kind === now.kind && then.revision === now.revision;
}

function describe(state: OrderPlanState): string {
  return 'revision' in state ? `${state.kind}, revision ${state.revision}` : state.kind;
}
