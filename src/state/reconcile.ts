import type { OrderPlan } from '../plan/types.js';
import type { Journal } from './journal-format.js';

export type StepResume =
  | { kind: 'done'; location: string | undefined }
  | { kind: 'in-doubt' }
  | { kind: 'pending' };

export interface StepConflict {
  step: string;
  /** changed: the step's definition differs from the one that ran; removed: the manifest dropped it. */
  reason: 'changed' | 'removed';
  /** What the journal says happened to it: created (done) or possibly created (started). */
  recorded: 'done' | 'started';
}

export type Reconciliation =
  | { kind: 'new' }
  | { kind: 'placed'; orderUrl: string }
  | { kind: 'changed-after-placement'; orderUrl: string }
  | { kind: 'conflict'; orderUrl: string | undefined; conflicts: StepConflict[] }
  | { kind: 'resume'; orderUrl: string | undefined; steps: Record<string, StepResume> };

/**
 * What the recorded journal means for the order as the plan now describes it. Pure.
 *
 * Policy for a manifest that changed before the order was placed:
 * - a step whose fingerprint still matches keeps its recorded result (done: reused; started: settled);
 * - a step the journal never ran, or that the API refused (4xx, nothing created), runs as planned;
 * - a PUT (the account and its sub-resources, attributes, promotions) replaces what it names, so a
 *   changed one is simply sent again;
 * - a POST that created (or may have created) a resource whose definition changed or that the
 *   manifest no longer has is a conflict (exit 5): the API offers no safe way to change it in
 *   place, and leaving it would place an order that differs from the manifest.
 * After placement any change to the manifest (its hash) is a conflict: a placed order is final.
 */
export function reconcileJournal(
  journal: Journal | undefined,
  order: Pick<OrderPlan, 'manifestHash' | 'steps'>,
): Reconciliation {
  if (journal === undefined) return { kind: 'new' };
  if (journal.placed !== undefined) {
    // An imported order has no manifest hash: any manifest of its name is that order.
    return journal.manifestHash === order.manifestHash || journal.manifestHash === ''
      ? { kind: 'placed', orderUrl: journal.placed.orderUrl }
      : { kind: 'changed-after-placement', orderUrl: journal.placed.orderUrl };
  }
  const planned = new Map(order.steps.map((step) => [step.id, step]));
  const conflicts: StepConflict[] = [];
  const steps: Record<string, StepResume> = {};
  for (const step of order.steps) steps[step.id] = { kind: 'pending' };
  for (const [id, recorded] of Object.entries(journal.steps)) {
    if (recorded.status === 'failed') continue;
    const step = planned.get(id);
    if (step === undefined) {
      conflicts.push({ step: id, reason: 'removed', recorded: recorded.status });
      continue;
    }
    if (step.fingerprint !== recorded.fingerprint) {
      // PUTs replace what they name, and reading the quote and validating change nothing that
      // could be left behind.
      if (step.method !== 'PUT' && step.kind !== 'read-quote' && step.kind !== 'validate-order')
        conflicts.push({ step: id, reason: 'changed', recorded: recorded.status });
      continue;
    }
    steps[id] =
      recorded.status === 'done' ? { kind: 'done', location: recorded.location } : { kind: 'in-doubt' };
  }
  if (conflicts.length > 0) return { kind: 'conflict', orderUrl: journal.orderUrl, conflicts };
  return { kind: 'resume', orderUrl: journal.orderUrl, steps };
}

export function describeConflicts(
  name: string,
  conflicts: readonly StepConflict[],
  names: ReadonlyMap<string, string> = new Map(),
): string {
  const parts = conflicts.map(
    (conflict) =>
      `${names.get(conflict.step) ?? conflict.step} (${conflict.reason === 'removed' ? 'removed from' : 'changed in'} the manifest after it was ${
        conflict.recorded === 'done' ? 'created' : 'sent'
      })`,
  );
  return `order ${name} is partly applied and the manifest changed steps that already ran: ${parts.join(', ')}`;
}
