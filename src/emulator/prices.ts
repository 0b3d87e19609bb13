import type { Catalog } from './catalog-store.js';
import type { OfferingSpec, ProductSpecificationSpec } from './catalog-types.js';
import { type Links, link } from './links.js';

/**
 * `GET /productSpecifications/{ps}/offerings/{o}/prices`: the plan's own fees, then the fees of
 * every service specification allowed in the product, in the offering's currency. A service's
 * fees name it in `relatedServiceSpecification` (the documented `filterRelatedServiceSpecification`
 * filters on it). Recurring service fees are per month (`monthlyCycle` 1); a service billed every
 * N months pays N times that per charge, as the quote computes it.
 */

export interface PriceEntry {
  type: 'fee';
  name: 'setup_fee' | 'recurring';
  amount: string;
  currency: string;
  /** 1: charged once; -1: charged every period. */
  recurrences: 1 | -1;
  /** Months one recurring charge covers; absent for one-time fees. */
  monthlyCycle?: number;
  relatedServiceSpecification?: string;
  sample: true;
}

export function offeringPrices(
  catalog: Catalog,
  links: Links,
  product: ProductSpecificationSpec,
  offering: OfferingSpec,
  query: URLSearchParams,
): PriceEntry[] {
  const currency = offering.currency;
  const entries: PriceEntry[] = [
    {
      type: 'fee',
      name: 'setup_fee',
      amount: offering.samplePrice.setup,
      currency,
      recurrences: 1,
      sample: true,
    },
    {
      type: 'fee',
      name: 'recurring',
      amount: offering.samplePrice.recurring,
      currency,
      recurrences: -1,
      monthlyCycle: offering.billingPeriod,
      sample: true,
    },
  ];
  for (const id of product.serviceSpecifications) {
    const price = catalog.serviceSpecification(id)?.samplePrices[currency];
    if (price === undefined) continue;
    const related = links.catalog(`/servicespecifications/${id}`);
    entries.push(
      {
        type: 'fee',
        name: 'setup_fee',
        amount: price.setup,
        currency,
        recurrences: 1,
        relatedServiceSpecification: related,
        sample: true,
      },
      {
        type: 'fee',
        name: 'recurring',
        amount: price.monthly,
        currency,
        recurrences: -1,
        monthlyCycle: 1,
        relatedServiceSpecification: related,
        sample: true,
      },
    );
  }
  return entries.filter((entry) => matchesFilters(entry, query));
}

function matchesFilters(entry: PriceEntry, query: URLSearchParams): boolean {
  const type = query.get('filterType');
  if (type !== null && type !== entry.type) return false;
  const name = query.get('filterName');
  if (name !== null && name !== entry.name) return false;
  const related = query.get('filterRelatedServiceSpecification');
  if (related !== null) {
    const id = entry.relatedServiceSpecification?.split('/').pop();
    if (id !== related && entry.relatedServiceSpecification !== related) return false;
  }
  return true;
}

/** The prices body, as a list with its self link. */
export function pricesBody(links: Links, self: string, list: PriceEntry[]): Record<string, unknown> {
  return { list, links: [link(links.catalog(self), 'self')] };
}
