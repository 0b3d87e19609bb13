import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const TRACE = fileURLToPath(new URL('../helpers/trace-imports.mjs', import.meta.url));
const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const HEAVY_PACKAGES =
  /node_modules\/(axios|tough-cookie|http-cookie-agent|listr2|ajv\/dist\/(core|compile|2020))\b/;
const work = mkdtempSync(join(tmpdir(), 'orderform-lazy-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Built chunks that carry the (bundled) HTTP stack or listr2, found by what they contain (no schema compiler is bundled). */
function heavyChunks(): string[] {
  return readdirSync(DIST).filter(
    (file) =>
      file.endsWith('.js') && /AxiosError|ListrTaskState/.test(readFileSync(join(DIST, file), 'utf8')),
  );
}

function heavy(modules: readonly string[]): string[] {
  const chunks = heavyChunks();
  return modules.filter(
    (url) => HEAVY_PACKAGES.test(url) || chunks.some((chunk) => url.endsWith(`/${chunk}`)),
  );
}

async function loadedModules(args: string[], name: string): Promise<string[]> {
  const trace = join(work, `${name}.txt`);
  const result = await runCli(args, {
    env: { ORDERFORM_TRACE_IMPORTS: trace, NODE_OPTIONS: `--import=${TRACE}` },
  });
  expect(result.code, result.stderr).toBe(0);
  return readFileSync(trace, 'utf8').split('\n').filter(Boolean);
}

describe('validate and plan stay light', () => {
  it('validate loads neither the HTTP and terminal stacks nor the schema compiler', async () => {
    const modules = await loadedModules(['validate', 'manifests'], 'validate');
    expect(modules.some((url) => url.endsWith('/cli.js'))).toBe(true);
    expect(heavy(modules)).toEqual([]);
  });

  it('plan, reading the recorded state, loads none of them either', async () => {
    const modules = await loadedModules(
      [
        'plan',
        'manifests',
        '--endpoint',
        'https://api.hostway.com',
        '--offline',
        '--state-dir',
        join(work, 'state'),
      ],
      'plan',
    );
    expect(heavy(modules)).toEqual([]);
  });

  it('apply does load the HTTP stack (the trace sees what it should)', async () => {
    expect(heavyChunks().length).toBeGreaterThan(0);
    const modules = await loadedModules(
      ['apply', '--emulator', 'manifests/vps-virtuozzo.yaml', '--output', 'json'],
      'apply',
    );
    expect(heavy(modules).length).toBeGreaterThan(0);
  });
});
