import { isDeepStrictEqual } from 'node:util';
import { ConflictError } from '../errors.js';
import type { OrderLock, StateBackend } from './backend.js';

export interface MigrateReport {
  kind: 'state-migrate';
  from: string;
  to: string;
  copied: { name: string; origin: string; revision: number }[];
  unchanged: { name: string; origin: string; revision: number }[];
}

/**
 * Copies every journal from one state to another, each under both states' locks, then reads each
 * back from the target and compares it with the source: nothing is reported copied that did not
 * arrive whole. A damaged source journal, or a target journal that differs, stops it before any
 * copy (nothing is overwritten).
 */
export async function migrateState(from: StateBackend, to: StateBackend): Promise<MigrateReport> {
  const entries = await from.list();
  const damaged = entries.filter((entry) => entry.kind === 'damaged');
  if (damaged.length > 0) {
    throw new ConflictError(
      `cannot migrate: ${damaged.map((d) => `${d.name} at ${d.origin} (${d.problem})`).join('; ')}`,
      { hint: 'Nothing was copied. Repair or remove the damaged records first.' },
    );
  }
  const stored = entries.flatMap((entry) => (entry.kind === 'stored' ? [entry] : []));
  const report: MigrateReport = {
    kind: 'state-migrate',
    from: from.location,
    to: to.location,
    copied: [],
    unchanged: [],
  };
  const locks: OrderLock[] = [];
  try {
    const plan: { entry: (typeof stored)[number]; write: boolean }[] = [];
    for (const entry of stored) {
      locks.push(await from.lock(entry.origin, entry.name, { waitMs: 0 }));
      locks.push(await to.lock(entry.origin, entry.name, { waitMs: 0 }));
      const source = await from.read(entry.origin, entry.name);
      const existing = await to.read(entry.origin, entry.name);
      if (source === undefined) continue;
      if (existing !== undefined && !isDeepStrictEqual(existing, source)) {
        throw new ConflictError(
          `cannot migrate: ${to.location} already holds a different journal for order ${entry.name} at ${entry.origin} (revision ${existing.revision}, source revision ${source.revision})`,
          { hint: 'Nothing was copied. Remove one of them by hand (orderform state rm) first.' },
        );
      }
      plan.push({ entry: { ...entry, journal: source }, write: existing === undefined });
    }
    for (const { entry, write } of plan) {
      const item = { name: entry.name, origin: entry.origin, revision: entry.journal.revision };
      if (!write) {
        report.unchanged.push(item);
        continue;
      }
      await to.write(entry.journal);
      const back = await to.read(entry.origin, entry.name);
      if (!isDeepStrictEqual(back, entry.journal)) {
        throw new ConflictError(
          `migrate: order ${entry.name} did not read back from ${to.location} as written`,
        );
      }
      report.copied.push(item);
    }
    const arrived = new Set(
      (await to.list()).flatMap((e) => (e.kind === 'stored' ? [`${e.origin}\n${e.name}`] : [])),
    );
    const lost = stored.filter((entry) => !arrived.has(`${entry.origin}\n${entry.name}`));
    if (lost.length > 0) {
      throw new ConflictError(
        `migrate: ${lost.map((e) => e.name).join(', ')} missing from ${to.location} after the copy`,
      );
    }
    return report;
  } finally {
    await Promise.all(locks.map((lock) => lock.release()));
  }
}
