import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { formatDocumentPath, pointerToPath } from '../../src/manifest/paths.js';
import { createLocator } from '../../src/manifest/positions.js';

function locator(text: string) {
  const lineCounter = new LineCounter();
  return createLocator(parseDocument(text, { lineCounter }), lineCounter);
}

const TEXT = `a:
  list:
    - x
    - {k: v}
  empty:
  1: one
ref: &r
  deep: [1, 2]
alias: *r
`;

describe('createLocator', () => {
  const at = locator(TEXT);

  it('finds values and keys, 1-based', () => {
    expect(at.valueAt(['a', 'list', 0])).toEqual({ line: 3, column: 7 });
    expect(at.valueAt(['a', 'list', 1, 'k'])).toEqual({ line: 4, column: 11 });
    expect(at.keyAt(['a', 'list', 1, 'k'])).toEqual({ line: 4, column: 8 });
    expect(at.keyAt(['a', 'list'])).toEqual({ line: 2, column: 3 });
    expect(at.keyAt(['a', 'list', 1])).toEqual({ line: 4, column: 7 });
  });

  it('points at the key of an empty value', () => {
    expect(at.valueAt(['a', 'empty'])).toEqual({ line: 5, column: 3 });
  });

  it('matches numeric keys', () => {
    expect(at.valueAt(['a', '1'])).toEqual({ line: 6, column: 6 });
  });

  it('falls back to the nearest ancestor that exists', () => {
    expect(at.valueAt(['a', 'list', 9])).toEqual({ line: 3, column: 5 });
    expect(at.valueAt(['a', 'nope', 'deeper'])).toEqual({ line: 2, column: 3 });
    expect(at.keyAt(['a', 'nope'])).toEqual({ line: 2, column: 3 });
    expect(at.valueAt(['zzz'])).toEqual({ line: 1, column: 1 });
  });

  it('follows aliases to the anchored node', () => {
    expect(at.valueAt(['alias', 'deep', 1])).toEqual({ line: 8, column: 13 });
  });

  it('turns offsets into positions', () => {
    expect(at.offsetPosition(TEXT.indexOf('ref'))).toEqual({ line: 7, column: 1 });
  });
});

describe('document paths', () => {
  it('format like the user would write them', () => {
    expect(formatDocumentPath(['spec', 'products', 0, 'services', 1, 'relatedTo', 0])).toBe(
      'spec.products[0].services[1].relatedTo[0]',
    );
    expect(formatDocumentPath(['attributes', 'a.b', 'bad key'])).toBe('attributes["a.b"]["bad key"]');
    expect(formatDocumentPath([])).toBe('');
  });

  it('come from JSON pointers, with numbers only for list indexes', () => {
    const data = { a: [{ '0': { 'x/y': 1 } }] };
    expect(pointerToPath('/a/0/0/x~1y', data)).toEqual(['a', 0, '0', 'x/y']);
    expect(pointerToPath('', data)).toEqual([]);
  });
});
