// The schema is the single source of truth: the generated types and the precompiled validator
// must be what `npm run generate` makes of it today, and the types must agree with it.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import schemaJson from '../../schemas/order.schema.json' with { type: 'json' };
import { loadValidManifests } from '../../src/manifest/load.js';
import type {
  ExistingAccount,
  NewAccount,
  OrderManifest,
  OrderMetadata,
  OrderSpec,
  Product,
  Service,
  TopService,
} from '../../src/manifest/order.generated.js';
import { validateOrderManifest } from '../../src/manifest/order-validator.generated.js';
import { seedManifest } from '../helpers/seed.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const defs = schemaJson.$defs as unknown as Record<string, { properties?: object; required?: string[] }>;

/** The keys a type requires (optional ones excluded). */
type RequiredKeys<T> = { [K in keyof T]-?: T extends Record<K, T[K]> ? K : never }[keyof T];

describe('generated files', () => {
  it('are up to date with schemas/order.schema.json', () => {
    const check = spawnSync(process.execPath, ['scripts/generate.mjs', '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('leave no require() in the validator, and import only ajv runtime helpers', () => {
    const code = readFileSync(`${ROOT}src/manifest/order-validator.generated.js`, 'utf8');
    expect(code).not.toMatch(/\brequire\(/);
    const imports = [...code.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
    for (const module of imports) expect(module).toMatch(/^ajv\/dist\/runtime\/[a-z0-9_]+\.js$/);
  });
});

describe('TypeScript types agree with the schema', () => {
  // Each literal must list exactly the type's keys (tsc checks that), and the test checks that
  // they are exactly the schema's keys: a property added to one and not the other fails.
  const keys = {
    manifest: { apiVersion: true, kind: true, metadata: true, spec: true } satisfies Record<
      keyof OrderManifest,
      true
    >,
    metadata: { name: true, description: true } satisfies Record<keyof OrderMetadata, true>,
    spec: { account: true, attributes: true, products: true, maxTotal: true } satisfies Record<
      keyof OrderSpec,
      true
    >,
    newAccount: {
      currency: true,
      language: true,
      attributes: true,
      user: true,
      contactInfo: true,
      paymentInfo: true,
    } satisfies Record<keyof NewAccount, true>,
    existingAccount: {
      number: true,
      attributes: true,
      user: true,
      contactInfo: true,
      paymentInfo: true,
    } satisfies Record<keyof ExistingAccount, true>,
    product: {
      id: true,
      offering: true,
      existingProduct: true,
      promoCode: true,
      displayName: true,
      partnerId: true,
      billingCycle: true,
      services: true,
    } satisfies Record<keyof Product, true>,
    service: {
      id: true,
      name: true,
      serviceSpecification: true,
      billingCycle: true,
      quantity: true,
      promoCode: true,
      attributes: true,
      relatedTo: true,
      associatedTo: true,
      services: true,
    } satisfies Record<keyof Service, true>,
  };
  const required = {
    manifest: { apiVersion: true, kind: true, metadata: true, spec: true } satisfies Record<
      RequiredKeys<OrderManifest>,
      true
    >,
    metadata: { name: true } satisfies Record<RequiredKeys<OrderMetadata>, true>,
    spec: { account: true, products: true } satisfies Record<RequiredKeys<OrderSpec>, true>,
    newAccount: { currency: true, language: true } satisfies Record<RequiredKeys<NewAccount>, true>,
    existingAccount: { number: true } satisfies Record<RequiredKeys<ExistingAccount>, true>,
    // offering or existingProduct: exactly one, a rule (src/manifest/rules-order.ts).
    product: {} satisfies Record<RequiredKeys<Product>, true>,
    service: { serviceSpecification: true } satisfies Record<RequiredKeys<Service>, true>,
    topService: { name: true, serviceSpecification: true } satisfies Record<RequiredKeys<TopService>, true>,
  };

  it.each(Object.entries(keys))('%s declares the same keys', (name, literal) => {
    const schemaNode = name === 'manifest' ? schemaJson : defs[name];
    expect(Object.keys(literal).sort()).toEqual(Object.keys(schemaNode?.properties ?? {}).sort());
  });

  it.each(Object.entries(required))('%s requires the same keys', (name, literal) => {
    const schemaNode = name === 'manifest' ? schemaJson : defs[name];
    expect(Object.keys(literal).sort()).toEqual([...(schemaNode?.required ?? [])].sort());
  });

  it('a TopService has every key of a Service', () => {
    const sample: TopService = { name: 'n', serviceSpecification: 's' };
    const asService: Service = sample;
    expect(asService).toBe(sample);
  });

  it('the example manifests typecheck as OrderManifest and pass the validator', async () => {
    // The seed order, written against the generated types: tsc rejects it if the types drift.
    const seed: OrderManifest = seedManifest();
    expect(validateOrderManifest(seed)).toBe(true);
    const env = { ACCOUNT_PASSWORD: 'Passw0rd-x', CARD_NUMBER: '4111111111111111', CARD_CVV: '123' };
    const loaded = await loadValidManifests(['manifests'], { cwd: ROOT, env });
    expect(loaded.map((m) => m.file)).toEqual([
      'manifests/existing-account-promo.yaml',
      'manifests/new-account-full.yaml',
      'manifests/two-products.yaml',
      'manifests/vps-existing-account.yaml',
      'manifests/vps-server-only.yaml',
      'manifests/vps-virtuozzo.yaml',
    ]);
    for (const m of loaded) {
      const typed: OrderManifest = m.manifest;
      expect(validateOrderManifest(typed)).toBe(true);
    }
    expect(loaded.find((m) => m.file === 'manifests/vps-virtuozzo.yaml')?.manifest).toEqual(seed);
  });

  it('what the types refuse, the validator refuses', () => {
    const base = { apiVersion: 'orderform/v1', kind: 'Order', metadata: { name: 'x' } } as const;
    const unnamedTop = {
      ...base,
      spec: {
        account: { number: 'a1' },
        // @ts-expect-error a service directly under a product needs a name
        products: [{ offering: 'a/offerings/b', services: [{ serviceSpecification: 's' }] }],
      } satisfies OrderSpec,
    };
    const unknownKey = {
      ...base,
      spec: {
        account: { number: 'a1' },
        // @ts-expect-error unknown keys are not part of the types
        products: [{ offering: 'a/offerings/b', colour: 'x' }],
      } satisfies OrderSpec,
    };
    for (const manifest of [unnamedTop, unknownKey]) expect(validateOrderManifest(manifest)).toBe(false);
  });
});
