import { ApiFailure } from '../api/failure.js';
import { deleteOrder } from '../api/quote.js';
import type { HttpClient } from '../api/types.js';
import { JournalStore, readJournalFile } from './journal.js';
import { journalPaths, newJournal } from './journal-format.js';
import { acquireOrderLock } from './lock.js';

export type CancelResult =
  | { kind: 'cancelled'; name: string; orderUrl: string }
  | { kind: 'already-gone'; name: string; orderUrl: string }
  | { kind: 'nothing-to-cancel'; name: string }
  | { kind: 'submitted'; name: string; orderUrl: string };

/**
 * Deletes the open order recorded for `name` (`DELETE {order}`) and records it cancelled: its
 * steps are forgotten, so the next apply starts a new order. A submitted order cannot be deleted
 * (the API answers 405); that is reported, never retried. Holds the order's lock throughout.
 */
export async function cancelOrder(
  name: string,
  options: {
    stateDir: string;
    endpoint: string;
    manifestHash: string;
    createClient: (cookies: unknown) => Promise<HttpClient>;
  },
): Promise<CancelResult> {
  const paths = journalPaths(options.stateDir, options.endpoint, name);
  if ((await readJournalFile(paths.journal)) === undefined) return { kind: 'nothing-to-cancel', name };
  const lock = await acquireOrderLock(paths.lock, name);
  try {
    const journal = await JournalStore.open(paths, () =>
      newJournal(name, options.endpoint, options.manifestHash, new Date()),
    );
    const recorded = journal.current;
    if (recorded.placed !== undefined) return { kind: 'submitted', name, orderUrl: recorded.placed.orderUrl };
    const orderUrl = recorded.orderUrl;
    if (orderUrl === undefined) return { kind: 'nothing-to-cancel', name };
    const client = await options.createClient(recorded.cookies);
    let gone = false;
    try {
      await deleteOrder(client, orderUrl, 'cancel');
    } catch (error) {
      if (!(error instanceof ApiFailure) || error.reason.kind !== 'status') throw error;
      if (error.status === 405 || error.status === 409) return { kind: 'submitted', name, orderUrl };
      if (error.status !== 404) throw error;
      gone = true;
    }
    await journal.update((j) => {
      j.cancelled = { at: new Date().toISOString(), orderUrl };
      j.abandonedOrders.push(orderUrl);
      delete j.orderUrl;
      delete j.cookies;
      j.steps = {};
    });
    return gone ? { kind: 'already-gone', name, orderUrl } : { kind: 'cancelled', name, orderUrl };
  } finally {
    await lock.release();
  }
}
