import { describe, expect, it } from 'vitest';
import { scrubDecoded, scrubSecrets } from '../../src/api/redact.js';
import { BASIC_TOKEN, HOSTILE_PASSWORD, SECRET_ENCODINGS } from './secret-encodings.js';

const SECRETS = [HOSTILE_PASSWORD, BASIC_TOKEN, 'cookie-0123456789abcdef'];

describe('secrets echoed in any encoding are scrubbed', () => {
  for (const secret of SECRETS) {
    for (const { name, encode } of SECRET_ENCODINGS) {
      it(`${name} of ${secret.slice(0, 6)}…`, () => {
        const echoed = `{"badRequest":{"message":"bad header Basic ${encode(secret)} here"}}`;
        const text = scrubSecrets(echoed, SECRETS);
        expect(text).toContain('[redacted]');
        expect(text).not.toContain(encode(secret));
        // Decoded, the JSON holds no secret either.
        let decoded: unknown = text;
        try {
          decoded = JSON.parse(text);
        } catch {}
        const flat = JSON.stringify(scrubDecoded(decoded, SECRETS));
        for (const s of SECRETS) expect(JSON.parse(JSON.stringify(flat))).not.toContain(s);
      });
    }
  }

  it('leaves other text alone', () => {
    expect(scrubSecrets('nothing secret / here \\u0041', SECRETS)).toBe('nothing secret / here \\u0041');
  });
});
