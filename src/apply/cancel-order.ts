import { ApiFailure } from '../api/failure.js';
import { deleteOrder } from '../api/quote.js';
import type { HttpClient } from '../api/types.js';
import type { StateBackend } from '../state/backend.js';
import { JournalStore } from '../state/journal.js';
import { newJournal } from '../state/journal-format.js';
import { untrustedStateError } from '../state/order-state.js';
import { findRecordedUrlProblem } from '../state/recorded-urls.js';

export type CancelResult =
  | { kind: 'cancelled'; name: string; orderUrl: string }
  | { kind: 'already-gone'; name: string; orderUrl: string }
  | { kind: 'nothing-to-cancel'; name: string }
  | { kind: 'submitted'; name: string; orderUrl: string };

/**
 * Deletes the open order recorded for `name` (`DELETE {order}`) and records it cancelled: its
 * steps are forgotten, so the next apply starts a new order. A submitted order cannot be deleted
 * (the API answers 405); that is reported, never retried. Holds the order's lock throughout, and
 * checks the recorded order URL like a live Location before the cookie is sent to it.
 */
export async function cancelOrder(
  name: string,
  options: {
    state: StateBackend;
    endpoint: string;
    manifestHash: string;
    lockWaitMs: number;
    createClient: (cookies: unknown) => Promise<HttpClient>;
  },
): Promise<CancelResult> {
  const { state, endpoint } = options;
  if ((await state.read(endpoint, name)) === undefined) return { kind: 'nothing-to-cancel', name };
  const lock = await state.lock(endpoint, name, { waitMs: options.lockWaitMs });
  try {
    const journal = await JournalStore.load(state, endpoint, name, () =>
      newJournal(name, endpoint, options.manifestHash, new Date()),
    );
    const recorded = journal.current;
    const problem = findRecordedUrlProblem(recorded, { steps: [] }, endpoint);
    if (problem !== undefined) throw untrustedStateError(state.location, name, problem);
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
