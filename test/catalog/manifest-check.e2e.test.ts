import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { type Emulator, startEmulator } from '../../src/emulator/index.js';
import { runCli } from '../helpers/cli.js';

/**
 * Each case under test/fixtures/manifests/catalog/invalid/ is checked against the emulator's
 * catalog by `plan` and `validate --online`: exit 3, the located errors of expected.txt
 * ({endpoint} standing for the emulator's URL), and nothing but GET requests.
 */
const FIXTURES = fileURLToPath(new URL('../fixtures/manifests/catalog/', import.meta.url));
const invalid = readdirSync(join(FIXTURES, 'invalid'));
const state = mkdtempSync(join(tmpdir(), 'orderform-catalog-check-'));
let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});
afterAll(async () => {
  await emulator.close();
  rmSync(state, { recursive: true, force: true });
});

describe.concurrent('manifests checked against the catalog', () => {
  for (const name of invalid) {
    it(`${name}: plan and validate --online exit 3 with located errors and send only GETs`, async ({
      expect,
    }) => {
      const cwd = join(FIXTURES, 'invalid', name);
      const expected = readFileSync(join(cwd, 'expected.txt'), 'utf8').replaceAll('{endpoint}', emulator.url);
      const plan = await runCli(['plan', 'order.yaml', '--endpoint', emulator.url, '--state-dir', state], {
        cwd,
      });
      expect(plan.code, plan.stderr).toBe(3);
      expect(plan.stderr).toBe(expected);
      expect(plan.stdout).toBe('');
      const validate = await runCli(['validate', 'order.yaml', '--online', '--endpoint', emulator.url], {
        cwd,
      });
      expect(validate.code, validate.stderr).toBe(3);
      // The same located lines; validate's closing lines are its own.
      const located = expected.split('\n').filter((line) => line.startsWith('error: '));
      expect(validate.stderr.split('\n').filter((line) => line.startsWith('error: '))).toEqual(located);
      expect(emulator.requests().filter((r) => r.method !== 'GET')).toEqual([]);
    });
  }

  it('skips the currency check for an existing account (its currency is not in the manifest)', async ({
    expect,
  }) => {
    const cwd = join(FIXTURES, 'valid', 'existing-account-other-currency');
    const plan = await runCli(['plan', 'order.yaml', '--endpoint', emulator.url, '--state-dir', state], {
      cwd,
    });
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toContain('Estimate: ');
    expect(plan.stdout).toContain(' EUR ');
  });

  it('--offline skips the catalog: no request at all, no estimate', async ({ expect }) => {
    const cwd = join(FIXTURES, 'invalid', 'billing-cycle-not-offered');
    // Its own emulator: the other cases run concurrently against the shared one.
    const own = await startEmulator({ port: 0 });
    try {
      const plan = await runCli(
        ['plan', 'order.yaml', '--endpoint', own.url, '--offline', '--state-dir', state],
        {
          cwd,
        },
      );
      expect(plan.code, plan.stderr).toBe(0);
      expect(plan.stdout).not.toContain('Estimate');
      expect(own.requests()).toEqual([]);
    } finally {
      await own.close();
    }
  });

  it('an unreachable catalog is exit 1 naming it, never a silent pass', async ({ expect }) => {
    const cwd = join(FIXTURES, 'valid', 'existing-account-other-currency');
    const closed = await startEmulator({ port: 0 });
    const url = closed.url;
    await closed.close();
    for (const args of [
      ['plan', 'order.yaml', '--endpoint', url, '--state-dir', state],
      ['validate', 'order.yaml', '--online', '--endpoint', url],
    ]) {
      const result = await runCli(args, { cwd });
      expect(result.code, result.stderr).toBe(1);
      expect(result.stderr).toContain(`error: the catalog at ${url} could not be read`);
      expect(result.stderr).toContain('connection problem');
    }
  });
});
