import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../src/api/client.js';
import { addProduct, addService, createOrder, setAccount, submitOrder } from '../../src/api/operations.js';
import { type SettleInput, settleInDoubtStep } from '../../src/apply/settle.js';
import { type Emulator, startEmulator } from '../../src/emulator/index.js';
import { ConflictError } from '../../src/errors.js';
import type { PlanStep } from '../../src/plan/types.js';

/** Settling against the real emulator: resources are made with the same operations apply uses. */
let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});
afterAll(async () => {
  await emulator.close();
});

async function orderWithServer() {
  const endpoint = emulator.url;
  const client = createHttpClient({ timeoutMs: 5000, maxBodyBytes: 1e6 });
  const at = (step: string, url: string, body: object = {}) => ({ step, url, body: body as never, endpoint });
  const order = (await createOrder(client, at('order', `${endpoint}/orders`))).location;
  await setAccount(client, at('account', `${order}/account`, { currency: 'USD', language: 'en-US' }));
  const offering = `${endpoint}/productSpecifications/core.plan.vps.virtuozzo.u101/offerings/USD-1`;
  const products = `${order}/account/products`;
  const product = (await addProduct(client, at('product', products, { offering }))).location;
  const services = `${product.replace(/\/$/, '')}/services`;
  const server = {
    name: 'VPS',
    serviceSpecification: `${endpoint}/serviceSpecifications/core.vps.virtuozzo.server.u100`,
    billingCycle: 1,
  };
  const serverUrl = (await addService(client, at('server', services, server))).location;
  const ip = {
    name: 'VPS',
    serviceSpecification: `${endpoint}/serviceSpecifications/core.vps.virtuozzo.ip`,
    billingCycle: 1,
    relatedTo: [serverUrl],
  };
  return { client, endpoint, order, products, product, services, serverUrl, offering, ip, at };
}

const step = (kind: PlanStep['kind'], id: string = kind): PlanStep => ({
  id,
  kind,
  method: 'POST',
  url: '',
  body: {},
  dependsOn: [],
  label: id,
  fingerprint: `fp-${id}`,
});

describe('settleInDoubtStep', () => {
  it('adopts the service that matches the body, and reports a missing one as absent', async () => {
    const o = await orderWithServer();
    const input: SettleInput = {
      step: step('add-service', 'service:ip'),
      url: o.services,
      body: o.ip,
      endpoint: o.endpoint,
      orderUrl: o.order,
      claimed: new Set(),
      expected: 1,
    };
    expect(await settleInDoubtStep(o.client, input)).toEqual({ kind: 'absent' });
    const created = (await addService(o.client, o.at('ip', o.services, o.ip))).location;
    expect(await settleInDoubtStep(o.client, input)).toEqual({ kind: 'found', location: created });
    // A resource another step already owns is never adopted twice.
    expect(
      await settleInDoubtStep(o.client, { ...input, claimed: new Set([created.toLowerCase()]) }),
    ).toEqual({
      kind: 'absent',
    });
  });

  it('refuses to guess between two equally matching services (exit 5)', async () => {
    const o = await orderWithServer();
    await addService(o.client, o.at('ip', o.services, o.ip));
    await addService(o.client, o.at('ip', o.services, o.ip));
    const input: SettleInput = {
      step: step('add-service', 'service:ip'),
      url: o.services,
      body: o.ip,
      endpoint: o.endpoint,
      orderUrl: o.order,
      claimed: new Set(),
      expected: 1,
    };
    const error = await settleInDoubtStep(o.client, input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toContain('2 matching resources exist where at most 1 could be ours');
    // Two identical in-doubt siblings may own two identical resources.
    expect((await settleInDoubtStep(o.client, { ...input, expected: 2 })).kind).toBe('found');
  });

  it('finds the product by offering, and treats a vanished collection as a conflict', async () => {
    const o = await orderWithServer();
    const input: SettleInput = {
      step: step('add-product', 'product:vps'),
      url: o.products,
      body: { offering: o.offering },
      endpoint: o.endpoint,
      orderUrl: o.order,
      claimed: new Set(),
      expected: 1,
    };
    expect(await settleInDoubtStep(o.client, input)).toEqual({ kind: 'found', location: o.product });
    const gone = { ...input, url: `${o.endpoint}/orders/${'0'.repeat(40)}/account/products` };
    const error = await settleInDoubtStep(o.client, gone).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
  });

  it('reads the order status for an in-doubt submit', async () => {
    const o = await orderWithServer();
    await addService(o.client, o.at('ip', o.services, o.ip));
    const input: SettleInput = {
      step: step('submit'),
      url: `${o.order}/action`,
      body: { action: 'submit' },
      endpoint: o.endpoint,
      orderUrl: o.order,
      claimed: new Set(),
      expected: 1,
    };
    expect(await settleInDoubtStep(o.client, input)).toEqual({ kind: 'absent' });
    await submitOrder(o.client, o.at('submit', `${o.order}/action`, { action: 'submit' }));
    expect(await settleInDoubtStep(o.client, input)).toEqual({ kind: 'found', location: undefined });
  });

  it('reads every page of a long list', async () => {
    const o = await orderWithServer();
    const named = (i: number) => ({ ...o.ip, name: `vps-${i}` });
    for (let i = 0; i < 405; i += 1) await addService(o.client, o.at('ip', o.services, named(i)));
    const input: SettleInput = {
      step: step('add-service', 'service:last'),
      url: o.services,
      body: named(404),
      endpoint: o.endpoint,
      orderUrl: o.order,
      claimed: new Set(),
      expected: 1,
    };
    const verdict = await settleInDoubtStep(o.client, input);
    expect(verdict.kind).toBe('found');
    const path = new URL(o.services).pathname;
    const pages = emulator.requests().filter((r) => r.method === 'GET' && r.path.startsWith(`${path}?`));
    expect(pages.map((r) => new URL(r.path, o.endpoint).searchParams.get('page'))).toEqual(['1', '2']);
  });
});
