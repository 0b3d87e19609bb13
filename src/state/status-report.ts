import { stepDisplayNames } from '../plan/display.js';
import type { OrderPlan } from '../plan/types.js';
import type { Journal } from './journal-format.js';
import { reconcileJournal } from './reconcile.js';

/** What `status` says about one order on one endpoint. Never holds the journal's cookie. */
export interface StatusRecord {
  endpoint: string;
  state: 'placed' | 'partial' | 'changed' | 'conflict';
  revision: number;
  orderUrl: string | null;
  placedAt: string | null;
  stepsDone: number;
  stepsTotal: number;
  inDoubt: string[];
  failed: { step: string; httpStatus: number | null; message: string }[];
  resources: { step: string; kind: string; url: string }[];
  /** The holder of the order's lock while another apply runs (or left it behind). */
  lockedBy?: string;
  /** What people read for each step id (`vps/ip` for `service:vps/0/4`); ids stay as the journal keys them. */
  stepNames: Record<string, string>;
  /** From GET /orders/{id} with --refresh. */
  live?: { status: string | null; error?: string };
}

export interface StatusEntry {
  name: string;
  file: string;
  state: 'not-applied' | 'recorded';
  records: StatusRecord[];
}

/** Pure: a journal read against the order as the manifest now describes it. */
export function describeRecordedOrder(journal: Journal, order: OrderPlan): StatusRecord {
  const verdict = reconcileJournal(journal, order);
  const steps = Object.entries(journal.steps);
  const kindOf = new Map(order.steps.map((step) => [step.id, step.creates]));
  const state =
    verdict.kind === 'placed'
      ? 'placed'
      : verdict.kind === 'changed-after-placement'
        ? 'changed'
        : verdict.kind === 'conflict'
          ? 'conflict'
          : 'partial';
  return {
    endpoint: journal.endpoint,
    state,
    stepNames: Object.fromEntries(stepDisplayNames(order.steps)),
    revision: journal.revision,
    orderUrl: journal.placed?.orderUrl ?? journal.orderUrl ?? null,
    placedAt: journal.placed?.at ?? null,
    stepsDone: steps.filter(([, step]) => step.status === 'done').length,
    stepsTotal: order.steps.length,
    inDoubt: steps.filter(([, step]) => step.status === 'started').map(([id]) => id),
    failed: steps
      .filter(([, step]) => step.status === 'failed')
      .map(([id, step]) => ({ step: id, httpStatus: step.httpStatus ?? null, message: step.error ?? '' })),
    resources: steps.flatMap(([id, step]) =>
      step.location !== undefined && step.kind !== 'create-order'
        ? [{ step: id, kind: kindOf.get(id) ?? step.kind.replace(/^add-/, ''), url: step.location }]
        : [],
    ),
  };
}

export function renderStatusText(entries: readonly StatusEntry[]): string {
  const lines: string[] = [];
  for (const entry of entries) {
    if (entry.records.length === 0) {
      lines.push(`${entry.name} (${entry.file}): not applied`);
      continue;
    }
    for (const record of entry.records) {
      lines.push(`${entry.name} (${entry.file}) at ${record.endpoint}: ${headline(record)}`);
      if (record.orderUrl) lines.push(`  order    ${record.orderUrl}`);
      if (record.lockedBy) lines.push(`  locked   by ${record.lockedBy}`);
      if (record.live) {
        lines.push(
          `  live     ${record.live.status ?? 'unknown'}${record.live.error ? ` (${record.live.error})` : ''}`,
        );
      }
      for (const resource of record.resources) lines.push(`  ${resource.kind.padEnd(8)} ${resource.url}`);
      const name = (id: string): string => record.stepNames[id] ?? id;
      for (const id of record.inDoubt)
        lines.push(`  in doubt ${name(id)} (settled by reading the API on the next apply)`);
      for (const failure of record.failed) {
        lines.push(
          `  failed   ${name(failure.step)}${failure.httpStatus ? ` (${failure.httpStatus})` : ''}: ${failure.message}`,
        );
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

function headline(record: StatusRecord): string {
  switch (record.state) {
    case 'placed':
      return `placed${record.placedAt ? ` at ${record.placedAt}` : ''}`;
    case 'changed':
      return 'placed, but the manifest changed since (apply will refuse; use a new metadata.name)';
    case 'conflict':
      return `partial (${record.stepsDone} of ${record.stepsTotal} steps), and the manifest changed steps that already ran`;
    case 'partial':
      return `partial: ${record.stepsDone} of ${record.stepsTotal} steps done${
        record.inDoubt.length > 0 ? `, ${record.inDoubt.length} in doubt` : ''
      }; run apply to finish`;
  }
}
