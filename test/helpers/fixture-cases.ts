// Data-driven bad-input (and good-input) cases: every directory under
// test/fixtures/manifests/{invalid,valid}/ is one case for `orderform validate`. Adding a case
// means adding files (generated ones, for what cannot be committed: huge files, node_modules):
//   <inputs>       files or directories passed to `orderform validate` (all entries, sorted)
//   expected.txt   invalid: the exact stderr; valid (optional): the exact stdout
//   case.json      optional: {"args": [...], "env": {...}, "generate": [{"file", "head", "repeat", "times", "tail"}]}
// UPDATE_FIXTURES=1 rewrites expected.txt from the actual output (review the diff!).
// Every case runs in-process (test/manifest/fixtures.test.ts); a few also through the built CLI
// (test/cli/validate-fixtures.e2e.test.ts), with the same expectations.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExpectStatic } from 'vitest';
import type { CliResult } from './cli.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/manifests', import.meta.url));
const UPDATE = process.env.UPDATE_FIXTURES === '1';
const CONTROL_FILES = new Set(['expected.txt', 'case.json']);
const LOCATED = /^error: [^\n]+?:\d+:\d+(?: \(document \d+\))?: \S/;

export type CaseKind = 'invalid' | 'valid';
export type Runner = (
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
) => Promise<CliResult>;

interface CaseSpec {
  args?: string[];
  env?: Record<string, string>;
  generate?: { file: string; head?: string; repeat: string; times: number; tail?: string }[];
}

export function cases(kind: CaseKind): string[] {
  return readdirSync(join(FIXTURES, kind), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** A scratch directory for one suite's copies of the cases; remove() in afterAll. */
export function scratchDir(): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'orderform-fixtures-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** Copies the case to a scratch directory (so generated inputs never land in the repository) and runs it there. */
export async function runCase(kind: CaseKind, name: string, scratch: string, run: Runner) {
  const source = join(FIXTURES, kind, name);
  const spec: CaseSpec = existsSync(join(source, 'case.json'))
    ? JSON.parse(readFileSync(join(source, 'case.json'), 'utf8'))
    : {};
  const dir = join(scratch, kind, name);
  cpSync(source, dir, {
    recursive: true,
    filter: (path) => !CONTROL_FILES.has(path.slice(source.length + 1)),
  });
  for (const g of spec.generate ?? []) {
    mkdirSync(dirname(join(dir, g.file)), { recursive: true });
    writeFileSync(join(dir, g.file), `${g.head ?? ''}${g.repeat.repeat(g.times)}${g.tail ?? ''}`);
  }
  const inputs = readdirSync(dir).sort();
  const args = ['validate', ...(spec.args ?? inputs)];
  const result = await run(args, { cwd: dir, env: spec.env ?? {} });
  return { result, expectedFile: join(source, 'expected.txt') };
}

/** Invalid: exit 3, nothing on stdout, only located plain-words errors, exactly expected.txt. */
export function expectInvalid(expect: ExpectStatic, result: CliResult, expectedFile: string): void {
  if (UPDATE) writeFileSync(expectedFile, result.stderr);
  expect(result.stderr).not.toMatch(/^ {4}at |internal error/m);
  expect(result.code).toBe(3);
  expect(result.stdout).toBe('');
  const errors = result.stderr.split('\n').filter((line) => line.startsWith('error: '));
  expect(errors.length).toBeGreaterThan(0);
  for (const line of errors) expect(line).toMatch(LOCATED);
  expect(result.stderr).toBe(readFileSync(expectedFile, 'utf8'));
}

/** Valid: exit 0, nothing on stderr, stdout exactly expected.txt when there is one. */
export function expectValid(expect: ExpectStatic, result: CliResult, expectedFile: string): void {
  if (UPDATE) writeFileSync(expectedFile, result.stdout);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  if (existsSync(expectedFile)) expect(result.stdout).toBe(readFileSync(expectedFile, 'utf8'));
}
