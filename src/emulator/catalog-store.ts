import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ExitCode, OrderformError } from '../errors.js';
// Bundled by esbuild into dist/, so the built CLI needs no file next to it.
import sampleCatalog from './catalog.sample.json' with { type: 'json' };
import type {
  CatalogData,
  OfferingSpec,
  ProductSpecificationSpec,
  ServiceSpecificationSpec,
} from './catalog-types.js';
import { validateCatalog } from './catalog-validate.js';

/** The sample as a file to read: beside this module in the sources, copied beside the chunks in dist/. */
const SAMPLE_FILE = fileURLToPath(new URL('./catalog.sample.json', import.meta.url));

/** A catalog that cannot be used: names the source and every problem found. */
export class CatalogError extends OrderformError {
  readonly code = 'invalid-catalog';
  readonly exitCode = ExitCode.invalidInput;
  readonly problems: readonly string[];

  constructor(source: string, problems: readonly string[]) {
    super(`catalog ${source} is invalid:\n${problems.map((p) => `  ${p}`).join('\n')}`, {
      hint: `See ${SAMPLE_FILE} for the expected format.`,
    });
    this.problems = problems;
  }
}

/** The loaded catalog, indexed for the lookups every order request makes. */
export class Catalog {
  readonly data: CatalogData;
  readonly #products = new Map<string, ProductSpecificationSpec>();
  readonly #services = new Map<string, ServiceSpecificationSpec>();

  constructor(data: CatalogData) {
    this.data = data;
    for (const product of data.productSpecifications) this.#products.set(product.id, product);
    for (const service of data.serviceSpecifications) this.#services.set(service.id, service);
  }

  productSpecification(id: string): ProductSpecificationSpec | undefined {
    return this.#products.get(id);
  }

  offering(productSpecId: string, offeringId: string): OfferingSpec | undefined {
    return this.#products.get(productSpecId)?.offerings.find((o) => o.id === offeringId);
  }

  serviceSpecification(id: string): ServiceSpecificationSpec | undefined {
    return this.#services.get(id);
  }
}

/** Loads the bundled sample, a catalog object, or a JSON file path; throws CatalogError when unusable. */
export function loadCatalog(source?: unknown): Catalog {
  if (source === undefined) return checked(sampleCatalog, 'bundled sample');
  if (typeof source !== 'string') return checked(source, '(object)');
  let text: string;
  try {
    text = readFileSync(source, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : String(error);
    throw new CatalogError(source, [reason]);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new CatalogError(source, [
      `not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    ]);
  }
  return checked(parsed, source);
}

function checked(input: unknown, source: string): Catalog {
  const result = validateCatalog(input);
  if (result.kind === 'invalid') throw new CatalogError(source, result.problems);
  return new Catalog(result.catalog);
}
