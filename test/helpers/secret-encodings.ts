/**
 * The encodings a server may echo a secret in, as data: each turns the secret into the text a
 * hostile body would carry. Every one must come out scrubbed.
 */
export const SECRET_ENCODINGS: readonly { name: string; encode: (secret: string) => string }[] = [
  { name: 'raw', encode: (s) => s },
  { name: 'JSON string', encode: (s) => JSON.stringify(s).slice(1, -1) },
  {
    name: 'PHP json_encode (escaped slashes)',
    encode: (s) => JSON.stringify(s).slice(1, -1).replace(/\//g, '\\/'),
  },
  {
    name: 'every character as \\uXXXX',
    encode: (s) => Array.from(s, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''),
  },
  {
    name: 'upper-case \\uXXXX, mixed with raw',
    encode: (s) =>
      Array.from(s, (c, i) =>
        i % 2 === 0 ? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : c,
      ).join(''),
  },
  { name: 'percent-encoded', encode: (s) => encodeURIComponent(s) },
  {
    name: 'every byte percent-encoded',
    encode: (s) => Array.from(Buffer.from(s, 'utf8'), (b) => `%${b.toString(16).padStart(2, '0')}`).join(''),
  },
];

/** A password with the characters escapes trip over: '/', '"', '\\', '+', '=' and non-ASCII. */
export const HOSTILE_PASSWORD = 'pa/ss"w\\rd+=€ü-42';
export const HOSTILE_USERNAME = 'partner/agent';
export const BASIC_TOKEN = Buffer.from(`${HOSTILE_USERNAME}:${HOSTILE_PASSWORD}`).toString('base64');
