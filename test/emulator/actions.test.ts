import { describe, expect, it } from 'vitest';
import {
  ADDONS,
  call,
  envelope,
  offering,
  openVpsOrder,
  spec,
  under,
  useEmulator,
  VPS,
} from '../helpers/emulator.js';

const emulator = useEmulator();

describe('validate and submit', () => {
  it('lists every problem of an incomplete order and 204s a complete one', async () => {
    const emu = emulator();
    const created = await call('POST', `${emu.url}/orders`, { body: {} });
    const orderUrl = created.headers.get('location')!;
    const cookie = created.headers.get('set-cookie')!.split(';')[0]!;
    const action = under(orderUrl, 'action');
    const empty = envelope(
      await call('POST', action, { cookie, body: { action: 'validate' } }),
      'badRequest',
      400,
    );
    expect(empty.message).toBe(
      'Order validation failed: Account has not been set; The order has no products',
    );
    expect(empty.details.split('\n')).toEqual(['Account has not been set', 'The order has no products']);

    await call('POST', under(orderUrl, 'account/products'), {
      cookie,
      body: { offering: offering(emu, VPS, 'USD-1') },
    });
    const noServer = envelope(
      await call('POST', action, { cookie, body: { action: 'validate' } }),
      'badRequest',
      400,
    );
    expect(noServer.message).toMatch(
      /All plans in the order must contain at least one service: product [0-9a-f]{40} \(core\.plan\.vps\.virtuozzo\.u101\) has none/,
    );
    // The failed submit changed nothing.
    expect((await call('POST', action, { cookie, body: { action: 'submit' } })).status).toBe(400);
    expect((await call('GET', orderUrl, { cookie })).json().order.Status).toBe('new');

    const order = await openVpsOrder(emu);
    expect(
      (
        await call('POST', under(order.orderUrl, 'action'), {
          cookie: order.cookie,
          body: { action: 'validate' },
        })
      ).status,
    ).toBe(204);
  });

  it('refuses unknown and missing actions with 400', async () => {
    const emu = emulator();
    const order = await openVpsOrder(emu);
    const action = under(order.orderUrl, 'action');
    expect(
      envelope(
        await call('POST', action, { cookie: order.cookie, body: { action: 'cancel' } }),
        'badRequest',
        400,
      ).message,
    ).toBe("Invalid action 'cancel'");
    envelope(await call('POST', action, { cookie: order.cookie, body: {} }), 'badRequest', 400);
    envelope(
      await call('POST', action, { cookie: order.cookie, body: { action: 'submit', extra: true } }),
      'badRequest',
      400,
    );
  });

  it('makes the order read-only after submit: 405 for changes, 409 for a second submit', async () => {
    const emu = emulator();
    const order = await openVpsOrder(emu);
    const { cookie } = order;
    const ip = await call('POST', under(order.productUrl, 'services'), {
      cookie,
      body: {
        name: 'x',
        serviceSpecification: spec(emu, ADDONS[4]!),
        billingCycle: 1,
        relatedTo: [order.serverUrl],
      },
    });
    const submit = await call('POST', under(order.orderUrl, 'action'), {
      cookie,
      body: { action: 'submit' },
    });
    expect([submit.status, submit.text]).toEqual([202, '']);

    const changes = [
      call('PUT', under(order.orderUrl, 'account'), { cookie, body: { currency: 'USD', language: 'en-US' } }),
      call('POST', under(order.orderUrl, 'account/products'), {
        cookie,
        body: { offering: offering(emu, VPS, 'USD-1') },
      }),
      call('PUT', order.productUrl, { cookie, body: { billingCycle: 12 } }),
      call('DELETE', order.productUrl, { cookie }),
      call('POST', under(order.productUrl, 'services'), {
        cookie,
        body: { name: 'x', serviceSpecification: spec(emu, ADDONS[4]!), billingCycle: 1 },
      }),
      call('PUT', ip.headers.get('location')!, { cookie, body: { name: 'y', billingCycle: 12 } }),
      call('DELETE', ip.headers.get('location')!, { cookie }),
      call('PUT', under(ip.headers.get('location')!, 'attributes'), { cookie, body: { a: 1 } }),
      call('DELETE', order.orderUrl, { cookie }),
    ];
    for (const answer of await Promise.all(changes)) {
      envelope(answer, 'methodNotAllowed', 405);
      expect(answer.headers.get('allow')).toBe('GET');
    }
    const again = envelope(
      await call('POST', under(order.orderUrl, 'action'), { cookie, body: { action: 'submit' } }),
      'conflict',
      409,
    );
    expect(again.message).toMatch(/has already been submitted$/);

    // Reads still work with the owner's cookie, and nothing changed.
    expect((await call('GET', order.orderUrl, { cookie })).json().order.Status).toBe('Processing');
    expect((await call('GET', under(order.productUrl, 'services'), { cookie })).json().list).toHaveLength(2);
    const state = emu.state().orders.find((o) => o.url === order.orderUrl)!;
    expect(state.status).toBe('Processing');
    expect(state.products[0]!.services).toHaveLength(2);
  });

  it('deletes a new order (204), after which it is gone and the owner may open another', async () => {
    const emu = emulator();
    const order = await openVpsOrder(emu);
    const deleted = await call('DELETE', order.orderUrl, { cookie: order.cookie });
    expect([deleted.status, deleted.text]).toEqual([204, '']);
    envelope(await call('GET', order.orderUrl, { cookie: order.cookie }), 'itemNotFound', 404);
    expect((await call('POST', `${emu.url}/orders`, { cookie: order.cookie, body: {} })).status).toBe(201);
  });
});

describe('quote', () => {
  it('prices the order from the catalog’s sample prices, amounts as strings, with a content hash', async () => {
    const emu = emulator();
    const order = await openVpsOrder(emu);
    const quoteUrl = under(order.orderUrl, 'quote');
    const first = (await call('GET', quoteUrl, { cookie: order.cookie })).json();
    expect(first.links).toEqual([{ href: quoteUrl, rel: 'self' }]);
    const quote = first.quote;
    expect(quote.Hash).toMatch(/^[0-9a-f]{64}$/);
    expect(quote).toMatchObject({ Currency: 'USD', TaxTotal: '0.00' });
    // Sample prices: server u100 is 25.00 setup + 19.95 a month; the plan itself 0.00.
    expect(quote.OneTimeFeeAmount).toBe('25.00');
    expect(quote.SubTotal).toBe('44.95');
    expect(quote.Total).toBe('44.95');
    const [product] = quote.Products;
    expect(product).toMatchObject({ PlanNumber: VPS, Services: [], ChildProduct: [] });
    const recurring = product.Fees.find(
      (f: { Type: string; Description: string }) =>
        f.Type === 'recurring' && f.Description.includes('server.u100'),
    );
    expect(recurring).toMatchObject({
      Amount: '19.95',
      NumCharges: '-1',
      MonthlyCycle: '1',
      Quantity: '1',
      Currency: 'USD',
    });
    for (const fee of product.Fees)
      for (const value of Object.values(fee)) expect(typeof value).toBe('string');

    // Same content, same hash; a change changes it.
    expect((await call('GET', quoteUrl, { cookie: order.cookie })).json().quote.Hash).toBe(quote.Hash);
    await call('POST', under(order.productUrl, 'services'), {
      cookie: order.cookie,
      body: {
        name: 'x',
        serviceSpecification: spec(emu, 'core.vps.virtuozzo.ip'),
        billingCycle: 12,
        quantity: 2,
        relatedTo: [order.serverUrl],
      },
    });
    const second = (await call('GET', quoteUrl, { cookie: order.cookie })).json().quote;
    expect(second.Hash).not.toBe(quote.Hash);
    // ip: 5.00 setup and 2.50 a month, twice, for 12 months: 44.95 + 10.00 + 60.00.
    expect(second.OneTimeFeeAmount).toBe('35.00');
    expect(second.SubTotal).toBe('114.95');

    // A stale quoteHash is refused; the current one is accepted.
    const action = under(order.orderUrl, 'action');
    const stale = await call('POST', action, {
      cookie: order.cookie,
      body: { action: 'submit', quoteHash: quote.Hash },
    });
    envelope(stale, 'conflict', 409);
    expect(
      (
        await call('POST', action, {
          cookie: order.cookie,
          body: { action: 'submit', quoteHash: second.Hash },
        })
      ).status,
    ).toBe(202);
  });
});
