// The catalog is checked by the validator precompiled from schemas/catalog.schema.json and by the
// rules beside it (src/emulator/catalog-rules.ts): every problem at once, each at its JSON path.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import catalogSchema from '../../schemas/catalog.schema.json' with { type: 'json' };
import type {
  AttributeSpec,
  CatalogData,
  OfferingSpec,
  ProductSpecificationSpec,
  ServiceSpecificationSpec,
} from '../../src/emulator/catalog-types.js';
import { validateCatalog } from '../../src/emulator/catalog-validate.js';
import { runCli } from '../helpers/cli.js';

// biome-ignore lint/suspicious/noExplicitAny: the tests edit the sample catalog freely
type Json = Record<string, any>;
const SAMPLE: Json = JSON.parse(
  await readFile(new URL('../../src/emulator/catalog.sample.json', import.meta.url), 'utf8'),
);

function problemsOf(edit: (catalog: Json) => unknown): string[] {
  const catalog = structuredClone(SAMPLE);
  const result = validateCatalog(edit(catalog) ?? catalog);
  return result.kind === 'invalid' ? result.problems : [];
}

const U100 = 'core.vps.virtuozzo.server.u100';

describe('catalog problems, worded from the schema', () => {
  it('accepts the bundled sample and copies what it serves', () => {
    const input = structuredClone(SAMPLE);
    const result = validateCatalog(input);
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    expect(result.catalog.serviceSpecifications).toEqual(SAMPLE.serviceSpecifications);
    input.serviceSpecifications[0].name = 'changed afterwards';
    expect(result.catalog.serviceSpecifications[0]!.name).toBe(SAMPLE.serviceSpecifications[0].name);
  });

  it.each<[string, (catalog: Json) => unknown, string[]]>([
    ['not an object', () => 5, ['$: must be an object']],
    [
      'a list that is an object',
      (c) => {
        c.serviceSpecifications = {};
      },
      ['$.serviceSpecifications: must be an array'],
    ],
    [
      'an unknown key',
      (c) => {
        c.extra = 1;
      },
      ['$.extra: unknown key'],
    ],
    [
      'a missing franchise, without a cascade of currencies not offered',
      (c) => {
        delete c.franchise;
      },
      ["$: missing 'franchise'"],
    ],
    [
      'a missing key, once',
      (c) => {
        delete c.productSpecifications[0].name;
      },
      ["$.productSpecifications[0]: missing 'name'"],
    ],
    [
      'an empty list',
      (c) => {
        c.productSpecifications = [];
      },
      ['$.productSpecifications: must not be empty'],
    ],
    [
      'a bad currency code',
      (c) => {
        c.productSpecifications[0].offerings[0].currency = 'usd';
      },
      ['$.productSpecifications[0].offerings[0].currency: must be an ISO 4217 code like USD; got "usd"'],
    ],
    [
      'a billing cycle out of range',
      (c) => {
        c.serviceSpecifications[0].billingCycles[0].billingCycle = 0;
      },
      ['$.serviceSpecifications[0].billingCycles[0].billingCycle: must be an integer from 1 to 120; got 0'],
    ],
    [
      'a ranking out of range',
      (c) => {
        c.serviceSpecifications[0].ranking = -1;
      },
      ['$.serviceSpecifications[0].ranking: must be an integer from 0 to 1000000; got -1'],
    ],
    [
      'a price as a number',
      (c) => {
        c.serviceSpecifications[0].samplePrices.USD.setup = 9.95;
      },
      ['$.serviceSpecifications[0].samplePrices.USD.setup: must be a decimal string like "9.95"; got 9.95'],
    ],
    [
      'a price key that is no currency',
      (c) => {
        c.serviceSpecifications[0].samplePrices.eur = { setup: '1.00', monthly: '1.00' };
      },
      ['$.serviceSpecifications[0].samplePrices.eur: key must be an ISO 4217 code like USD'],
    ],
    [
      'an empty name',
      (c) => {
        c.productSpecifications[0].name = '';
      },
      ['$.productSpecifications[0].name: must be a non-empty string; got ""'],
    ],
    [
      'a bad attribute type and flag',
      (c) => {
        const attribute = c.serviceSpecifications.find((s: Json) => s.attributes).attributes[0];
        attribute.type = 'Float';
        attribute.required = true;
      },
      [
        expect.stringMatching(
          /^\$\.serviceSpecifications\[\d+\]\.attributes\[0\]\.type: must be String, Integer, Boolean; got "Float"$/,
        ),
        expect.stringMatching(
          /^\$\.serviceSpecifications\[\d+\]\.attributes\[0\]\.required: must be 0 or 1; got true$/,
        ),
      ],
    ],
  ])('%s', (_name, edit, problems) => {
    expect(problemsOf(edit)).toEqual(problems);
  });
});

describe('catalog rules beside the schema', () => {
  it.each<[string, (catalog: Json) => void, string[]]>([
    [
      'a default language the franchise does not have',
      (c) => {
        c.franchise.defaultLanguage = 'it-IT';
      },
      ["$.franchise.defaultLanguage: 'it-IT' is not one of franchise.languages"],
    ],
    [
      'a duplicate service specification',
      (c) => {
        c.serviceSpecifications.push(structuredClone(c.serviceSpecifications[0]));
      },
      [`$.serviceSpecifications: duplicate service specification id '${U100}'`],
    ],
    [
      'a duplicate offering id',
      (c) => {
        c.productSpecifications[0].offerings[1].id = 'USD-1';
      },
      ["$.productSpecifications[0].offerings: duplicate offering id 'USD-1'"],
    ],
    [
      'a reference to no service specification',
      (c) => {
        c.productSpecifications[0].serviceSpecifications.push('core.missing');
      },
      [
        "$.productSpecifications[0].serviceSpecifications[13]: 'core.missing' is not in $.serviceSpecifications",
      ],
    ],
    [
      'a service without prices in an offered currency',
      (c) => {
        delete c.serviceSpecifications[0].samplePrices.EUR;
      },
      [
        `$.productSpecifications[0].serviceSpecifications[0]: '${U100}' has no samplePrices for EUR, a currency of this product's offerings`,
      ],
    ],
    [
      'two default billing cycles',
      (c) => {
        for (const cycle of c.serviceSpecifications[0].billingCycles) cycle.default = 1;
      },
      ['$.serviceSpecifications[0].billingCycles: at most one billing cycle may be the default'],
    ],
    [
      'a billing cycle twice',
      (c) => {
        c.serviceSpecifications[0].billingCycles.push({ default: 0, billingCycle: 1 });
      },
      ["$.serviceSpecifications[0].billingCycles: duplicate billing cycle '1'"],
    ],
  ])('%s', (_name, edit, problems) => {
    expect(problemsOf(edit)).toEqual(problems);
  });

  it('do not judge again a value the schema refused', () => {
    // 'usd' is no currency code: one problem, not also "not one of franchise.currencies".
    expect(
      problemsOf((c) => {
        c.productSpecifications[0].offerings[0].currency = 'usd';
      }),
    ).toHaveLength(1);
  });

  it('run beside the schema, so every problem shows at once', () => {
    const problems = problemsOf((c) => {
      c.extra = true;
      c.franchise.defaultLanguage = 'it-IT';
      c.productSpecifications[0].serviceSpecifications.push('core.missing');
    });
    expect(problems).toEqual([
      '$.extra: unknown key',
      "$.franchise.defaultLanguage: 'it-IT' is not one of franchise.languages",
      "$.productSpecifications[0].serviceSpecifications[13]: 'core.missing' is not in $.serviceSpecifications",
    ]);
  });
});

describe('orderform emulator --catalog with a bad catalog', () => {
  it('exits 3 naming the file, each problem at its path, and the sample to follow', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'orderform-bad-catalog-'));
    try {
      const catalog = structuredClone(SAMPLE);
      catalog.franchise.currencies.push('euro');
      delete catalog.serviceSpecifications[1].samplePrices.USD;
      const file = join(dir, 'catalog.json');
      await writeFile(file, JSON.stringify(catalog));
      const result = await runCli(['emulator', '--catalog', file]);
      expect(result.code).toBe(3);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(`catalog ${file} is invalid:\n`);
      expect(result.stderr).toContain(
        '  $.franchise.currencies[2]: must be an ISO 4217 code like USD; got "euro"\n',
      );
      expect(result.stderr).toMatch(
        /\n {2}\$\.productSpecifications\[\d+\]\.serviceSpecifications\[\d+\]: '[^']+' has no samplePrices for USD, a currency of this product's offerings\n/,
      );
      expect(result.stderr).toMatch(/catalog\.sample\.json for the expected format/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the catalog types and schemas/catalog.schema.json', () => {
  // Each literal must list exactly the type's keys (tsc checks that); the test checks that they are
  // the schema's keys, comments aside: a field added to one and not the other fails.
  const defs = catalogSchema.$defs;
  const properties = (node: { properties: object }) =>
    Object.keys(node.properties)
      .filter((key) => key !== '$comment' && key !== 'sample')
      .sort();
  it.each<[string, Record<string, true>, { properties: object }]>([
    [
      'CatalogData',
      {
        notice: true,
        franchise: true,
        productSpecifications: true,
        serviceSpecifications: true,
      } satisfies Record<keyof CatalogData, true>,
      catalogSchema,
    ],
    [
      'ProductSpecificationSpec',
      {
        id: true,
        name: true,
        category: true,
        offerings: true,
        serviceSpecifications: true,
      } satisfies Record<keyof ProductSpecificationSpec, true>,
      defs.productSpecification,
    ],
    [
      'OfferingSpec',
      {
        id: true,
        billingPeriod: true,
        currency: true,
        default: true,
        samplePrice: true,
      } satisfies Record<keyof OfferingSpec, true>,
      defs.offering,
    ],
    [
      'ServiceSpecificationSpec',
      {
        id: true,
        name: true,
        category: true,
        ranking: true,
        billingCycles: true,
        samplePrices: true,
        attributes: true,
      } satisfies Record<keyof ServiceSpecificationSpec, true>,
      defs.serviceSpecification,
    ],
    [
      'AttributeSpec',
      { name: true, type: true, required: true } satisfies Record<keyof AttributeSpec, true>,
      defs.serviceSpecification.properties.attributes.items,
    ],
  ])('%s has the keys of its schema node', (_name, literal, node) => {
    expect(Object.keys(literal).sort()).toEqual(properties(node));
  });
});
