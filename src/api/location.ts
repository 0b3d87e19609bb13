/** The verdict on a Location header; anything but `ok` stops apply before another request is sent. */
export type LocationCheck =
  | { kind: 'ok'; url: string }
  | { kind: 'missing' }
  | { kind: 'invalid'; location: string }
  | { kind: 'foreign'; url: string }
  | { kind: 'outside'; url: string };

/**
 * A created resource's Location must resolve (relative ones against the request URL) to the
 * endpoint's origin and name exactly one member of the collection that was posted to, with or
 * without a trailing '/'. Cookies, credentials and relatedTo URLs follow Locations, so a
 * Location elsewhere would send them to a host the user never chose.
 */
export function checkLocation(input: {
  location: string | undefined;
  requestUrl: string;
  endpoint: string;
  collectionUrl: string;
}): LocationCheck {
  const raw = input.location?.trim();
  if (raw === undefined || raw === '') return { kind: 'missing' };
  let url: URL;
  try {
    url = new URL(raw, input.requestUrl);
  } catch {
    return { kind: 'invalid', location: raw };
  }
  const href = url.href;
  if (url.origin !== new URL(input.endpoint).origin || url.username !== '' || url.password !== '') {
    return { kind: 'foreign', url: href };
  }
  if (url.search !== '' || url.hash !== '') return { kind: 'outside', url: href };
  const collection = new URL(input.collectionUrl);
  if (collection.origin !== url.origin) return { kind: 'outside', url: href };
  const base = collection.pathname.replace(/\/+$/, '');
  if (!url.pathname.startsWith(`${base}/`)) return { kind: 'outside', url: href };
  const member = url.pathname.slice(base.length + 1).replace(/\/$/, '');
  if (member === '' || member.includes('/')) return { kind: 'outside', url: href };
  return { kind: 'ok', url: href };
}

export function describeLocationProblem(check: Exclude<LocationCheck, { kind: 'ok' }>): string {
  switch (check.kind) {
    case 'missing':
      return 'the response has no Location header';
    case 'invalid':
      return 'the Location header is not a URL';
    case 'foreign':
      return `the Location ${check.url} is not on the endpoint's origin`;
    case 'outside':
      return `the Location ${check.url} is not a member of the collection that was posted to`;
  }
}
