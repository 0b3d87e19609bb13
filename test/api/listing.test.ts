import { describe, expect, it } from 'vitest';
import { parseListing, parseOrderStatus } from '../../src/api/listing.js';

const base = 'http://127.0.0.1:1/orders/o1/account/products/p1/services';

describe('parseListing', () => {
  it('normalises link-valued fields and finds each member URL', () => {
    const body = {
      list: [
        {
          name: 'VPS',
          links: [{ href: `${base}/s1`, rel: 'self' }],
          serviceSpecification: 'http://127.0.0.1:1/serviceSpecifications/core.vps.virtuozzo.ip',
          relatedTo: [`${base}/s0`, { href: `${base}/s9` }],
          billingCycle: 1,
        },
        {
          url: `${base}/s2`,
          offering: { href: '/productSpecifications/x/offerings/USD-1', rel: 'offering' },
        },
        'junk',
      ],
      links: [],
    };
    const items = parseListing(body, base);
    expect(items).toHaveLength(2);
    expect(items[0]?.url).toBe(`${base}/s1`);
    expect(items[0]?.fields.relatedTo).toEqual([`${base}/s0`, `${base}/s9`]);
    expect(items[1]?.url).toBe(`${base}/s2`);
    expect(items[1]?.fields.offering).toBe('http://127.0.0.1:1/productSpecifications/x/offerings/USD-1');
  });

  it('copes with bodies that are not lists', () => {
    expect(parseListing('oops', base)).toEqual([]);
    expect(parseListing([{ url: `${base}/s3` }], base)[0]?.url).toBe(`${base}/s3`);
  });
});

describe('parseOrderStatus', () => {
  it('reads Status in either case and place', () => {
    expect(parseOrderStatus({ order: { Status: 'Processing' } })).toBe('Processing');
    expect(parseOrderStatus({ status: 'new' })).toBe('new');
    expect(parseOrderStatus({ order: {} })).toBeUndefined();
  });
});
