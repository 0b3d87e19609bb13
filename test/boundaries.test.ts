import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

// The import-direction rules of .dependency-cruiser.cjs, run as `npm run boundaries` runs them,
// over small trees shaped like src/: every allowed direction passes, every wrong-way import fails
// with the rule that names it.

const run = promisify(execFile);
const DEPCRUISE = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const FOLDERS = ['cli', 'apply', 'state', 'plan', 'catalog', 'api', 'manifest', 'emulator', 'shared'];
const ROOT_MODULES = ['errors', 'version'];
const made: string[] = [];

interface Violation {
  rule: string;
  from: string;
  to: string;
}

/** `target` of a folder (`plan`) or a root module (`errors`), as a path from src/. */
const targetOf = (to: string): string => (ROOT_MODULES.includes(to) ? `${to}.ts` : `${to}/target.ts`);

/** A tree with one target module per folder and a file `src/<from>` importing each of `imports`. */
function writeTree(files: Record<string, string[]>, style: 'value' | 'type' | 'dynamic' = 'value'): string {
  const dir = mkdtempSync(join(tmpdir(), 'orderform-boundaries-'));
  made.push(dir);
  const write = (path: string, text: string): void => {
    mkdirSync(dirname(join(dir, 'src', path)), { recursive: true });
    writeFileSync(join(dir, 'src', path), text);
  };
  for (const folder of FOLDERS) write(`${folder}/target.ts`, 'export const target = 1;\n');
  for (const name of ROOT_MODULES) write(`${name}.ts`, 'export const target = 1;\n');
  for (const [from, imports] of Object.entries(files)) {
    const depth = from.split('/').length - 1;
    const lines = imports.map((to, i) => {
      const spec = `${depth === 0 ? './' : '../'.repeat(depth)}${targetOf(to).replace(/\.ts$/, '.js')}`;
      if (style === 'type')
        return `import type { target as t${i} } from '${spec}';\nexport type T${i} = typeof t${i};\n`;
      if (style === 'dynamic') return `export const load${i} = () => import('${spec}');\n`;
      return `import { target as t${i} } from '${spec}';\nexport const v${i} = t${i};\n`;
    });
    write(from, lines.join(''));
  }
  return dir;
}

async function violationsIn(dir: string): Promise<Violation[]> {
  // depcruise exits non-zero when it finds violations; the JSON report is on stdout either way.
  const result = await run(
    process.execPath,
    [DEPCRUISE, 'src', '--config', CONFIG, '--output-type', 'json'],
    {
      cwd: dir,
      maxBuffer: 16 * 1024 * 1024,
    },
  ).catch((error: { stdout?: string; stderr?: string }) => {
    if (!error.stdout) throw new Error(`depcruise failed: ${error.stderr ?? String(error)}`);
    return { stdout: error.stdout };
  });
  const report = JSON.parse(result.stdout) as {
    summary: { violations: { rule: { name: string }; from: string; to: string }[] };
  };
  return report.summary.violations
    .map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }))
    .sort((a, b) => `${a.rule} ${a.from}`.localeCompare(`${b.rule} ${b.from}`));
}

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe.concurrent('import boundaries (.dependency-cruiser.cjs)', () => {
  it('lets every folder import what the README allows it', async ({ expect }) => {
    const allowed: Record<string, string[]> = {
      'cli/main.ts': [
        'apply',
        'state',
        'plan',
        'api',
        'manifest',
        'catalog',
        'emulator',
        'shared',
        'errors',
        'version',
      ],
      'apply/run.ts': ['state', 'plan', 'api', 'manifest', 'catalog', 'shared', 'errors', 'version'],
      'state/read.ts': ['plan', 'api', 'manifest', 'shared', 'errors'],
      'catalog/read.ts': ['api', 'manifest', 'shared', 'errors'],
      'plan/compile.ts': ['manifest', 'shared', 'errors'],
      'api/client.ts': ['shared', 'errors', 'version'],
      'manifest/load.ts': ['shared', 'errors'],
      'emulator/server.ts': ['shared', 'errors'],
      'index.ts': ['emulator', 'apply', 'plan', 'manifest', 'errors', 'version'],
    };
    expect(await violationsIn(writeTree(allowed))).toEqual([]);
  });

  it('names every wrong-way import, type-only and dynamic ones too', async ({ expect }) => {
    const wrong: Record<string, string[]> = {
      'plan/uses-api.ts': ['api'],
      'plan/uses-catalog.ts': ['catalog'],
      'plan/uses-apply.ts': ['apply'],
      'plan/uses-state.ts': ['state'],
      'state/uses-apply.ts': ['apply'],
      'state/uses-cli.ts': ['cli'],
      'api/uses-plan.ts': ['plan'],
      'api/uses-catalog.ts': ['catalog'],
      'manifest/uses-plan.ts': ['plan'],
      'catalog/uses-plan.ts': ['plan'],
      'apply/uses-cli.ts': ['cli'],
      'apply/uses-emulator.ts': ['emulator'],
      'emulator/uses-api.ts': ['api'],
      'shared/uses-plan.ts': ['plan'],
    };
    const expected: Violation[] = [
      ...Object.entries(wrong).map(([from, [to]]) => ({
        rule: `${from.split('/')[0]}-imports`,
        from: `src/${from}`,
        to: `src/${targetOf(to as string)}`,
      })),
      { rule: 'emulator-importers', from: 'src/apply/uses-emulator.ts', to: 'src/emulator/target.ts' },
      { rule: 'neutral-imports-nothing', from: 'src/shared/uses-plan.ts', to: 'src/plan/target.ts' },
    ].sort((a, b) => `${a.rule} ${a.from}`.localeCompare(`${b.rule} ${b.from}`));
    for (const style of ['value', 'type', 'dynamic'] as const) {
      expect(await violationsIn(writeTree(wrong, style)), style).toEqual(expected);
    }
  });

  it('refuses an import cycle, even inside one folder', async ({ expect }) => {
    const dir = writeTree({});
    writeFileSync(
      join(dir, 'src/plan/a.ts'),
      "import type { B } from './b.js';\nexport type A = { b?: B };\n",
    );
    writeFileSync(
      join(dir, 'src/plan/b.ts'),
      "import type { A } from './a.js';\nexport type B = { a?: A };\n",
    );
    // depcruise names a cycle once, from whichever member it meets first.
    const found = await violationsIn(dir);
    expect(found).toHaveLength(1);
    expect(found[0]?.rule).toBe('no-circular');
    expect([found[0]?.from, found[0]?.to].sort()).toEqual(['src/plan/a.ts', 'src/plan/b.ts']);
  });

  it('refuses the errors module importing a folder', async ({ expect }) => {
    const dir = writeTree({});
    writeFileSync(
      join(dir, 'src/errors.ts'),
      "import { target } from './cli/target.js';\nexport const e = target;\n",
    );
    expect(await violationsIn(dir)).toEqual([
      { rule: 'neutral-imports-nothing', from: 'src/errors.ts', to: 'src/cli/target.ts' },
    ]);
  });
});
