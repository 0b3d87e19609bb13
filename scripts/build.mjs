// Bundles the CLI into dist/. Commands that talk HTTP or draw progress load their
// modules lazily (dynamic import), so esbuild splits them into chunks that
// `validate` and `plan` never read.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
rmSync(`${root}dist`, { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/main.ts', emulator: 'src/emulator/index.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  // The HTTP and terminal stacks stay in node_modules: they are only imported by apply.
  external: ['axios', 'axios-cookiejar-support', 'tough-cookie', 'listr2'],
  banner: {
    js: "import { createRequire as __orderformCreateRequire } from 'node:module'; const require = __orderformCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
