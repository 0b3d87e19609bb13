// The e2e global setup rebuilds dist/ only when a build input is newer than the build.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './helpers/dist.js';

const root = mkdtempSync(join(tmpdir(), 'orderform-dist-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const write = (file: string, text = '', at?: number) => {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
  if (at !== undefined) utimesSync(join(root, file), at, at);
};
// A stand-in build: writes the outputs and counts its runs.
const BUILD = `import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
let runs = 0; try { runs = Number(readFileSync('runs', 'utf8')); } catch {}
writeFileSync('runs', String(runs + 1));
mkdirSync('dist/types', { recursive: true });
for (const f of ['dist/cli.js', 'dist/index.js', 'dist/catalog.sample.json', 'dist/types/index.d.ts']) writeFileSync(f, '');
`;
const runs = () => Number(readFileSync(join(root, 'runs'), 'utf8'));

describe('ensureBuilt', () => {
  it('builds when dist/ is missing, skips when it is newer than every input, rebuilds after an edit', () => {
    const past = Date.now() / 1000 - 100;
    write('scripts/build.mjs', BUILD, past);
    for (const file of ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.types.json'])
      write(file, '{}', past);
    write('src/deep/module.ts', 'export {};', past);
    utimesSync(join(root, 'src/deep'), past, past);
    utimesSync(join(root, 'src'), past, past);

    expect(ensureBuilt(root)).toBe('built');
    expect(runs()).toBe(1);
    expect(ensureBuilt(root)).toBe('fresh');
    expect(runs()).toBe(1);

    write('src/deep/module.ts', 'export const changed = 1;', Date.now() / 1000 + 10);
    expect(ensureBuilt(root)).toBe('built');
    expect(runs()).toBe(2);

    rmSync(join(root, 'dist/types/index.d.ts'));
    expect(ensureBuilt(root)).toBe('built');
    expect(runs()).toBe(3);
  });
});
