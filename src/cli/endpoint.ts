import { UsageError } from '../errors.js';

export interface EndpointChoice {
  /** The endpoint URL without a trailing '/', e.g. https://api.hostway.com */
  url: string;
  /** A warning to print (insecure HTTP allowed on purpose). */
  warning?: string;
}

const LOOPBACK_HOSTS = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.test(hostname);
}

/**
 * The endpoint from `--endpoint` or HOSTWAY_API_URL. There is no silent default to the real API.
 * Returns undefined when neither is set; callers decide whether that is an error.
 */
export function resolveEndpoint(
  command: string,
  flag: string | undefined,
  env: NodeJS.ProcessEnv,
  options: { allowInsecureHttp?: boolean | undefined } = {},
): EndpointChoice | undefined {
  const raw = flag ?? (env.HOSTWAY_API_URL === '' ? undefined : env.HOSTWAY_API_URL);
  if (raw === undefined) return undefined;
  const source = flag === undefined ? 'HOSTWAY_API_URL' : '--endpoint';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`${command}: ${source} is not a URL: '${raw}'`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UsageError(`${command}: ${source} must be an http(s) URL; got '${url.protocol}'`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new UsageError(
      `${command}: ${source} must not carry credentials; use HOSTWAY_USERNAME and HOSTWAY_PASSWORD`,
    );
  }
  if (url.search !== '' || url.hash !== '') {
    throw new UsageError(`${command}: ${source} must not have a query or fragment`);
  }
  const choice: EndpointChoice = { url: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    if (!options.allowInsecureHttp) {
      throw new UsageError(
        `${command}: ${source} must use https:// unless it is a loopback address; got '${url.origin}'`,
        {
          hint: 'Pass --allow-insecure-http to send cookies and credentials in clear text anyway.',
        },
      );
    }
    choice.warning = `warning: ${url.origin} is plain HTTP; cookies and credentials travel unencrypted.`;
  }
  return choice;
}
