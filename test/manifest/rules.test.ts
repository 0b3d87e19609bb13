import { describe, expect, it } from 'vitest';
import { checkManifestRules } from '../../src/manifest/rules.js';
import type { OrderManifest, Product, Service, TopService } from '../../src/manifest/types.js';

const at = () => ({ line: 7, column: 3 });

function order(
  products: Product[],
  account: OrderManifest['spec']['account'] = { number: 'a1' },
): OrderManifest {
  return {
    apiVersion: 'orderform/v1',
    kind: 'Order',
    metadata: { name: 'o' },
    spec: { account, products: products as [Product, ...Product[]] },
  };
}

const VPS = 'core.plan.vps.virtuozzo.u101/offerings/USD-1';

function server(services: Service[] = [], extra: Partial<TopService> = {}): TopService {
  return {
    id: 'server',
    name: 'S',
    serviceSpecification: 'core.vps.virtuozzo.server.u100',
    services,
    ...extra,
  };
}

function check(products: Product[], options = {}) {
  return checkManifestRules(order(products), options, at).map((f) => ({
    path: f.path.join('.'),
    message: f.message,
  }));
}

describe('ids', () => {
  it('are unique across products and services', () => {
    expect(
      check([
        {
          id: 'x',
          offering: VPS,
          services: [server([{ id: 'x', serviceSpecification: 'core.vps.virtuozzo.ip' }])],
        },
      ]),
    ).toEqual([
      {
        path: 'spec.products.0.services.0.services.0.id',
        message: "duplicate id 'x': spec.products[0] (line 7) already uses it",
      },
    ]);
  });

  it('may be absent', () => {
    const anonymous: TopService = {
      name: 'S',
      serviceSpecification: 'core.vps.virtuozzo.server.u100',
      services: [{ serviceSpecification: 'core.vps.virtuozzo.ip' }],
    };
    expect(check([{ offering: VPS, services: [anonymous, { ...anonymous }] }])).toEqual([]);
  });
});

describe('relatedTo', () => {
  const addon = (id: string, relatedTo: string[]): Service => ({
    id,
    serviceSpecification: 'core.vps.virtuozzo.ip',
    relatedTo,
  });

  it('must name a service of the same order', () => {
    const messages = check([
      { id: 'vps', offering: VPS, services: [server([addon('ip', ['vps', 'ipp', 'ip', 'server'])])] },
    ]).map((f) => f.message);
    expect(messages).toEqual([
      "relatedTo 'vps' names a product; relatedTo must name a service",
      "relatedTo 'ipp' names no service in this order (did you mean 'ip'?)",
      "a service cannot be relatedTo itself ('ip')",
      "relatedTo 'server' is redundant: it is this service's parent, which it is related to already",
    ]);
  });

  it('may name a service of another product', () => {
    const second: Product = {
      id: 'db',
      offering: VPS,
      services: [server([], { id: 'db-server', relatedTo: ['server'] })],
    };
    expect(check([{ offering: VPS, services: [server()] }, second])).toEqual([]);
  });

  it('refuses cycles, naming every service on them', () => {
    const findings = check([
      { offering: VPS, services: [server([addon('a', ['b']), addon('b', ['c']), addon('c', ['a'])])] },
    ]);
    expect(findings).toEqual([
      {
        path: 'spec.products.0.services.0.services.0.relatedTo.0',
        message: 'relatedTo cycle: a -> b -> c -> a',
      },
    ]);
  });

  it('refuses cycles through parent links, and names unnamed services by path', () => {
    const deep: Service = { serviceSpecification: 'core.vps.virtuozzo.ip', services: [addon('leaf', [])] };
    const findings = check([{ offering: VPS, services: [server([deep], { relatedTo: ['leaf'] })] }]);
    expect(findings.map((f) => f.message)).toEqual([
      'relatedTo cycle: server -> leaf -> spec.products[0].services[0].services[0] -> server ' +
        '(leaf sits under spec.products[0].services[0].services[0]; spec.products[0].services[0].services[0] sits under server)',
    ]);
  });

  it('reports one cycle once', () => {
    const findings = check([{ offering: VPS, services: [server([addon('a', ['b']), addon('b', ['a'])])] }]);
    expect(findings.map((f) => f.message)).toEqual(['relatedTo cycle: a -> b -> a']);
  });

  it('handles long chains without recursion limits', () => {
    const services: Service[] = Array.from({ length: 20_000 }, (_, i) =>
      addon(`s${i}`, i > 0 ? [`s${i - 1}`] : []),
    );
    expect(check([{ offering: VPS, services: [server(services)] }])).toEqual([]);
  });
});

describe('the VPS Virtuozzo tree', () => {
  it('wants add-ons under a server', () => {
    const loose: TopService = { name: 'IP', serviceSpecification: 'core.vps.virtuozzo.ip' };
    expect(check([{ offering: VPS, services: [server(), loose] }])).toEqual([
      {
        path: 'spec.products.0.services.1.serviceSpecification',
        message:
          'core.vps.virtuozzo.ip must sit under a core.vps.virtuozzo.server.* service: the API adds VPS Virtuozzo add-ons only as children of a server',
      },
    ]);
  });

  it('accepts add-ons deeper under a server', () => {
    const mid: Service = {
      serviceSpecification: 'core.vps.virtuozzo.ip',
      services: [{ serviceSpecification: 'core.vps.virtuozzo.powerpack' }],
    };
    expect(check([{ offering: VPS, services: [server([mid])] }])).toEqual([]);
  });

  it('wants servers directly under the product', () => {
    const nested: Service = { serviceSpecification: 'core.vps.virtuozzo.server.u200' };
    expect(check([{ offering: VPS, services: [server([nested])] }]).map((f) => f.message)).toEqual([
      'the server service core.vps.virtuozzo.server.u200 must sit directly under the product, not under server',
    ]);
  });

  it('applies to absolute URLs by their last segment, case-insensitively', () => {
    const offering =
      'https://api.hostway.com/ProductSpecifications/CORE.plan.vps.virtuozzo.u102/offerings/EUR-1';
    const loose: TopService = {
      name: 'IP',
      serviceSpecification: 'https://api.hostway.com/serviceSpecifications/Core.Vps.Virtuozzo.Ip',
    };
    expect(check([{ offering, services: [loose] }]).map((f) => f.path)).toEqual([
      'spec.products.0.services.0.serviceSpecification',
    ]);
  });

  it('does not apply to other plans', () => {
    const loose: TopService = { name: 'IP', serviceSpecification: 'core.vps.virtuozzo.ip' };
    expect(check([{ offering: 'core.plan.web.basic/offerings/USD-1', services: [loose] }])).toEqual([]);
  });
});

describe('absolute URLs', () => {
  const product = (offering: string): Product => ({ offering, services: [server()] });
  const api = 'https://api.hostway.com/productSpecifications/core.plan.vps.virtuozzo.u101/offerings/USD-1';

  it('must be on the endpoint origin unless allowed', () => {
    const foreign =
      'https://other.example/productSpecifications/core.plan.vps.virtuozzo.u101/offerings/USD-1';
    expect(
      check([product(foreign)], { endpoint: 'https://api.hostway.com/v1' }).map((f) => f.message),
    ).toEqual([
      "offering URL is on https://other.example, not on the endpoint's origin https://api.hostway.com; pass --allow-foreign-urls to allow it",
    ]);
    expect(
      check([product(foreign)], { endpoint: 'https://api.hostway.com', allowForeignUrls: true }),
    ).toEqual([]);
    expect(check([product(foreign)], {})).toEqual([]);
    expect(check([product(api)], { endpoint: 'https://api.hostway.com/' })).toEqual([]);
  });

  it('must not hold credentials, and the message does not repeat them', () => {
    const [finding] = check([
      product('https://u:hunter2@api.hostway.com/productSpecifications/x/offerings/y'),
    ]);
    expect(finding?.message).toMatch(/must not contain credentials/);
    expect(finding?.message).not.toContain('hunter2');
  });

  it('must not have dot segments, encoded or not', () => {
    for (const path of ['/a/../b', '/a/./b', '/a/%2E%2e/b', '/a/%2e/b']) {
      expect(check([product(`https://api.hostway.com${path}`)]).map((f) => f.message)).toEqual([
        "offering URL must not contain '.' or '..' path segments",
      ]);
    }
  });
});
