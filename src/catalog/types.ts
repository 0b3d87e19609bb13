/**
 * What orderform knows of the Product Catalog: the parts of it that a manifest check, an estimate
 * or `orderform catalog` need, as plain data (cached as JSON). `null` means the API answered 404.
 */

export interface CatalogPrice {
  name: string;
  /** Decimal string, e.g. "19.95". */
  amount: string;
  currency: string;
  /** 1: once; -1: every period. */
  recurrences: number;
  /** Months one recurring charge covers. */
  monthlyCycle: number | undefined;
  /** Id of the service specification the fee belongs to; undefined for the plan itself. */
  service: string | undefined;
}

export interface CatalogOffering {
  id: string;
  currency: string;
  /** Months. */
  billingPeriod: number;
  default: boolean;
  prices: CatalogPrice[];
}

export interface CatalogProduct {
  id: string;
  name: string;
  offerings: CatalogOffering[];
  /** Ids of the service specifications allowed in the product. */
  services: string[];
}

export interface CatalogAttribute {
  name: string;
  type: string;
  required: boolean;
}

export interface CatalogService {
  id: string;
  name: string;
  category: string;
  billingCycles: number[];
  defaultCycle: number | undefined;
  attributes: CatalogAttribute[];
}

export interface CatalogSnapshot {
  /** The endpoint read (no trailing '/'). */
  endpoint: string;
  fetchedAt: string;
  /** Every product specification id the catalog lists, when the list was read. */
  productIds: string[] | undefined;
  products: Record<string, CatalogProduct | null>;
  services: Record<string, CatalogService | null>;
}
