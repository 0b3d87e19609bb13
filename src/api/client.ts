import type { AxiosResponse } from 'axios';
import { VERSION } from '../version.js';
import { describeCertificateError } from './certificate.js';
import { ApiFailure } from './failure.js';
import { axios, CookieJar, cookieAgents, isAxiosError } from './http-stack.js';
import { redactHeaders, sanitizeText, scrubDecoded, scrubSecrets, secretSpellings } from './redact.js';
import type { ClientOptions, HttpClient, HttpRequest, HttpResponse, RequestContext } from './types.js';

const JSON_TYPE = 'application/json; charset=UTF-8';
// Lets the API's operators tell orderform's traffic (and its version) from other clients.
const USER_AGENT = `orderform/${VERSION}`;

/**
 * The one HTTP client factory. One client per order: each has its own cookie jar, so the OwnerId
 * of one order is never sent with another. Every status is returned (validateStatus) and turned
 * into meaning by src/api/operations.ts; transport failures become ApiFailure here.
 */
export function createHttpClient(options: ClientOptions): HttpClient {
  // One jar for the client's life: its agents read and write it (clearCookies empties it).
  const jar = restoreJar(options.cookies);
  const agents = cookieAgents(jar);
  // The jar changes only through answers that set cookies (or a failed exchange, which may have
  // stored some before failing), so it is serialised again only then, not after every step.
  let exported: { cookies: unknown } | undefined;
  const instance = axios.create({
    httpAgent: agents.http,
    httpsAgent: agents.https,
    timeout: options.timeoutMs,
    maxContentLength: options.maxBodyBytes,
    maxBodyLength: options.maxBodyBytes,
    // Redirects would carry credentials and cookies to wherever the server points.
    maxRedirects: 0,
    validateStatus: () => true,
    responseType: 'text',
    transformResponse: [(data: unknown) => data],
    headers: { Accept: 'application/json', 'User-Agent': USER_AGENT },
    ...(options.credentials ? { auth: { ...options.credentials } } : {}),
  });

  const secrets = (): string[] => {
    const values = jar
      .serializeSync()
      ?.cookies.flatMap((c) => (typeof c.value === 'string' ? [c.value] : []));
    const out = values ?? [];
    out.push(...secretSpellings(options.secretValues ?? []));
    if (options.credentials) {
      const { username, password } = options.credentials;
      out.push(password, Buffer.from(`${username}:${password}`).toString('base64'));
    }
    return out;
  };
  const sink = options.log;
  // Undefined without --verbose, so no log line is even formatted.
  const log = sink && ((line: string): void => sink(scrubSecrets(line, secrets())));

  const sentHeaders = (headers: Record<string, string>, url: string): Record<string, string> => ({
    ...headers,
    ...(options.credentials ? { Authorization: 'Basic' } : {}),
    ...(jar.getCookieStringSync(url) === '' ? {} : { Cookie: 'OwnerId' }),
  });

  return {
    async send(request: HttpRequest, context: RequestContext): Promise<HttpResponse> {
      const started = performance.now();
      const headers = request.body === undefined ? {} : { 'Content-Type': JSON_TYPE };
      // Authorization and Cookie are added below axios; name them (redacted) so a user sees they go out.
      log?.(
        `→ ${request.method} ${request.url} ${JSON.stringify(redactHeaders(sentHeaders(headers, request.url)))}`,
      );
      let response: AxiosResponse<string>;
      // One deadline for the whole exchange, body included: axios' own timeout stops at the
      // headers, and AbortSignal.timeout inside AbortSignal.any is collected before it fires on
      // Node 20, so a server trickling a byte every 500 ms held apply (and its lock) forever.
      const deadline = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        deadline.abort();
      }, options.timeoutMs);
      const onStop = (): void => deadline.abort();
      options.stop?.addEventListener('abort', onStop, { once: true });
      if (options.stop?.aborted) deadline.abort();
      try {
        response = await instance.request<string>({
          method: request.method,
          url: request.url,
          headers,
          signal: deadline.signal,
          ...(request.body === undefined ? {} : { data: JSON.stringify(request.body) }),
        });
      } catch (error) {
        exported = undefined;
        const failure = timedOut
          ? new ApiFailure(
              { step: context.step, method: request.method, url: request.url },
              { kind: 'timeout' },
            )
          : toFailure(error, request, context);
        log?.(`✗ ${request.method} ${request.url}: ${failure.message}`);
        throw failure;
      } finally {
        clearTimeout(timer);
        options.stop?.removeEventListener('abort', onStop);
      }
      const durationMs = Math.round(performance.now() - started);
      if (response.headers['set-cookie'] !== undefined) exported = undefined;
      // The known secrets (which serialises the whole jar) are gathered only when an error body
      // is scrubbed: a successful exchange, nearly all of them, never needs them.
      let gathered: string[] | undefined;
      const known = (): string[] => {
        gathered ??= secrets();
        return gathered;
      };
      const result = toResponse(response, durationMs, {
        text: (text) => scrubSecrets(text, known()),
        decoded: (value) => scrubDecoded(value, known()),
      });
      log?.(
        `← ${result.status} ${request.method} ${request.url} (${durationMs} ms) ${JSON.stringify(redactHeaders(result.headers))}`,
      );
      return result;
    },
    exportCookies: () => {
      exported ??= { cookies: jar.serializeSync() };
      return exported.cookies;
    },
    clearCookies: () => {
      jar.removeAllCookiesSync();
      exported = undefined;
    },
  };
}

function restoreJar(cookies: unknown): CookieJar {
  if (cookies === undefined || cookies === null) return new CookieJar();
  // A damaged saved jar must not stop a resume: the API will answer 401 and say so.
  try {
    return CookieJar.deserializeSync(cookies as Parameters<typeof CookieJar.deserializeSync>[0]);
  } catch {
    return new CookieJar();
  }
}

function toResponse(
  response: AxiosResponse<string>,
  durationMs: number,
  scrub: { text: (text: string) => string; decoded: (value: unknown) => unknown },
): HttpResponse {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  const contentType = headers['content-type'] ?? '';
  const raw = typeof response.data === 'string' ? response.data : '';
  // Error bodies end up in messages and the journal; a server that echoes a cookie or credential
  // must not leak it, escaped or not: scrubbed as received, and again once JSON is decoded.
  if (response.status < 300)
    return { status: response.status, headers, contentType, body: parseBody(raw, contentType), durationMs };
  const body = scrub.decoded(parseBody(scrub.text(raw), contentType));
  return { status: response.status, headers, contentType, body, durationMs };
}

function parseBody(text: string, contentType: string): unknown {
  if (text === '') return '';
  if (/json/i.test(contentType) || /^\s*[{[]/.test(text)) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

function toFailure(error: unknown, request: HttpRequest, context: RequestContext): ApiFailure {
  const fields = { step: context.step, method: request.method, url: request.url };
  if (!isAxiosError(error)) {
    const detail = error instanceof Error ? error.message : String(error);
    return new ApiFailure(fields, { kind: 'network', code: sanitizeText(detail, 80) });
  }
  const code = error.code ?? 'ERROR';
  const certificate = describeCertificateError(code);
  if (certificate !== undefined) return new ApiFailure(fields, { kind: 'certificate', detail: certificate });
  if (code === 'ECONNABORTED' || code === 'ETIMEDOUT' || code === 'ERR_CANCELED') {
    return new ApiFailure(fields, { kind: 'timeout' });
  }
  if (/maxContentLength|maxBodyLength/i.test(error.message) || code === 'ERR_FR_MAX_BODY_LENGTH_EXCEEDED') {
    return new ApiFailure(fields, { kind: 'bad-response', detail: 'the body is larger than the size limit' });
  }
  // Deliberately not chained as `cause`: an AxiosError carries the request config, auth included.
  return new ApiFailure(fields, { kind: 'network', code: sanitizeText(code, 40) });
}
