import type { IncomingMessage } from 'node:http';
import { request as httpRequest } from 'node:http';
import { VERSION } from '../version.js';
import { CookieJar } from './cookies.js';
import { ApiFailure } from './failure.js';
import { redactHeaders, sanitizeText, scrubSecrets } from './redact.js';
import type { ClientOptions, HttpClient, HttpRequest, HttpResponse, RequestContext } from './types.js';

const JSON_TYPE = 'application/json; charset=UTF-8';
// Lets the API's operators tell orderform's traffic (and its version) from other clients.
const USER_AGENT = `orderform/${VERSION}`;

/**
 * The one HTTP client factory, on node:http (keep-alive through Node's global agents). One
 * client per order: each has its own cookie jar, so the OwnerId of one order is never sent with
 * another. Every status is returned and turned into meaning by src/api/operations.ts; redirects
 * are never followed (they would carry credentials and cookies wherever the server points);
 * transport failures become ApiFailure here. A general HTTP library (axios, its cookie agent)
 * cost more CPU to load than apply spends on all its requests.
 */
export function createHttpClient(options: ClientOptions): HttpClient {
  let jar = restoreJar(options.cookies);
  let saved: ReturnType<CookieJar['serialize']> | undefined;
  const authorization = options.credentials
    ? `Basic ${Buffer.from(`${options.credentials.username}:${options.credentials.password}`).toString('base64')}`
    : undefined;

  const secrets = (): string[] => {
    const out = jar.values();
    if (options.credentials) out.push(options.credentials.password, authorization!.slice('Basic '.length));
    return out;
  };
  const sink = options.log;
  // Undefined without --verbose, so no log line is even formatted.
  const log = sink && ((line: string): void => sink(scrubSecrets(line, secrets())));

  return {
    async send(request: HttpRequest, context: RequestContext): Promise<HttpResponse> {
      const started = performance.now();
      const headers = request.body === undefined ? {} : { 'Content-Type': JSON_TYPE };
      log?.(`→ ${request.method} ${request.url} ${JSON.stringify(redactHeaders(headers))}`);
      let raw: RawResponse;
      try {
        const url = new URL(request.url);
        const body = request.body === undefined ? undefined : Buffer.from(JSON.stringify(request.body));
        const cookie = jar.header(url, Date.now());
        raw = await exchange(url, {
          method: request.method,
          headers: {
            Accept: 'application/json',
            'User-Agent': USER_AGENT,
            ...headers,
            ...(body === undefined ? {} : { 'Content-Length': String(body.length) }),
            ...(authorization === undefined ? {} : { Authorization: authorization }),
            ...(cookie === undefined ? {} : { Cookie: cookie }),
          },
          body,
          maxBodyBytes: options.maxBodyBytes,
          timeoutMs: options.timeoutMs,
          stop: options.stop,
        });
        const setCookie = raw.message.headers['set-cookie'];
        if (setCookie) {
          jar.store(setCookie, url, Date.now());
          saved = undefined;
        }
      } catch (error) {
        const failure = toFailure(error, request, context);
        log?.(`✗ ${request.method} ${request.url}: ${failure.message}`);
        throw failure;
      }
      const durationMs = Math.round(performance.now() - started);
      const result = toResponse(raw, durationMs, (text) => scrubSecrets(text, secrets()));
      log?.(
        `← ${result.status} ${request.method} ${request.url} (${durationMs} ms) ${JSON.stringify(redactHeaders(result.headers))}`,
      );
      return result;
    },
    // Saved with every step's result: serialised again only when a response changed the jar.
    exportCookies: () => {
      saved ??= jar.serialize();
      return saved;
    },
    clearCookies: () => {
      jar = new CookieJar();
      saved = undefined;
    },
  };
}

interface RawResponse {
  message: IncomingMessage;
  text: string;
}

/** Answers of more than the limit, by header or as they arrive, are cut off and fail. */
class BodyTooLargeError extends Error {}

/** The per-request timeout, or the run being stopped: either way the answer is unknown. */
class AbortedError extends Error {
  override readonly name = 'AbortError';
}

async function exchange(
  url: URL,
  options: {
    method: string;
    headers: Record<string, string>;
    body: Buffer | undefined;
    maxBodyBytes: number;
    timeoutMs: number;
    stop: AbortSignal | undefined;
  },
): Promise<RawResponse> {
  if (options.stop?.aborted) throw new AbortedError('stopped');
  // node:https (and TLS with it) loads only for an https endpoint.
  const send = url.protocol === 'https:' ? (await import('node:https')).request : httpRequest;
  return new Promise<RawResponse>((resolve, reject) => {
    // A plain timer and listener: AbortSignal.timeout and AbortSignal.any cost more per request.
    const req = send(url, { method: options.method, headers: options.headers });
    let settled = false;
    const fail = (error: Error): void => {
      // After the answer, the socket belongs to the agent again: a late error must not touch it.
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.stop?.removeEventListener('abort', onStop);
      reject(error);
      req.destroy();
    };
    const onStop = (): void => fail(new AbortedError('stopped'));
    const timer = setTimeout(() => fail(new AbortedError('timed out')), options.timeoutMs);
    options.stop?.addEventListener('abort', onStop, { once: true });
    req.on('error', fail);
    req.on('response', (message) => {
      message.on('error', fail);
      if (Number(message.headers['content-length']) > options.maxBodyBytes)
        return fail(new BodyTooLargeError());
      const chunks: Buffer[] = [];
      let size = 0;
      message.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > options.maxBodyBytes) fail(new BodyTooLargeError());
        else chunks.push(chunk);
      });
      message.on('end', () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        options.stop?.removeEventListener('abort', onStop);
        resolve({ message, text: Buffer.concat(chunks).toString('utf8') });
      });
    });
    req.end(options.body);
  });
}

function restoreJar(cookies: unknown): CookieJar {
  if (cookies === undefined || cookies === null) return new CookieJar();
  // A damaged saved jar must not stop a resume: the API will answer 401 and say so.
  try {
    return CookieJar.restore(cookies);
  } catch {
    return new CookieJar();
  }
}

function toResponse(
  response: RawResponse,
  durationMs: number,
  scrub: (text: string) => string,
): HttpResponse {
  const headers: Record<string, string> = {};
  const status = response.message.statusCode ?? 0;
  for (const [name, value] of Object.entries(response.message.headers)) {
    if (value === undefined || value === null) continue;
    headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  const contentType = headers['content-type'] ?? '';
  // Error bodies end up in messages; a server that echoes a cookie or credential must not leak it.
  const text = status >= 300 ? scrub(response.text) : response.text;
  return { status, headers, contentType, body: parseBody(text, contentType), durationMs };
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
  if (error instanceof BodyTooLargeError) {
    return new ApiFailure(fields, { kind: 'bad-response', detail: 'the body is larger than the size limit' });
  }
  const name = error instanceof Error ? error.name : '';
  const code = (error as { code?: unknown } | undefined)?.code;
  // The timeout and a stopped run both abort the request: either way its answer is unknown.
  if (name === 'AbortError' || name === 'TimeoutError' || code === 'ETIMEDOUT') {
    return new ApiFailure(fields, { kind: 'timeout' });
  }
  if (typeof code === 'string')
    return new ApiFailure(fields, { kind: 'network', code: sanitizeText(code, 40) });
  const detail = error instanceof Error ? error.message : String(error);
  return new ApiFailure(fields, { kind: 'network', code: sanitizeText(detail, 80) });
}
