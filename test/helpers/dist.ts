import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What scripts/build.mjs reads: the sources, the build script and the settings it builds with. */
const INPUTS = [
  'src',
  'scripts/build.mjs',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.types.json',
];
/** What it writes last of each kind; dist/ is removed first, so these are as old as the build. */
const OUTPUTS = ['dist/cli.js', 'dist/index.js', 'dist/catalog.sample.json', 'dist/types/index.d.ts'];

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/**
 * Builds dist/ unless it is newer than everything it is built from (as after `npm ci`, whose
 * prepare script builds it), so the spawned CLI always runs the sources under test without a
 * second build per run. ORDERFORM_TEST_REBUILD=1 builds regardless.
 */
export function ensureBuilt(root: string): 'built' | 'fresh' {
  const outputs = OUTPUTS.map((file) => join(root, file));
  if (process.env.ORDERFORM_TEST_REBUILD !== '1' && outputs.every((file) => existsSync(file))) {
    const built = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
    const changed = Math.max(...INPUTS.map((input) => newest(join(root, input))));
    if (built > changed) return 'fresh';
  }
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  return 'built';
}
