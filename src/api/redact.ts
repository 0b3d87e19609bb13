/** Headers whose values are credentials or session keys: never shown, never logged. */
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie']);

export const REDACTED = '[redacted]';

export function redactHeaders(headers: Readonly<Record<string, unknown>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || value === null) continue;
    out[name] = SECRET_HEADERS.has(name.toLowerCase()) ? REDACTED : String(value);
  }
  return out;
}

/**
 * Last line of defence: replaces every occurrence of a known secret (cookie values, the password,
 * the Basic token) in text that is about to be shown or recorded, in any encoding a server may
 * echo it in: each character raw, JSON-escaped (`\/` as PHP's json_encode writes it, `\uXXXX`,
 * `\"`, `\\`) or percent-encoded, mixed freely. A value of two or three characters (a card's
 * verification number) is replaced only where it stands alone, with no letter or digit beside
 * it, so that ids and amounts that happen to contain it stay readable; a single character is
 * skipped: replacing "a" everywhere would garble output without protecting anything.
 */
export function scrubSecrets(text: string, secrets: Iterable<string>): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < 2) continue;
    out = out.replace(secretPattern(secret), REDACTED);
  }
  return out;
}

/** scrubSecrets on every string inside a decoded JSON value, keys included. */
export function scrubDecoded(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === 'string') return scrubSecrets(value, secrets);
  if (Array.isArray(value)) return value.map((item) => scrubDecoded(item, secrets));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value))
      out[scrubSecrets(key, secrets)] = scrubDecoded(item, secrets);
    return out;
  }
  return value;
}

const patterns = new Map<string, RegExp>();

function secretPattern(secret: string): RegExp {
  let pattern = patterns.get(secret);
  if (pattern === undefined) {
    const chars = Array.from(secret, (char) => {
      const code = char.codePointAt(0) ?? 0;
      const forms = [char.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')];
      if (code <= 0xffff) forms.push(`\\\\u${code.toString(16).padStart(4, '0')}`);
      if (char === '/' || char === '"' || char === '\\') forms.push(`\\\\\\${char}`);
      forms.push(
        Array.from(Buffer.from(char, 'utf8'), (byte) => `%${byte.toString(16).padStart(2, '0')}`).join(''),
      );
      return `(?:${forms.join('|')})`;
    });
    const body = chars.join('');
    pattern = new RegExp(secret.length < 4 ? `(?<![A-Za-z0-9])${body}(?![A-Za-z0-9])` : body, 'gi');
    patterns.set(secret, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

/**
 * Makes text from the server safe to print on one line: no control characters (a hostile server
 * must not drive the terminal), whitespace collapsed, bounded length.
 */
export function sanitizeText(text: string, maxLength = 300): string {
  const flat = text
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > maxLength ? `${flat.slice(0, maxLength - 1)}…` : flat;
}

/** A secret as it may appear in text: raw, JSON-escaped, URL-encoded and base64. */
export function secretSpellings(values: readonly string[]): string[] {
  return values.flatMap((value) => [
    value,
    JSON.stringify(value).slice(1, -1),
    encodeURIComponent(value),
    Buffer.from(value).toString('base64').replace(/=+$/, ''),
  ]);
}
