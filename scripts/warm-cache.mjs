// Makes the V8 code cache of apply's CommonJS bundle: runs the bundle the way
// src/cli/cached-bundle.ts does, places the seed order against the in-process emulator so the
// functions apply needs are compiled, then stores V8's code for them beside the bundle.
//
//   node scripts/warm-cache.mjs <dir>/apply-command.cjs
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import vm from 'node:vm';

const file = process.argv[2];
const root = new URL('..', import.meta.url).pathname;
const script = new vm.Script(Module.wrap(readFileSync(file, 'utf8')), {
  filename: file,
});
const module = { exports: {} };
script
  .runInThisContext()
  .call(module.exports, module.exports, createRequire(file), module, file, dirname(file));

const discard = new Writable({ write: (_chunk, _encoding, done) => done() });
const code = await module.exports.runApply({
  argv: ['--emulator', join(root, 'manifests/vps-virtuozzo.yaml'), '--output', 'json'],
  env: {},
  cwd: root,
  stdout: discard,
  stderr: discard,
  stdin: new PassThrough(),
  signal: new AbortController().signal,
});
if (code !== 0) throw new Error(`the warm-up apply exited ${code}`);
// Written aside and renamed, so a concurrent build never leaves half a cache to read.
writeFileSync(`${file}.cache.${process.pid}`, script.createCachedData());
renameSync(`${file}.cache.${process.pid}`, `${file}.cache`);
