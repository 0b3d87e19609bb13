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
 * the Basic token) in text that is about to be shown. Short values are skipped: replacing "a"
 * everywhere would garble output without protecting anything.
 */
export function scrubSecrets(text: string, secrets: Iterable<string>): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    out = out.split(secret).join(REDACTED);
  }
  return out;
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
