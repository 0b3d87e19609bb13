import type {
  CatalogData,
  OfferingSpec,
  ProductSpecificationSpec,
  ServiceSpecificationSpec,
} from './catalog-types.js';
import { Checker } from './json-checker.js';

/**
 * Checks a catalog document and returns every problem at once, each naming the JSON path, so a
 * user's `--catalog FILE` fails with a message they can act on instead of odd answers later.
 */

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const CURRENCY = /^[A-Z]{3}$/;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const PRICE = /^\d{1,9}\.\d{2}$/;

export function validateCatalog(
  input: unknown,
): { kind: 'ok'; catalog: CatalogData } | { kind: 'invalid'; problems: string[] } {
  const c = new Checker();
  const root = c.object(
    input,
    '$',
    ['franchise', 'productSpecifications', 'serviceSpecifications'],
    ['$comment', 'notice', 'sample'],
  );
  if (root === null) return { kind: 'invalid', problems: c.problems };

  const fr = c.object(root.franchise, '$.franchise', ['currencies', 'languages', 'defaultLanguage']);
  const currencies = c
    .array(fr?.currencies, '$.franchise.currencies')
    .map((v, i) => c.string(v, `$.franchise.currencies[${i}]`, CURRENCY, 'an ISO 4217 code like USD'));
  const languages = c
    .array(fr?.languages, '$.franchise.languages')
    .map((v, i) => c.string(v, `$.franchise.languages[${i}]`, LANGUAGE, 'a language tag like en-US'));
  const defaultLanguage = c.string(
    fr?.defaultLanguage,
    '$.franchise.defaultLanguage',
    LANGUAGE,
    'a language tag like en-US',
  );
  if (defaultLanguage !== '' && !languages.includes(defaultLanguage)) {
    c.fail('$.franchise.defaultLanguage', `'${defaultLanguage}' is not one of franchise.languages`);
  }

  const services = c
    .array(root.serviceSpecifications, '$.serviceSpecifications')
    .map((v, i) => checkService(c, v, `$.serviceSpecifications[${i}]`));
  c.unique(
    services.map((s) => s.id),
    '$.serviceSpecifications',
    'service specification id',
  );
  const serviceById = new Map(services.map((s) => [s.id, s]));

  const products = c
    .array(root.productSpecifications, '$.productSpecifications')
    .map((v, i) => checkProduct(c, v, `$.productSpecifications[${i}]`));
  c.unique(
    products.map((p) => p.id),
    '$.productSpecifications',
    'product specification id',
  );

  products.forEach((product, i) => {
    const path = `$.productSpecifications[${i}]`;
    product.offerings.forEach((offering, j) => {
      if (offering.currency !== '' && !currencies.includes(offering.currency)) {
        c.fail(
          `${path}.offerings[${j}].currency`,
          `'${offering.currency}' is not one of franchise.currencies`,
        );
      }
    });
    product.serviceSpecifications.forEach((id, j) => {
      const service = serviceById.get(id);
      if (service === undefined) {
        c.fail(`${path}.serviceSpecifications[${j}]`, `'${id}' is not in $.serviceSpecifications`);
        return;
      }
      // Quotes price every service in the product's currency, so each must have a price there.
      for (const currency of new Set(product.offerings.map((o) => o.currency))) {
        if (currency !== '' && !(currency in service.samplePrices)) {
          c.fail(
            `${path}.serviceSpecifications[${j}]`,
            `'${id}' has no samplePrices for ${currency}, a currency of this product's offerings`,
          );
        }
      }
    });
  });

  if (c.problems.length > 0) return { kind: 'invalid', problems: c.problems };
  const catalog: CatalogData = {
    franchise: { currencies, languages, defaultLanguage },
    productSpecifications: products,
    serviceSpecifications: services,
  };
  if (typeof root.notice === 'string') catalog.notice = root.notice;
  return { kind: 'ok', catalog };
}

function checkProduct(c: Checker, value: unknown, path: string): ProductSpecificationSpec {
  const f = c.object(
    value,
    path,
    ['id', 'name', 'category', 'offerings', 'serviceSpecifications'],
    ['$comment'],
  );
  const offerings = c
    .array(f?.offerings, `${path}.offerings`)
    .map((v, i) => checkOffering(c, v, `${path}.offerings[${i}]`));
  c.unique(
    offerings.map((o) => o.id),
    `${path}.offerings`,
    'offering id',
  );
  const serviceSpecifications = c
    .array(f?.serviceSpecifications, `${path}.serviceSpecifications`)
    .map((v, i) => c.string(v, `${path}.serviceSpecifications[${i}]`, ID, 'a specification id'));
  c.unique(serviceSpecifications, `${path}.serviceSpecifications`, 'service specification');
  return {
    id: c.string(f?.id, `${path}.id`, ID, 'an id of letters, digits, . _ -'),
    name: c.string(f?.name, `${path}.name`),
    category: c.string(f?.category, `${path}.category`),
    offerings,
    serviceSpecifications,
  };
}

function checkOffering(c: Checker, value: unknown, path: string): OfferingSpec {
  const f = c.object(value, path, ['id', 'billingPeriod', 'currency', 'default', 'samplePrice']);
  const price = c.object(f?.samplePrice, `${path}.samplePrice`, ['setup', 'recurring']);
  return {
    id: c.string(f?.id, `${path}.id`, ID, 'an id of letters, digits, . _ -'),
    billingPeriod: c.integer(f?.billingPeriod, `${path}.billingPeriod`, 1, 120),
    currency: c.string(f?.currency, `${path}.currency`, CURRENCY, 'an ISO 4217 code like USD'),
    default: c.flag(f?.default, `${path}.default`),
    samplePrice: {
      setup: c.string(price?.setup, `${path}.samplePrice.setup`, PRICE, 'a decimal string like "9.95"'),
      recurring: c.string(
        price?.recurring,
        `${path}.samplePrice.recurring`,
        PRICE,
        'a decimal string like "9.95"',
      ),
    },
  };
}

function checkService(c: Checker, value: unknown, path: string): ServiceSpecificationSpec {
  const f = c.object(
    value,
    path,
    ['id', 'name', 'category', 'ranking', 'billingCycles', 'samplePrices'],
    ['$comment', 'attributes'],
  );
  const cycles = c.array(f?.billingCycles, `${path}.billingCycles`).map((v, i) => {
    const cf = c.object(v, `${path}.billingCycles[${i}]`, ['default', 'billingCycle']);
    return {
      default: c.flag(cf?.default, `${path}.billingCycles[${i}].default`),
      billingCycle: c.integer(cf?.billingCycle, `${path}.billingCycles[${i}].billingCycle`, 1, 120),
    };
  });
  c.unique(
    cycles.map((cycle) => String(cycle.billingCycle)),
    `${path}.billingCycles`,
    'billing cycle',
  );
  if (cycles.filter((cycle) => cycle.default === 1).length > 1)
    c.fail(`${path}.billingCycles`, 'at most one billing cycle may be the default');
  const prices: Record<string, { setup: string; monthly: string }> = {};
  const pf = c.object(f?.samplePrices, `${path}.samplePrices`, [], 'any');
  for (const [currency, raw] of Object.entries(pf ?? {})) {
    if (!CURRENCY.test(currency))
      c.fail(`${path}.samplePrices.${currency}`, 'key must be an ISO 4217 code like USD');
    const p = c.object(raw, `${path}.samplePrices.${currency}`, ['setup', 'monthly']);
    prices[currency] = {
      setup: c.string(
        p?.setup,
        `${path}.samplePrices.${currency}.setup`,
        PRICE,
        'a decimal string like "9.95"',
      ),
      monthly: c.string(
        p?.monthly,
        `${path}.samplePrices.${currency}.monthly`,
        PRICE,
        'a decimal string like "9.95"',
      ),
    };
  }
  const spec: ServiceSpecificationSpec = {
    id: c.string(f?.id, `${path}.id`, ID, 'an id of letters, digits, . _ -'),
    name: c.string(f?.name, `${path}.name`),
    category: c.string(f?.category, `${path}.category`),
    ranking: c.integer(f?.ranking, `${path}.ranking`, 0, 1_000_000),
    billingCycles: cycles,
    samplePrices: prices,
  };
  if (f?.attributes !== undefined) {
    spec.attributes = c.array(f.attributes, `${path}.attributes`).map((v, i) => {
      const af = c.object(v, `${path}.attributes[${i}]`, ['name', 'type', 'required']);
      return {
        name: c.string(af?.name, `${path}.attributes[${i}].name`, ID, 'an attribute name'),
        type: c.string(
          af?.type,
          `${path}.attributes[${i}].type`,
          new RegExp(`^(${ATTRIBUTE_TYPES.join('|')})$`),
          ATTRIBUTE_TYPES.join(', '),
        ),
        required: c.flag(af?.required, `${path}.attributes[${i}].required`),
      };
    });
  }
  return spec;
}

const ATTRIBUTE_TYPES = ['String', 'Integer', 'Boolean'];
