/**
 * What orderform knows of the Product Catalog: the parts of it that a manifest check, an estimate
 * or `orderform catalog` need, as plain data (cached as JSON). `null` means the API answered 404.
 */

import type { CatalogAttribute, CatalogOffering } from '../shared/catalog-entries.js';

export interface CatalogProduct {
  id: string;
  name: string;
  offerings: CatalogOffering[];
  /** Ids of the service specifications allowed in the product. */
  services: string[];
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
