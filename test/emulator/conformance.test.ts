import { describe, expect, it } from 'vitest';
import {
  ADDONS,
  call,
  escapeRegExp,
  HEX40,
  JSON_TYPE,
  SERVER,
  UUID,
  under,
  useEmulator,
  VPS,
} from '../helpers/emulator.js';

/**
 * Replays the whole request sequence of the seed page (Order-vps-virtuozzo) with Node's fetch,
 * with the seed's headers (including the docs' literal `Cookie: OwnerId=...; Path=/`) and bodies,
 * the host swapped for the emulator and the ids for the Locations it returned.
 */
describe.each([{ trailingSlash: false }, { trailingSlash: true }])(
  'seed flow (trailingSlash: $trailingSlash)',
  ({ trailingSlash }) => {
    const emulator = useEmulator({ trailingSlash });
    const slash = trailingSlash ? '/' : '';

    it('answers every documented step with the documented status, headers and body', async () => {
      const emu = emulator();
      const base = emu.url;
      expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

      // Create a new order.
      const created = await call('POST', `${base}/orders`, { body: {} });
      expect(created.status).toBe(201);
      expect(created.headers.get('content-type')).toBe(JSON_TYPE);
      const setCookie = created.headers.get('set-cookie')!;
      expect(setCookie).toMatch(/^OwnerId=[0-9a-f-]{36}; Path=\/$/);
      const owner = setCookie.slice('OwnerId='.length, setCookie.indexOf(';'));
      expect(owner).toMatch(UUID);
      const body = created.json();
      expect(body.orderId).toMatch(HEX40);
      const orderUrl = created.headers.get('location')!;
      expect(orderUrl).toBe(`${base}/orders/${body.orderId}${slash}`);
      expect(body).toEqual({
        orderId: body.orderId,
        links: [
          { href: `${base}/orders/`, rel: 'self' },
          { href: orderUrl, rel: 'item' },
        ],
      });
      const cookie = `OwnerId=${owner}; Path=/`;

      // Add an existing account, then a new one (the seed shows both request forms).
      const existing = await call('PUT', under(orderUrl, 'account'), {
        cookie,
        body: { accountNumber: 'acct123456' },
      });
      expect([existing.status, existing.text]).toEqual([204, '']);
      const account = await call('PUT', under(orderUrl, 'account'), {
        cookie,
        body: { currency: 'USD', language: 'en-US' },
      });
      expect([account.status, account.text]).toEqual([204, '']);

      // Add the VPS Virtuozzo product.
      const product = await call('POST', under(orderUrl, 'account/products'), {
        cookie,
        body: { offering: `${base}/productSpecifications/${VPS}/offerings/USD-1` },
      });
      expect(product.status).toBe(201);
      expect(product.headers.get('content-type')).toBe(JSON_TYPE);
      const productUrl = product.headers.get('location')!;
      expect(productUrl).toMatch(
        new RegExp(`^${escapeRegExp(under(orderUrl, 'account/products/'))}[0-9a-f]{40}${slash}$`),
      );

      // The server service first, then each add-on relatedTo it.
      const servicesUrl = under(productUrl, 'services');
      const server = await call('POST', servicesUrl, {
        cookie,
        body: {
          name: 'VPS Virtuozzo Test',
          serviceSpecification: `${base}/serviceSpecifications/${SERVER}`,
          billingCycle: 1,
        },
      });
      expect(server.status).toBe(201);
      expect(server.headers.get('content-type')).toBe(JSON_TYPE);
      const serverUrl = server.headers.get('location')!;
      const serviceUrlPattern = new RegExp(`^${escapeRegExp(`${servicesUrl}/`)}[0-9a-f]{40}${slash}$`);
      expect(serverUrl).toMatch(serviceUrlPattern);

      const addonUrls: string[] = [];
      for (const addon of ADDONS) {
        const answer = await call('POST', servicesUrl, {
          cookie,
          body: {
            name: 'VPS Virtuozzo Test',
            serviceSpecification: `${base}/serviceSpecifications/${addon}`,
            billingCycle: 1,
            relatedTo: [serverUrl],
          },
        });
        expect(answer.status, addon).toBe(201);
        expect(answer.headers.get('content-type')).toBe(JSON_TYPE);
        expect(answer.headers.get('location')).toMatch(serviceUrlPattern);
        addonUrls.push(answer.headers.get('location')!);
      }
      expect(new Set([serverUrl, ...addonUrls]).size).toBe(7);

      // The listings show what was created, with the documented fields.
      const list = await call('GET', servicesUrl, { cookie });
      expect(list.status).toBe(200);
      const listed = list.json();
      expect(listed.links).toEqual([{ href: `${servicesUrl}${slash}`, rel: 'self' }]);
      expect(listed.list).toHaveLength(7);
      expect(listed.list[0]).toEqual({
        status: 'new',
        name: 'VPS Virtuozzo Test',
        links: [{ href: serverUrl, rel: 'self' }],
        relatedTo: [],
        serviceSpecification: `${base}/serviceSpecifications/${SERVER}${slash}`,
        billingCycle: 1,
        attributes: { href: `${under(serverUrl, 'attributes')}${slash}`, rel: 'attributes' },
      });
      for (const item of listed.list.slice(1)) expect(item.relatedTo).toEqual([serverUrl]);

      const order = await call('GET', orderUrl, { cookie });
      expect(order.json()).toEqual({
        order: { Status: 'new', Account: `${under(orderUrl, 'account')}${slash}` },
        links: { self: { href: `${base}/orders/${body.orderId}/`, rel: 'self' } },
      });

      // Submit the order.
      const submit = await call('POST', under(orderUrl, 'action'), { cookie, body: { action: 'submit' } });
      expect([submit.status, submit.text]).toEqual([202, '']);
      const after = await call('GET', orderUrl, { cookie });
      expect(after.json().order.Status).toBe('Processing');

      // What the emulator recorded and holds.
      const recorded = emu.requests();
      expect(recorded.map((r) => `${r.method} ${r.status}`)).toEqual([
        'POST 201',
        'PUT 204',
        'PUT 204',
        'POST 201',
        ...Array(7).fill('POST 201'),
        'GET 200',
        'GET 200',
        'POST 202',
        'GET 200',
      ]);
      expect(recorded[0]!.owner).toBeNull();
      for (const r of recorded.slice(1)) {
        expect(r.owner).toBe(owner);
        expect(r.headers.cookie).toBe(cookie);
      }
      expect(recorded[1]!.body).toEqual({ accountNumber: 'acct123456' });
      expect(recorded[0]!.responseHeaders).toEqual({ location: orderUrl, 'set-cookie': setCookie });

      const [state] = emu.state().orders.filter((o) => o.id === body.orderId);
      expect(state).toMatchObject({
        status: 'Processing',
        owner,
        account: { kind: 'new', currency: 'USD', language: 'en-US' },
      });
      expect(state!.products).toHaveLength(1);
      const services = state!.products[0]!.services;
      expect(services.map((s) => s.serviceSpecification)).toEqual([SERVER, ...ADDONS]);
      const serverId = services[0]!.id;
      for (const s of services.slice(1)) expect(s.relatedToIds).toEqual([serverId]);

      // The owner may open a new order now, keeping its OwnerId.
      const next = await call('POST', `${base}/orders`, { cookie, body: {} });
      expect(next.status).toBe(201);
      expect(next.headers.get('set-cookie')).toBe(`OwnerId=${owner}; Path=/`);
    });
  },
);
