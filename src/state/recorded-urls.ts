import { checkLocation, describeLocationProblem } from '../api/location.js';
import { resolveTemplate, UnresolvedPlaceholderError } from '../plan/template.js';
import type { OrderPlan } from '../plan/types.js';
import type { Journal } from './journal-format.js';

/**
 * Every URL apply would follow from the recorded state gets the checks a live Location gets: on
 * the endpoint's origin and a member of the collection its step posted to. A state someone edited
 * (or a backend someone else can write) must not send cookies or credentials elsewhere. Pure;
 * returns the first problem, or undefined.
 */
export function findRecordedUrlProblem(
  journal: Journal,
  order: Pick<OrderPlan, 'steps'>,
  endpoint: string,
): string | undefined {
  const location = (id: string): string | undefined => journal.steps[id]?.location;
  const ordersCollection = `${endpoint.replace(/\/+$/, '')}/orders`;
  const orderUrls = [journal.orderUrl, journal.placed?.orderUrl, ...journal.abandonedOrders];
  for (const url of orderUrls) {
    if (url === undefined) continue;
    const problem = check(url, ordersCollection, endpoint);
    if (problem !== undefined) return `the recorded order URL: ${problem}`;
  }
  for (const step of order.steps) {
    const recorded = location(step.id);
    if (recorded === undefined) continue;
    if (step.creates === undefined) return `step ${step.id} records a Location but creates nothing`;
    let collection: string;
    try {
      collection = resolveTemplate(step.url, { endpoint, location });
    } catch (error) {
      if (!(error instanceof UnresolvedPlaceholderError)) throw error;
      return `step ${step.id} records a Location but not the one of the step it was posted under`;
    }
    const problem = check(recorded, collection, endpoint);
    if (problem !== undefined) return `the recorded Location of step ${step.id}: ${problem}`;
  }
  return undefined;
}

function check(url: string, collectionUrl: string, endpoint: string): string | undefined {
  // apply stores Locations resolved; a relative one was never written by it.
  if (!/^https?:\/\//i.test(url)) return `${url} is not an absolute URL`;
  const verdict = checkLocation({ location: url, requestUrl: collectionUrl, endpoint, collectionUrl });
  return verdict.kind === 'ok' ? undefined : describeLocationProblem(verdict);
}
