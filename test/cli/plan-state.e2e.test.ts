import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../../src/emulator/index.js';
import { runCli } from '../helpers/cli.js';

const SEED = 'manifests/vps-virtuozzo.yaml';

describe('orderform plan reads the recorded state', () => {
  let emulator: Emulator;
  const work = mkdtempSync(join(tmpdir(), 'orderform-plan-state-'));
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
  });
  afterAll(async () => {
    await emulator.close();
    rmSync(work, { recursive: true, force: true });
  });

  const plan = (stateDir: string, ...extra: string[]) =>
    runCli(['plan', SEED, '--endpoint', emulator.url, '--state-dir', stateDir, ...extra]);
  const apply = (stateDir: string) =>
    runCli(
      ['apply', SEED, '--endpoint', emulator.url, '--state-dir', stateDir, '--yes', '--output', 'json'],
      {
        env: { ORDERFORM_RETRY_BASE_MS: '5', ORDERFORM_RETRY_CAP_MS: '20' },
      },
    );

  it('shows an order stopped halfway as done, then what remains', async () => {
    const stateDir = join(work, 'halfway');
    // The API refuses the third add-on: apply stops with the order, account, product, server and some add-ons done.
    emulator.injectFault({
      kind: 'status',
      status: 400,
      method: 'POST',
      path: '/services$',
      nth: 4,
      message: 'Refused for the test',
    });
    const first = await apply(stateDir);
    expect(first.code).toBe(1);

    const result = await plan(stateDir, '--detailed-exitcode');
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/ = order +POST /);
    expect(result.stdout).toMatch(/ = account +PUT /);
    expect(result.stdout).toMatch(/ = vps +POST /);
    expect(result.stdout).toMatch(/ \+ submit +POST /);
    expect(result.stdout).toMatch(/\d+ requests? to send, \d+ already done/);

    const json = JSON.parse((await plan(stateDir, '--output', 'json')).stdout);
    expect(json.orders[0].state.kind).toBe('partial');
    expect(json.orders[0].state.steps.order).toBe('done');
  });

  it('shows a placed order as no changes and exits 0 with --detailed-exitcode', async () => {
    const stateDir = join(work, 'placed');
    const applied = await apply(stateDir);
    expect(applied.code).toBe(0);

    const quiet = await plan(stateDir, '--detailed-exitcode');
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toBe('No changes: 1 order already placed.\n');

    const result = await plan(stateDir, '--detailed-exitcode', '--verbose');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /no changes: already placed \(http:\/\/127\.0\.0\.1:\d+\/orders\/[0-9a-f]+\/?\)/,
    );
    expect(result.stdout).toContain('0 orders to place (0 requests), 1 unchanged');

    const markdown = await plan(stateDir, '--output', 'markdown');
    expect(markdown.stdout).toContain('no changes: already placed');
    expect(markdown.stdout).not.toContain('<details>');
  });

  it('never prints the recorded cookie', async () => {
    const stateDir = join(work, 'placed');
    const cookies = emulator.requests().flatMap((r) => (r.owner ? [r.owner] : []));
    expect(cookies.length).toBeGreaterThan(0);
    for (const format of ['text', 'json', 'markdown']) {
      const result = await plan(stateDir, '--output', format, '--verbose');
      for (const cookie of cookies) {
        expect(result.stdout).not.toContain(cookie);
        expect(result.stderr).not.toContain(cookie);
      }
    }
  });
});
