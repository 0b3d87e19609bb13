import { describe, expect, it } from 'vitest';
import { checkLocation } from '../../src/api/location.js';

const endpoint = 'https://api.example.test';
const collection = `${endpoint}/orders/abc/account/products`;
const check = (location: string | undefined, collectionUrl = collection) =>
  checkLocation({ location, requestUrl: collectionUrl, endpoint, collectionUrl });

describe('checkLocation', () => {
  it('accepts a member of the posted collection, with or without a trailing slash', () => {
    expect(check(`${collection}/p1`)).toEqual({ kind: 'ok', url: `${collection}/p1` });
    expect(check(`${collection}/p1/`)).toEqual({ kind: 'ok', url: `${collection}/p1/` });
    expect(check(`${collection}/p1`, `${collection}/`)).toEqual({ kind: 'ok', url: `${collection}/p1` });
  });

  it('resolves relative Locations against the request URL', () => {
    expect(check('/orders/abc/account/products/p2')).toEqual({ kind: 'ok', url: `${collection}/p2` });
    expect(check('products/p3')).toEqual({ kind: 'ok', url: `${collection}/p3` });
  });

  it('rejects other origins, including other ports and schemes and userinfo', () => {
    expect(check('https://evil.test/orders/abc/account/products/p1').kind).toBe('foreign');
    expect(check('https://api.example.test:8443/orders/abc/account/products/p1').kind).toBe('foreign');
    expect(check('http://api.example.test/orders/abc/account/products/p1').kind).toBe('foreign');
    expect(check('https://user:pw@api.example.test/orders/abc/account/products/p1').kind).toBe('foreign');
    expect(check('//evil.test/x').kind).toBe('foreign');
  });

  it('rejects Locations outside the collection or not naming one member', () => {
    expect(check(`${endpoint}/orders/other/account/products/p1`).kind).toBe('outside');
    expect(check(`${collection}`).kind).toBe('outside');
    expect(check(`${collection}/`).kind).toBe('outside');
    expect(check(`${collection}-x/p1`).kind).toBe('outside');
    expect(check(`${collection}/p1/services/s1`).kind).toBe('outside');
    expect(check(`${collection}/../../x`).kind).toBe('outside');
    expect(check(`${collection}/%2e%2e/x`).kind).toBe('outside');
    expect(check(`${collection}/p1?x=1`).kind).toBe('outside');
  });

  it('reports a missing or unparsable Location', () => {
    expect(check(undefined)).toEqual({ kind: 'missing' });
    expect(check('  ')).toEqual({ kind: 'missing' });
    expect(check('http://[::1').kind).toBe('invalid');
  });
});
