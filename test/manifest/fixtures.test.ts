// Data-driven bad-input (and good-input) cases: every directory under
// test/fixtures/manifests/{invalid,valid}/ is one case, run through the built CLI. Adding a case
// means adding files (generated ones, for what cannot be committed: huge files, node_modules):
//   <inputs>       files or directories passed to `orderform validate` (all entries, sorted)
//   expected.txt   invalid: the exact stderr; valid (optional): the exact stdout
//   case.json      optional: {"args": [...], "env": {...}, "generate": [{"file", "head", "repeat", "times", "tail"}]}
// UPDATE_FIXTURES=1 rewrites expected.txt from the actual output (review the diff!).
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
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/manifests', import.meta.url));
const UPDATE = process.env.UPDATE_FIXTURES === '1';
const CONTROL_FILES = new Set(['expected.txt', 'case.json']);
const LOCATED = /^error: [^\n]+?:\d+:\d+(?: \(document \d+\))?: \S/;

interface CaseSpec {
  args?: string[];
  env?: Record<string, string>;
  generate?: { file: string; head?: string; repeat: string; times: number; tail?: string }[];
}

const scratch = mkdtempSync(join(tmpdir(), 'orderform-fixtures-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function cases(kind: 'invalid' | 'valid'): string[] {
  return readdirSync(join(FIXTURES, kind), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Copies the case to a scratch directory (so generated inputs never land in the repository) and runs it there. */
async function runCase(kind: 'invalid' | 'valid', name: string) {
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
  const result = await runCli(args, { cwd: dir, env: spec.env ?? {} });
  return { result, expectedFile: join(source, 'expected.txt') };
}

describe('invalid manifests: exit 3 with located, plain-words errors', () => {
  it('has at least 35 cases', () => {
    expect(cases('invalid').length).toBeGreaterThanOrEqual(35);
  });

  it.concurrent.each(cases('invalid'))('%s', async (name) => {
    const { result, expectedFile } = await runCase('invalid', name);
    if (UPDATE) writeFileSync(expectedFile, result.stderr);
    expect(result.stderr).not.toMatch(/^ {4}at |internal error/m);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    const errors = result.stderr.split('\n').filter((line) => line.startsWith('error: '));
    expect(errors.length).toBeGreaterThan(0);
    for (const line of errors) expect(line).toMatch(LOCATED);
    expect(result.stderr).toBe(readFileSync(expectedFile, 'utf8'));
  });
});

describe('valid manifests: exit 0', () => {
  it.concurrent.each(cases('valid'))('%s', async (name) => {
    const { result, expectedFile } = await runCase('valid', name);
    if (UPDATE) writeFileSync(expectedFile, result.stdout);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    if (existsSync(expectedFile)) expect(result.stdout).toBe(readFileSync(expectedFile, 'utf8'));
  });
});
