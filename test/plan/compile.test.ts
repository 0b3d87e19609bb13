import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import type { OrderManifest } from '../../src/manifest/types.js';
import { compilePlan } from '../../src/plan/compile.js';
import { resolveBody, resolveTemplate } from '../../src/plan/template.js';
import type { OrderPlan } from '../../src/plan/types.js';
import type { JsonValue } from '../../src/shared/json-value.js';
import { loadedManifest, seedManifest } from '../helpers/plan.js';
import { SEED_ADDONS } from '../helpers/seed.js';

interface SeedRequest {
  method: string;
  path: string;
  body: JsonValue;
  status: number;
  location: string | null;
}
const seed = JSON.parse(
  readFileSync(new URL('../fixtures/seed/vps-virtuozzo-requests.json', import.meta.url), 'utf8'),
) as {
  endpoint: string;
  requests: SeedRequest[];
  existingAccountRequest: SeedRequest;
};

const fixedClock = () => new Date('2026-01-01T00:00:00Z');

function compileOne(manifest: OrderManifest, endpoint: string | null = seed.endpoint): OrderPlan {
  const plan = compilePlan([loadedManifest(manifest)], { endpoint, now: fixedClock });
  return plan.orders[0]!;
}

/** Walks the steps in plan order, answering each with the seed page's Location, and returns the resolved requests. */
function replay(order: OrderPlan, locations: readonly (string | null)[]) {
  const known = new Map<string, string>();
  const done = new Set<string>();
  return order.steps.map((step, i) => {
    for (const dependency of step.dependsOn)
      expect(done.has(dependency), `${step.id} after ${dependency}`).toBe(true);
    const values = {
      endpoint: seed.endpoint,
      location: (id: string) => known.get(id),
      hash: (id: string) => (id === 'quote' ? 'QUOTE-HASH' : undefined),
    };
    const request = {
      method: step.method,
      url: resolveTemplate(step.url, values),
      body: resolveBody(step.body, values),
    };
    const location = locations[i];
    if (step.creates && location) known.set(step.id, location);
    done.add(step.id);
    return request;
  });
}

describe('compilePlan', () => {
  it('produces exactly the seed page requests, in the seed page order', () => {
    const order = compileOne(seedManifest());
    const requests = replay(
      order,
      seed.requests.map((r) => r.location),
    );
    expect(requests).toEqual(
      seed.requests.map((r) => ({ method: r.method, url: `${seed.endpoint}${r.path}`, body: r.body })),
    );
  });

  it('sends the existing-account body when the manifest names an account number', () => {
    const manifest = seedManifest();
    manifest.spec.account = { number: 'acct123456' };
    const account = compileOne(manifest).steps.find((step) => step.id === 'account')!;
    expect(account.body).toEqual(seed.existingAccountRequest.body);
  });

  it('joins Locations with a trailing slash without doubling it', () => {
    const order = compileOne(seedManifest());
    const slashed = seed.requests.map((r) => (r.location ? `${r.location}/` : null));
    const requests = replay(order, slashed);
    for (const request of requests) expect(request.url).not.toMatch(/[^:]\/\//);
    const server = slashed[3]!;
    expect(requests[4]!.body).toMatchObject({ relatedTo: [server] });
  });

  it('shows values that exist only after apply as references to earlier steps', () => {
    const order = compileOne(seedManifest());
    const ip = order.steps.find((step) => step.label.includes('core.vps.virtuozzo.ip'))!;
    expect(ip.url).toBe('{steps.product:vps.location}/services');
    expect(ip.body).toMatchObject({ relatedTo: ['{steps.service:server.location}'] });
    expect(ip.dependsOn).toEqual(['product:vps', 'service:server']);
    expect(JSON.stringify(order.steps)).not.toMatch(/"relatedTo":\[""\]|"url":""/);
  });

  it('lets the account PUT depend on the order alone, products on the order, submit on everything', () => {
    const order = compileOne(seedManifest());
    const byId = new Map(order.steps.map((step) => [step.id, step]));
    expect(byId.get('account')!.dependsOn).toEqual(['order']);
    expect(byId.get('product:vps')!.dependsOn).toEqual(['order']);
    expect(byId.get('submit')!.dependsOn.sort()).toEqual(
      order.steps
        .filter((s) => s.id !== 'submit')
        .map((s) => s.id)
        .sort(),
    );
    // order, product, server, add-ons, then the quote, validate and submit.
    expect(order.criticalPath).toBe(7);
    expect(byId.get('quote')!.dependsOn).not.toContain('submit');
    expect(byId.get('validate')!.dependsOn).toEqual(['order', 'quote']);
  });

  it('keeps {endpoint} placeholders when no endpoint is known', () => {
    const plan = compilePlan([loadedManifest(seedManifest())], { endpoint: null, now: fixedClock });
    expect(plan.endpoint).toBeNull();
    expect(plan.orders[0]!.steps[0]!.url).toBe('{endpoint}/orders');
    expect(plan.orders[0]!.steps[2]!.body).toEqual({
      offering: '{endpoint}/productSpecifications/core.plan.vps.virtuozzo.u101/offerings/USD-1',
    });
  });

  it('inherits name and billing cycle, and passes optional fields through', () => {
    const manifest = seedManifest();
    const server = manifest.spec.products[0].services![0]!;
    server.billingCycle = 12;
    server.services = [
      {
        serviceSpecification: 'core.vps.virtuozzo.ip',
        quantity: 2,
        promoCode: 'SPRING',
        attributes: { note: 'x' },
      },
      { serviceSpecification: 'core.vps.virtuozzo.powerpack', name: 'Own name', billingCycle: 1 },
    ];
    const steps = compileOne(manifest).steps.filter((step) => step.kind === 'add-service');
    expect(steps[1]!.body).toEqual({
      name: 'VPS Virtuozzo Test',
      serviceSpecification: `${seed.endpoint}/serviceSpecifications/core.vps.virtuozzo.ip`,
      billingCycle: 12,
      relatedTo: ['{steps.service:server.location}'],
      quantity: 2,
      promoCode: 'SPRING',
      attributes: { note: 'x' },
    });
    expect(steps[2]!.body).toMatchObject({ name: 'Own name', billingCycle: 1 });
  });

  it('adds relatedTo ids after the parent and orders a service after one declared later', () => {
    const manifest = seedManifest();
    const server = manifest.spec.products[0].services![0]!;
    server.services = [
      { serviceSpecification: 'core.vps.virtuozzo.powerpack', relatedTo: ['ip'] },
      { id: 'ip', serviceSpecification: 'core.vps.virtuozzo.ip' },
    ];
    const order = compileOne(manifest);
    const ids = order.steps.map((step) => step.id);
    expect(ids.indexOf('service:ip')).toBeLessThan(ids.indexOf('service:vps/0/0'));
    const powerpack = order.steps.find((step) => step.id === 'service:vps/0/0')!;
    expect(powerpack.body).toMatchObject({
      relatedTo: ['{steps.service:server.location}', '{steps.service:ip.location}'],
    });
  });

  it('creates the Virtuozzo server before every other service of a VPS product', () => {
    const manifest = seedManifest();
    manifest.spec.products[0].services!.unshift({
      name: 'Backup',
      serviceSpecification: 'core.backup.basic',
    });
    const order = compileOne(manifest);
    const backup = order.steps.find((step) => step.label.includes('core.backup.basic'))!;
    expect(backup.dependsOn).toContain('service:server');
    const ids = order.steps.map((step) => step.id);
    expect(ids.indexOf('service:server')).toBeLessThan(ids.indexOf(backup.id));
  });

  it('gives positional step ids to entries without an id, stable across runs', () => {
    const manifest = seedManifest();
    delete manifest.spec.products[0].id;
    delete manifest.spec.products[0].services![0]!.id;
    const first = compileOne(manifest);
    const second = compileOne(structuredClone(manifest));
    expect(first.steps.map((s) => s.id)).toEqual(second.steps.map((s) => s.id));
    expect(first.steps.map((s) => s.fingerprint)).toEqual(second.steps.map((s) => s.fingerprint));
    expect(first.steps.map((s) => s.id)).toContain('service:0/0/5');
    expect(new Set(first.steps.map((s) => s.id)).size).toBe(first.steps.length);
  });

  it('changes a step fingerprint when what it sends changes', () => {
    const a = compileOne(seedManifest()).steps;
    const manifest = seedManifest();
    manifest.spec.products[0].services![0]!.billingCycle = 12;
    const b = compileOne(manifest).steps;
    expect(a.find((s) => s.id === 'service:server')!.fingerprint).not.toBe(
      b.find((s) => s.id === 'service:server')!.fingerprint,
    );
    expect(a.find((s) => s.id === 'account')!.fingerprint).toBe(
      b.find((s) => s.id === 'account')!.fingerprint,
    );
  });

  it('reports requests that wait on each other as an input error naming them', () => {
    const manifest = seedManifest();
    const services = manifest.spec.products[0].services!;
    services[0]!.relatedTo = ['backup'];
    services.push({ id: 'backup', name: 'Backup', serviceSpecification: 'core.backup.basic' });
    expect(() => compileOne(manifest)).toThrow(InputError);
    try {
      compileOne(manifest);
    } catch (error) {
      expect((error as InputError).issues[0]!.message).toMatch(
        /service:server -> service:backup -> service:server|service:backup -> service:server -> service:backup/,
      );
    }
  });

  it('compiles several orders side by side and keeps each one self-contained', () => {
    const plan = compilePlan(
      [loadedManifest(seedManifest('a')), loadedManifest(seedManifest('b'), 'other.yaml')],
      {
        endpoint: seed.endpoint,
        now: fixedClock,
      },
    );
    expect(plan.orders.map((o) => o.name)).toEqual(['a', 'b']);
    expect(plan.orders[1]!.source.file).toBe('other.yaml');
    expect(plan.createdAt).toBe('2026-01-01T00:00:00.000Z');
    expect(SEED_ADDONS).toHaveLength(6);
  });
});
