import { ApplyStoppedError } from '../errors.js';
import type { JsonValue } from '../shared/json-value.js';
import { ApiFailure } from './failure.js';
import {
  type ListedItem,
  type ListedProduct,
  type ListedService,
  parseListing,
  parseOrderStatus,
} from './listing.js';
import { checkLocation, describeLocationProblem } from './location.js';
import { parseApiMessage } from './message.js';
import type { HttpClient, HttpRequest, HttpResponse } from './types.js';

export type { ListedProduct, ListedService } from './listing.js';

/** A mutating call of a plan step, its URL and body already resolved. */
export interface StepCall {
  step: string;
  url: string;
  body: JsonValue;
  /** The endpoint URL: Locations must stay on its origin. */
  endpoint: string;
}

export interface Created {
  location: string;
  status: number;
}

/** A Location that failed the checks of src/api/location.ts. apply stops; nothing further is sent. */
export class UnsafeLocationError extends ApplyStoppedError {
  readonly step: string;

  constructor(step: string, problem: string) {
    super(
      `step ${step}: ${problem}; apply stopped: no request was started after this answer (requests already on the wire finish, and are listed as done or failed)`,
      {
        hint: 'The server answered outside the endpoint you chose. Check --endpoint; nothing was sent to that Location.',
      },
    );
    this.step = step;
  }
}

/** POST /orders {} → 201 + Location + Set-Cookie OwnerId (the jar keeps it). */
export function createOrder(client: HttpClient, call: StepCall): Promise<Created> {
  return create(client, call);
}

/** PUT /orders/{id}/account → 204. Idempotent: re-sending it is how it is settled. */
export async function setAccount(client: HttpClient, call: StepCall): Promise<void> {
  await expectOk(client, { method: 'PUT', url: call.url, body: call.body }, call.step);
}

/** POST /orders/{id}/account/products {offering} → 201 + Location. */
export function addProduct(client: HttpClient, call: StepCall): Promise<Created> {
  return create(client, call);
}

/** POST .../products/{pid}/services {...} → 201 + Location. */
export function addService(client: HttpClient, call: StepCall): Promise<Created> {
  return create(client, call);
}

/** POST /orders/{id}/action {"action":"submit"} → 202. */
export async function submitOrder(client: HttpClient, call: StepCall): Promise<number> {
  const response = await expectOk(client, { method: 'POST', url: call.url, body: call.body }, call.step);
  return response.status;
}

/** GET /orders/{id}: the order's Status ("new" while open). */
export async function getOrder(
  client: HttpClient,
  orderUrl: string,
  step?: string,
): Promise<{ status: string | undefined }> {
  const response = await expectOk(client, { method: 'GET', url: orderUrl }, step);
  return { status: parseOrderStatus(response.body) };
}

/** GET /orders/{id}/account/products: the products already in the order. */
export async function listProducts(
  client: HttpClient,
  collectionUrl: string,
  step?: string,
): Promise<ListedProduct[]> {
  const items = await listAll(client, collectionUrl, step);
  return items.map((item) => ({ kind: 'product', ...item }));
}

/** GET .../products/{pid}/services: the services already in the product. */
export async function listServices(
  client: HttpClient,
  collectionUrl: string,
  step?: string,
): Promise<ListedService[]> {
  const items = await listAll(client, collectionUrl, step);
  return items.map((item) => ({ kind: 'service', ...item }));
}

async function create(client: HttpClient, call: StepCall): Promise<Created> {
  const response = await expectOk(client, { method: 'POST', url: call.url, body: call.body }, call.step);
  const check = checkLocation({
    location: response.headers.location,
    requestUrl: call.url,
    endpoint: call.endpoint,
    collectionUrl: call.url,
  });
  if (check.kind !== 'ok') throw new UnsafeLocationError(call.step, describeLocationProblem(check));
  return { location: check.url, status: response.status };
}

export async function expectOk(
  client: HttpClient,
  request: HttpRequest,
  step: string | undefined,
): Promise<HttpResponse> {
  const response = await client.send(request, { step });
  if (response.status >= 200 && response.status < 300) return response;
  throw new ApiFailure(
    {
      step,
      method: request.method,
      url: request.url,
      apiMessage: parseApiMessage(response.body, response.contentType),
      hint: hintFor(response.status),
    },
    {
      kind: 'status',
      status: response.status,
      retryAfter: response.headers['retry-after'],
      envelope: isErrorEnvelope(response.body),
    },
  );
}

function isErrorEnvelope(body: unknown): boolean {
  return body !== null && typeof body === 'object' && !Array.isArray(body);
}

function hintFor(status: number): string | undefined {
  if (status === 401) {
    return 'The API did not accept the OwnerId cookie or credentials (HOSTWAY_USERNAME/HOSTWAY_PASSWORD).';
  }
  if (status === 403) return 'The credentials are not allowed to do this.';
  if (status >= 400 && status < 500 && status !== 429) {
    return 'Fix the manifest or the account and run apply again; finished steps are kept.';
  }
  return undefined;
}

const PAGE_SIZE = 400;
const MAX_PAGES = 250;

/**
 * Every member of a collection, page by page. Pages are asked for explicitly (the API answers 303
 * to unpaged lists over 100 items, and redirects are not followed); a `next` link is followed
 * only while it stays on the same collection.
 */
async function listAll(
  client: HttpClient,
  collectionUrl: string,
  step: string | undefined,
): Promise<ListedItem[]> {
  const base = new URL(collectionUrl);
  const items: ListedItem[] = [];
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const url = new URL(base);
    url.search = `page=${page}&pageSize=${PAGE_SIZE}`;
    const response = await expectOk(client, { method: 'GET', url: url.href }, step);
    for (const item of parseListing(response.body, collectionUrl)) items.push(item);
    if (!hasNextPage(response.body, base)) return items;
  }
  throw new ApiFailure(
    { step, method: 'GET', url: collectionUrl },
    { kind: 'bad-response', detail: `the list has more than ${MAX_PAGES} pages` },
  );
}

function hasNextPage(body: unknown, base: URL): boolean {
  const links = body !== null && typeof body === 'object' ? (body as { links?: unknown }).links : undefined;
  if (!Array.isArray(links)) return false;
  const next: unknown = links.find(
    (link) => link !== null && typeof link === 'object' && link.rel === 'next',
  );
  const href = next !== null && typeof next === 'object' ? (next as { href?: unknown }).href : undefined;
  if (typeof href !== 'string') return false;
  try {
    const url = new URL(href, base);
    return url.origin === base.origin && url.pathname.replace(/\/$/, '') === base.pathname.replace(/\/$/, '');
  } catch {
    return false;
  }
}
