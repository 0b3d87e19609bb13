/**
 * One order's cookies (the API's `OwnerId` session), RFC 6265 storage and matching reduced to
 * what a client of one API needs: host-only and domain cookies, paths, expiry, Secure. Pure:
 * the caller passes the clock. A general-purpose jar (tough-cookie) cost apply more CPU to load
 * and to match (its public-suffix list) than all of apply's own work.
 *
 * The saved form is tough-cookie's serialization (the fields used here), so journals written
 * with either jar restore into the other.
 */
export interface SavedCookie {
  key: string;
  value: string;
  domain: string;
  path: string;
  hostOnly?: boolean;
  /** ISO date, or absent for a session cookie. */
  expires?: string;
  secure?: boolean;
  httpOnly?: boolean;
  creation?: string;
}

export interface SavedJar {
  version: string;
  storeType: string;
  rejectPublicSuffixes: boolean;
  cookies: SavedCookie[];
}

interface Cookie {
  key: string;
  value: string;
  domain: string;
  path: string;
  hostOnly: boolean;
  /** ms since the epoch; Infinity for a session cookie. */
  expires: number;
  secure: boolean;
  httpOnly: boolean;
  creation: number;
}

export class CookieJar {
  #cookies: Cookie[] = [];

  /** A jar from its saved form; throws on anything that is not one. */
  static restore(saved: unknown): CookieJar {
    const jar = new CookieJar();
    const list = (saved as { cookies?: unknown } | null)?.cookies;
    if (!Array.isArray(list)) throw new TypeError('not a saved cookie jar');
    for (const item of list as SavedCookie[]) {
      if (typeof item?.key !== 'string' || typeof item.value !== 'string') throw new TypeError('bad cookie');
      if (typeof item.domain !== 'string' || typeof item.path !== 'string') throw new TypeError('bad cookie');
      const expires =
        item.expires === undefined || item.expires === 'Infinity' ? Infinity : Date.parse(item.expires);
      jar.#cookies.push({
        key: item.key,
        value: item.value,
        domain: item.domain.toLowerCase(),
        path: item.path,
        hostOnly: item.hostOnly !== false,
        expires: Number.isNaN(expires) ? Infinity : expires,
        secure: item.secure === true,
        httpOnly: item.httpOnly === true,
        creation: item.creation === undefined ? 0 : Date.parse(item.creation) || 0,
      });
    }
    return jar;
  }

  /** Stores the cookies of a response's `Set-Cookie` headers; ones the URL may not set are ignored. */
  store(headers: readonly string[], url: URL, now: number): void {
    for (const header of headers) {
      const cookie = parseSetCookie(header, url, now);
      if (cookie === undefined) continue;
      const index = this.#cookies.findIndex(
        (c) => c.key === cookie.key && c.domain === cookie.domain && c.path === cookie.path,
      );
      const old = index < 0 ? undefined : this.#cookies[index];
      if (old) cookie.creation = old.creation;
      if (cookie.expires <= now) {
        if (index >= 0) this.#cookies.splice(index, 1);
      } else if (index >= 0) this.#cookies[index] = cookie;
      else this.#cookies.push(cookie);
    }
  }

  /** The `Cookie` header for a request to `url`, or undefined when no cookie applies. */
  header(url: URL, now: number): string | undefined {
    const host = url.hostname.toLowerCase();
    const matching = this.#cookies
      .filter(
        (c) =>
          c.expires > now &&
          (c.hostOnly ? host === c.domain : domainMatches(host, c.domain)) &&
          pathMatches(url.pathname, c.path) &&
          (!c.secure || url.protocol === 'https:'),
      )
      .sort((a, b) => b.path.length - a.path.length || a.creation - b.creation);
    return matching.length === 0 ? undefined : matching.map((c) => `${c.key}=${c.value}`).join('; ');
  }

  /** Every cookie value, for redaction. */
  values(): string[] {
    return this.#cookies.map((c) => c.value);
  }

  serialize(): SavedJar {
    return {
      version: 'orderform',
      storeType: 'MemoryCookieStore',
      rejectPublicSuffixes: true,
      cookies: this.#cookies.map((c) => ({
        key: c.key,
        value: c.value,
        domain: c.domain,
        path: c.path,
        hostOnly: c.hostOnly,
        ...(c.expires === Infinity ? {} : { expires: new Date(c.expires).toISOString() }),
        ...(c.secure ? { secure: true } : {}),
        ...(c.httpOnly ? { httpOnly: true } : {}),
        creation: new Date(c.creation).toISOString(),
      })),
    };
  }
}

function parseSetCookie(header: string, url: URL, now: number): Cookie | undefined {
  const [pair = '', ...attributes] = header.split(';');
  const eq = pair.indexOf('=');
  if (eq <= 0) return undefined;
  const host = url.hostname.toLowerCase();
  const cookie: Cookie = {
    key: pair.slice(0, eq).trim(),
    value: pair.slice(eq + 1).trim(),
    domain: host,
    path: defaultPath(url.pathname),
    hostOnly: true,
    expires: Infinity,
    secure: false,
    httpOnly: false,
    creation: now,
  };
  let maxAge: number | undefined;
  for (const attribute of attributes) {
    const at = attribute.indexOf('=');
    const name = (at < 0 ? attribute : attribute.slice(0, at)).trim().toLowerCase();
    const value = at < 0 ? '' : attribute.slice(at + 1).trim();
    if (name === 'domain' && value !== '') {
      const domain = value.replace(/^\./, '').toLowerCase();
      // A server may only set cookies for itself or a domain it is under, never for an IP's neighbours.
      if (!domainMatches(host, domain)) return undefined;
      cookie.domain = domain;
      cookie.hostOnly = false;
    } else if (name === 'path' && value.startsWith('/')) cookie.path = value;
    else if (name === 'max-age' && /^-?\d+$/.test(value)) maxAge = Number(value);
    else if (name === 'expires') {
      const date = Date.parse(value);
      if (!Number.isNaN(date)) cookie.expires = date;
    } else if (name === 'secure') cookie.secure = true;
    else if (name === 'httponly') cookie.httpOnly = true;
  }
  if (maxAge !== undefined) cookie.expires = maxAge <= 0 ? -Infinity : now + maxAge * 1000;
  return cookie;
}

function domainMatches(host: string, domain: string): boolean {
  if (host === domain) return true;
  return host.endsWith(`.${domain}`) && !/^[\d.]+$|:/.test(host);
}

function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/';
}

function defaultPath(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash <= 0 ? '/' : path.slice(0, slash);
}
