import { sanitizeText } from './redact.js';

/**
 * The API's own words for a failed request. OrderAPI errors are JSON envelopes
 * `{"<errorType>": {"message", "code", "details", "guid"}}`; 401s are text/plain Apache pages;
 * proxies answer with HTML. HTML is never dumped: its <title> stands for it.
 */
export function parseApiMessage(body: unknown, contentType: string): string | undefined {
  if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
    return messageFromEnvelope(body as Record<string, unknown>);
  }
  if (typeof body !== 'string' || body.trim() === '') return undefined;
  if (/html/i.test(contentType) || /^\s*<(!doctype|html|\?xml)/i.test(body)) {
    const title =
      /<title[^>]*>([^<]*)<\/title>/i.exec(body)?.[1] ?? /<h1[^>]*>([^<]*)<\/h1>/i.exec(body)?.[1];
    return title && title.trim() !== '' ? `${sanitizeText(title, 120)} (HTML page)` : 'an HTML page';
  }
  return sanitizeText(body);
}

function messageFromEnvelope(body: Record<string, unknown>): string | undefined {
  const direct = textField(body, 'message');
  if (direct !== undefined) return direct;
  const entries = Object.entries(body);
  if (entries.length !== 1) return undefined;
  const [type, inner] = entries[0]!;
  if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return undefined;
  const record = inner as Record<string, unknown>;
  const message = textField(record, 'message');
  const details = textField(record, 'details');
  const head = message ?? sanitizeText(type, 60);
  return details !== undefined && details !== message ? `${head} (${details})` : head;
}

function textField(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  if (typeof value !== 'string') return undefined;
  const text = sanitizeText(value);
  return text === '' ? undefined : text;
}
