import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { createLocator } from '../../src/manifest/positions.js';
import { HOSTILE_MANIFESTS } from '../helpers/hostile-manifests.js';
import { parse } from '../helpers/manifest.js';

// Generous: these take well under a second alone, but the machines running tests are shared.
const BOUND_MS = 8_000;

describe('hostile manifests', () => {
  for (const item of HOSTILE_MANIFESTS) {
    it(`${item.name}: ${item.expect === undefined ? 'valid' : `refused (${item.expect.source})`}`, () => {
      const text = item.text();
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(1024 * 1024);
      const started = performance.now();
      const { manifests, issues } = parse(text);
      const elapsed = performance.now() - started;
      expect(elapsed).toBeLessThan(BOUND_MS);
      if (item.expect === undefined) {
        expect(issues).toEqual([]);
        expect(manifests).toHaveLength(1);
        return;
      }
      expect(manifests).toEqual([]);
      expect(issues.length).toBeLessThanOrEqual(101);
      const hit = issues.find((issue) => item.expect!.test(issue.message));
      expect(hit, issues.map((i) => `${i.line}:${i.column} ${i.message}`).join('\n')).toBeDefined();
      if (item.line !== undefined) expect(hit?.line).toBe(item.line);
    }, 30_000);
  }
});

describe('locating findings', () => {
  it('finds each of 100k keys of one map without a scan per finding', () => {
    const count = 100_000;
    const text = Array.from({ length: count }, (_, i) => `k${i}: ${i}\n`).join('');
    const lineCounter = new LineCounter();
    const locator = createLocator(parseDocument(text, { lineCounter, uniqueKeys: false }), lineCounter);
    const started = performance.now();
    for (let i = 0; i < count; i += 1) expect(locator.keyAt([`k${i}`]).line).toBe(i + 1);
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
  }, 60_000);
});
