import { describe, expect, it } from 'vitest';
import {
  call,
  envelope,
  expectUnauthorized,
  offering,
  openVpsOrder,
  SERVER,
  spec,
  under,
  useEmulator,
  VPS,
} from '../helpers/emulator.js';

const emulator = useEmulator();

describe('ownership', () => {
  it('answers 401 in text/plain without the cookie or with another owner’s cookie', async () => {
    const emu = emulator();
    const mine = await openVpsOrder(emu);
    const theirs = await openVpsOrder(emu);
    expectUnauthorized(await call('GET', mine.orderUrl));
    expectUnauthorized(await call('GET', mine.orderUrl, { cookie: theirs.cookie }));
    expectUnauthorized(await call('GET', mine.orderUrl, { cookie: 'Path=/' }));
    expectUnauthorized(
      await call('PUT', under(mine.orderUrl, 'account'), { body: { currency: 'USD', language: 'en-US' } }),
    );
    expectUnauthorized(await call('GET', under(mine.productUrl, 'services'), { cookie: theirs.cookie }));
    expectUnauthorized(await call('POST', under(mine.orderUrl, 'action'), { body: { action: 'submit' } }));
    expect(emu.state().orders.find((o) => o.url === mine.orderUrl)?.status).toBe('new');
  });

  it('accepts the cookie with and without the docs’ literal "; Path=/"', async () => {
    const emu = emulator();
    const order = await openVpsOrder(emu);
    expect((await call('GET', order.orderUrl, { cookie: order.cookie })).status).toBe(200);
    expect((await call('GET', order.orderUrl, { cookie: `${order.cookie}; Path=/` })).status).toBe(200);
    expect((await call('GET', order.orderUrl, { cookie: `lang=en; ${order.cookie}` })).status).toBe(200);
  });

  it('answers 404 with the itemNotFound envelope for unknown ids', async () => {
    const emu = emulator();
    const order = await openVpsOrder(emu);
    const missing = envelope(
      await call('GET', `${emu.url}/orders/${'0'.repeat(40)}`, { cookie: order.cookie }),
      'itemNotFound',
      404,
    );
    expect(missing.message).toBe('Resource not found');
    envelope(
      await call('GET', under(order.orderUrl, `account/products/${'1'.repeat(40)}`), {
        cookie: order.cookie,
      }),
      'itemNotFound',
      404,
    );
    envelope(
      await call('GET', under(order.productUrl, `services/${'2'.repeat(40)}`), { cookie: order.cookie }),
      'itemNotFound',
      404,
    );
    envelope(
      await call('GET', under(order.orderUrl, 'nothing'), { cookie: order.cookie }),
      'itemNotFound',
      404,
    );
    envelope(await call('GET', `${emu.url}/elsewhere`), 'itemNotFound', 404);
  });

  it('refuses a second open order for the same owner with 409', async () => {
    const emu = emulator();
    const order = await openVpsOrder(emu);
    const again = envelope(
      await call('POST', `${emu.url}/orders`, { cookie: order.cookie, body: {} }),
      'conflict',
      409,
    );
    expect(again.message).toBe('A new order has already been created for this ownerID');
    // Without the cookie a client is a new owner.
    expect((await call('POST', `${emu.url}/orders`, { body: {} })).status).toBe(201);
  });

  it('refuses clientIp without elevated permissions', async () => {
    const emu = emulator();
    const answer = envelope(
      await call('POST', `${emu.url}/orders`, { body: { clientIp: '1.2.3.4' } }),
      'badRequest',
      400,
    );
    expect(answer.message).toBe('User cannot specify the client IP address');
  });
});

describe('account', () => {
  it.each([
    [{}, 'Missing language or currency.'],
    [{ currency: 'USD' }, 'Missing language or currency.'],
    [{ language: 'en-US' }, 'Missing language or currency.'],
    [{ currency: 'GBP', language: 'en-US' }, 'Currency GBP not allowed for this franchise'],
    [{ currency: 'USD', language: 'xx-XX' }, 'Language xx-XX not allowed for this franchise'],
    [{ currency: 'USD', language: 'en-US', colour: 'blue' }, 'POST data error'],
    [{ currency: 'USD', language: 'en-US', accountNumber: 'acct1' }, 'POST data error'],
    [{ accountNumber: '' }, 'POST data error'],
    [[], 'POST data error'],
    [{ currency: 1, language: 'en-US' }, 'POST data error'],
  ])('refuses %j with 400 "%s"', async (body, message) => {
    const emu = emulator();
    const created = await call('POST', `${emu.url}/orders`, { body: {} });
    const cookie = created.headers.get('set-cookie')!.split(';')[0]!;
    const answer = await call('PUT', under(created.headers.get('location')!, 'account'), { cookie, body });
    expect(envelope(answer, 'badRequest', 400).message).toBe(message);
  });

  it('refuses an account currency that differs from the products’ with 409', async () => {
    const emu = emulator();
    const order = await openVpsOrder(emu);
    const answer = await call('PUT', under(order.orderUrl, 'account'), {
      cookie: order.cookie,
      body: { currency: 'EUR', language: 'en-US' },
    });
    expect(envelope(answer, 'conflict', 409).message).toBe(
      'Currency EUR does not match the currency USD of the products in the order',
    );
  });

  it('serves the account, 404 before one is set, and creates a minimal one with the first product', async () => {
    const emu = emulator();
    const created = await call('POST', `${emu.url}/orders`, { body: {} });
    const orderUrl = created.headers.get('location')!;
    const cookie = created.headers.get('set-cookie')!.split(';')[0]!;
    envelope(await call('GET', under(orderUrl, 'account'), { cookie }), 'itemNotFound', 404);
    expect((await call('GET', orderUrl, { cookie })).json().order.Account).toBe('');
    await call('POST', under(orderUrl, 'account/products'), {
      cookie,
      body: { offering: offering(emu, VPS, 'EUR-1') },
    });
    const account = (await call('GET', under(orderUrl, 'account'), { cookie })).json();
    expect(account).toMatchObject({ status: 'new', currency: 'EUR', language: 'en-US' });
    expect(account.links.map((l: { rel: string }) => l.rel)).toEqual([
      'products',
      'user',
      'attributes',
      'contactInfo',
      'paymentInfo',
      'self',
    ]);
    expect((await call('GET', orderUrl, { cookie })).json().order.Account).toBe(under(orderUrl, 'account'));
  });
});

describe('products', () => {
  const newOrder = async (emu: ReturnType<typeof emulator>) => {
    const created = await call('POST', `${emu.url}/orders`, { body: {} });
    const orderUrl = created.headers.get('location')!;
    const cookie = created.headers.get('set-cookie')!.split(';')[0]!;
    await call('PUT', under(orderUrl, 'account'), { cookie, body: { currency: 'USD', language: 'en-US' } });
    return { orderUrl, cookie, products: under(orderUrl, 'account/products') };
  };

  it('refuses offerings that are not in the catalog with 400', async () => {
    const emu = emulator();
    const { cookie, products } = await newOrder(emu);
    const unknownOffering = await call('POST', products, {
      cookie,
      body: { offering: offering(emu, VPS, 'USD-7') },
    });
    expect(envelope(unknownOffering, 'badRequest', 400).message).toBe(
      `Offering ${VPS}/offerings/USD-7 does not exist`,
    );
    const unknownPlan = await call('POST', products, {
      cookie,
      body: { offering: offering(emu, 'core.plan.nope', 'USD-1') },
    });
    expect(envelope(unknownPlan, 'badRequest', 400).details).toContain(
      "no product specification 'core.plan.nope'",
    );
    const foreign = await call('POST', products, {
      cookie,
      body: { offering: `https://api.hostway.com/productSpecifications/${VPS}/offerings/USD-1` },
    });
    expect(envelope(foreign, 'badRequest', 400).details).toContain("is not on this API's origin");
    const relative = await call('POST', products, { cookie, body: { offering: `${VPS}/offerings/USD-1` } });
    expect(envelope(relative, 'badRequest', 400).details).toContain('is not an absolute URL');
    envelope(await call('POST', products, { cookie, body: {} }), 'badRequest', 400);
    envelope(
      await call('POST', products, { cookie, body: { offering: offering(emu, VPS, 'USD-1'), extra: 1 } }),
      'badRequest',
      400,
    );
  });

  it('accepts lowercase catalog paths and a trailing slash', async () => {
    const emu = emulator();
    const { cookie, products } = await newOrder(emu);
    const lower = await call('POST', products, {
      cookie,
      body: { offering: `${emu.url}/productspecifications/${VPS}/offerings/USD-1/` },
    });
    expect(lower.status).toBe(201);
  });

  it('refuses an offering in another currency than the account with 409', async () => {
    const emu = emulator();
    const { cookie, products } = await newOrder(emu);
    const answer = await call('POST', products, { cookie, body: { offering: offering(emu, VPS, 'EUR-1') } });
    expect(envelope(answer, 'conflict', 409).message).toBe(
      "Offering currency EUR does not match the order's currency USD",
    );
  });

  it('lists, reads, updates and deletes products', async () => {
    const emu = emulator();
    const { cookie, products } = await newOrder(emu);
    const added = await call('POST', products, {
      cookie,
      body: { offering: offering(emu, VPS, 'USD-1'), displayName: 'web' },
    });
    const productUrl = added.headers.get('location')!;
    const list = (await call('GET', products, { cookie })).json();
    expect(list.links).toEqual([{ href: products, rel: 'self' }]);
    expect(list.list).toEqual([
      {
        status: 'new',
        services: { href: under(productUrl, 'services'), rel: 'services' },
        offering: { href: offering(emu, VPS, 'USD-1'), rel: 'offering' },
        billingCycle: 1,
        displayName: 'web',
        partnerId: '',
        links: [{ href: productUrl, rel: 'self' }],
      },
    ]);
    expect((await call('GET', productUrl, { cookie })).json()).toEqual(list.list[0]);
    expect((await call('PUT', productUrl, { cookie, body: { billingCycle: 12 } })).status).toBe(204);
    const badCycle = await call('PUT', productUrl, { cookie, body: { billingCycle: 5 } });
    expect(envelope(badCycle, 'badRequest', 400).message).toMatch(/^Unable to update the product/);
    expect((await call('DELETE', productUrl, { cookie })).status).toBe(204);
    envelope(await call('GET', productUrl, { cookie }), 'itemNotFound', 404);
  });
});

describe('services', () => {
  const post = (order: { productUrl: string; cookie: string }, body: unknown) =>
    call('POST', under(order.productUrl, 'services'), { cookie: order.cookie, body });
  const addon = (emu: ReturnType<typeof emulator>, relatedTo?: string[]) => ({
    name: 'VPS Virtuozzo Test',
    serviceSpecification: spec(emu, 'core.vps.virtuozzo.ip'),
    billingCycle: 1,
    ...(relatedTo === undefined ? {} : { relatedTo }),
  });

  it('refuses a service specification that is not part of the product', async () => {
    const emu = emulator();
    const order = await openVpsOrder(emu);
    const other = await post(order, {
      name: 'x',
      serviceSpecification: spec(emu, 'core.vps.virtuozzo.server.u200'),
      billingCycle: 1,
    });
    expect(envelope(other, 'badRequest', 400).message).toBe(
      `Service specification core.vps.virtuozzo.server.u200 is not part of product specification ${VPS}`,
    );
    const unknown = await post(order, {
      name: 'x',
      serviceSpecification: spec(emu, 'core.nope'),
      billingCycle: 1,
    });
    expect(envelope(unknown, 'badRequest', 400).message).toBe(
      'Service specification core.nope does not exist',
    );
  });

  it('refuses billing cycles the specification does not allow', async () => {
    const emu = emulator();
    const order = await openVpsOrder(emu);
    const seven = await post(order, { ...addon(emu, [order.serverUrl]), billingCycle: 7 });
    const refused = envelope(seven, 'badRequest', 400);
    expect(refused.message).toBe(
      'Billing cycle 7 is not allowed for service specification core.vps.virtuozzo.ip',
    );
    expect(refused.details).toBe('Allowed billing cycles: 1, 12');
    for (const billingCycle of [0, 121, 1.5, '1']) {
      const answer = await post(order, { ...addon(emu, [order.serverUrl]), billingCycle });
      expect(envelope(answer, 'badRequest', 400).message).toBe('POST data error');
    }
  });

  it('refuses an add-on before the server service', async () => {
    const emu = emulator();
    const created = await call('POST', `${emu.url}/orders`, { body: {} });
    const cookie = created.headers.get('set-cookie')!.split(';')[0]!;
    const product = await call('POST', under(created.headers.get('location')!, 'account/products'), {
      cookie,
      body: { offering: offering(emu, VPS, 'USD-1') },
    });
    const answer = await post({ productUrl: product.headers.get('location')!, cookie }, addon(emu));
    expect(envelope(answer, 'badRequest', 400).message).toMatch(
      /^A Virtuozzo server service \(core\.vps\.virtuozzo\.server\.\*\) must be added to product [0-9a-f]{40} before core\.vps\.virtuozzo\.ip$/,
    );
  });

  it('refuses an add-on whose relatedTo lacks a server service of the same product', async () => {
    const emu = emulator();
    const order = await openVpsOrder(emu);
    const none = envelope(await post(order, addon(emu)), 'badRequest', 400);
    expect(none.message).toMatch(
      /^core\.vps\.virtuozzo\.ip must be relatedTo a Virtuozzo server service of product [0-9a-f]{40}$/,
    );
    expect(none.details).toContain(order.serverUrl);

    const ip = await post(order, addon(emu, [order.serverUrl]));
    const toAddon = await post(order, addon(emu, [ip.headers.get('location')!]));
    expect(envelope(toAddon, 'badRequest', 400).message).toContain(
      'must be relatedTo a Virtuozzo server service',
    );

    // A server of another product does not count.
    const second = await call('POST', under(order.orderUrl, 'account/products'), {
      cookie: order.cookie,
      body: { offering: offering(emu, VPS, 'USD-1') },
    });
    const secondProduct = { productUrl: second.headers.get('location')!, cookie: order.cookie };
    await post(secondProduct, { name: 'x', serviceSpecification: spec(emu, SERVER), billingCycle: 1 });
    expect((await post(secondProduct, addon(emu, [order.serverUrl]))).status).toBe(400);
  });

  it('refuses relatedTo URLs that are not services of this order', async () => {
    const emu = emulator();
    const order = await openVpsOrder(emu);
    const other = await openVpsOrder(emu);
    for (const url of [
      other.serverUrl,
      `${emu.url}/orders/x`,
      'https://api.hostway.com/orders/1',
      'not a url',
      order.productUrl,
    ]) {
      const answer = await post(order, addon(emu, [url]));
      expect(answer.status, url).toBe(400);
    }
    envelope(await post(order, { ...addon(emu), relatedTo: order.serverUrl }), 'badRequest', 400);
  });

  it('accepts relatedTo with or without a trailing slash and shows the documented fields', async () => {
    const emu = emulator();
    const order = await openVpsOrder(emu);
    const withSlash = await post(order, {
      ...addon(emu, [`${order.serverUrl}/`]),
      quantity: 2,
    });
    expect(withSlash.status).toBe(201);
    const item = (await call('GET', withSlash.headers.get('location')!, { cookie: order.cookie })).json();
    expect(item).toMatchObject({ status: 'new', relatedTo: [order.serverUrl], billingCycle: 1, quantity: 2 });
    // The IP's specification defines no attributes: reading them is refused as documented.
    const attributes = await call('GET', under(withSlash.headers.get('location')!, 'attributes'), {
      cookie: order.cookie,
    });
    expect(envelope(attributes, 'badRequest', 400).message).toBe(
      'No attributes defined for the provided service specification',
    );
  });

  it('requires name, serviceSpecification and billingCycle and refuses unknown fields', async () => {
    const emu = emulator();
    const order = await openVpsOrder(emu);
    const full = addon(emu, [order.serverUrl]);
    for (const key of ['name', 'serviceSpecification', 'billingCycle'] as const) {
      const { [key]: _dropped, ...rest } = full;
      expect(envelope(await post(order, rest), 'badRequest', 400).details).toBe(`'${key}' is required`);
    }
    expect(envelope(await post(order, { ...full, colour: 'red' }), 'badRequest', 400).details).toMatch(
      /^Unknown field 'colour'/,
    );
  });

  it('deletes a server that add-ons relate to (no refusal is documented); validate then names the orphan', async () => {
    const emu = emulator();
    const order = await openVpsOrder(emu);
    const ip = await post(order, addon(emu, [order.serverUrl]));
    expect((await call('DELETE', order.serverUrl, { cookie: order.cookie })).status).toBe(204);
    const left = (await call('GET', ip.headers.get('location')!, { cookie: order.cookie })).json();
    expect(left.relatedTo).toEqual([]);
    const validate = await call('POST', under(order.orderUrl, 'action'), {
      cookie: order.cookie,
      body: { action: 'validate' },
    });
    expect(envelope(validate, 'badRequest', 400).message).toMatch(/has no Virtuozzo server service/);
  });
});
