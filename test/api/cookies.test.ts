import { describe, expect, it } from 'vitest';
import { CookieJar } from '../../src/api/cookies.js';

const NOW = Date.parse('2026-12-04T12:00:00Z');
const at = (url: string) => new URL(url);

describe('CookieJar', () => {
  it('sends a host-only cookie back to its host only, on paths under its own', () => {
    const jar = new CookieJar();
    jar.store(['OwnerId=abc; Path=/; HttpOnly'], at('https://api.example.com/orders'), NOW);
    expect(jar.header(at('https://api.example.com/orders/1/account'), NOW)).toBe('OwnerId=abc');
    expect(jar.header(at('https://sub.api.example.com/orders'), NOW)).toBeUndefined();
    expect(jar.header(at('https://evil.example/orders'), NOW)).toBeUndefined();

    const scoped = new CookieJar();
    scoped.store(['a=1'], at('http://h/orders/1/account'), NOW);
    expect(scoped.header(at('http://h/orders/1/account/products'), NOW)).toBe('a=1');
    expect(scoped.header(at('http://h/orders/1x'), NOW)).toBeUndefined();
    expect(scoped.header(at('http://h/other'), NOW)).toBeUndefined();
  });

  it('honours Domain, Secure, expiry, replacement and deletion', () => {
    const jar = new CookieJar();
    const url = at('https://api.example.com/');
    jar.store(['d=1; Domain=.example.com', 'foreign=1; Domain=evil.example', 's=1; Secure'], url, NOW);
    expect(jar.header(at('https://www.example.com/'), NOW)).toBe('d=1');
    expect(jar.header(at('http://api.example.com/'), NOW)).toBe('d=1');
    expect(jar.header(at('https://api.example.com/'), NOW)).toBe('d=1; s=1');
    jar.store(['d=2; Domain=example.com; Max-Age=60'], url, NOW);
    expect(jar.header(at('https://api.example.com/'), NOW)).toBe('d=2; s=1');
    expect(jar.header(at('https://api.example.com/'), NOW + 61_000)).toBe('s=1');
    jar.store(['s=gone; Secure; Expires=Thu, 01 Jan 1970 00:00:00 GMT'], url, NOW);
    expect(jar.values()).toEqual(['2']);
    jar.store(['d=3; Domain=example.com; Max-Age=0'], url, NOW);
    expect(jar.header(url, NOW)).toBeUndefined();
  });

  it('puts longer paths first', () => {
    const jar = new CookieJar();
    jar.store(['a=root; Path=/', 'a=deep; Path=/orders'], at('http://h/'), NOW);
    expect(jar.header(at('http://h/orders/1'), NOW)).toBe('a=deep; a=root');
  });

  it('restores its own saved form and the one tough-cookie wrote in journals of earlier versions', () => {
    const jar = new CookieJar();
    jar.store(['OwnerId=abc; Path=/; Max-Age=3600'], at('http://127.0.0.1:4010/orders'), NOW);
    const again = CookieJar.restore(JSON.parse(JSON.stringify(jar.serialize())));
    expect(again.header(at('http://127.0.0.1:4010/orders/1'), NOW)).toBe('OwnerId=abc');
    expect(again.header(at('http://127.0.0.1:4010/orders/1'), NOW + 3_601_000)).toBeUndefined();

    const toughCookie = JSON.parse(
      '{"version":"tough-cookie@6.1.0","storeType":"MemoryCookieStore","rejectPublicSuffixes":true,"enableLooseMode":false,"allowSpecialUseDomain":true,"enforceSecureOriginOnStorage":true,"prefixSecurity":"silent","cookies":[{"key":"OwnerId","value":"0123abcd","domain":"127.0.0.1","path":"/","hostOnly":true,"creation":"2026-12-04T16:28:17.735Z","lastAccessed":"2026-12-04T16:28:17.735Z"}]}',
    );
    expect(CookieJar.restore(toughCookie).header(at('http://127.0.0.1:4010/orders/9/action'), NOW)).toBe(
      'OwnerId=0123abcd',
    );
    expect(() => CookieJar.restore({ nonsense: true })).toThrow();
    expect(() => CookieJar.restore({ cookies: [{ key: 1 }] })).toThrow();
  });
});
