/** One member of a GET collection listing, reduced to what settling in-doubt steps compares. */
export interface ListedItem {
  /** The member's own URL (its `self` link), absolute. */
  url: string | undefined;
  fields: Readonly<Record<string, unknown>>;
}

export interface ListedProduct extends ListedItem {
  kind: 'product';
}

export interface ListedService extends ListedItem {
  kind: 'service';
}

/**
 * Lists are `{"list":[...], "links":[...]}` (a bare array is accepted too). Link-valued fields
 * come in several shapes across the API (a URL string, `{href}`, a `[{href, rel}]` list), so
 * they are normalised to plain URL strings: `offering`, `serviceSpecification`, `relatedTo`.
 */
export function parseListing(body: unknown, collectionUrl: string): ListedItem[] {
  const list = Array.isArray(body)
    ? body
    : isRecord(body) && Array.isArray(body.list)
      ? body.list
      : undefined;
  if (list === undefined) return [];
  return list.filter(isRecord).map((item) => {
    const fields: Record<string, unknown> = { ...item };
    for (const key of ['offering', 'serviceSpecification']) {
      if (key in item) fields[key] = linkHref(item[key], collectionUrl);
    }
    if (Array.isArray(item.relatedTo)) {
      fields.relatedTo = item.relatedTo.map((entry) => linkHref(entry, collectionUrl));
    }
    return { url: selfUrl(item, collectionUrl), fields };
  });
}

/** `{"order":{"Status":"new",...}}`; the key's case varies between API revisions. */
export function parseOrderStatus(body: unknown): string | undefined {
  const order = isRecord(body) && isRecord(body.order) ? body.order : body;
  if (!isRecord(order)) return undefined;
  const status = order.Status ?? order.status;
  return typeof status === 'string' ? status : undefined;
}

function selfUrl(item: Record<string, unknown>, base: string): string | undefined {
  const links = item.links;
  if (Array.isArray(links)) {
    const self = links.find((link) => isRecord(link) && link.rel === 'self');
    if (isRecord(self)) return absolute(self.href, base);
  } else if (isRecord(links) && links.self !== undefined) {
    return linkHref(links.self, base);
  }
  for (const key of ['url', 'href', 'self']) {
    if (typeof item[key] === 'string') return absolute(item[key], base);
  }
  return undefined;
}

function linkHref(value: unknown, base: string): string | undefined {
  if (typeof value === 'string') return absolute(value, base);
  if (isRecord(value)) return absolute(value.href, base);
  if (Array.isArray(value)) {
    const first = value.find((link) => isRecord(link) && (link.rel === 'self' || link.rel === undefined));
    return isRecord(first) ? absolute(first.href, base) : undefined;
  }
  return undefined;
}

/** Absolute http(s) URL or nothing; whether it may be adopted is decided by the Location checks. */
function absolute(href: unknown, base: string): string | undefined {
  if (typeof href !== 'string') return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
