import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FaultRule } from '../../src/emulator/index.js';
import { expectExactlyOneSeedOrder, waitFor, workspace } from '../helpers/e2e.js';
import { nthMatching, TARGETS } from '../helpers/fault-targets.js';
import { parse, SEED_YAML } from '../helpers/manifest.js';

/** Pieces hostile YAML is made of: structure, anchors, tags, escapes and control characters. */
const FRAGMENTS = [
  '---\n',
  '...\n',
  '[',
  ']',
  '{',
  '}',
  ': ',
  '- ',
  '&a ',
  '*a',
  '!!str ',
  '!custom ',
  '<<: ',
  '"\\e[2J"',
  '"\\u202e"',
  "'",
  '#',
  '\n',
  '  ',
  `${'$'}{X}`,
  '$$',
  '%YAML 1.1\n',
  '\t',
  '? ',
  '|\n',
  '>-\n',
  '\u0000',
  '\uFEFF',
];
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 200 }).map((parts) => parts.join('')),
  fc
    .tuple(fc.nat(SEED_YAML.length), fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 5 }))
    .map(([at, parts]) => SEED_YAML.slice(0, at) + parts.join('') + SEED_YAML.slice(at)),
);

describe('the loader, for any input', () => {
  it('returns located issues or valid manifests, never throws (exit 70), in bounded time', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const started = performance.now();
        const { manifests, issues } = parse(text);
        expect(performance.now() - started).toBeLessThan(5_000);
        expect(manifests.length > 0 || issues.length > 0).toBe(true);
        for (const issue of issues) {
          expect(issue.line).toBeGreaterThanOrEqual(1);
          expect(issue.column).toBeGreaterThanOrEqual(1);
          expect(issue.message).not.toBe('');
        }
      }),
      { numRuns: 300 },
    );
  });
});

const faultKind = fc.constantFrom<FaultRule['kind']>('status', 'drop-before', 'commit-then-drop');
const fault = fc.record({
  target: fc.nat(TARGETS.length - 1),
  kind: faultKind,
  status: fc.constantFrom(500, 502, 503, 429),
});

describe('resume, for any kill point and any fault sequence', () => {
  it('ends with exactly one order and no duplicate service', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fault, { minLength: 1, maxLength: 3 }),
        fc.nat(TARGETS.length - 1),
        async (faults, killAt) => {
          const ws = await workspace({ latencyMs: 20 });
          try {
            for (const f of faults) {
              const match = TARGETS[f.target]!.match;
              ws.emulator.injectFault(
                f.kind === 'status'
                  ? { ...match, kind: 'status', status: f.status }
                  : { ...match, kind: f.kind },
              );
            }
            // First run: killed once its request for `killAt` went out (or when it ends first).
            const run = ws.spawnApply([], { ORDERFORM_RETRY_ATTEMPTS: '2' });
            await waitFor(
              () =>
                nthMatching(ws.emulator.requests(), TARGETS[killAt]!) ??
                (run.child.exitCode !== null ? true : undefined),
              20_000,
            ).catch(() => undefined);
            run.child.kill('SIGKILL');
            await run.done;
            // Then apply until it succeeds; each run resumes what the last one left.
            let code: number | null = null;
            for (let i = 0; i < 6 && code !== 0; i++)
              code = (await ws.apply([], { ORDERFORM_RETRY_ATTEMPTS: '2' })).code;
            expect(code).toBe(0);
            expectExactlyOneSeedOrder(ws.emulator);
          } finally {
            await ws.close();
          }
        },
      ),
      { numRuns: 6 },
    );
  }, 240_000);
});
