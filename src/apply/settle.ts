import { ApiFailure } from '../api/failure.js';
import type { ListedItem } from '../api/listing.js';
import { checkLocation } from '../api/location.js';
import { getOrder, listProducts, listServices } from '../api/operations.js';
import type { HttpClient } from '../api/types.js';
import { ConflictError } from '../errors.js';
import type { PlanStep } from '../plan/types.js';
import type { JsonValue } from '../shared/json-value.js';
import { matchesProduct, matchesService, pickCandidate } from './match.js';

/** found: the in-doubt request did take effect (adopt `location`); absent: it did not, send it. */
export type SettleVerdict = { kind: 'found'; location: string | undefined } | { kind: 'absent' };

export interface SettleInput {
  step: PlanStep;
  /** The step's resolved request. */
  url: string;
  body: JsonValue;
  endpoint: string;
  orderUrl: string | undefined;
  /** Normalized Locations other steps of the journal already own. */
  claimed: ReadonlySet<string>;
  /** Not-done steps of the order with this step's exact definition (itself included). */
  expected: number;
}

/**
 * Decides an in-doubt step by reading the API. Transport failures propagate as ApiFailure (the
 * caller retries, then stops with exit 1: still in doubt); answers that contradict the journal
 * or match ambiguously are ConflictError (exit 5): guessing could order something twice.
 */
export async function settleInDoubtStep(client: HttpClient, input: SettleInput): Promise<SettleVerdict> {
  const { step } = input;
  switch (step.kind) {
    case 'create-order':
      // An unsubmitted order costs nothing: the caller forgets its cookie and starts a new one.
      return { kind: 'absent' };
    case 'set-account':
    case 'set-order-attributes':
    case 'set-account-attributes':
    case 'set-account-user':
    case 'set-contact':
    case 'set-payment':
    case 'set-product':
    case 'set-promotion':
      // A PUT replaces what it names: sending it again is the settlement.
      return { kind: 'absent' };
    case 'read-quote':
    case 'validate-order':
      // A read and a check change nothing: asking again is the settlement.
      return { kind: 'absent' };
    case 'submit':
      return settleSubmit(client, input);
    case 'add-product':
    case 'add-service':
      return settleCreated(client, input);
  }
}

async function settleSubmit(client: HttpClient, input: SettleInput): Promise<SettleVerdict> {
  if (input.orderUrl === undefined) {
    throw new ConflictError(`order ${input.step.id}: the journal has a submit in doubt but no order URL`, {
      hint: 'Check the order by hand (orderform status shows what was recorded); orderform will not guess which order was submitted.',
    });
  }
  const { status } = await guard(input, () => getOrder(client, input.orderUrl!, input.step.id));
  if (status === undefined) {
    throw new ApiFailure(
      { step: input.step.id, method: 'GET', url: input.orderUrl },
      { kind: 'bad-response', detail: 'the order has no Status, so whether it was submitted is unknown' },
    );
  }
  return status.toLowerCase() === 'new' ? { kind: 'absent' } : { kind: 'found', location: undefined };
}

async function settleCreated(client: HttpClient, input: SettleInput): Promise<SettleVerdict> {
  const isProduct = input.step.kind === 'add-product';
  const listed = await guard<ListedItem[]>(input, () =>
    isProduct
      ? listProducts(client, input.url, input.step.id)
      : listServices(client, input.url, input.step.id),
  );
  const matches: string[] = [];
  for (const item of listed) {
    if (item.url === undefined) continue;
    if (!(isProduct ? matchesProduct(input.body, item) : matchesService(input.body, item))) continue;
    // Only members of the posted collection on the endpoint's origin may be adopted.
    const check = checkLocation({
      location: item.url,
      requestUrl: input.url,
      endpoint: input.endpoint,
      collectionUrl: input.url,
    });
    if (check.kind === 'ok') matches.push(check.url);
  }
  const pick = pickCandidate(matches, input.claimed, input.expected);
  switch (pick.kind) {
    case 'none':
      return { kind: 'absent' };
    case 'one':
      return { kind: 'found', location: pick.url };
    case 'ambiguous':
      throw new ConflictError(
        `step ${input.step.id} was in doubt and ${pick.urls.length} matching resources exist where at most ${input.expected} could be ours: ${pick.urls.join(', ')}`,
        { hint: 'Check the order by hand; orderform will not guess which resource belongs to the manifest.' },
      );
  }
}

/** A 404 while reading back a resource the journal says exists contradicts the journal. */
async function guard<T>(input: SettleInput, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof ApiFailure && error.status === 404) {
      throw new ConflictError(
        `step ${input.step.id} was in doubt, and settling it found that a resource the journal records is gone: ${error.message}`,
        { hint: 'The order may have expired or been deleted; apply it under a new metadata.name.' },
      );
    }
    throw error;
  }
}
