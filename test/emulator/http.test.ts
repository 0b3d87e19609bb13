import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { call, envelope, offering, openVpsOrder, under, useEmulator, VPS } from '../helpers/emulator.js';

const emulator = useEmulator();

describe('request bodies', () => {
  it('requires Content-Type: application/json on POST and PUT', async () => {
    const emu = emulator();
    const order = await openVpsOrder(emu);
    const account = under(order.orderUrl, 'account');
    const body = { currency: 'USD', language: 'en-US' };
    for (const contentType of [
      null,
      'text/plain',
      'application/x-www-form-urlencoded',
      'application/json; charset=latin1',
    ]) {
      const answer = await call('PUT', account, { cookie: order.cookie, body, contentType });
      expect(envelope(answer, 'badRequest', 400).message, String(contentType)).toBe(
        'Content-Type must be application/json',
      );
    }
    for (const contentType of ['application/json', 'Application/JSON; charset="utf-8"']) {
      expect((await call('PUT', account, { cookie: order.cookie, body, contentType })).status).toBe(204);
    }
    const created = await call('POST', `${emu.url}/orders`, { body: {}, contentType: 'text/plain' });
    envelope(created, 'badRequest', 400);
  });

  it('refuses bodies that are not valid JSON', async () => {
    const emu = emulator();
    const order = await openVpsOrder(emu);
    for (const raw of ['{"currency": "USD",', '', 'USD']) {
      const answer = await call('PUT', under(order.orderUrl, 'account'), { cookie: order.cookie, raw });
      const refused = envelope(answer, 'badRequest', 400);
      expect(refused.message).toBe('POST data error');
      expect(refused.details).toMatch(/^The body is not valid JSON/);
    }
    // The raw text is what the log shows for a body that is not JSON.
    expect(emu.requests().at(-1)!.body).toBe('USD');
  });

  it('answers 413 for bodies over 1 MiB', async () => {
    const emu = emulator();
    const order = await openVpsOrder(emu);
    const raw = JSON.stringify({ currency: 'USD', language: 'en-US', pad: 'x'.repeat(1024 * 1024) });
    const answer = await call('PUT', under(order.orderUrl, 'account'), { cookie: order.cookie, raw });
    envelope(answer, 'requestTooLarge', 413);
  });

  it('answers 413 for a chunked body over 1 MiB too', async () => {
    const emu = emulator();
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        `${emu.url}/orders`,
        { method: 'POST', headers: { 'Content-Type': 'application/json' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      for (let i = 0; i < 17; i++) req.write('x'.repeat(64 * 1024));
      req.end();
    });
    expect(status).toBe(413);
  });
});

describe('paths and methods', () => {
  it('accepts every path with or without a trailing slash', async () => {
    const emu = emulator();
    const created = await call('POST', `${emu.url}/orders/`, { body: {} });
    expect(created.status).toBe(201);
    const cookie = created.headers.get('set-cookie')!.split(';')[0]!;
    const orderUrl = created.headers.get('location')!;
    expect(
      (await call('PUT', `${orderUrl}/account/`, { cookie, body: { currency: 'USD', language: 'en-US' } }))
        .status,
    ).toBe(204);
    const product = await call('POST', `${orderUrl}/account/products/`, {
      cookie,
      body: { offering: offering(emu, VPS, 'USD-1') },
    });
    expect(product.status).toBe(201);
    expect((await call('GET', `${product.headers.get('location')}/`, { cookie })).status).toBe(200);
    expect((await call('GET', `${orderUrl}/`, { cookie })).status).toBe(200);
    expect((await call('GET', `${emu.url}/productSpecifications/${VPS}/`)).status).toBe(200);
  });

  it('answers 405 with Allow for methods a resource does not support', async () => {
    const emu = emulator();
    const order = await openVpsOrder(emu);
    const listOrders = await call('GET', `${emu.url}/orders`);
    envelope(listOrders, 'methodNotAllowed', 405);
    expect(listOrders.headers.get('allow')).toBe('POST');
    const putOrder = await call('PUT', order.orderUrl, { cookie: order.cookie, body: {} });
    expect(putOrder.headers.get('allow')).toBe('GET, DELETE');
    envelope(
      await call('GET', under(order.orderUrl, 'action'), { cookie: order.cookie }),
      'methodNotAllowed',
      405,
    );
    envelope(await call('POST', `${emu.url}/productSpecifications`, { body: {} }), 'methodNotAllowed', 405);
    envelope(await call('GET', `${emu.url}/orders//x`), 'itemNotFound', 404);
  });

  it('records each request with its cookie, body, status, timings and owner', async () => {
    const emu = emulator();
    const order = await openVpsOrder(emu);
    await call('GET', `${order.orderUrl}?x=1`, { cookie: order.cookie });
    const last = emu.requests().at(-1)!;
    expect(last).toMatchObject({
      method: 'GET',
      path: `${new URL(order.orderUrl).pathname}?x=1`,
      status: 200,
      body: null,
      fault: null,
    });
    expect(last.headers.cookie).toBe(order.cookie);
    expect(last.owner).toBe(order.cookie.slice('OwnerId='.length));
    expect(last.finishedAt).toBeGreaterThanOrEqual(last.startedAt);
    const seqs = emu.requests().map((r) => r.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  });
});

describe('the /order shorthand', () => {
  it('resolves to the owner’s open order and creates one implicitly on a child PUT/POST', async () => {
    const emu = emulator();
    envelope(
      await call('GET', `${emu.url}/order`, { cookie: 'OwnerId=00000000-0000-4000-8000-000000000000' }),
      'itemNotFound',
      404,
    );
    const implicit = await call('POST', `${emu.url}/order/account/products`, {
      body: { offering: offering(emu, VPS, 'USD-1') },
    });
    expect(implicit.status).toBe(201);
    const cookie = implicit.headers.get('set-cookie')!.split(';')[0]!;
    const read = (await call('GET', `${emu.url}/order`, { cookie })).json();
    expect(read.order.Status).toBe('new');
    expect(read.links.alternate.href).toMatch(/\/orders\/[0-9a-f]{40}$/);
    expect(implicit.headers.get('location')).toMatch(
      new RegExp(`^${read.links.alternate.href}/account/products/[0-9a-f]{40}$`),
    );
  });
});

describe('paging', () => {
  it('redirects long lists to pages of 100 and pages with page and pageSize', async () => {
    const emu = emulator();
    const order = await openVpsOrder(emu);
    const services = under(order.productUrl, 'services');
    const body = {
      name: 'x',
      serviceSpecification: `${emu.url}/serviceSpecifications/core.vps.virtuozzo.ip`,
      billingCycle: 1,
      relatedTo: [order.serverUrl],
    };
    for (let i = 0; i < 100; i++)
      expect((await call('POST', services, { cookie: order.cookie, body })).status).toBe(201);

    const unpaged = await call('GET', services, { cookie: order.cookie });
    expect(unpaged.status).toBe(303);
    expect(unpaged.headers.get('location')).toBe(`${services}?page=1&pageSize=100`);
    const first = (await call('GET', unpaged.headers.get('location')!, { cookie: order.cookie })).json();
    expect(first.list).toHaveLength(100);
    expect(first.links.map((l: { rel: string }) => l.rel)).toEqual(['self', 'first', 'next', 'last']);
    const second = (await call('GET', `${services}?page=2&pageSize=100`, { cookie: order.cookie })).json();
    expect(second.list).toHaveLength(1);
    expect(second.links).toEqual([
      { href: `${services}?page=2&pageSize=100`, rel: 'self' },
      { href: `${services}?page=1&pageSize=100`, rel: 'previous' },
      { href: `${services}?page=1&pageSize=100`, rel: 'first' },
      { href: `${services}?page=2&pageSize=100`, rel: 'last' },
    ]);
    const tooBig = await call('GET', `${services}?page=1&pageSize=500`, { cookie: order.cookie });
    expect([tooBig.status, tooBig.headers.get('location')]).toEqual([303, `${services}?page=1&pageSize=400`]);
    envelope(await call('GET', `${services}?page=0`, { cookie: order.cookie }), 'badRequest', 400);
    const catalogPage = (await call('GET', `${emu.url}/serviceSpecifications?pageSize=5`)).json();
    expect(catalogPage.list).toHaveLength(5);
  });
});
