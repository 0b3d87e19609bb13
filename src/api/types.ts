import type { JsonValue } from '../shared/json-value.js';

/** One request as the rest of orderform sees it: no axios types cross src/api. */
export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  body?: JsonValue;
}

/** Any answer the server gave, 2xx or not; transport failures throw ApiFailure instead. */
export interface HttpResponse {
  status: number;
  /** Lower-case header names. Secret headers are present here but never logged. */
  headers: Readonly<Record<string, string>>;
  contentType: string;
  /** Parsed JSON when the body is JSON, the raw text otherwise ('' for no body). */
  body: unknown;
  durationMs: number;
}

export interface Credentials {
  username: string;
  password: string;
}

export interface ClientOptions {
  timeoutMs: number;
  /** Largest response body accepted, in bytes. */
  maxBodyBytes: number;
  credentials?: Credentials | undefined;
  /** Cookies saved by `exportCookies` in an earlier run, restored into the new jar. */
  cookies?: unknown;
  /** Aborts requests still in flight when a stopped run stops waiting for them. */
  stop?: AbortSignal | undefined;
  /** Manifest secrets (password, card data): scrubbed, in every spelling, from logs and answers. */
  secretValues?: readonly string[] | undefined;
  /** Debug log sink for --verbose; lines are already redacted. */
  log?: ((line: string) => void) | undefined;
}

/** An HTTP client bound to one order: its own cookie jar, so an OwnerId never crosses orders. */
export interface HttpClient {
  send(request: HttpRequest, context: RequestContext): Promise<HttpResponse>;
  /** The jar as JSON, for the journal (it holds the OwnerId cookie: never print it). */
  exportCookies(): unknown;
  /** Forget every cookie: an in-doubt order is abandoned and a new one started. */
  clearCookies(): void;
}

export interface RequestContext {
  /** The plan step the request belongs to, for error messages. */
  step?: string | undefined;
}
