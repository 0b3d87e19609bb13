import type { DocumentPath, LoadedManifest, Service } from '../manifest/types.js';

/** What a manifest asks of the catalog, each with where it is written. */

export interface ProductRef {
  index: number;
  /** The product's plan step id, as the plan compiler names it. */
  step: string;
  productSpec: string;
  offering: string;
  path: DocumentPath;
  services: ServiceRef[];
}

export interface ServiceRef {
  step: string;
  spec: string;
  /** The effective billing cycle (own or inherited) and where it is written. */
  billingCycle: number | undefined;
  cyclePath: DocumentPath;
  quantity: number;
  attributes: Readonly<Record<string, unknown>>;
  path: DocumentPath;
}

const OFFERING_PATH = /\/productSpecifications\/([^/]+)\/offerings\/([^/]+)\/?$/i;
const SERVICE_PATH = /\/serviceSpecifications\/([^/]+)\/?$/i;

/**
 * The catalog references of a manifest on this endpoint. Absolute URLs on another origin (allowed
 * with --allow-foreign-urls) are left out: that catalog is not the endpoint's to check.
 */
export function collectCatalogRefs(loaded: LoadedManifest, endpoint: string): ProductRef[] {
  const origin = new URL(endpoint).origin;
  const refs: ProductRef[] = [];
  loaded.manifest.spec.products.forEach((product, p) => {
    if (typeof product.offering !== 'string') return;
    const offering = parseOffering(product.offering, origin);
    if (offering === undefined) return;
    const handle = product.id ?? String(p);
    const productPath = ['spec', 'products', p];
    const services: ServiceRef[] = [];
    const visit = (
      service: Service,
      indexes: number[],
      inherited: { cycle: number | undefined; cyclePath: DocumentPath },
    ): void => {
      const path = [
        ...productPath,
        'services',
        ...indexes.flatMap((i, depth) => (depth === 0 ? [i] : ['services', i])),
      ];
      const own = service.billingCycle;
      const cycle = own === undefined ? inherited : { cycle: own, cyclePath: [...path, 'billingCycle'] };
      const spec = parseService(service.serviceSpecification, origin);
      if (spec !== undefined) {
        services.push({
          step: service.id !== undefined ? `service:${service.id}` : `service:${handle}/${indexes.join('/')}`,
          spec,
          billingCycle: cycle.cycle,
          cyclePath: cycle.cycle === undefined ? path : cycle.cyclePath,
          quantity: service.quantity ?? 1,
          attributes: service.attributes ?? {},
          path,
        });
      }
      (service.services ?? []).forEach((child, c) => {
        visit(child, [...indexes, c], cycle);
      });
    };
    (product.services ?? []).forEach((service, s) => {
      visit(service, [s], { cycle: undefined, cyclePath: productPath });
    });
    refs.push({
      index: p,
      step: `product:${handle}`,
      productSpec: offering.productSpec,
      offering: offering.offering,
      path: [...productPath, 'offering'],
      services,
    });
  });
  return refs;
}

function parseOffering(value: string, origin: string): { productSpec: string; offering: string } | undefined {
  if (/^https?:\/\//i.test(value)) {
    const url = safeUrl(value);
    const match = url?.origin === origin ? OFFERING_PATH.exec(url.pathname) : null;
    return match ? { productSpec: decode(match[1]!), offering: decode(match[2]!) } : undefined;
  }
  const [productSpec, word, offering, ...rest] = value.split('/');
  if (productSpec === undefined || word !== 'offerings' || offering === undefined || rest.length > 0)
    return undefined;
  return { productSpec, offering };
}

function parseService(value: string, origin: string): string | undefined {
  if (!/^https?:\/\//i.test(value)) return value;
  const url = safeUrl(value);
  const match = url?.origin === origin ? SERVICE_PATH.exec(url.pathname) : null;
  return match ? decode(match[1]!) : undefined;
}

function safeUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
