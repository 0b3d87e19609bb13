import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../../src/emulator/index.js';
import { runCli } from '../helpers/cli.js';

const SEED = readFileSync(new URL('../../manifests/vps-virtuozzo.yaml', import.meta.url), 'utf8');
const FAST = { ORDERFORM_RETRY_BASE_MS: '5', ORDERFORM_RETRY_CAP_MS: '20' };

describe('plan on a placed order whose manifest changed', () => {
  let emulator: Emulator;
  const work = mkdtempSync(join(tmpdir(), 'orderform-plan-conflict-'));
  const manifest = join(work, 'order.yaml');
  const stateDir = join(work, 'state');
  const plan = (...extra: string[]) =>
    runCli(['plan', manifest, '--endpoint', emulator.url, '--state-dir', stateDir, ...extra]);

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
    writeFileSync(manifest, SEED);
    const applied = await runCli(
      ['apply', manifest, '--endpoint', emulator.url, '--state-dir', stateDir, '--yes'],
      { env: FAST },
    );
    expect(applied.code).toBe(0);
    // Twelve months instead of one, and the IP add-on dropped.
    writeFileSync(
      manifest,
      SEED.replace('billingCycle: 1', 'billingCycle: 12').replace(/^.*core\.vps\.virtuozzo\.ip\n/m, ''),
    );
  });
  afterAll(async () => {
    await emulator.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('exits 5, as apply would, and shows what changed field by field', async () => {
    for (const extra of [[], ['--detailed-exitcode']]) {
      const result = await plan(...extra);
      expect(result.code).toBe(5);
      expect(result.stdout).toContain('~ service server');
      expect(result.stdout).toContain('billingCycle: 1 -> 12');
      expect(result.stdout).toContain('- service vps/ip (removed from the manifest)');
      // The children inherit the cycle: each is named from the manifest, not by position.
      expect(result.stdout).toContain('~ service vps/plesk');
      expect(result.stdout).not.toMatch(/service:vps\/0/);
      expect(result.stderr).toContain('error: apply would refuse web-vps-01');
    }
    const apply = await runCli([
      'apply',
      manifest,
      '--endpoint',
      emulator.url,
      '--state-dir',
      stateDir,
      '--yes',
    ]);
    expect(apply.code).toBe(5);
    // apply refuses with the same diff.
    expect(apply.stderr).toMatch(/has changed since:\n {2}~ service server\n {6}billingCycle: 1 -> 12\n/);
    expect(apply.stderr).toContain('- service vps/ip (removed from the manifest)');
  });

  it('carries the changes in JSON and shows them in Markdown', async () => {
    const json = await plan('--output', 'json');
    expect(json.code).toBe(5);
    const state = JSON.parse(json.stdout).orders[0].state;
    expect(state.kind).toBe('changed');
    const server = state.changes.find((c: { step: string }) => c.step === 'service:server');
    expect(server).toMatchObject({
      kind: 'changed',
      name: 'server',
      fields: [{ path: 'billingCycle', before: 1, after: 12 }],
    });
    const markdown = await plan('--output', 'markdown');
    expect(markdown.code).toBe(5);
    expect(markdown.stdout).toContain('apply will refuse (exit 5)');
    expect(markdown.stdout).toMatch(/```diff\n(.*\n)*~ service server\n {4}billingCycle: 1 -> 12\n/);
  });
});
