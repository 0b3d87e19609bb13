import { describe, expect, it } from 'vitest';
import { scrubDecoded, scrubSecrets } from '../../src/api/redact.js';
import { BASIC_TOKEN, HOSTILE_PASSWORD, SECRET_ENCODINGS } from '../helpers/secret-encodings.js';

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

describe('a short secret (a card verification number) echoed back', () => {
  it('is scrubbed where it stands alone, raw or escaped', () => {
    for (const echo of ['"verificationNumber":"737"', 'cvv 737 rejected', 'cvv=\\u0037\\u0033\\u0037;']) {
      const text = scrubSecrets(echo, ['737']);
      expect(text, echo).toContain('[redacted]');
      expect(text, echo).not.toMatch(/(?<![0-9a-z])737(?![0-9a-z])/i);
    }
  });

  it('leaves ids and amounts that merely contain it readable', () => {
    const text = 'order 00000143d737b347 total 1737.00';
    expect(scrubSecrets(text, ['737'])).toBe(text);
  });
});
