// The test tree's rules, checked so a misplaced file cannot land: suites live in the folder of
// the src/ folder they test, helpers in test/helpers/, and the `unit` project (no global setup)
// never spawns the built CLI, reads dist/ or asks for PostgreSQL: those suites are *.e2e.test.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TEST = join(ROOT, 'test');
/** Folders of test/ that mirror nothing in src/. */
// scripts/ mirrors the repository's scripts/ (the generators), not a folder of src/.
const OWN_FOLDERS = new Set(['scripts', 'helpers', 'fixtures', 'package']);
/** Suites that name those things without using them: this one, and the freshness check on a stand-in dist/. */
const EXEMPT = new Set(['layout.test.ts', 'dist.test.ts']);
/** What only an e2e suite may use: the spawned CLI, the build output, the PostgreSQL cluster. */
const NEEDS_E2E: readonly [RegExp, string][] = [
  [/from '\.\.\/helpers\/(cli|e2e|postgres)\.js'/, 'a spawning or PostgreSQL helper'],
  [/\binject\(/, "the global setup's values"],
  [/['"`/]dist\//, 'dist/'],
  [/bin\/orderform/, 'the built bin'],
  [/node:child_process'[\s\S]*\bCLI\b/, 'the built CLI'],
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'fixtures') return [];
    return statSync(path).isDirectory() ? files(path) : [relative(TEST, path)];
  });
}

describe('the test tree', () => {
  const all = files(TEST);

  it('has suites only in folders that mirror src/ (or helpers, fixtures, package)', () => {
    const src = new Set(
      readdirSync(join(ROOT, 'src')).filter((n) => statSync(join(ROOT, 'src', n)).isDirectory()),
    );
    const folders = new Set(all.filter((f) => f.includes('/')).map((f) => f.split('/')[0]!));
    for (const folder of folders) expect(src.has(folder) || OWN_FOLDERS.has(folder), folder).toBe(true);
  });

  it('keeps helpers in test/helpers/: every other file beside the suites is a suite', () => {
    const stray = all.filter((f) => f.includes('/') && !f.startsWith('helpers/') && !f.endsWith('.test.ts'));
    expect(stray).toEqual([]);
  });

  it('keeps the unit project free of the built CLI, dist/ and PostgreSQL', () => {
    const unit = all.filter((f) => f.endsWith('.test.ts') && !f.endsWith('.e2e.test.ts') && !EXEMPT.has(f));
    expect(unit.length).toBeGreaterThan(30);
    const misplaced: string[] = [];
    for (const file of unit) {
      const text = readFileSync(join(TEST, file), 'utf8');
      for (const [pattern, what] of NEEDS_E2E) if (pattern.test(text)) misplaced.push(`${file} uses ${what}`);
    }
    expect(misplaced).toEqual([]);
  });
});
