/**
 * The rules of a catalog that its schema (schemas/catalog.schema.json) cannot state: ids unique,
 * references resolving, currencies offered by the franchise and priced. They read the document
 * defensively, so they run beside the schema and a user sees every problem at once.
 */

type Fields = Record<string, unknown>;

const fields = (value: unknown): Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : {};
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** `refused`: paths (`$.a[0].b`) of values the schema refused, which the rules leave alone. */
export function catalogRuleProblems(input: unknown, refused: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const fail = (path: string, message: string) => problems.push(`${path}: ${message}`);
  const usable = (path: string, value: unknown): value is string =>
    typeof value === 'string' && !refused.has(path);
  const strings = (value: unknown, path: string): string[] =>
    list(value).flatMap((item, i) => (usable(`${path}[${i}]`, item) ? [item] : []));
  const unique = (values: readonly string[], path: string, what: string) => {
    const seen = new Set<string>();
    for (const value of values) {
      if (seen.has(value)) fail(path, `duplicate ${what} '${value}'`);
      seen.add(value);
    }
  };

  const root = fields(input);
  const franchise = fields(root.franchise);
  const currencies = strings(franchise.currencies, '$.franchise.currencies');
  const languages = strings(franchise.languages, '$.franchise.languages');
  const defaultLanguage = franchise.defaultLanguage;
  if (usable('$.franchise.defaultLanguage', defaultLanguage) && !languages.includes(defaultLanguage))
    fail('$.franchise.defaultLanguage', `'${defaultLanguage}' is not one of franchise.languages`);

  /** The currencies each service specification has sample prices in, by its id. */
  const pricedIn = new Map<string, Set<string>>();
  list(root.serviceSpecifications).forEach((value, i) => {
    const path = `$.serviceSpecifications[${i}]`;
    const service = fields(value);
    const cycles = list(service.billingCycles).map(fields);
    unique(
      cycles.flatMap((cycle, c) =>
        Number.isInteger(cycle.billingCycle) && !refused.has(`${path}.billingCycles[${c}].billingCycle`)
          ? [String(cycle.billingCycle)]
          : [],
      ),
      `${path}.billingCycles`,
      'billing cycle',
    );
    if (cycles.filter((cycle) => cycle.default === 1).length > 1)
      fail(`${path}.billingCycles`, 'at most one billing cycle may be the default');
    if (usable(`${path}.id`, service.id) && !pricedIn.has(service.id))
      pricedIn.set(service.id, new Set(Object.keys(fields(service.samplePrices))));
  });
  unique(
    list(root.serviceSpecifications).flatMap((value, i) => {
      const id = fields(value).id;
      return usable(`$.serviceSpecifications[${i}].id`, id) ? [id] : [];
    }),
    '$.serviceSpecifications',
    'service specification id',
  );

  const products = list(root.productSpecifications).map(fields);
  unique(
    products.flatMap((product, i) =>
      usable(`$.productSpecifications[${i}].id`, product.id) ? [product.id] : [],
    ),
    '$.productSpecifications',
    'product specification id',
  );
  products.forEach((product, i) => {
    const path = `$.productSpecifications[${i}]`;
    const offerings = list(product.offerings).map(fields);
    unique(
      offerings.flatMap((offering, j) =>
        usable(`${path}.offerings[${j}].id`, offering.id) ? [offering.id] : [],
      ),
      `${path}.offerings`,
      'offering id',
    );
    const offered = new Set<string>();
    offerings.forEach((offering, j) => {
      const at = `${path}.offerings[${j}].currency`;
      if (!usable(at, offering.currency)) return;
      offered.add(offering.currency);
      if (Array.isArray(franchise.currencies) && !currencies.includes(offering.currency))
        fail(at, `'${offering.currency}' is not one of franchise.currencies`);
    });
    const references = list(product.serviceSpecifications);
    unique(
      strings(references, `${path}.serviceSpecifications`),
      `${path}.serviceSpecifications`,
      'service specification',
    );
    references.forEach((id, j) => {
      const at = `${path}.serviceSpecifications[${j}]`;
      // Without a list of service specifications there is nothing to resolve against.
      if (!usable(at, id) || !Array.isArray(root.serviceSpecifications)) return;
      const priced = pricedIn.get(id);
      if (priced === undefined) {
        fail(at, `'${id}' is not in $.serviceSpecifications`);
        return;
      }
      // Quotes price every service in the product's currency, so each must have a price there.
      for (const currency of offered)
        if (!priced.has(currency))
          fail(at, `'${id}' has no samplePrices for ${currency}, a currency of this product's offerings`);
    });
  });
  return problems;
}
