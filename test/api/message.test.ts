import { describe, expect, it } from 'vitest';
import { parseApiMessage } from '../../src/api/message.js';
import { REDACTED, redactHeaders, sanitizeText, scrubSecrets } from '../../src/api/redact.js';

describe('parseApiMessage', () => {
  it('reads the JSON error envelope', () => {
    const body = { itemNotFound: { guid: '', message: 'Resource not found', code: 404, details: '' } };
    expect(parseApiMessage(body, 'application/json')).toBe('Resource not found');
    const detailed = {
      badRequest: { message: 'POST data error', code: 400, details: "'offering' is missing" },
    };
    expect(parseApiMessage(detailed, 'application/json')).toBe("POST data error ('offering' is missing)");
  });

  it('falls back to the error type, then to plain text', () => {
    expect(parseApiMessage({ forbidden: { code: 403 } }, 'application/json')).toBe('forbidden');
    const apache = 'This server could not verify that you\nare authorized to access the document requested.';
    expect(parseApiMessage(apache, 'text/plain')).toBe(
      'This server could not verify that you are authorized to access the document requested.',
    );
  });

  it('never dumps HTML, and bounds and cleans text', () => {
    const html = '<html><head><title>502 Bad Gateway</title></head><body><script>x</script></body></html>';
    expect(parseApiMessage(html, 'text/html')).toBe('502 Bad Gateway (HTML page)');
    expect(parseApiMessage('<!DOCTYPE html><p>hi</p>', 'text/plain')).toBe('an HTML page');
    expect(parseApiMessage('x'.repeat(1000), 'text/plain')?.length).toBe(300);
    expect(parseApiMessage('bad\u001b[31m red', 'text/plain')).toBe('bad [31m red');
    expect(parseApiMessage('', 'text/plain')).toBeUndefined();
  });
});

describe('redaction', () => {
  it('hides secret headers whatever their case', () => {
    expect(
      redactHeaders({ Authorization: 'Basic abc', cookie: 'OwnerId=1', 'Set-Cookie': 'x', location: '/o/1' }),
    ).toEqual({ Authorization: REDACTED, cookie: REDACTED, 'Set-Cookie': REDACTED, location: '/o/1' });
  });

  it('scrubs known secret values from text', () => {
    expect(scrubSecrets('cookie 09185e9b-2ea0 and pw s3cret!', ['09185e9b-2ea0', 's3cret!', 'ab'])).toBe(
      `cookie ${REDACTED} and pw ${REDACTED}`,
    );
  });

  it('sanitizes control characters', () => {
    expect(sanitizeText('a\u0007b\r\nc')).toBe('a b c');
  });
});
