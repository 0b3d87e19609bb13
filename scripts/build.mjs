// Bundles the CLI. Commands that talk HTTP or draw progress load their modules lazily (dynamic
// import), so esbuild splits them into chunks that `validate` and `plan` never read.
//
// Builds are content-addressed: .build/<hash of the inputs>/, and dist is a symlink swapped
// atomically to the current one. A build whose inputs have not changed is reused, and a CLI
// process started from an older build keeps its files while a new build lands beside it.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);

const root = new URL('..', import.meta.url).pathname;
const builds = join(root, '.build');
const KEEP = 4;

function inputFiles() {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(join(root, 'src'));
  walk(join(root, 'schemas'));
  files.push(
    join(root, 'scripts/build.mjs'),
    join(root, 'scripts/warm-cache.mjs'),
    join(root, 'package-lock.json'),
  );
  return files.filter(existsSync).sort();
}

const hash = createHash('sha256');
for (const file of inputFiles())
  hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
const id = hash.digest('hex').slice(0, 16);
const target = join(builds, id);

if (!existsSync(join(target, '.complete'))) {
  const staging = `${target}.tmp-${process.pid}`;
  mkdirSync(staging, { recursive: true });
  const shared = {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    target: 'node20',
    sourcemap: 'linked',
    // listr2 (the live terminal tree) stays in node_modules: only apply on a terminal loads it.
    // tough-cookie is mapped to one build so the cookie agent and orderform share a CookieJar.
    // pg-native is pg's optional native binding, required only when asked for: never bundled.
    external: ['listr2', 'pg-native'],
    alias: { 'tough-cookie': require.resolve('tough-cookie') },
    logLevel: 'warning',
  };
  // The HTTP stack lands in chunks that only apply and status load.
  await build({
    ...shared,
    entryPoints: { cli: 'src/cli/main.ts', emulator: 'src/emulator/index.ts' },
    outdir: staging,
    splitting: true,
    format: 'esm',
    banner: {
      js: "import { createRequire as __orderformCreateRequire } from 'node:module'; const require = __orderformCreateRequire(import.meta.url);",
    },
  });
  // apply also as one CommonJS bundle, listr2 included: code V8 restores from a cache cannot
  // call import(), so nothing in it may be left to a dynamic import.
  await build({
    ...shared,
    entryPoints: ['src/cli/apply.ts'],
    outfile: join(staging, 'apply-command.cjs'),
    format: 'cjs',
    external: ['pg-native'],
    // Less source for V8 to read and hash at start-up; names stay for stack traces.
    minifyWhitespace: true,
    minifySyntax: true,
    keepNames: true,
  });
  try {
    renameSync(staging, target);
  } catch {
    // Another build of the same inputs landed first; its output is identical.
    rmSync(staging, { recursive: true, force: true });
  }
}

if (!existsSync(join(target, '.complete'))) {
  // The code cache is made where the bundle will run from, so stack traces name that file.
  const warm = spawnSync(
    process.execPath,
    [join(root, 'scripts/warm-cache.mjs'), join(target, 'apply-command.cjs')],
    {
      stdio: 'inherit',
    },
  );
  // Without a cache apply still works, only compiling more at start-up.
  if (warm.status !== 0) console.warn('warning: no code cache for apply-command.cjs (warm-up failed)');
  writeFileSync(join(target, '.complete'), `${new Date().toISOString()}\n`);
}

// Swap dist atomically: a new symlink renamed over the old one.
const dist = join(root, 'dist');
const link = `${dist}.tmp-${process.pid}`;
rmSync(link, { force: true });
symlinkSync(relative(root, target), link, 'dir');
try {
  renameSync(link, dist);
} catch {
  // dist is a real directory from an older layout: replace it once.
  rmSync(dist, { recursive: true, force: true });
  renameSync(link, dist);
}

// Keep a few recent builds for processes still running from them.
const old = readdirSync(builds)
  .filter((name) => name !== id)
  .map((name) => ({ name, time: statSync(join(builds, name)).mtimeMs }))
  .sort((a, b) => b.time - a.time)
  .slice(KEEP);
for (const { name } of old) rmSync(join(builds, name), { recursive: true, force: true });
