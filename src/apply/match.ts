import type { ListedItem } from '../api/listing.js';
import type { JsonValue } from '../shared/json-value.js';

/** URLs compare without a trailing '/' and case-insensitively: the API spells some in lower case. */
export function normalizeUrl(url: string): string {
  return url.replace(/\/+$/, '').toLowerCase();
}

/** A listed product is the in-doubt step's product when its offering is the one posted. */
export function matchesProduct(body: JsonValue, item: ListedItem): boolean {
  const sent = field(body, 'offering');
  const listed = item.fields.offering;
  return (
    typeof sent === 'string' && typeof listed === 'string' && normalizeUrl(sent) === normalizeUrl(listed)
  );
}

/**
 * A listed service is the in-doubt step's service when specification, name, billing cycle and
 * the set of relatedTo URLs agree. Fields the listing leaves out are not held against it, except
 * the specification, without which nothing can be told apart.
 */
export function matchesService(body: JsonValue, item: ListedItem): boolean {
  const spec = field(body, 'serviceSpecification');
  const listedSpec = item.fields.serviceSpecification;
  if (typeof spec !== 'string' || typeof listedSpec !== 'string') return false;
  if (normalizeUrl(spec) !== normalizeUrl(listedSpec)) return false;
  for (const key of ['name', 'billingCycle', 'quantity']) {
    const sent = field(body, key);
    const listed = item.fields[key];
    if (sent !== undefined && listed !== undefined && listed !== null && sent !== listed) return false;
  }
  const sentRelated = urlSet(field(body, 'relatedTo'));
  const listedRelated = urlSet(item.fields.relatedTo);
  return sentRelated.size === listedRelated.size && [...sentRelated].every((url) => listedRelated.has(url));
}

export type CandidatePick =
  | { kind: 'none' }
  | { kind: 'one'; url: string }
  | { kind: 'ambiguous'; urls: string[] };

/**
 * Chooses the resource an in-doubt step adopts among the listed matches: the first one no other
 * step of the journal has claimed. `expected` is how many steps of the order could own such a
 * resource and are not done (identical siblings): more unclaimed matches than that means the
 * API holds resources the journal cannot account for, and guessing could attach the wrong one.
 */
export function pickCandidate(
  matches: readonly string[],
  claimed: ReadonlySet<string>,
  expected: number,
): CandidatePick {
  const seen = new Set<string>();
  const free: string[] = [];
  for (const url of matches) {
    const key = normalizeUrl(url);
    if (claimed.has(key) || seen.has(key)) continue;
    seen.add(key);
    free.push(url);
  }
  if (free.length === 0) return { kind: 'none' };
  if (free.length > Math.max(1, expected)) return { kind: 'ambiguous', urls: free };
  return { kind: 'one', url: free[0]! };
}

function field(body: JsonValue, key: string): JsonValue | undefined {
  return body !== null && typeof body === 'object' && !Array.isArray(body) ? body[key] : undefined;
}

function urlSet(value: unknown): Set<string> {
  if (!Array.isArray(value)) return new Set();
  return new Set(value.filter((entry): entry is string => typeof entry === 'string').map(normalizeUrl));
}
