/** The catalog file format (`src/emulator/catalog.sample.json`, or a user's `--catalog FILE`). */

export interface OfferingSpec {
  id: string;
  /** Months. */
  billingPeriod: number;
  currency: string;
  default: 0 | 1;
  /** Illustrative plan fees for the quote: a one-time setup fee and the fee per billing period. */
  samplePrice: { setup: string; recurring: string };
}

export interface ProductSpecificationSpec {
  id: string;
  name: string;
  category: string;
  offerings: OfferingSpec[];
  /** Ids of the service specifications that may be ordered in this product. */
  serviceSpecifications: string[];
}

export interface ServiceSpecificationSpec {
  id: string;
  name: string;
  category: string;
  ranking: number;
  billingCycles: { default: 0 | 1; billingCycle: number }[];
  /** Illustrative fees per currency: one-time setup and per month. */
  samplePrices: Record<string, { setup: string; monthly: string }>;
  /** What `GET /serviceSpecifications/{id}/attributes` lists; none when absent. */
  attributes?: AttributeSpec[];
}

/** One attribute a service specification takes; `required` ones must be set before validate/submit. */
export interface AttributeSpec {
  name: string;
  /** A type hint as the API's OPTIONS bodies show them: String, Integer, Boolean. */
  type: string;
  required: 0 | 1;
}

export interface CatalogData {
  notice?: string;
  /** What `PUT .../account` accepts: "Currency X not allowed for this franchise" otherwise. */
  franchise: { currencies: string[]; languages: string[]; defaultLanguage: string };
  productSpecifications: ProductSpecificationSpec[];
  serviceSpecifications: ServiceSpecificationSpec[];
}
