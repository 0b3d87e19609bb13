import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import type { RecordedRequest } from '../../src/emulator/index.js';
import { journalPaths } from '../../src/state/journal-format.js';
import { expectExactlyOneSeedOrder, expectExit, runCli, workspace } from '../helpers/e2e.js';

// The seed order at the sample catalog's prices: 30.00 of setup fees and 50.45 for the first month.
const SEED_TOTAL = '80.45';

const actions = (requests: readonly RecordedRequest[], action: string) =>
  requests.filter((r) => r.path.endsWith('/action') && (r.body as { action?: string })?.action === action);

describe.concurrent('apply: quote, price guard and validate', () => {
  it('--max-total below the quote: exit 6, nothing validated or submitted; a higher limit resumes and submits at that quote', async ({
    expect,
  }) => {
    const ws = await workspace();
    try {
      const refused = await ws.apply(['--max-total', '50']);
      expectExit(refused, 6);
      expect(refused.stderr).toContain(
        `the quote is ${SEED_TOTAL} USD (one-time 30.00), above the limit 50.00 USD (--max-total); nothing was submitted and the order stays open`,
      );
      expect(refused.stderr).toContain('higher --max-total');
      expect(refused.stdout).toContain(
        'refused by the price guard (nothing submitted; the order stays open)',
      );
      expect(refused.stdout).toContain(`quote    ${SEED_TOTAL} USD`);
      expect(actions(ws.emulator.requests(), 'validate')).toEqual([]);
      expect(actions(ws.emulator.requests(), 'submit')).toEqual([]);
      const [order] = ws.emulator.state().orders;
      expect(order!.status).toBe('new');

      expect(ws.emulator.requests().filter((r) => r.path.endsWith('/quote'))).toHaveLength(1);
      // The quote as the API gives it now, read with the order's own cookie.
      const quote = await fetch(`${order!.url}/quote`, { headers: { Cookie: `OwnerId=${order!.owner}` } });
      const hash = ((await quote.json()) as { quote: { Hash: string } }).quote.Hash;

      const resumed = await ws.apply(['--max-total', '100']);
      expectExit(resumed, 0);
      const requests = ws.emulator.requests();
      // The recorded quote is reused: no read besides the first run's and this test's own.
      expect(requests.filter((r) => r.path.endsWith('/quote'))).toHaveLength(2);
      expect(actions(requests, 'validate').map((r) => r.body)).toEqual([
        { action: 'validate', quoteHash: hash },
      ]);
      expect(actions(requests, 'submit').map((r) => r.body)).toEqual([{ action: 'submit', quoteHash: hash }]);
      expectExactlyOneSeedOrder(ws.emulator);
    } finally {
      await ws.close();
    }
  });

  it('spec.maxTotal guards too, and --max-total overrides it', async ({ expect }) => {
    const ws = await workspace();
    try {
      const text = await readFile(ws.manifest, 'utf8');
      await writeFile(ws.manifest, text.replace('  products:\n', '  maxTotal: 60\n  products:\n'));
      const refused = await ws.apply();
      expectExit(refused, 6);
      expect(refused.stderr).toContain('above the limit 60.00 USD (spec.maxTotal)');
      expect(actions(ws.emulator.requests(), 'submit')).toEqual([]);
      expectExit(await ws.apply(['--max-total', '80.45']), 0);
      expectExactlyOneSeedOrder(ws.emulator);
    } finally {
      await ws.close();
    }
  });

  it('a saved plan refuses a quote above its reviewed estimate unless --max-increase allows it', async ({
    expect,
  }) => {
    for (const [extra, code] of [
      [[], 6],
      [['--max-increase', '20'], 0],
    ] as const) {
      const ws = await workspace();
      try {
        const plan = await runCli(
          ['plan', ws.manifest, '--endpoint', ws.emulator.url, '--out', 'plan.json'],
          {
            cwd: ws.dir,
          },
        );
        expectExit(plan, 0);
        const saved = JSON.parse(await readFile(join(ws.dir, 'plan.json'), 'utf8'));
        expect(saved.orders[0].estimate).toMatchObject({
          kind: 'estimate',
          currency: 'USD',
          total: SEED_TOTAL,
        });
        // As if the prices rose after the plan was reviewed: the reviewed estimate was 70.00.
        saved.orders[0].estimate.total = '70.00';
        await writeFile(join(ws.dir, 'plan.json'), JSON.stringify(saved));
        const applied = await runCli(['apply', 'plan.json', '--yes', ...extra], { cwd: ws.dir });
        expectExit(applied, code);
        if (code === 6) {
          expect(applied.stderr).toContain(
            `the quote is ${SEED_TOTAL} USD (one-time 30.00), above the plan's reviewed estimate 70.00 USD`,
          );
          expect(actions(ws.emulator.requests(), 'submit')).toEqual([]);
        } else {
          expectExactlyOneSeedOrder(ws.emulator);
        }
      } finally {
        await ws.close();
      }
    }
  });

  it("validate's 400 names the manifest entries it is about; nothing is submitted", async ({ expect }) => {
    const ws = await workspace();
    try {
      const text = await readFile(ws.manifest, 'utf8');
      const powerpack = '            - serviceSpecification: core.vps.virtuozzo.powerpack\n';
      await writeFile(
        ws.manifest,
        text.replace(
          powerpack,
          `${powerpack}            - serviceSpecification: core.vps.virtuozzo.backup\n`,
        ),
      );
      const result = await ws.apply();
      expectExit(result, 1);
      expect(result.stderr).toMatch(/No retentionDays attribute set for service [0-9a-f]{40}/);
      expect(result.stderr).toContain(
        `  at order.yaml:27:15: spec.products[0].services[0].services[6] (add service core.vps.virtuozzo.backup)`,
      );
      expect(actions(ws.emulator.requests(), 'submit')).toEqual([]);
    } finally {
      await ws.close();
    }
  });

  it('a 4xx refusal of a step points at its manifest entry beside the API message', async ({ expect }) => {
    const message = 'Unable to add the product';
    const ws = await workspace({
      faults: [{ kind: 'status', status: 400, message, method: 'POST', path: '/products$' }],
    });
    try {
      const result = await ws.apply();
      expectExit(result, 1);
      expect(result.stderr).toContain(`answered 400 Bad Request: ${message}`);
      expect(result.stderr).toContain(
        `  at order.yaml:13:7: spec.products[0] (add product core.plan.vps.virtuozzo.u101/offerings/USD-1)`,
      );
    } finally {
      await ws.close();
    }
  });
});

describe.concurrent('orderform cancel', () => {
  it('deletes an open order stopped by the guard; the next apply places a new one; a submitted one cannot be cancelled', async ({
    expect,
  }) => {
    const ws = await workspace();
    const cancel = (extra: string[] = []) =>
      runCli(['cancel', ws.manifest, '--endpoint', ws.emulator.url, ...extra], { cwd: ws.dir });
    try {
      expectExit(await ws.apply(['--max-total', '1']), 6);
      const open = ws.emulator.state().orders[0]!;
      const cancelled = await cancel();
      expectExit(cancelled, 0);
      expect(cancelled.stdout).toContain(`web-vps-01: cancelled: deleted the open order ${open.url}`);
      expect(ws.emulator.state().orders).toEqual([]);
      const paths = journalPaths(join(ws.dir, '.orderform'), ws.emulator.url, 'web-vps-01');
      const journal = JSON.parse(await readFile(paths.journal, 'utf8'));
      expect(journal.cancelled).toMatchObject({ orderUrl: open.url });
      expect(journal.steps).toEqual({});

      expectExit(await ws.apply(), 0);
      expectExactlyOneSeedOrder(ws.emulator);
      const deletes = () => ws.emulator.requests().filter((r) => r.method === 'DELETE');
      expect(deletes()).toHaveLength(1);

      const placed = await cancel(['--output', 'json']);
      expectExit(placed, 5);
      expect(JSON.parse(placed.stdout).orders[0]).toMatchObject({ kind: 'submitted', name: 'web-vps-01' });
      expect(deletes()).toHaveLength(1);

      // Were the state to miss the submit, the API's 405 says the same.
      const recorded = JSON.parse(await readFile(paths.journal, 'utf8'));
      delete recorded.placed;
      await writeFile(paths.journal, JSON.stringify(recorded));
      const refused = await cancel();
      expectExit(refused, 5);
      expect(refused.stdout).toContain('cannot be cancelled');
      expect(deletes()).toHaveLength(2);
      expect(deletes()[1]!.status).toBe(405);
    } finally {
      await ws.close();
    }
  });
});
