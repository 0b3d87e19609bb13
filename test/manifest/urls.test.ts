import { describe, expect, it } from 'vitest';
import {
  checkAbsoluteUrl,
  isVpsVirtuozzoPlan,
  productSpecificationOf,
  serviceSpecificationIdOf,
} from '../../src/manifest/urls.js';

describe('specification ids', () => {
  it('reads the product specification of an offering', () => {
    expect(productSpecificationOf('core.plan.vps.virtuozzo.u101/offerings/USD-1')).toBe(
      'core.plan.vps.virtuozzo.u101',
    );
    expect(
      productSpecificationOf(
        'https://api.hostway.com/productspecifications/core.plan.vps.virtuozzo.u101/Offerings/USD-1?x#y',
      ),
    ).toBe('core.plan.vps.virtuozzo.u101');
    expect(productSpecificationOf('https://api.hostway.com/plans/u101')).toBeUndefined();
  });

  it('reads the last path segment of a service specification URL', () => {
    expect(serviceSpecificationIdOf('core.vps.virtuozzo.ip')).toBe('core.vps.virtuozzo.ip');
    expect(
      serviceSpecificationIdOf('https://api.hostway.com/serviceSpecifications/core.vps.virtuozzo.ip/'),
    ).toBe('core.vps.virtuozzo.ip');
  });

  it('recognizes VPS Virtuozzo plans case-insensitively', () => {
    expect(isVpsVirtuozzoPlan('CORE.PLAN.VPS.VIRTUOZZO.u102/offerings/EUR-1')).toBe(true);
    expect(isVpsVirtuozzoPlan('core.plan.vps.other/offerings/EUR-1')).toBe(false);
  });
});

describe('checkAbsoluteUrl', () => {
  it('accepts a plain URL on the endpoint', () => {
    expect(checkAbsoluteUrl('https://api.hostway.com/x', 'https://api.hostway.com', false)).toBeUndefined();
    expect(
      checkAbsoluteUrl('https://API.hostway.com:443/x', 'https://api.hostway.com/v1/', false),
    ).toBeUndefined();
  });

  it('compares origins: scheme, host and port', () => {
    for (const url of [
      'http://api.hostway.com/x',
      'https://api.hostway.com:8443/x',
      'https://evil.example/x',
    ]) {
      expect(checkAbsoluteUrl(url, 'https://api.hostway.com', false)).toMatch(/not on the endpoint's origin/);
      expect(checkAbsoluteUrl(url, 'https://api.hostway.com', true)).toBeUndefined();
    }
  });

  it('skips the origin check when no usable endpoint is known', () => {
    expect(checkAbsoluteUrl('https://evil.example/x', undefined, false)).toBeUndefined();
    expect(checkAbsoluteUrl('https://evil.example/x', 'not a url', false)).toBeUndefined();
  });

  it('refuses credentials, dot segments and broken URLs', () => {
    expect(checkAbsoluteUrl('https://user@api.hostway.com/x', undefined, false)).toMatch(/credentials/);
    expect(checkAbsoluteUrl('https://api.hostway.com/a/../x', undefined, false)).toMatch(
      /'\.\.' path segments/,
    );
    expect(checkAbsoluteUrl('https://[oops/x', undefined, false)).toBe('is not a valid URL');
  });
});
