import {
  type CatalogReadOptions,
  getProductSpecification,
  getServiceAttributes,
  getServiceSpecification,
  listOfferings,
  listProductServiceIds,
  listProductSpecificationIds,
} from '../api/catalog-reads.js';
import type { CatalogProduct, CatalogService, CatalogSnapshot } from './types.js';

export interface CatalogWanted {
  /** Product specification ids to read, or 'all' for every one the catalog lists. */
  products: readonly string[] | 'all';
  /** Service specification ids to read besides those allowed in the products, or 'allowed' for just those. */
  services: readonly string[] | 'allowed';
}

/** Reads at most this many catalog resources at once: concurrent, but polite to a public API. */
export const CATALOG_CONCURRENCY = 8;

/**
 * Reads the parts of the catalog a check or listing needs, only with GETs, `concurrency` at a
 * time. Any failure other than a 404 propagates (an unreachable catalog is an error, not a pass).
 */
export async function readCatalog(
  endpoint: string,
  wanted: CatalogWanted,
  options: CatalogReadOptions & { concurrency?: number; now?: () => Date },
): Promise<CatalogSnapshot> {
  const pool = bounded(options.concurrency ?? CATALOG_CONCURRENCY);
  const productIds =
    wanted.products === 'all' ? await pool(() => listProductSpecificationIds(endpoint, options)) : undefined;
  const products: Record<string, CatalogProduct | null> = {};
  await Promise.all(
    [...new Set(productIds ?? (wanted.products as readonly string[]))].map(async (id) => {
      products[id] = await readProduct(endpoint, id, options, pool);
    }),
  );
  const serviceIds = new Set(wanted.services === 'allowed' ? [] : wanted.services);
  for (const product of Object.values(products)) for (const id of product?.services ?? []) serviceIds.add(id);
  const services: Record<string, CatalogService | null> = {};
  await Promise.all(
    [...serviceIds].map(async (id) => {
      const [spec, attributes] = await Promise.all([
        pool(() => getServiceSpecification(endpoint, id, options)),
        pool(() => getServiceAttributes(endpoint, id, options)),
      ]);
      services[id] = spec === null ? null : { id, ...spec, attributes };
    }),
  );
  return {
    endpoint,
    fetchedAt: (options.now?.() ?? new Date()).toISOString(),
    productIds,
    products: sortedRecord(products),
    services: sortedRecord(services),
  };
}

async function readProduct(
  endpoint: string,
  id: string,
  options: CatalogReadOptions,
  pool: Pool,
): Promise<CatalogProduct | null> {
  const [spec, offerings, services] = await Promise.all([
    pool(() => getProductSpecification(endpoint, id, options)),
    pool(() => listOfferings(endpoint, id, options)),
    pool(() => listProductServiceIds(endpoint, id, options)),
  ]);
  if (spec === null) return null;
  return { id, name: spec.name, offerings: offerings ?? [], services: services ?? [] };
}

type Pool = <T>(task: () => Promise<T>) => Promise<T>;

/** A promise pool: at most `limit` tasks run at once, the rest wait in order. */
export function bounded(limit: number): Pool {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      return await task();
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  };
}

function sortedRecord<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
