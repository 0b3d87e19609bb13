import { describe, expect, it } from 'vitest';
import { checkPriceGuard } from '../../src/apply/price-guard.js';
import { checkAgainstCatalog } from '../../src/catalog/check.js';
import { estimateOrder } from '../../src/catalog/estimate.js';
import type { CatalogSnapshot } from '../../src/catalog/types.js';
import { compilePlan } from '../../src/plan/compile.js';
import { resolveTemplate } from '../../src/plan/template.js';
import { formatCents, parseAmount, toCents } from '../../src/shared/money.js';
import { loadedManifest, seedManifest } from '../helpers/plan.js';

const ENDPOINT = 'https://api.hostway.com';
const IP = 'core.vps.virtuozzo.ip';
const SERVER = 'core.vps.virtuozzo.server.u100';

/** A catalog holding the seed's plan with just the server and the IP. */
function catalog(): CatalogSnapshot {
  const fee = (name: string, amount: string, service?: string) => ({
    name,
    amount,
    currency: 'USD',
    recurrences: name === 'recurring' ? -1 : 1,
    monthlyCycle: name === 'recurring' ? 1 : undefined,
    service,
  });
  return {
    endpoint: ENDPOINT,
    fetchedAt: '2026-01-01T00:00:00Z',
    productIds: undefined,
    products: {
      'core.plan.vps.virtuozzo.u101': {
        id: 'core.plan.vps.virtuozzo.u101',
        name: 'VPS',
        services: [SERVER, IP],
        offerings: [
          {
            id: 'USD-1',
            currency: 'USD',
            billingPeriod: 1,
            default: true,
            prices: [
              fee('setup_fee', '10.00'),
              fee('recurring', '1.00'),
              fee('setup_fee', '25.00', SERVER),
              fee('recurring', '19.95', SERVER),
              fee('setup_fee', '5.00', IP),
              fee('recurring', '2.50', IP),
            ],
          },
        ],
      },
    },
    services: {
      [SERVER]: {
        id: SERVER,
        name: 'Server',
        category: '',
        billingCycles: [1, 12],
        defaultCycle: 1,
        attributes: [],
      },
      [IP]: {
        id: IP,
        name: 'IP',
        category: '',
        billingCycles: [1, 12],
        defaultCycle: 1,
        attributes: [{ name: 'reverseDns', type: 'String', required: true }],
      },
    },
  };
}

function manifest(
  cycle = 1,
  addOns: { serviceSpecification: string; attributes?: Record<string, string> }[] = [],
) {
  const m = seedManifest();
  m.spec.products[0].services![0]!.billingCycle = cycle;
  m.spec.products[0].services![0]!.services = addOns;
  return m;
}

describe('checkAgainstCatalog', () => {
  it('finds nothing wrong with what the catalog offers', () => {
    const ok = manifest(12, [{ serviceSpecification: IP, attributes: { reverseDns: 'a.example' } }]);
    expect(checkAgainstCatalog([loadedManifest(ok)], catalog())).toEqual([]);
  });

  it('locates an inherited billing cycle at the parent that set it, and a missing required attribute', () => {
    const issues = checkAgainstCatalog(
      [loadedManifest(manifest(3, [{ serviceSpecification: IP }]))],
      catalog(),
    );
    expect(issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      `spec.products[0].services[0].billingCycle: billingCycle 3 is not offered for ${SERVER}; allowed: 1, 12`,
      `spec.products[0].services[0].billingCycle: billingCycle 3 is not offered for ${IP}; allowed: 1, 12`,
      `spec.products[0].services[0].services[0]: attribute 'reverseDns' (String) is required for ${IP}; add it under attributes`,
    ]);
  });

  it('leaves out foreign-origin URLs and products it did not read', () => {
    const m = manifest(7, [{ serviceSpecification: 'https://other.example/serviceSpecifications/x' }]);
    m.spec.products[0].offering = 'https://other.example/productSpecifications/p/offerings/USD-1';
    expect(checkAgainstCatalog([loadedManifest(m)], catalog())).toEqual([]);
  });
});

describe('estimateOrder', () => {
  it('sums one-time fees and the first charge of each recurring fee per period', () => {
    const estimate = estimateOrder(
      loadedManifest(manifest(12, [{ serviceSpecification: IP, attributes: { reverseDns: 'x' } }])),
      catalog(),
    )!;
    expect(estimate).toMatchObject({
      currency: 'USD',
      oneTime: '40.00',
      recurring: [
        { months: 1, amount: '1.00' },
        { months: 12, amount: '269.40' },
      ],
      total: '310.40',
      complete: true,
    });
    expect(estimate.lines.map((l) => l.step)).toEqual(['product:vps', 'service:server', 'service:vps/0/0']);
  });

  it('says so when a service has no price', () => {
    const c = catalog();
    c.products['core.plan.vps.virtuozzo.u101']!.offerings[0]!.prices.splice(4, 2);
    expect(estimateOrder(loadedManifest(manifest(1, [{ serviceSpecification: IP }])), c)?.complete).toBe(
      false,
    );
  });
});

describe('checkPriceGuard', () => {
  const order = compilePlan([loadedManifest(seedManifest())], { endpoint: ENDPOINT }).orders[0]!;
  const quote = { hash: 'h', currency: 'USD', total: '80.45', fees: [] };
  const limits = { maxTotal: undefined, maxIncreasePercent: 0, savedPlan: false };

  it('lets a quote at or under the limit through and refuses one above it (exit 6)', () => {
    expect(checkPriceGuard(order, quote, { ...limits, maxTotal: '80.45' }, undefined)).toBeUndefined();
    const refusal = checkPriceGuard(order, quote, { ...limits, maxTotal: '80.44' }, 'https://x/orders/1');
    expect(refusal?.exitCode).toBe(6);
    expect(refusal?.message).toContain('above the limit 80.44 USD (--max-total)');
  });

  it('uses spec.maxTotal unless --max-total overrides it', () => {
    const limited = { ...order, maxTotal: '50.00' };
    expect(checkPriceGuard(limited, quote, limits, undefined)?.message).toContain('(spec.maxTotal)');
    expect(checkPriceGuard(limited, quote, { ...limits, maxTotal: '100' }, undefined)).toBeUndefined();
  });

  it('holds a saved plan to its estimate, plus --max-increase', () => {
    const estimate = {
      kind: 'estimate' as const,
      currency: 'USD',
      oneTime: '0.00',
      recurring: [],
      total: '70.00',
      lines: [],
      complete: true,
    };
    const planned = { ...order, estimate };
    expect(checkPriceGuard(planned, quote, { ...limits, savedPlan: true }, undefined)?.message).toContain(
      "above the plan's reviewed estimate 70.00 USD",
    );
    expect(
      checkPriceGuard(planned, quote, { ...limits, savedPlan: true, maxIncreasePercent: 15 }, undefined),
    ).toBeUndefined();
    expect(checkPriceGuard(planned, quote, { ...limits, savedPlan: false }, undefined)).toBeUndefined();
  });
});

describe('money and templates', () => {
  it('keeps amounts exact in cents', () => {
    expect(toCents('19.95') * 3).toBe(5985);
    expect(formatCents(toCents('0.1') + toCents('0.2'))).toBe('0.30');
    expect(parseAmount('150')).toBe(15000);
    expect(parseAmount('1.234')).toBeUndefined();
    expect(parseAmount('-1')).toBeUndefined();
  });

  it('fills {steps.quote.hash} from the recorded value and refuses to guess one', () => {
    const values = {
      endpoint: ENDPOINT,
      location: () => undefined,
      hash: (id: string) => (id === 'quote' ? 'abc' : undefined),
    };
    expect(resolveTemplate('{steps.quote.hash}', values)).toBe('abc');
    expect(() => resolveTemplate('{steps.other.hash}', values)).toThrow('no value yet');
  });
});
