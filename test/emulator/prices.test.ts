import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../../src/emulator/index.js';
import { call, envelope, openVpsOrder, spec, under, useEmulator, VPS } from '../helpers/emulator.js';

const emulator = useEmulator();

describe('catalog prices and attributes', () => {
  it("serves an offering's prices: the plan's fees, then each allowed service's, in its currency", async () => {
    const emu = emulator();
    const prices = (
      await call('GET', `${emu.url}/productSpecifications/${VPS}/offerings/EUR-1/prices`)
    ).json();
    const ip = prices.list.filter((p: { relatedServiceSpecification?: string }) =>
      p.relatedServiceSpecification?.endsWith('/core.vps.virtuozzo.ip'),
    );
    expect(ip).toEqual([
      expect.objectContaining({ name: 'setup_fee', amount: '5.00', currency: 'EUR', recurrences: 1 }),
      expect.objectContaining({ name: 'recurring', amount: '2.25', currency: 'EUR', monthlyCycle: 1 }),
    ]);
    expect(prices.list[0]).toMatchObject({ name: 'setup_fee', currency: 'EUR' });
    expect(prices.list[0].relatedServiceSpecification).toBeUndefined();
    const filtered = (
      await call(
        'GET',
        `${emu.url}/productSpecifications/${VPS}/offerings/USD-1/prices?filterRelatedServiceSpecification=core.vps.virtuozzo.ip&filterName=recurring`,
      )
    ).json();
    expect(filtered.list).toEqual([expect.objectContaining({ name: 'recurring', amount: '2.50' })]);
  });

  it('inlines prices with ?details=1 and links them otherwise', async () => {
    const emu = emulator();
    const plain = (await call('GET', `${emu.url}/productSpecifications/${VPS}/offerings/USD-1`)).json();
    expect(plain.prices).toMatchObject({ rel: 'prices' });
    const detailed = (
      await call('GET', `${emu.url}/productSpecifications/${VPS}/offerings?details=1`)
    ).json();
    expect(detailed.list.length).toBeGreaterThan(1);
    for (const offering of detailed.list) expect(Array.isArray(offering.prices)).toBe(true);
  });

  it("lists a service specification's attributes with which are required", async () => {
    const emu = emulator();
    const backup = (await call('GET', `${spec(emu, 'core.vps.virtuozzo.backup')}/attributes`)).json();
    expect(backup.attributes).toEqual([
      { name: 'retentionDays', type: 'Integer', required: 1 },
      { name: 'schedule', type: 'String', required: 0 },
    ]);
    expect((await call('GET', `${spec(emu, 'core.vps.virtuozzo.ip')}/attributes`)).json().attributes).toEqual(
      [],
    );
  });

  it('validate names a missing required attribute in the documented words', async () => {
    const emu = emulator();
    const order = await openVpsOrder(emu);
    await call('POST', under(order.productUrl, 'services'), {
      cookie: order.cookie,
      body: {
        name: 'b',
        serviceSpecification: spec(emu, 'core.vps.virtuozzo.backup'),
        billingCycle: 1,
        relatedTo: [order.serverUrl],
      },
    });
    const refused = envelope(
      await call('POST', under(order.orderUrl, 'action'), {
        cookie: order.cookie,
        body: { action: 'validate' },
      }),
      'badRequest',
      400,
    );
    expect(refused.message).toMatch(
      /No retentionDays attribute set for service [0-9a-f]{40} \(core\.vps\.virtuozzo\.backup\)/,
    );
  });

  it('quotes from the same prices, with a Hash that changes when the order does', async () => {
    const emu = emulator();
    const order = await openVpsOrder(emu);
    const quote = (await call('GET', under(order.orderUrl, 'quote'), { cookie: order.cookie })).json().quote;
    // The seed's server: 25.00 setup + 19.95 for one month.
    expect(quote).toMatchObject({ Currency: 'USD', Total: '44.95', OneTimeFeeAmount: '25.00' });
    await call('POST', under(order.productUrl, 'services'), {
      cookie: order.cookie,
      body: {
        name: 'ip',
        serviceSpecification: spec(emu, 'core.vps.virtuozzo.ip'),
        billingCycle: 12,
        relatedTo: [order.serverUrl],
      },
    });
    const after = (await call('GET', under(order.orderUrl, 'quote'), { cookie: order.cookie })).json().quote;
    expect(after.Hash).not.toBe(quote.Hash);
    expect(after.Total).toBe('79.95');
    const stale = await call('POST', under(order.orderUrl, 'action'), {
      cookie: order.cookie,
      body: { action: 'validate', quoteHash: quote.Hash },
    });
    expect(envelope(stale, 'conflict', 409).message).toBe('The order changed since the quote was obtained');
  });
});

describe('--stale-quote ignore', () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await startEmulator({ port: 0, staleQuote: 'ignore' });
  });
  afterAll(() => emu.close());

  it('accepts a quoteHash that no longer matches', async () => {
    const order = await openVpsOrder(emu);
    const answer = await call('POST', under(order.orderUrl, 'action'), {
      cookie: order.cookie,
      body: { action: 'submit', quoteHash: 'f'.repeat(64) },
    });
    expect(answer.status).toBe(202);
  });
});
