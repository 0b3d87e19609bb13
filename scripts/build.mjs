// Builds dist/: one esbuild ESM build with code splitting.
//
// Everything orderform runs on is bundled, so the published package has no run-time
// dependencies. Commands that talk HTTP or draw progress load their modules lazily (dynamic
// import), so esbuild splits them into chunks that `validate` and `plan` never read.
import { copyFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');

rmSync(dist, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/main.ts', emulator: 'src/emulator/index.ts' },
  outdir: dist,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // tough-cookie is mapped to one build so the cookie agent (CommonJS) and orderform share a CookieJar.
  alias: { 'tough-cookie': require.resolve('tough-cookie') },
  // Bundled CommonJS dependencies call require() for Node's built-ins.
  banner: {
    js: "import { createRequire as __orderformCreateRequire } from 'node:module'; const require = __orderformCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
// The emulator's catalog format, next to the code that names it in its error hint.
copyFileSync(join(root, 'src/emulator/catalog.sample.json'), join(dist, 'catalog.sample.json'));
