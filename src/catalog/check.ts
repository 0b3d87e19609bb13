import type { Issue } from '../errors.js';
import { formatDocumentPath } from '../manifest/paths.js';
import { closestMatch } from '../manifest/suggest.js';
import type { DocumentPath, LoadedManifest } from '../manifest/types.js';
import { collectCatalogRefs } from './refs.js';
import type { CatalogSnapshot } from './types.js';

/**
 * Checks manifests against what the catalog offers: the offering exists and is in the account's
 * currency, each service specification exists and is allowed in its product, each billing cycle
 * is offered for its service, and required attributes are set. Every problem is a located Issue
 * saying what the catalog allows. Pure.
 */
export function checkAgainstCatalog(manifests: readonly LoadedManifest[], catalog: CatalogSnapshot): Issue[] {
  return manifests.flatMap((loaded) => checkManifest(loaded, catalog));
}

function checkManifest(loaded: LoadedManifest, catalog: CatalogSnapshot): Issue[] {
  const issues: Issue[] = [];
  const issue = (path: DocumentPath, message: string): void => {
    const at = loaded.positionOf(path);
    issues.push({
      kind: 'issue',
      file: loaded.file,
      line: at.line,
      column: at.column,
      path: formatDocumentPath(path),
      document: loaded.document,
      message,
    });
  };
  const account = loaded.manifest.spec.account;
  // An existing account's currency is not in the manifest: the API checks that one itself.
  const currency = 'currency' in account ? account.currency : undefined;

  for (const ref of collectCatalogRefs(loaded, catalog.endpoint)) {
    const product = catalog.products[ref.productSpec];
    if (product === undefined) continue;
    if (product === null) {
      const known = catalog.productIds ?? [];
      const guess = closestMatch(ref.productSpec, known);
      issue(
        ref.path,
        `product specification '${ref.productSpec}' is not in the catalog${guess ? `; did you mean '${guess}'?` : ''}`,
      );
      continue;
    }
    const offering = product.offerings.find((o) => o.id === ref.offering);
    if (offering === undefined) {
      issue(
        ref.path,
        `offering '${ref.offering}' is not offered for ${ref.productSpec}; offerings: ${listOfferings(product.offerings)}`,
      );
    } else if (currency !== undefined && offering.currency !== currency) {
      const matching = product.offerings.filter((o) => o.currency === currency).map((o) => o.id);
      issue(
        ref.path,
        `offering '${ref.offering}' of ${ref.productSpec} is in ${offering.currency}, but the account's currency is ${currency}; ${
          matching.length > 0
            ? `offerings in ${currency}: ${matching.join(', ')}`
            : `no offering is in ${currency}`
        }`,
      );
    }
    for (const service of ref.services) {
      const spec = catalog.services[service.spec];
      const specPath = [...service.path, 'serviceSpecification'];
      if (!product.services.includes(service.spec)) {
        const guess = closestMatch(service.spec, product.services);
        const exists = spec !== null && spec !== undefined;
        issue(
          specPath,
          exists
            ? `service specification '${service.spec}' is not allowed in ${ref.productSpec}; allowed: ${shortList(product.services)}`
            : `service specification '${service.spec}' is not in the catalog${guess ? `; did you mean '${guess}'?` : `; allowed in ${ref.productSpec}: ${shortList(product.services)}`}`,
        );
        continue;
      }
      if (spec === null || spec === undefined) continue;
      if (service.billingCycle !== undefined && !spec.billingCycles.includes(service.billingCycle)) {
        issue(
          service.cyclePath,
          `billingCycle ${service.billingCycle} is not offered for ${service.spec}; allowed: ${spec.billingCycles.join(', ')}`,
        );
      }
      for (const attribute of spec.attributes) {
        if (attribute.required && !(attribute.name in service.attributes)) {
          issue(
            service.path,
            `attribute '${attribute.name}' (${attribute.type || 'value'}) is required for ${service.spec}; add it under attributes`,
          );
        }
      }
    }
  }
  return issues;
}

function listOfferings(
  offerings: readonly { id: string; currency: string; billingPeriod: number }[],
): string {
  if (offerings.length === 0) return 'none';
  return offerings
    .map((o) => `${o.id} (${o.currency}, ${o.billingPeriod} month${o.billingPeriod === 1 ? '' : 's'})`)
    .join(', ');
}

function shortList(ids: readonly string[], max = 12): string {
  if (ids.length === 0) return 'none';
  return ids.length <= max ? ids.join(', ') : `${ids.slice(0, max).join(', ')} and ${ids.length - max} more`;
}

/** The product and service specification ids the manifests name, to read before checking. */
export function catalogIdsOf(
  manifests: readonly LoadedManifest[],
  endpoint: string,
): { products: string[]; services: string[] } {
  const products = new Set<string>();
  const services = new Set<string>();
  for (const loaded of manifests) {
    for (const ref of collectCatalogRefs(loaded, endpoint)) {
      products.add(ref.productSpec);
      for (const service of ref.services) services.add(service.spec);
    }
  }
  return { products: [...products], services: [...services] };
}
