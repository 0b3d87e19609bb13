// biome-ignore-all lint/suspicious/noTemplateCurlyInString: manifest text with ${VAR} references
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { loadManifests, loadValidManifests, MAX_MANIFEST_BYTES } from '../../src/manifest/load.js';
import { edit, SEED_YAML } from '../helpers/manifest.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'orderform-load-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function put(path: string, text: string): string {
  const file = join(dir, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
  return file;
}

const named = (name: string) => edit('name: web-vps-01', `name: ${name}`);

describe('loadManifests', () => {
  it('walks directories: *.yaml and *.yml, sorted, skipping dot-directories and node_modules', async () => {
    put('orders/b.yaml', named('b'));
    put('orders/a.yml', named('a'));
    put('orders/sub/c.YAML', named('c'));
    put('orders/.git/x.yaml', 'broken: [');
    put('orders/node_modules/pkg/x.yaml', 'broken: [');
    put('orders/.hidden.yaml', 'broken: [');
    put('orders/readme.md', '# not a manifest');
    const { manifests, issues } = await loadManifests(['orders'], { cwd: dir, env: {} });
    expect(issues).toEqual([]);
    expect(manifests.map((m) => m.file)).toEqual(['orders/a.yml', 'orders/b.yaml', 'orders/sub/c.YAML']);
  });

  it('names files relative to the working directory when below it, else as given', async () => {
    const outside = put('elsewhere/o.yaml', named('o'));
    put('work/w.yaml', named('w'));
    const cwd = join(dir, 'work');
    const { manifests } = await loadManifests([outside, join(cwd, 'w.yaml'), '../elsewhere'], {
      cwd,
      env: {},
    });
    expect(manifests.map((m) => m.file)).toEqual([outside, 'w.yaml']);
  });

  it('reads a file named twice only once', async () => {
    put('a.yaml', SEED_YAML);
    const { manifests, issues } = await loadManifests(['a.yaml', './a.yaml', '.'], { cwd: dir, env: {} });
    expect(issues).toEqual([]);
    expect(manifests).toHaveLength(1);
  });

  it('reports missing paths and empty directories at line 1, column 1', async () => {
    mkdirSync(join(dir, 'empty'));
    const { issues } = await loadManifests(['nope.yaml', 'empty'], { cwd: dir, env: {} });
    expect(issues.map((i) => `${i.file}:${i.line}:${i.column}: ${i.message}`)).toEqual([
      'nope.yaml:1:1: no such file or directory',
      'empty:1:1: the directory holds no manifests (*.yaml or *.yml files)',
    ]);
  });

  it('refuses a file over 1 MiB without parsing it', async () => {
    const big = put('big.yaml', '');
    truncateSync(big, MAX_MANIFEST_BYTES + 1);
    const { issues } = await loadManifests(['big.yaml'], { cwd: dir, env: {} });
    expect(issues.map((i) => i.message)).toEqual([
      'the file is too large: 1048577 bytes; the limit is 1 MiB (1048576 bytes)',
    ]);
  });

  it('refuses non-UTF-8 text, saying where', async () => {
    writeFileSync(join(dir, 'latin1.yaml'), Buffer.from('kind: Order\nname: caf\xe9\n', 'latin1'));
    const { issues } = await loadManifests(['latin1.yaml'], { cwd: dir, env: {} });
    expect(issues).toEqual([
      expect.objectContaining({
        line: 2,
        column: 10,
        message: expect.stringMatching(/not valid UTF-8 \(bad byte at offset 21\)/),
      }),
    ]);
  });

  it('follows a symbolic link to a file given on the command line', async () => {
    const target = put('real.yaml', SEED_YAML);
    symlinkSync(target, join(dir, 'link.yaml'));
    const { manifests } = await loadManifests(['link.yaml'], { cwd: dir, env: {} });
    expect(manifests.map((m) => m.file)).toEqual(['link.yaml']);
  });

  it('rejects a metadata.name used twice across files, at the second, naming the first', async () => {
    put('a.yaml', SEED_YAML);
    put('b.yaml', `${named('other')}---\n${SEED_YAML}`);
    const { manifests, issues } = await loadManifests(['a.yaml', 'b.yaml'], { cwd: dir, env: {} });
    expect(manifests.map((m) => `${m.file}#${m.document}`)).toEqual(['a.yaml#0', 'b.yaml#0']);
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'b.yaml',
        document: 1,
        line: 24,
        column: 9,
        path: 'metadata.name',
        message: "metadata.name 'web-vps-01' is already used by a.yaml:4:9; each order needs its own name",
      }),
    ]);
  });

  it('orders issues by input, document and place', async () => {
    put('z.yaml', edit('billingCycle: 1', 'billingCycle: 0', named('z')));
    put('a.yaml', edit('kind: Order', 'kind: order', edit('currency: USD', 'currency: usd')));
    const { issues } = await loadManifests(['z.yaml', 'a.yaml'], { cwd: dir, env: {} });
    expect(issues.map((i) => `${i.file}:${i.line}`)).toEqual(['z.yaml:16', 'a.yaml:2', 'a.yaml:7']);
  });

  it('substitutes from options.env only', async () => {
    put('v.yaml', edit('name: web-vps-01', 'name: ${ORDERFORM_LOAD_TEST_NAME}'));
    const ok = await loadManifests(['v.yaml'], { cwd: dir, env: { ORDERFORM_LOAD_TEST_NAME: 'from-env' } });
    expect(ok.manifests[0]?.manifest.metadata.name).toBe('from-env');
    const missing = await loadManifests(['v.yaml'], { cwd: dir, env: {} });
    expect(missing.issues.map((i) => i.message)).toEqual([
      expect.stringContaining('ORDERFORM_LOAD_TEST_NAME is not set'),
    ]);
  });
});

describe('loadValidManifests', () => {
  it('throws one InputError with every issue', async () => {
    put('a.yaml', edit('billingCycle: 1', 'billingCycle: 0'));
    put('b.yaml', '');
    const error = await loadValidManifests(['a.yaml', 'b.yaml'], { cwd: dir, env: {} }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).issues).toHaveLength(2);
    expect((error as InputError).exitCode).toBe(3);
  });

  it('returns the manifests when all is well', async () => {
    put('a.yaml', SEED_YAML);
    expect(await loadValidManifests(['a.yaml'], { cwd: dir, env: {} })).toHaveLength(1);
  });
});
