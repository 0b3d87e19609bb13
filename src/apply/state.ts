// Read-only view of the recorded state for `plan` and `status`: no HTTP or terminal modules here.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { diffRecordedSteps } from '../plan/diff.js';
import type { OrderPlan, OrderPlanState, StepState } from '../plan/types.js';
import { readJournalFile } from './journal.js';
import { type Journal, JournalFormatError, journalPaths } from './journal-format.js';
import { reconcileJournal } from './reconcile.js';

/** The recorded state of an order as `plan` shows it (and as a saved plan records it). */
export async function readOrderPlanState(
  stateDir: string,
  endpoint: string,
  order: Pick<OrderPlan, 'name' | 'manifestHash' | 'steps'>,
): Promise<OrderPlanState> {
  let journal: Journal | undefined;
  try {
    journal = await readJournalFile(journalPaths(stateDir, endpoint, order.name).journal);
  } catch {
    return { kind: 'unknown' };
  }
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

/** A journal found on disk, with the origin directory it lives in. */
export interface RecordedOrder {
  kind: 'recorded';
  origin: string;
  path: string;
  journal: Journal;
}

/**
 * Every journal recorded for `name`: under the endpoint's origin when one is given, under every
 * origin otherwise (so `status` works without an endpoint).
 */
export async function findRecordedOrders(
  stateDir: string,
  endpoint: string | null,
  name: string,
): Promise<RecordedOrder[]> {
  const paths: string[] = [];
  if (endpoint !== null) {
    paths.push(journalPaths(stateDir, endpoint, name).journal);
  } else {
    const dirs = await readdir(stateDir, { withFileTypes: true }).catch(() => []);
    for (const dir of dirs) if (dir.isDirectory()) paths.push(join(stateDir, dir.name, `${name}.json`));
  }
  const found: RecordedOrder[] = [];
  for (const path of paths) {
    try {
      const journal = await readJournalFile(path);
      if (journal !== undefined) found.push({ kind: 'recorded', origin: journal.origin, path, journal });
    } catch (error) {
      if (!(error instanceof JournalFormatError)) throw error;
    }
  }
  return found;
}
