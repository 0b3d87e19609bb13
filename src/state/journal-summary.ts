import type { DamagedJournal, StoredJournal } from './backend.js';
import type { Journal } from './journal-format.js';

/** One order as `state list` and `state show` present it. Never holds the cookie. */
export interface StateEntry {
  name: string;
  origin: string;
  state: 'placed' | 'partial' | 'new' | 'damaged';
  revision: number | null;
  orderUrl: string | null;
  updatedAt: string | null;
  inDoubt: string[];
  lockedBy: string | null;
  problem?: string;
}

export function summarizeJournal(entry: StoredJournal | DamagedJournal, lockedBy: string | null): StateEntry {
  if (entry.kind === 'damaged') {
    return {
      name: entry.name,
      origin: entry.origin,
      state: 'damaged',
      revision: null,
      orderUrl: null,
      updatedAt: null,
      inDoubt: [],
      lockedBy,
      problem: entry.problem,
    };
  }
  const { journal } = entry;
  return {
    name: entry.name,
    origin: entry.origin,
    state: journal.placed ? 'placed' : Object.keys(journal.steps).length > 0 ? 'partial' : 'new',
    revision: journal.revision,
    orderUrl: journal.placed?.orderUrl ?? journal.orderUrl ?? null,
    updatedAt: journal.updatedAt,
    inDoubt: inDoubtSteps(journal),
    lockedBy,
  };
}

/** Steps sent without a recorded answer, in an order not yet placed. */
export function inDoubtSteps(journal: Journal): string[] {
  if (journal.placed) return [];
  return Object.entries(journal.steps)
    .filter(([, step]) => step.status === 'started')
    .map(([id]) => id);
}

/** The journal for people: everything but the cookie, which is only said to be there. */
export function redactJournal(journal: Journal): Omit<Journal, 'cookies'> & { cookies?: string } {
  const { cookies, ...rest } = journal;
  return cookies === undefined ? rest : { ...rest, cookies: '[stored; never shown]' };
}

export function renderStateList(location: string, entries: readonly StateEntry[]): string {
  if (entries.length === 0) return `No orders recorded in ${location}.\n`;
  const lines = [`Orders recorded in ${location}:`];
  for (const entry of entries) {
    const url = entry.orderUrl ? ` ${entry.orderUrl}` : '';
    const doubt = entry.inDoubt.length > 0 ? `, ${entry.inDoubt.length} in doubt` : '';
    const revision = entry.revision === null ? '' : ` (revision ${entry.revision}${doubt})`;
    lines.push(`  ${entry.name.padEnd(24)} ${entry.state}${revision} at ${entry.origin}${url}`);
    if (entry.problem) lines.push(`    damaged: ${entry.problem}`);
    if (entry.lockedBy) lines.push(`    locked by ${entry.lockedBy}`);
  }
  return `${lines.join('\n')}\n`;
}

export function renderStateShow(entry: StateEntry, journal: Journal | undefined): string {
  const lines = renderStateList(entry.origin, [entry]).split('\n').slice(1, -1);
  if (journal) {
    for (const [id, step] of Object.entries(journal.steps)) {
      lines.push(`    ${step.status.padEnd(8)} ${id.padEnd(22)} ${step.method} ${step.location ?? step.url}`);
    }
    for (const url of journal.abandonedOrders) lines.push(`    abandoned order ${url} (unsubmitted)`);
  }
  return `${lines.join('\n')}\n`;
}
