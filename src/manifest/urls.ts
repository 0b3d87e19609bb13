/** Reading offering and serviceSpecification values: ids, absolute URLs and what is safe in them. */

const ABSOLUTE = /^https?:\/\//i;
const VPS_PLAN = /^core\.plan\.vps\.virtuozzo\./i;
const VPS_SERVICE = /^core\.vps\.virtuozzo\./i;
const VPS_SERVER = /^core\.vps\.virtuozzo\.server\./i;

export function isAbsoluteUrl(value: string): boolean {
  return ABSOLUTE.test(value);
}

/** The product specification id of an offering: `<spec>/offerings/<o>` or `.../productSpecifications/<spec>/offerings/<o>`. */
export function productSpecificationOf(offering: string): string | undefined {
  if (!isAbsoluteUrl(offering)) return offering.split('/')[0];
  const segments = urlPathSegments(offering);
  const at = segments.findIndex((segment) => segment.toLowerCase() === 'productspecifications');
  return at >= 0 && segments[at + 2]?.toLowerCase() === 'offerings' ? segments[at + 1] : undefined;
}

/** A service specification id, or the last path segment of its absolute URL. */
export function serviceSpecificationIdOf(value: string): string {
  if (!isAbsoluteUrl(value)) return value;
  const segments = urlPathSegments(value).filter((segment) => segment !== '');
  return segments[segments.length - 1] ?? '';
}

export function isVpsVirtuozzoPlan(offering: string): boolean {
  return VPS_PLAN.test(productSpecificationOf(offering) ?? '');
}

export function isVpsVirtuozzoService(serviceSpecification: string): boolean {
  return VPS_SERVICE.test(serviceSpecificationIdOf(serviceSpecification));
}

export function isVpsVirtuozzoServer(serviceSpecification: string): boolean {
  return VPS_SERVER.test(serviceSpecificationIdOf(serviceSpecification));
}

// The raw path as written: `new URL` would already have removed `..` segments.
function urlPathSegments(url: string): string[] {
  const afterScheme = url.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*/, '');
  const path = afterScheme.split(/[?#]/)[0] ?? '';
  return path.split('/').slice(1);
}

/**
 * What is wrong with an absolute URL in a manifest, or undefined when nothing is. The URL itself
 * is never quoted back: it may hold credentials.
 */
export function checkAbsoluteUrl(
  value: string,
  endpoint: string | undefined,
  allowForeign: boolean,
): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not a valid URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must be an http(s) URL';
  if (url.username !== '' || url.password !== '') {
    return 'must not contain credentials (user:password@); orderform sends HOSTWAY_USERNAME and HOSTWAY_PASSWORD itself';
  }
  const dotSegment = urlPathSegments(value).some((segment) => /^(?:\.|%2e){1,2}$/i.test(segment));
  if (dotSegment) return "must not contain '.' or '..' path segments";
  // A query or fragment is not part of a catalog URL, and the API would resolve an encoded
  // '/', '\\' or '.' differently from the checks here (%2F..%2F climbs out of the catalog).
  if (/[?#]/.test(value)) return 'must not contain a query (?) or a fragment (#)';
  if (/%(?:2f|5c|2e)/i.test(value)) return "must not contain encoded '/', '\\' or '.' (%2F, %5C, %2E)";
  if (endpoint !== undefined && !allowForeign) {
    const endpointOrigin = originOf(endpoint);
    if (endpointOrigin !== undefined && url.origin !== endpointOrigin) {
      return `is on ${url.origin}, not on the endpoint's origin ${endpointOrigin}; pass --allow-foreign-urls to allow it`;
    }
  }
  return undefined;
}

function originOf(endpoint: string): string | undefined {
  try {
    const origin = new URL(endpoint).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}
