import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogError, startEmulator } from '../../src/emulator/index.js';
import { call, envelope, offering, SERVER, spec, under, useEmulator, VPS } from '../helpers/emulator.js';

const emulator = useEmulator();
const sample = JSON.parse(
  readFileSync(new URL('../../src/emulator/catalog.sample.json', import.meta.url), 'utf8'),
);

describe('catalog endpoints', () => {
  it('serves product specifications, offerings and service specifications without a cookie', async () => {
    const emu = emulator();
    const base = emu.url;
    const products = (await call('GET', `${base}/productSpecifications`)).json();
    expect(products.list.map((p: { links: { href: string }[] }) => p.links[0]!.href)).toEqual([
      `${base}/productspecifications/core.plan.vps.virtuozzo.u101`,
      `${base}/productspecifications/core.plan.vps.virtuozzo.u102`,
    ]);
    const plan = (await call('GET', `${base}/productSpecifications/${VPS}`)).json();
    expect(plan).toMatchObject({
      name: 'VPS Virtuozzo U101',
      offerings: { rel: 'offerings' },
      serviceSpecifications: { rel: 'serviceSpecifications' },
    });

    const usd1 = await call('GET', `${base}/productSpecifications/${VPS}/offerings/USD-1`);
    expect(usd1.status).toBe(200);
    expect(usd1.json()).toEqual({
      billingPeriod: 1,
      currency: 'USD',
      default: 1,
      prices: { href: `${base}/productspecifications/${VPS}/offerings/USD-1/prices`, rel: 'prices' },
      links: [{ href: `${base}/productspecifications/${VPS}/offerings/USD-1`, rel: 'self' }],
    });
    const offerings = (await call('GET', `${base}/productspecifications/${VPS}/offerings`)).json();
    expect(
      offerings.list.map(
        (o: { currency: string; billingPeriod: number }) => `${o.currency}-${o.billingPeriod}`,
      ),
    ).toEqual(['USD-1', 'USD-12', 'EUR-1', 'EUR-12']);
    expect((await call('GET', `${base}/productSpecifications/${VPS}/offerings/USD-1/prices`)).status).toBe(
      200,
    );

    const specs = (await call('GET', `${base}/productSpecifications/${VPS}/serviceSpecifications`)).json();
    const ids = specs.list.map((s: { links: { href: string }[] }) => s.links[0]!.href.split('/').pop());
    expect(ids).toContain(SERVER);
    expect(ids).toContain('core.vps.virtuozzo.powerpack');
    expect(ids).not.toContain('core.vps.virtuozzo.server.u200');

    const ip = (await call('GET', `${base}/serviceSpecifications/core.vps.virtuozzo.ip`)).json();
    expect(ip).toMatchObject({
      name: 'Additional IP Address',
      category: 'VPS Virtuozzo IP',
      billingCycles: [
        { default: 1, billingCycle: 1 },
        { default: 0, billingCycle: 12 },
      ],
      links: [{ href: `${base}/servicespecifications/core.vps.virtuozzo.ip`, rel: 'self' }],
    });
  });

  it('answers 404 envelopes for unknown catalog ids', async () => {
    const emu = emulator();
    envelope(await call('GET', `${emu.url}/productSpecifications/core.plan.nope`), 'itemNotFound', 404);
    envelope(
      await call('GET', `${emu.url}/productSpecifications/${VPS}/offerings/GBP-1`),
      'itemNotFound',
      404,
    );
    envelope(await call('GET', `${emu.url}/serviceSpecifications/core.nope`), 'itemNotFound', 404);
  });

  it('marks the bundled prices as samples', () => {
    expect(sample.sample).toBe(true);
    expect(sample.$comment).toMatch(/SAMPLE/);
  });
});

describe('replacing the catalog', () => {
  const tiny = {
    franchise: { currencies: ['GBP'], languages: ['en-GB'], defaultLanguage: 'en-GB' },
    productSpecifications: [
      {
        id: 'core.plan.vps.virtuozzo.tiny',
        name: 'Tiny',
        category: 'VPS',
        offerings: [
          {
            id: 'GBP-1',
            billingPeriod: 1,
            currency: 'GBP',
            default: 1,
            samplePrice: { setup: '0.00', recurring: '1.00' },
          },
        ],
        serviceSpecifications: ['core.vps.virtuozzo.server.tiny'],
      },
    ],
    serviceSpecifications: [
      {
        id: 'core.vps.virtuozzo.server.tiny',
        name: 'Tiny server',
        category: 'VPS',
        ranking: 1,
        billingCycles: [{ default: 1, billingCycle: 1 }],
        samplePrices: { GBP: { setup: '0.00', monthly: '2.00' } },
      },
    ],
  };

  it('serves a catalog given as an object or a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'orderform-catalog-'));
    const file = join(dir, 'catalog.json');
    writeFileSync(file, JSON.stringify(tiny));
    for (const catalog of [tiny, file]) {
      const emu = await startEmulator({ port: 0, catalog });
      try {
        expect((await call('GET', `${emu.url}/productSpecifications/${VPS}`)).status).toBe(404);
        const created = await call('POST', `${emu.url}/orders`, { body: {} });
        const cookie = created.headers.get('set-cookie')!.split(';')[0]!;
        const orderUrl = created.headers.get('location')!;
        expect(
          (
            await call('PUT', under(orderUrl, 'account'), {
              cookie,
              body: { currency: 'GBP', language: 'en-GB' },
            })
          ).status,
        ).toBe(204);
        const product = await call('POST', under(orderUrl, 'account/products'), {
          cookie,
          body: { offering: offering(emu, 'core.plan.vps.virtuozzo.tiny', 'GBP-1') },
        });
        expect(product.status).toBe(201);
        const server = await call('POST', under(product.headers.get('location')!, 'services'), {
          cookie,
          body: {
            name: 't',
            serviceSpecification: spec(emu, 'core.vps.virtuozzo.server.tiny'),
            billingCycle: 1,
          },
        });
        expect(server.status).toBe(201);
      } finally {
        await emu.close();
      }
    }
  });

  it('refuses an invalid catalog naming every problem', async () => {
    const broken = structuredClone(tiny) as Record<string, unknown> & typeof tiny;
    broken.productSpecifications[0]!.serviceSpecifications.push('core.missing');
    (broken.productSpecifications[0]!.offerings[0] as Record<string, unknown>).currency = 'usd';
    (broken.serviceSpecifications[0]!.billingCycles[0] as Record<string, unknown>).billingCycle = 0;
    (broken as Record<string, unknown>).extra = true;
    const error = await startEmulator({ port: 0, catalog: broken }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CatalogError);
    const problems = (error as CatalogError).problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        '$.extra: unknown key',
        '$.productSpecifications[0].offerings[0].currency: must be an ISO 4217 code like USD; got "usd"',
        "$.productSpecifications[0].serviceSpecifications[1]: 'core.missing' is not in $.serviceSpecifications",
        '$.serviceSpecifications[0].billingCycles[0].billingCycle: must be an integer from 1 to 120; got 0',
      ]),
    );
    expect((error as CatalogError).exitCode).toBe(3);
  });

  it('refuses a missing or non-JSON catalog file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'orderform-catalog-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{ nope');
    await expect(startEmulator({ port: 0, catalog: file })).rejects.toThrow(
      /bad\.json is invalid:\n {2}not valid JSON/,
    );
    await expect(startEmulator({ port: 0, catalog: join(dir, 'missing.json') })).rejects.toThrow(
      /file not found/,
    );
  });
});
