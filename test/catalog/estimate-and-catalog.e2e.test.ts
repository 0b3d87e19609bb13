import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../../src/emulator/index.js';
import { runCli } from '../helpers/cli.js';

const SEED = 'manifests/vps-virtuozzo.yaml';
const work = mkdtempSync(join(tmpdir(), 'orderform-estimate-'));
let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});
afterAll(async () => {
  await emulator.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the estimate in plan', () => {
  it('text: the total, one-time and recurring, then each product and service, labelled an estimate', async () => {
    const plan = await runCli(['plan', SEED, '--endpoint', emulator.url, '--state-dir', join(work, 's')]);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toContain(
      'Estimate: 80.45 USD (one-time 30.00, recurring 50.45 every month) (an estimate from catalog prices; the quote apply reads before submitting is binding)',
    );
    // Named as the plan names its steps: the manifest's ids and short specification names.
    expect(plan.stdout).toMatch(
      /\n {4}server +one-time +25\.00 +recurring +19\.95 \/ month +core\.vps\.virtuozzo\.server\.u100/,
    );
    expect(plan.stdout).toMatch(
      /\n {4}vps\/ip +one-time +5\.00 +recurring +2\.50 \/ month +core\.vps\.virtuozzo\.ip/,
    );
    expect(plan.stdout).not.toMatch(/service:vps\/0\//);
  });

  it('JSON carries it per order; Markdown has a price column', async () => {
    const json = await runCli([
      'plan',
      SEED,
      '--endpoint',
      emulator.url,
      '-o',
      'json',
      '--state-dir',
      join(work, 's'),
    ]);
    expect(json.code, json.stderr).toBe(0);
    const estimate = JSON.parse(json.stdout).orders[0].estimate;
    expect(estimate).toMatchObject({
      kind: 'estimate',
      currency: 'USD',
      oneTime: '30.00',
      recurring: [{ months: 1, amount: '50.45' }],
      total: '80.45',
      complete: true,
    });
    expect(estimate.lines).toHaveLength(8);
    const markdown = await runCli([
      'plan',
      SEED,
      '--endpoint',
      emulator.url,
      '-o',
      'markdown',
      '--state-dir',
      join(work, 's'),
    ]);
    expect(markdown.stdout).toContain('| Order | Source | What apply does | Critical path | Price |');
    expect(markdown.stdout).toContain('| ~80.45 USD (estimate) |');
    expect(markdown.stdout).toContain('the quote apply reads before submitting is binding');
  });

  it('a 12-month cycle is charged 12 months at a time', async () => {
    const dir = mkdtempSync(join(work, 'yearly-'));
    const { readFile, writeFile } = await import('node:fs/promises');
    const text = (await readFile(SEED, 'utf8')).replace('billingCycle: 1', 'billingCycle: 12');
    await writeFile(join(dir, 'order.yaml'), text);
    const plan = await runCli(['plan', 'order.yaml', '--endpoint', emulator.url, '-o', 'json'], { cwd: dir });
    expect(plan.code, plan.stderr).toBe(0);
    const estimate = JSON.parse(plan.stdout).orders[0].estimate;
    // The plan's own fee stays monthly (USD-1); every service is billed 12 months at once.
    expect(estimate.recurring).toEqual([
      { months: 1, amount: '0.00' },
      { months: 12, amount: '605.40' },
    ]);
    expect(estimate.total).toBe('635.40');
  });
});

describe('orderform catalog', () => {
  it('lists offerings, services with cycles, prices and attributes, then serves them from the cache', async () => {
    const state = join(work, 'catalog-state');
    const args = [
      'catalog',
      'core.plan.vps.virtuozzo.u101',
      '--endpoint',
      emulator.url,
      '--state-dir',
      state,
    ];
    const first = await runCli(args);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('core.plan.vps.virtuozzo.u101  VPS Virtuozzo U101');
    expect(first.stdout).toMatch(/USD-12 +USD {2}12 months/);
    expect(first.stdout).toContain('core.vps.virtuozzo.ip  Additional IP Address  (billing cycles: 1*, 12)');
    expect(first.stdout).toContain('prices: USD setup 5.00, 2.50/month; EUR setup 5.00, 2.25/month');
    expect(first.stdout).toContain('attributes: retentionDays (Integer, required), schedule (String)');
    expect(readdirSync(join(state, 'catalog'))).toHaveLength(1);

    const sent = emulator.requests().length;
    const cached = await runCli([...args, '-o', 'json']);
    expect(cached.code, cached.stderr).toBe(0);
    expect(emulator.requests()).toHaveLength(sent);
    const body = JSON.parse(cached.stdout);
    expect(body).toMatchObject({ kind: 'catalog', cached: true, endpoint: emulator.url });
    expect(body.services['core.vps.virtuozzo.backup'].attributes[0]).toEqual({
      name: 'retentionDays',
      type: 'Integer',
      required: true,
    });

    const refreshed = await runCli([...args, '--refresh', '-o', 'json']);
    expect(JSON.parse(refreshed.stdout).cached).toBe(false);
    expect(emulator.requests().length).toBeGreaterThan(sent);
    expect(emulator.requests().every((r) => r.method === 'GET')).toBe(true);
  });

  it('lists every product specification, and says so when one does not exist (exit 3)', async () => {
    const all = await runCli(['catalog', '--emulator']);
    expect(all.code, all.stderr).toBe(0);
    expect(all.stdout).toContain('core.plan.vps.virtuozzo.u102  VPS Virtuozzo U102');
    const missing = await runCli(['catalog', 'core.plan.nope', '--emulator']);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain("there is no product specification 'core.plan.nope'");
  });
});
