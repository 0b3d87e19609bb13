import { listProductSpecificationIds } from '../api/catalog-reads.js';
import { ApiFailure } from '../api/failure.js';
import { ApiError, InputError } from '../errors.js';
import type { LoadedManifest } from '../manifest/types.js';
import type { OrderEstimate } from '../shared/order-estimate.js';
import { catalogIdsOf, checkAgainstCatalog } from './check.js';
import { estimateOrder } from './estimate.js';
import { readCatalog } from './read.js';
import type { CatalogSnapshot } from './types.js';

const TIMEOUT_MS = 30_000;

/**
 * Reads what the manifests name from the endpoint's catalog (GETs only) and checks them against
 * it: problems are an InputError (exit 3, nothing sent); a catalog that cannot be read is an
 * ApiError (exit 1), never a silent pass. Returns each order's estimate by metadata.name.
 */
export async function checkManifestsOnline(
  manifests: readonly LoadedManifest[],
  endpoint: string,
  signal?: AbortSignal,
): Promise<Map<string, OrderEstimate>> {
  const ids = catalogIdsOf(manifests, endpoint);
  const catalog = await readCatalogOrFail(endpoint, ids, signal);
  const issues = checkAgainstCatalog(manifests, catalog);
  if (issues.length > 0) {
    throw new InputError(issues, {
      hint: `Checked against the catalog at ${endpoint}; 'orderform catalog' lists what it offers.`,
    });
  }
  const estimates = new Map<string, OrderEstimate>();
  for (const loaded of manifests) {
    const estimate = estimateOrder(loaded, catalog);
    if (estimate !== undefined) estimates.set(loaded.manifest.metadata.name, estimate);
  }
  return estimates;
}

async function readCatalogOrFail(
  endpoint: string,
  ids: { products: string[]; services: string[] },
  signal: AbortSignal | undefined,
): Promise<CatalogSnapshot> {
  try {
    const catalog = await readCatalog(endpoint, ids, { timeoutMs: TIMEOUT_MS, signal });
    // Only when a product is unknown is the whole list worth reading: for a "did you mean".
    if (Object.values(catalog.products).some((product) => product === null)) {
      catalog.productIds = await listProductSpecificationIds(endpoint, { timeoutMs: TIMEOUT_MS, signal });
    }
    return catalog;
  } catch (error) {
    throw catalogUnavailable(endpoint, error);
  }
}

export function catalogUnavailable(endpoint: string, error: unknown): unknown {
  if (!(error instanceof ApiFailure)) return error;
  return new ApiError({
    message: `the catalog at ${endpoint} could not be read: ${error.message}`,
    method: error.method,
    url: error.url,
    status: error.status,
    apiMessage: error.apiMessage,
    hint: 'Check --endpoint and the network, or pass --offline to skip the catalog check and the estimate.',
    cause: error,
  });
}
