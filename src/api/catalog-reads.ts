import type { CatalogAttribute, CatalogOffering, CatalogPrice } from '../shared/catalog-entries.js';
import { ApiFailure } from './failure.js';
import { parseApiMessage } from './message.js';

/**
 * The Product Catalog API: public GETs, so Node's own fetch serves them and `plan` does not load
 * the axios stack. One function per operation; a 404 is `null` (the thing does not exist), any
 * other failure an ApiFailure.
 */

export interface CatalogReadOptions {
  timeoutMs: number;
  signal?: AbortSignal | undefined;
}

const MAX_BODY = 4 * 1024 * 1024;
const PAGE_SIZE = 400;
const MAX_PAGES = 50;

type Json = Record<string, unknown>;

/** GET /productSpecifications: every product specification id. */
export async function listProductSpecificationIds(
  endpoint: string,
  options: CatalogReadOptions,
): Promise<string[]> {
  const items = (await listAll(`${endpoint}/productSpecifications`, options)) ?? [];
  return items.flatMap((item) => idOf(item) ?? []);
}

/** GET /productSpecifications/{id}: its name, or null when there is no such specification. */
export async function getProductSpecification(
  endpoint: string,
  id: string,
  options: CatalogReadOptions,
): Promise<{ name: string } | null> {
  const body = await getJson(`${endpoint}/productSpecifications/${encodeURIComponent(id)}`, options);
  return body === null ? null : { name: stringOf(body.name) ?? id };
}

/** GET /productSpecifications/{id}/offerings?details=1: the offerings with their prices inlined. */
export async function listOfferings(
  endpoint: string,
  id: string,
  options: CatalogReadOptions,
): Promise<CatalogOffering[] | null> {
  const items = await listAll(
    `${endpoint}/productSpecifications/${encodeURIComponent(id)}/offerings`,
    options,
    'details=1',
  );
  return items?.flatMap((item) => parseOffering(item) ?? []) ?? null;
}

/** GET /productSpecifications/{id}/serviceSpecifications: ids of the services allowed in it. */
export async function listProductServiceIds(
  endpoint: string,
  id: string,
  options: CatalogReadOptions,
): Promise<string[] | null> {
  const items = await listAll(
    `${endpoint}/productSpecifications/${encodeURIComponent(id)}/serviceSpecifications`,
    options,
  );
  return items?.flatMap((item) => idOf(item) ?? []) ?? null;
}

/** GET /serviceSpecifications/{id}: name, category and billing cycles; null when unknown. */
export async function getServiceSpecification(
  endpoint: string,
  id: string,
  options: CatalogReadOptions,
): Promise<{
  name: string;
  category: string;
  billingCycles: number[];
  defaultCycle: number | undefined;
} | null> {
  const body = await getJson(`${endpoint}/serviceSpecifications/${encodeURIComponent(id)}`, options);
  if (body === null) return null;
  const cycles = Array.isArray(body.billingCycles) ? (body.billingCycles as Json[]) : [];
  const numbers = cycles.flatMap((c) => (typeof c?.billingCycle === 'number' ? [c.billingCycle] : []));
  const preferred = cycles.find((c) => Number(c?.default) === 1)?.billingCycle;
  return {
    name: stringOf(body.name) ?? id,
    category: stringOf(body.category) ?? '',
    billingCycles: numbers,
    defaultCycle: typeof preferred === 'number' ? preferred : undefined,
  };
}

/** GET /serviceSpecifications/{id}/attributes: the attributes it takes and which are required. */
export async function getServiceAttributes(
  endpoint: string,
  id: string,
  options: CatalogReadOptions,
): Promise<CatalogAttribute[]> {
  const body = await getJson(
    `${endpoint}/serviceSpecifications/${encodeURIComponent(id)}/attributes`,
    options,
  );
  const list = body !== null && Array.isArray(body.attributes) ? (body.attributes as Json[]) : [];
  return list.flatMap((a) => {
    const name = stringOf(a?.name);
    return name === undefined
      ? []
      : [{ name, type: stringOf(a.type) ?? '', required: Number(a.required) === 1 }];
  });
}

function parseOffering(item: Json): CatalogOffering | undefined {
  const id = idOf(item);
  const currency = stringOf(item.currency);
  if (id === undefined || currency === undefined || typeof item.billingPeriod !== 'number') return undefined;
  const prices = Array.isArray(item.prices) ? (item.prices as Json[]) : [];
  return {
    id,
    currency,
    billingPeriod: item.billingPeriod,
    default: Number(item.default) === 1,
    prices: prices.flatMap((p): CatalogPrice[] => {
      const amount = stringOf(p?.amount);
      if (amount === undefined || !/^\d+(\.\d{1,2})?$/.test(amount)) return [];
      const related = stringOf(p.relatedServiceSpecification);
      return [
        {
          name: stringOf(p.name) ?? '',
          amount,
          currency: stringOf(p.currency) ?? currency,
          recurrences: Number(p.recurrences),
          monthlyCycle: typeof p.monthlyCycle === 'number' ? p.monthlyCycle : undefined,
          service: related === undefined ? undefined : lastSegment(related),
        },
      ];
    }),
  };
}

async function listAll(url: string, options: CatalogReadOptions, extra = ''): Promise<Json[] | null> {
  const items: Json[] = [];
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const body = await getJson(
      `${url}?${extra === '' ? '' : `${extra}&`}page=${page}&pageSize=${PAGE_SIZE}`,
      options,
    );
    if (body === null) return page === 1 ? null : items;
    const list = Array.isArray(body.list) ? (body.list as Json[]) : [];
    items.push(...list);
    const links = Array.isArray(body.links) ? (body.links as Json[]) : [];
    if (list.length < PAGE_SIZE || !links.some((link) => link?.rel === 'next')) return items;
  }
  return items;
}

async function getJson(url: string, options: CatalogReadOptions): Promise<Json | null> {
  const signals = [AbortSignal.timeout(options.timeoutMs), ...(options.signal ? [options.signal] : [])];
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Accept: 'application/json' },
      redirect: 'manual',
      signal: AbortSignal.any(signals),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    if ((error as Error).name === 'TimeoutError')
      throw new ApiFailure({ method: 'GET', url }, { kind: 'timeout' });
    throw new ApiFailure(
      { method: 'GET', url },
      { kind: 'network', code: cause?.code ?? (error as Error).message },
    );
  }
  const text = await response.text();
  if (text.length > MAX_BODY) {
    throw new ApiFailure({ method: 'GET', url }, { kind: 'bad-response', detail: 'the body is too large' });
  }
  if (response.status === 404) return null;
  const contentType = response.headers.get('content-type') ?? '';
  let body: unknown = text;
  if (/json/i.test(contentType)) {
    try {
      body = JSON.parse(text);
    } catch {
      throw new ApiFailure(
        { method: 'GET', url },
        { kind: 'bad-response', detail: 'the body is not valid JSON' },
      );
    }
  }
  if (response.status < 200 || response.status >= 300) {
    throw new ApiFailure(
      { method: 'GET', url, apiMessage: parseApiMessage(body, contentType) },
      {
        kind: 'status',
        status: response.status,
        retryAfter: response.headers.get('retry-after') ?? undefined,
      },
    );
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new ApiFailure({ method: 'GET', url }, { kind: 'bad-response', detail: 'expected a JSON object' });
  }
  return body as Json;
}

function idOf(item: Json): string | undefined {
  const links = Array.isArray(item?.links) ? (item.links as Json[]) : [];
  const self = stringOf(links.find((link) => link?.rel === 'self')?.href);
  return self === undefined ? undefined : lastSegment(self);
}

function lastSegment(url: string): string | undefined {
  try {
    const segment = new URL(url, 'http://x/').pathname.split('/').filter(Boolean).pop();
    return segment === undefined ? undefined : decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
