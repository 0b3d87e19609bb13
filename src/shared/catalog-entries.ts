/**
 * Catalog entries as the Product Catalog API's reads return them (src/api/catalog-reads.ts) and
 * the catalog snapshot keeps them (src/catalog/types.ts): plain data, amounts as decimal strings.
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

export interface CatalogAttribute {
  name: string;
  type: string;
  required: boolean;
}
