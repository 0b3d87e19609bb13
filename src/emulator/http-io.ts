import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { badRequest, type EmulatorRefusal, renderEnvelope, UNAUTHORIZED_TEXT } from './error-answers.js';

export const JSON_TYPE = 'application/json; charset=UTF-8';
export const MAX_BODY_BYTES = 1024 * 1024;

/** A finished answer: status, headers and the serialised body. */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export function jsonReply(status: number, value: unknown, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'Content-Type': JSON_TYPE, ...headers }, body: JSON.stringify(value) };
}

/** No body. The seed shows `Content-Type: application/json` even on bodiless 201s, so it can be kept. */
export function emptyReply(status: number, headers: Record<string, string> = {}): Reply {
  return { status, headers, body: '' };
}

export function failureReply(failure: EmulatorRefusal): Reply {
  if (failure.status === 401) {
    return {
      status: 401,
      headers: { 'Content-Type': 'text/plain; charset=iso-8859-1' },
      body: UNAUTHORIZED_TEXT,
    };
  }
  return {
    status: failure.status,
    headers: { 'Content-Type': JSON_TYPE, ...failure.headers },
    body: renderEnvelope(failure.status, failure.message, failure.details),
  };
}

export type BodyRead = { kind: 'ok'; text: string } | { kind: 'too-large' };

/** Reads the whole body, giving up (without buffering more) once it exceeds the limit. */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyRead> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > limit) {
    req.resume();
    return Promise.resolve({ kind: 'too-large' });
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        resolve({ kind: 'too-large' });
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      resolve({
        kind: 'ok',
        text: chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8'),
      });
    });
    req.on('error', (error) => {
      if (!done) reject(error);
    });
  });
}

/** What the request log shows as the body: parsed JSON when it parses, the text otherwise. */
export function recordableBody(text: string, parsed: ParsedBody): unknown {
  if (text === '') return null;
  return parsed.ok ? parsed.value : text;
}

/** A body parsed once per request: the log and the handlers share the result. */
export type ParsedBody = { ok: true; value: unknown } | { ok: false };

export function parseBodyText(text: string): ParsedBody {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** POST and PUT bodies must be declared as JSON (UTF-8) and be valid JSON, as the API requires. */
export function parseJsonBody(headers: IncomingHttpHeaders, text: string, parsed: ParsedBody): unknown {
  const contentType = headers['content-type'];
  if (!isJsonContentType(contentType)) {
    throw badRequest(
      'Content-Type must be application/json',
      `got ${contentType === undefined ? 'no Content-Type header' : `'${contentType}'`}`,
    );
  }
  if (parsed.ok) return parsed.value;
  try {
    // Parsed again only to word the error.
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw badRequest('POST data error', `The body is not valid JSON: ${reason}`);
  }
}

function isJsonContentType(value: string | undefined): boolean {
  if (value === undefined) return false;
  const [mediaType = '', ...params] = value.split(';').map((part) => part.trim().toLowerCase());
  if (mediaType !== 'application/json') return false;
  for (const param of params) {
    const [name, raw = ''] = param.split('=');
    if (name?.trim() === 'charset' && !['utf-8', 'utf8'].includes(raw.trim().replace(/^"|"$/g, '')))
      return false;
  }
  return true;
}

/** Every OwnerId value in the Cookie header; `Path=/` (as the docs send it) is just another pair. */
export function ownerFromCookie(header: string | undefined): string | null {
  if (header === undefined) return null;
  for (const pair of header.split(';')) {
    const eq = pair.indexOf('=');
    if (eq > 0 && pair.slice(0, eq).trim() === 'OwnerId') {
      const value = pair.slice(eq + 1).trim();
      if (value !== '') return value;
    }
  }
  return null;
}

/** A body field check in the API's words: 400 "POST data error" with what is wrong as details. */
export function postDataError(details: string): EmulatorRefusal {
  return badRequest('POST data error', details);
}

/** One API request as the order routes see it. */
export interface RouteRequest {
  method: string;
  /** Path segments after `/orders` or `/order`. */
  segments: string[];
  /** OwnerId from the Cookie header. */
  owner: string | null;
  /** Query parameters (paging of lists). */
  query: URLSearchParams;
  /** The JSON body; throws the documented 400 when it is not declared or not valid JSON. */
  body(): unknown;
}
