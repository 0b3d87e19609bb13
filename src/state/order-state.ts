// Read-only view of the recorded state for `plan` and `status`: no HTTP or terminal modules here.
import { ConflictError } from '../errors.js';
import { diffRecordedSteps } from '../plan/diff.js';
import type { OrderPlan, OrderPlanState, StepState } from '../plan/types.js';
import type { StateBackend } from './backend.js';
import { type Journal, JournalFormatError, originKey } from './journal-format.js';
import { reconcileJournal } from './reconcile.js';
import { findRecordedUrlProblem } from './recorded-urls.js';

/** A journal that cannot be read is never "not applied": apply would refuse it too (exit 5). */
export function damagedStateError(location: string, error: { message: string }): ConflictError {
  return new ConflictError(`the recorded state in ${location} is damaged: ${error.message}`, {
    hint: 'Nothing was sent. Inspect it with `orderform state show NAME`; never delete it while its order is unplaced.',
  });
}

export function untrustedStateError(location: string, name: string, problem: string): ConflictError {
  return new ConflictError(
    `the recorded state of order ${name} in ${location} cannot be trusted: ${problem}`,
    {
      hint: 'Nothing was sent. Restore the record from a trusted copy, or inspect it with `orderform state show`.',
    },
  );
}

/** The recorded state of an order as `plan` shows it (and as a saved plan records it). */
export async function readOrderPlanState(
  state: StateBackend,
  endpoint: string,
  order: Pick<OrderPlan, 'name' | 'manifestHash' | 'steps'>,
): Promise<OrderPlanState> {
  let journal: Journal | undefined;
  try {
    journal = await state.read(endpoint, order.name);
  } catch (error) {
    if (error instanceof JournalFormatError) throw damagedStateError(state.location, error);
    throw error;
  }
  const problem = journal && findRecordedUrlProblem(journal, order, endpoint);
  if (problem) throw untrustedStateError(state.location, order.name, problem);
  return planStateOf(journal, order);
}

export function planStateOf(
  journal: Journal | undefined,
  order: Pick<OrderPlan, 'manifestHash' | 'steps'>,
): OrderPlanState {
  const verdict = reconcileJournal(journal, order);
  if (journal === undefined || verdict.kind === 'new') return { kind: 'new' };
  switch (verdict.kind) {
    case 'placed':
      return { kind: 'placed', revision: journal.revision, orderUrl: verdict.orderUrl };
    case 'changed-after-placement': {
      const changes = diffRecordedSteps(journal.steps, order.steps, { includeAdded: true });
      return { kind: 'changed', revision: journal.revision, orderUrl: verdict.orderUrl, changes };
    }
    case 'conflict': {
      // Steps not run yet are free to change; only those that ran are the conflict.
      const ran = Object.fromEntries(
        Object.entries(journal.steps).filter(([, step]) => step.status !== 'failed'),
      );
      const changes = diffRecordedSteps(ran, order.steps, { includeAdded: false });
      return { kind: 'changed', revision: journal.revision, orderUrl: verdict.orderUrl ?? '', changes };
    }
    case 'resume': {
      const steps: Record<string, StepState> = {};
      for (const [id, step] of Object.entries(verdict.steps)) {
        steps[id] = step.kind === 'done' ? 'done' : step.kind === 'in-doubt' ? 'in-doubt' : 'pending';
      }
      return {
        kind: 'partial',
        revision: journal.revision,
        steps,
        ...(verdict.orderUrl === undefined ? {} : { orderUrl: verdict.orderUrl }),
      };
    }
  }
}

/**
 * Every journal recorded for `name`: under the endpoint's origin when one is given, under every
 * origin otherwise (so `status` works without an endpoint). A damaged one is a conflict.
 */
export async function findRecordedOrders(
  state: StateBackend,
  endpoint: string | null,
  name: string,
): Promise<Journal[]> {
  const origin = endpoint === null ? null : new URL(endpoint).origin;
  const found: Journal[] = [];
  for (const entry of await state.list(name)) {
    // A damaged local journal is known by its directory's origin key only.
    if (origin !== null && entry.origin !== origin && entry.origin !== originKey(origin)) continue;
    if (entry.kind === 'damaged')
      throw damagedStateError(state.location, { message: `order ${name}: ${entry.problem}` });
    found.push(entry.journal);
  }
  return found;
}
