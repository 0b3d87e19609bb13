import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const TRACE = fileURLToPath(new URL('../helpers/trace-imports.mjs', import.meta.url));
const HEAVY =
  /node_modules\/(axios|axios-cookiejar-support|tough-cookie|http-cookie-agent|listr2|ajv\/dist\/(core|compile|2020))\b/;
const work = mkdtempSync(join(tmpdir(), 'orderform-lazy-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

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
    expect(modules.some((url) => url.includes('/dist/cli.js') || url.includes('/cli.js'))).toBe(true);
    expect(modules.filter((url) => HEAVY.test(url))).toEqual([]);
  });

  it('plan, reading the recorded state, loads none of them either', async () => {
    const modules = await loadedModules(
      ['plan', 'manifests', '--endpoint', 'https://api.hostway.com', '--state-dir', join(work, 'state')],
      'plan',
    );
    expect(modules.filter((url) => HEAVY.test(url))).toEqual([]);
  });

  it('apply does load them (the trace sees what it should)', async () => {
    const modules = await loadedModules(
      ['apply', '--emulator', 'manifests/vps-virtuozzo.yaml', '--output', 'json'],
      'apply',
    );
    expect(modules.some((url) => /node_modules\/axios\//.test(url))).toBe(true);
  });
});
