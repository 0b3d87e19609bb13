// Builds dist/: one esbuild ESM build with code splitting, then the library's .d.ts types.
//
// Everything orderform runs on is bundled, so the published package has no run-time
// dependencies. Commands that talk HTTP or draw progress load their modules lazily (dynamic
// import), so esbuild splits them into chunks that `validate` and `plan` never read.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');

rmSync(dist, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/main.ts', index: 'src/index.ts' },
  outdir: dist,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // tough-cookie is mapped to one build so the cookie agent (CommonJS) and orderform share a CookieJar.
  alias: {
    'tough-cookie': require.resolve('tough-cookie'),
    'form-data': join(root, 'scripts/shims/form-data.cjs'),
  },
  // pg-native is pg's optional native binding, required only when asked for: never bundled.
  external: ['pg-native'],
  // Bundled CommonJS dependencies call require() for Node's built-ins.
  banner: {
    js: "import { createRequire as __orderformCreateRequire } from 'node:module'; const require = __orderformCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
// The emulator's catalog format, next to the code that names it in its error hint.
copyFileSync(join(root, 'src/emulator/catalog.sample.json'), join(dist, 'catalog.sample.json'));
// Types for the library entry (dist/index.js), written by the compiler the checks use.
const tsc = join(dirname(require.resolve('typescript/package.json')), 'bin/tsc');
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.types.json'], {
  cwd: root,
  stdio: 'inherit',
});

// The compiler writes a .d.ts for every module; ship only those the entry's types reach.
const types = join(dist, 'types');
const reached = new Set();
const follow = (file) => {
  if (reached.has(file)) return;
  reached.add(file);
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import\()\s*'(\.[^']+)'/g))
    follow(resolve(dirname(file), spec.replace(/\.js$/, '.d.ts')));
};
follow(join(types, 'index.d.ts'));
for (const entry of readdirSync(types, { recursive: true, withFileTypes: true })) {
  const file = join(entry.parentPath, entry.name);
  if (entry.isFile() && !reached.has(file)) rmSync(file);
}
for (const entry of readdirSync(types, { recursive: true, withFileTypes: true }).reverse())
  if (entry.isDirectory() && readdirSync(join(entry.parentPath, entry.name)).length === 0)
    rmSync(join(entry.parentPath, entry.name), { recursive: true });
