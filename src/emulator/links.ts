/**
 * URLs the emulator hands out (absolute, on its own origin, optionally ending in '/') and URLs
 * clients hand back (offerings, service specifications, relatedTo services).
 */

export class Links {
  readonly origin: string;
  readonly trailingSlash: boolean;

  constructor(origin: string, trailingSlash: boolean) {
    this.origin = origin;
    this.trailingSlash = trailingSlash;
  }

  /** An absolute resource URL; `path` starts with '/' and has no trailing slash. */
  resource(path: string): string {
    return this.trailingSlash ? `${this.origin}${path}/` : `${this.origin}${path}`;
  }

  /** The orders collection: the seed spells it with a trailing slash in every case. */
  orders(): string {
    return `${this.origin}/orders/`;
  }

  order(orderId: string): string {
    return this.resource(`/orders/${orderId}`);
  }

  account(orderId: string): string {
    return this.resource(`/orders/${orderId}/account`);
  }

  products(orderId: string): string {
    return this.resource(`/orders/${orderId}/account/products`);
  }

  product(orderId: string, productId: string): string {
    return this.resource(`/orders/${orderId}/account/products/${productId}`);
  }

  services(orderId: string, productId: string): string {
    return this.resource(`/orders/${orderId}/account/products/${productId}/services`);
  }

  service(orderId: string, productId: string, serviceId: string): string {
    return this.resource(`/orders/${orderId}/account/products/${productId}/services/${serviceId}`);
  }

  /** Offering and service specification references inside orders use the camelCase spelling clients send. */
  offering(productSpecId: string, offeringId: string): string {
    return this.resource(`/productSpecifications/${productSpecId}/offerings/${offeringId}`);
  }

  serviceSpecification(serviceSpecId: string): string {
    return this.resource(`/serviceSpecifications/${serviceSpecId}`);
  }

  /** Catalog responses spell their own links in lowercase, as the documentation's examples do. */
  catalog(path: string): string {
    return this.resource(path);
  }
}

export function link(href: string, rel: string): { href: string; rel: string } {
  return { href, rel };
}

/**
 * Splits a request path into segments, accepting one trailing slash. Returns null for paths
 * with empty inner segments (`/orders//x`), which no client should build.
 */
export function splitPath(pathname: string): string[] | null {
  const trimmed = pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
  if (trimmed === '') return [];
  const segments = trimmed.slice(1).split('/');
  return segments.includes('') ? null : segments;
}

/**
 * The path segments of an absolute URL on the emulator's own origin, or a reason it is not one.
 * Query strings and fragments are refused: the API's URLs carry neither.
 */
export function parseOwnUrl(
  value: string,
  origin: string,
): { kind: 'ok'; segments: string[] } | { kind: 'bad'; reason: string } {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { kind: 'bad', reason: `'${value}' is not an absolute URL` };
  }
  if (url.origin !== origin) {
    return { kind: 'bad', reason: `'${value}' is not on this API's origin ${origin}` };
  }
  if (url.search !== '' || url.hash !== '') {
    return { kind: 'bad', reason: `'${value}' must not have a query string or fragment` };
  }
  const segments = splitPath(url.pathname);
  if (segments === null) return { kind: 'bad', reason: `'${value}' has an empty path segment` };
  return { kind: 'ok', segments };
}

/** Fixed path words compare case-insensitively: the docs spell catalog paths both ways. */
export function sameWord(segment: string | undefined, word: string): boolean {
  return segment !== undefined && segment.toLowerCase() === word.toLowerCase();
}
