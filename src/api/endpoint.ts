import { UsageError } from '../errors.js';

export interface EndpointChoice {
  /** Origin plus path, no trailing '/'. */
  endpoint: string;
  warning: string | undefined;
}

/**
 * The endpoint must be https, except on loopback where the emulator lives; --allow-insecure-http
 * overrides with a warning. Credentials in the URL are refused: they would be printed with it.
 */
export function checkEndpoint(raw: string, allowInsecureHttp: boolean): EndpointChoice {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`the endpoint '${raw}' is not a URL`, {
      hint: 'e.g. --endpoint https://api.hostway.com',
    });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UsageError(`the endpoint must be an https:// URL; got ${url.protocol}`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new UsageError('the endpoint URL must not contain credentials', {
      hint: 'Set HOSTWAY_USERNAME and HOSTWAY_PASSWORD instead; they are never printed.',
    });
  }
  if (url.search !== '' || url.hash !== '') {
    throw new UsageError('the endpoint URL must not have a query or fragment');
  }
  const endpoint = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  if (url.protocol === 'https:' || isLoopback(url.hostname)) return { endpoint, warning: undefined };
  if (!allowInsecureHttp) {
    throw new UsageError(
      `refusing plain http:// to ${url.host}: cookies and credentials would travel unencrypted`,
      {
        hint: 'Use https://, or pass --allow-insecure-http if you really mean it.',
      },
    );
  }
  return {
    endpoint,
    warning: `warning: sending to ${url.origin} over plain http (--allow-insecure-http): cookies and credentials are not encrypted`,
  };
}

export function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host === '::1') return true;
  const octets = host.split('.');
  return (
    octets.length === 4 &&
    octets[0] === '127' &&
    octets.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255)
  );
}

/** The endpoint the user asked for: `--endpoint`, else HOSTWAY_API_URL; undefined when neither is set. */
export function requestedEndpoint(flag: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  return flag ?? nonEmpty(env.HOSTWAY_API_URL);
}

export function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
