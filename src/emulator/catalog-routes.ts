import type { Catalog } from './catalog-store.js';
import type { OfferingSpec, ServiceSpecificationSpec } from './catalog-types.js';
import { methodNotAllowed, notFound } from './error-answers.js';
import { jsonReply, type Reply } from './http-io.js';
import { type Links, link } from './links.js';
import { listReply } from './paging.js';
import { offeringPrices, pricesBody } from './prices.js';

/**
 * The Product Catalog API: public (no cookie), read-only. Paths are accepted in either spelling
 * (`productSpecifications` / `productspecifications`); links are rendered in lowercase, as the
 * documentation's catalog examples show, so clients learn to treat URLs as opaque.
 */

const PS = '/productspecifications';
const SS = '/servicespecifications';

export function isCatalogPath(first: string | undefined): boolean {
  const word = first?.toLowerCase();
  return word === 'productspecifications' || word === 'servicespecifications';
}

export function routeCatalog(
  catalog: Catalog,
  links: Links,
  method: string,
  segments: string[],
  query: URLSearchParams,
): Reply {
  if (method !== 'GET') throw methodNotAllowed(['GET'], 'Method not allowed', 'The catalog is read-only');
  const [root = '', ...rest] = segments;
  return root.toLowerCase() === 'productspecifications'
    ? productRoutes(catalog, links, rest, query)
    : serviceRoutes(catalog, links, rest, query);
}

function productRoutes(catalog: Catalog, links: Links, path: string[], query: URLSearchParams): Reply {
  const [id, sub, offeringId, prices, ...more] = path;
  if (id === undefined) {
    const list = catalog.data.productSpecifications.map((p) => ({
      name: p.name,
      category: p.category,
      links: [link(links.catalog(`${PS}/${p.id}`), 'self')],
    }));
    return listReply(links.catalog(PS), list, query);
  }
  const product = catalog.productSpecification(id);
  if (product === undefined || more.length > 0) throw notFound(`There is no product specification '${id}'`);
  const base = `${PS}/${product.id}`;
  if (sub === undefined) {
    return jsonReply(200, {
      name: product.name,
      category: product.category,
      offerings: link(links.catalog(`${base}/offerings`), 'offerings'),
      serviceSpecifications: link(links.catalog(`${base}/servicespecifications`), 'serviceSpecifications'),
      links: [link(links.catalog(base), 'self')],
    });
  }
  if (sub.toLowerCase() === 'servicespecifications' && offeringId === undefined) {
    const list = product.serviceSpecifications.flatMap((ssId) => {
      const spec = catalog.serviceSpecification(ssId);
      return spec === undefined ? [] : [serviceSummary(links, spec)];
    });
    return listReply(links.catalog(`${base}/servicespecifications`), list, query);
  }
  if (sub.toLowerCase() !== 'offerings') throw notFound();
  // `?details=1` inlines each offering's prices, as documented for the offering resource.
  const details = query.get('details') === '1';
  const view = (o: OfferingSpec): Record<string, unknown> => {
    const shown = offeringView(links, base, o);
    if (details) shown.prices = offeringPrices(catalog, links, product, o, new URLSearchParams());
    return shown;
  };
  if (offeringId === undefined) {
    const list = product.offerings.map(view);
    return listReply(links.catalog(`${base}/offerings`), list, query);
  }
  const offering = product.offerings.find((o) => o.id === offeringId);
  if (offering === undefined) throw notFound(`Product specification '${id}' has no offering '${offeringId}'`);
  if (prices === undefined) return jsonReply(200, view(offering));
  if (prices.toLowerCase() !== 'prices') throw notFound();
  const self = `${base}/offerings/${offering.id}/prices`;
  return jsonReply(200, pricesBody(links, self, offeringPrices(catalog, links, product, offering, query)));
}

function offeringView(links: Links, base: string, offering: OfferingSpec): Record<string, unknown> {
  const self = `${base}/offerings/${offering.id}`;
  return {
    billingPeriod: offering.billingPeriod,
    currency: offering.currency,
    default: offering.default,
    prices: link(links.catalog(`${self}/prices`), 'prices'),
    links: [link(links.catalog(self), 'self')],
  };
}

function serviceSummary(links: Links, spec: ServiceSpecificationSpec): Record<string, unknown> {
  return {
    name: spec.name,
    category: spec.category,
    links: [link(links.catalog(`${SS}/${spec.id}`), 'self')],
  };
}

function serviceRoutes(catalog: Catalog, links: Links, path: string[], query: URLSearchParams): Reply {
  const [id, sub, ...more] = path;
  if (id === undefined) {
    const list = catalog.data.serviceSpecifications.map((spec) => serviceSummary(links, spec));
    return listReply(links.catalog(SS), list, query);
  }
  const spec = catalog.serviceSpecification(id);
  if (spec === undefined || more.length > 0) throw notFound(`There is no service specification '${id}'`);
  const self = `${SS}/${spec.id}`;
  if (sub === undefined) {
    return jsonReply(200, {
      name: spec.name,
      category: spec.category,
      ranking: spec.ranking,
      attributes: link(links.catalog(`${self}/attributes`), 'attributes'),
      billingCycles: spec.billingCycles.map((c) => ({ default: c.default, billingCycle: c.billingCycle })),
      links: [link(links.catalog(self), 'self')],
    });
  }
  // The documentation does not show this body: the emulator lists each attribute's name, type
  // hint and whether it must be set before the order validates (see src/emulator/README.md).
  if (sub.toLowerCase() === 'attributes') {
    return jsonReply(200, {
      attributes: (spec.attributes ?? []).map((a) => ({ name: a.name, type: a.type, required: a.required })),
      links: [link(links.catalog(`${self}/attributes`), 'self')],
    });
  }
  throw notFound();
}
