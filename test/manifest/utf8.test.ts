import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidUtf8 } from '../../src/manifest/utf8.js';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('decodeUtf8', () => {
  it('decodes UTF-8 and drops a byte order mark', () => {
    expect(decodeUtf8(new TextEncoder().encode('é €'))).toEqual({ kind: 'text', text: 'é €' });
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({ kind: 'text', text: 'a' });
  });

  it('locates the first bad byte by line and character column', () => {
    const text = [...new TextEncoder().encode('a: 1\nbé: '), 0xff];
    expect(decodeUtf8(new Uint8Array(text))).toEqual({ kind: 'invalid', offset: 10, line: 2, column: 5 });
  });

  it.each([
    ['lone continuation byte', [0x61, 0x80], 1],
    ['truncated sequence', [0x61, 0xe2, 0x82], 1],
    ['overlong encoding', [0xc0, 0xaf], 0],
    ['overlong three-byte encoding', [0xe0, 0x80, 0xaf], 0],
    ['UTF-16 surrogate', [0xed, 0xa0, 0x80], 0],
    ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['UTF-16 byte order mark', [0xff, 0xfe, 0x61, 0x00], 0],
  ])('finds a %s', (_name, input, offset) => {
    expect(firstInvalidUtf8(new Uint8Array(input))).toBe(offset);
  });

  it('accepts every well-formed length', () => {
    const valid = new TextEncoder().encode('a é € 😀');
    expect(firstInvalidUtf8(valid)).toBe(valid.length);
  });
});
