import { describe, expect, it } from 'vitest';
import { matchesProduct, matchesService, pickCandidate } from '../../src/apply/match.js';

const server = 'http://h/orders/o/account/products/p/services/s0';
const body = {
  name: 'VPS Virtuozzo Test',
  serviceSpecification: 'http://h/serviceSpecifications/core.vps.virtuozzo.ip',
  billingCycle: 1,
  relatedTo: [server],
};
const listed = (fields: Record<string, unknown>) => ({ url: 'http://h/x', fields });

describe('matching listed resources to an in-doubt step', () => {
  it('matches a service by specification, name, billing cycle and relatedTo set', () => {
    expect(matchesService(body, listed({ ...body, relatedTo: [`${server}/`] }))).toBe(true);
    expect(
      matchesService(
        body,
        listed({ ...body, serviceSpecification: 'http://h/servicespecifications/core.vps.virtuozzo.ip/' }),
      ),
    ).toBe(true);
    expect(matchesService(body, listed({ ...body, name: 'other' }))).toBe(false);
    expect(matchesService(body, listed({ ...body, billingCycle: 12 }))).toBe(false);
    expect(matchesService(body, listed({ ...body, relatedTo: [] }))).toBe(false);
    expect(matchesService(body, listed({ ...body, relatedTo: [server, 'http://h/other'] }))).toBe(false);
    expect(
      matchesService(
        body,
        listed({ ...body, serviceSpecification: 'http://h/serviceSpecifications/core.x' }),
      ),
    ).toBe(false);
    expect(matchesService(body, listed({ name: body.name }))).toBe(false);
  });

  it('matches a product by offering', () => {
    const offering = 'http://h/productSpecifications/core.plan.vps.virtuozzo.u101/offerings/USD-1';
    expect(matchesProduct({ offering }, listed({ offering: `${offering}/` }))).toBe(true);
    expect(
      matchesProduct({ offering }, listed({ offering: 'http://h/productSpecifications/x/offerings/USD-1' })),
    ).toBe(false);
  });

  it('adopts the first unclaimed match', () => {
    expect(pickCandidate([], new Set(), 1)).toEqual({ kind: 'none' });
    expect(pickCandidate(['http://h/a', 'http://h/b'], new Set(['http://h/a']), 1)).toEqual({
      kind: 'one',
      url: 'http://h/b',
    });
    expect(pickCandidate(['http://h/a/'], new Set(['http://h/a']), 1)).toEqual({ kind: 'none' });
  });

  it('refuses to guess when more resources match than steps could own', () => {
    expect(pickCandidate(['http://h/a', 'http://h/b'], new Set(), 1)).toEqual({
      kind: 'ambiguous',
      urls: ['http://h/a', 'http://h/b'],
    });
    expect(pickCandidate(['http://h/a', 'http://h/b'], new Set(), 2)).toEqual({
      kind: 'one',
      url: 'http://h/a',
    });
  });
});
