import { describe, expect, it } from 'vitest';
import { startEmulator } from '../../src/emulator/index.js';
import { ADDONS, call, envelope, openVpsOrder, spec, under, useEmulator } from '../helpers/emulator.js';

const emulator = useEmulator();
const requireContact = useEmulator({ requireContact: true });

const CONTACT = {
  name: { firstName: 'Ada', lastName: 'Lovelace' },
  address: { street1: '1 Main St', countryCode: 'US' },
  contactMedia: { email1: 'ada@example.com' },
};
const CARD = {
  paymentInfoType: 'credit_card',
  accountNumber: '4111222233334444',
  verificationNumber: '123',
  cardHolderName: 'Ada Lovelace',
  creditCardType: 'visa',
  expirationDate: '2029-12',
};

describe('account user, contacts, payment and attributes', () => {
  it('takes each documented PUT with 204 and reads it back without the secrets', async () => {
    const order = await openVpsOrder(emulator());
    const put = (path: string, body: unknown) =>
      call('PUT', under(order.orderUrl, path), { cookie: order.cookie, body });
    expect((await put('attributes', [{ name: 'AffiliateId', value: 'p-42' }])).status).toBe(204);
    expect((await put('account/attributes', [{ name: 'partner_account_id', value: 'b-7' }])).status).toBe(
      204,
    );
    expect((await put('account/user', { userName: 'ops@example.com', password: 'Secret123' })).status).toBe(
      204,
    );
    for (const type of ['regular', 'billing', 'administrator', 'technical'])
      expect((await put(`account/contactInfo/${type}`, CONTACT)).status).toBe(204);
    expect((await put('account/paymentInfo', CARD)).status).toBe(204);

    const get = async (path: string) =>
      (await call('GET', under(order.orderUrl, path), { cookie: order.cookie })).json();
    expect(await get('attributes')).toEqual([{ name: 'AffiliateId', value: 'p-42' }]);
    expect(await get('account/user')).toEqual({ userName: 'ops@example.com' });
    expect(await get('account/contactInfo/billing')).toEqual(CONTACT);
    const payment = await get('account/paymentInfo');
    expect(payment.accountNumber).toBe('************4444');
    expect(JSON.stringify(payment)).not.toContain('123"');
    expect(Object.keys(await get('account/contactInfo')).sort()).toEqual([
      'administrator',
      'billing',
      'regular',
      'technical',
    ]);
  });

  it('refuses bodies outside the documented limits with 400, never echoing a password', async () => {
    const order = await openVpsOrder(emulator());
    const put = (path: string, body: unknown) =>
      call('PUT', under(order.orderUrl, path), { cookie: order.cookie, body });
    const password = await put('account/user', { userName: 'ops', password: 'nodigits-here' });
    expect(envelope(password, 'badRequest', 400).details).toMatch(/a letter and a digit/);
    expect(password.text).not.toContain('nodigits-here');
    envelope(await put('account/user', { userName: 'a b', password: 'Secret123' }), 'badRequest', 400);
    envelope(await put('attributes', [{ name: 'A', value: 'x'.repeat(201) }]), 'badRequest', 400);
    expect((await put('attributes', [{ name: 'A', value: 'x'.repeat(200) }])).status).toBe(204);
    envelope(await put('account/attributes', [{ name: 'a', value: 'x'.repeat(101) }]), 'badRequest', 400);
    envelope(
      await put('account/contactInfo/regular', { ...CONTACT, address: { city: 'x' } }),
      'badRequest',
      400,
    );
    envelope(await put('account/contactInfo/other', CONTACT), 'itemNotFound', 404);
    envelope(await put('account/paymentInfo', { ...CARD, expirationDate: '12/2029' }), 'badRequest', 400);
    envelope(await put('account/paymentInfo', { paymentInfoType: 'offline' }), 'forbidden', 403);
  });

  it('takes and removes promotion codes on products and services', async () => {
    const order = await openVpsOrder(emulator());
    const opts = { cookie: order.cookie, body: { promoCode: 'SPRING' } };
    expect((await call('PUT', under(order.productUrl, 'promotion'), opts)).status).toBe(204);
    expect((await call('PUT', under(order.serverUrl, 'promotion'), opts)).status).toBe(204);
    const orderId = order.orderUrl.split('/').pop();
    const promotions = () =>
      emulator()
        .state()
        .orders.find((o) => o.id === orderId)?.whole.promotions;
    expect(Object.values(promotions() ?? {})).toEqual(['SPRING', 'SPRING']);
    expect((await call('DELETE', under(order.serverUrl, 'promotion'), { cookie: order.cookie })).status).toBe(
      204,
    );
    envelope(
      await call('PUT', under(order.productUrl, 'promotion'), { cookie: order.cookie, body: {} }),
      'badRequest',
      400,
    );
  });
});

describe('service attributes against the specification', () => {
  it('answers OPTIONS with Allow and type hints, and checks PUT against them', async () => {
    const order = await openVpsOrder(emulator());
    const attributes = under(order.serverUrl, 'attributes');
    const options = await call('OPTIONS', attributes, { cookie: order.cookie });
    expect(options.status).toBe(200);
    expect(options.headers.get('allow')).toBe('GET, PUT, OPTIONS');
    expect(options.json()).toEqual({ hostname: 'String', osTemplate: 'String' });
    expect((await call('GET', attributes, { cookie: order.cookie })).json()).toEqual({});
    expect(
      (await call('PUT', attributes, { cookie: order.cookie, body: { hostname: 'web01' } })).status,
    ).toBe(204);
    expect((await call('GET', attributes, { cookie: order.cookie })).json()).toEqual({ hostname: 'web01' });
    envelope(
      await call('PUT', attributes, { cookie: order.cookie, body: { colour: 'red' } }),
      'badRequest',
      400,
    );
    envelope(
      await call('PUT', attributes, { cookie: order.cookie, body: { hostname: 1 } }),
      'badRequest',
      400,
    );

    const ip = await call('POST', under(order.productUrl, 'services'), {
      cookie: order.cookie,
      body: {
        name: 'x',
        serviceSpecification: spec(emulator(), ADDONS[4]!),
        billingCycle: 1,
        relatedTo: [order.serverUrl],
      },
    });
    const none = await call('OPTIONS', under(ip.headers.get('location')!, 'attributes'), {
      cookie: order.cookie,
    });
    expect(none.headers.get('allow')).toBe('OPTIONS');
    expect(none.json()).toEqual({});
  });

  it('accepts associatedTo only to services of the same product', async () => {
    const order = await openVpsOrder(emulator());
    const ok = await call('POST', under(order.productUrl, 'services'), {
      cookie: order.cookie,
      body: {
        name: 'x',
        serviceSpecification: spec(emulator(), ADDONS[4]!),
        billingCycle: 1,
        relatedTo: [order.serverUrl],
        associatedTo: [order.serverUrl],
      },
    });
    expect(ok.status).toBe(201);
    const second = await call('POST', under(order.orderUrl, 'account/products'), {
      cookie: order.cookie,
      body: {
        offering: `${emulator().url}/productSpecifications/core.plan.vps.virtuozzo.u101/offerings/USD-1`,
      },
    });
    const server2 = await call('POST', under(second.headers.get('location')!, 'services'), {
      cookie: order.cookie,
      body: {
        name: 'y',
        serviceSpecification: spec(emulator(), 'core.vps.virtuozzo.server.u100'),
        billingCycle: 1,
      },
    });
    const across = await call('PUT', server2.headers.get('location')!, {
      cookie: order.cookie,
      body: { name: 'y', billingCycle: 1, associatedTo: [order.serverUrl] },
    });
    expect(envelope(across, 'badRequest', 400).details).toMatch(/associatedTo must name services of product/);
  });
});

describe('franchise settings', () => {
  it('with requireContact, validate names each missing contact and payment until they are set', async () => {
    const order = await openVpsOrder(requireContact());
    for (const addon of ADDONS) {
      await call('POST', under(order.productUrl, 'services'), {
        cookie: order.cookie,
        body: {
          name: 'x',
          serviceSpecification: spec(requireContact(), addon),
          billingCycle: 1,
          relatedTo: [order.serverUrl],
        },
      });
    }
    const validate = () =>
      call('POST', under(order.orderUrl, 'action'), { cookie: order.cookie, body: { action: 'validate' } });
    const refused = envelope(await validate(), 'badRequest', 400);
    expect(refused.details.split('\n')).toEqual([
      'Contact info type regular is not set',
      'Contact info type billing is not set',
      'Payment info is not set',
    ]);
    const put = (path: string, body: unknown) =>
      call('PUT', under(order.orderUrl, path), { cookie: order.cookie, body });
    await put('account/contactInfo/regular', CONTACT);
    await put('account/contactInfo/billing', CONTACT);
    expect(envelope(await validate(), 'badRequest', 400).details).toBe('Payment info is not set');
    await put('account/paymentInfo', CARD);
    expect((await validate()).status).toBe(204);
  });

  it('can accept any currency and changes after submit when configured', async () => {
    const emu = await startEmulator({ port: 0, franchiseLists: false, readOnlyAfterSubmit: false });
    try {
      const created = await call('POST', `${emu.url}/orders`, { body: {} });
      const cookie = created.headers.get('set-cookie')!.split(';')[0]!;
      const account = await call('PUT', under(created.headers.get('location')!, 'account'), {
        cookie,
        body: { currency: 'GBP', language: 'cy-GB' },
      });
      expect(account.status).toBe(204);
    } finally {
      await emu.close();
    }
  });
});
