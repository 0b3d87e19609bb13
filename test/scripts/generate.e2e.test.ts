// One strategy for every schema: validators precompiled by `npm run generate` (ajv standalone
// code), committed, checked fresh here, and no ajv compiler in the built bundle.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const VALIDATORS = [
  'src/manifest/order-validator.generated.js',
  'src/plan/plan-validator.generated.js',
  'src/emulator/catalog-validator.generated.js',
];
/** What `npm run generate` writes (scripts/generate.mjs, generatedFiles): a file missing here fails the check of the copy. */
const GENERATED = [
  'src/manifest/order.generated.ts',
  ...VALIDATORS.flatMap((file) => [file, file.replace(/\.js$/, '.d.ts')]),
];
const work = mkdtempSync(join(tmpdir(), 'orderform-generate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the generator, the schemas and the generated files, beside the real node_modules. */
function copyOfSources(name: string): string {
  const dir = join(work, name);
  for (const part of ['scripts', 'schemas']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  for (const file of GENERATED) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(ROOT, file), join(dir, file));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

const check = (dir: string) =>
  spawnSync(process.execPath, ['scripts/generate.mjs', '--check'], { cwd: dir, encoding: 'utf8' });

describe('npm run generate --check', () => {
  it('passes on the committed files and fails when a schema changed without regenerating', () => {
    const dir = copyOfSources('stale');
    expect(check(dir).status).toBe(0);

    const schemaFile = join(dir, 'schemas/catalog.schema.json');
    const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
    schema.$defs.currency.errorMessage = 'must be three capital letters';
    writeFileSync(schemaFile, JSON.stringify(schema));
    const stale = check(dir);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain('src/emulator/catalog-validator.generated.js is out of date');
    expect(stale.stderr).not.toContain('order-validator');
  });

  it.each(VALIDATORS)(
    '%s has no require() and imports only ajv runtime helpers and format functions',
    (file) => {
      const code = readFileSync(join(ROOT, file), 'utf8');
      expect(code).not.toMatch(/\brequire\(/);
      const imports = [...code.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
      for (const module of imports)
        expect(module).toMatch(/^(ajv\/dist\/runtime\/[a-z0-9_]+|ajv-formats\/dist\/formats)\.js$/);
    },
  );
});

describe('the built bundle (dist/, built by the global setup)', () => {
  it('holds no ajv compiler: nothing compiles a schema at run time', () => {
    const dist = join(ROOT, 'dist');
    const chunks = readdirSync(dist).filter((file) => file.endsWith('.js'));
    expect(chunks.length).toBeGreaterThan(1);
    const texts = chunks.map((file) => readFileSync(join(dist, file), 'utf8'));
    // The precompiled validators are there...
    for (const name of ['validateOrderManifest', 'validatePlan', 'validateCatalogSchema'])
      expect(texts.some((text) => text.includes(name))).toBe(true);
    // ...and ajv itself is not: only its small runtime helpers are bundled.
    const compiler = chunks.filter((_file, i) =>
      /node_modules\/ajv\/dist\/(?!runtime\/)|new Ajv(?:2020)?\(/.test(texts[i] ?? ''),
    );
    expect(compiler).toEqual([]);
  });
});
