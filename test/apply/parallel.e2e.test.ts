import { describe, it } from 'vitest';
import {
  ADD_ONS,
  expectExactlyOneSeedOrder,
  expectExit,
  isMutating,
  runCli,
  SEED_MANIFEST,
  workspace,
} from '../helpers/e2e.js';

describe.concurrent('apply: parallelism, Retry-After, saved plans, --emulator', () => {
  it('runs the add-ons together (by default) and the account beside the product chain', async ({
    expect,
  }) => {
    const ws = await workspace({ latencyMs: 100 });
    try {
      expectExit(await ws.apply(), 0);
      const requests = ws.emulator.requests();
      const addOns = requests.filter((r) => r.path.endsWith('/services')).slice(1);
      expect(addOns).toHaveLength(ADD_ONS.length);
      // All six were in flight at one moment: the last one started before the first one finished.
      expect(Math.max(...addOns.map((r) => r.startedAt))).toBeLessThan(
        Math.min(...addOns.map((r) => r.finishedAt)),
      );
      const account = requests.find((r) => r.method === 'PUT')!;
      const product = requests.find((r) => r.path.endsWith('/products'))!;
      expect(account.startedAt).toBeLessThan(product.finishedAt);
      expect(product.startedAt).toBeLessThan(account.finishedAt);
    } finally {
      await ws.close();
    }
  });

  it('honours Retry-After (here on a 429) before retrying', async ({ expect }) => {
    const ws = await workspace({
      faults: [{ kind: 'status', status: 429, retryAfter: 1, method: 'PUT', path: '/account$' }],
    });
    try {
      expectExit(await ws.apply([], { ORDERFORM_RETRY_AFTER_CAP_MS: '60000' }), 0);
      const puts = ws.emulator.requests().filter((r) => r.method === 'PUT');
      expect(puts).toHaveLength(2);
      expect(puts[1]!.startedAt - puts[0]!.finishedAt).toBeGreaterThanOrEqual(950);
      expectExactlyOneSeedOrder(ws.emulator);
    } finally {
      await ws.close();
    }
  });

  it('executes a saved plan exactly, and refuses it once the recorded state moved on (exit 5)', async ({
    expect,
  }) => {
    const ws = await workspace();
    try {
      const plan = await runCli(['plan', ws.manifest, '--endpoint', ws.emulator.url, '--out', 'plan.json'], {
        cwd: ws.dir,
      });
      expectExit(plan, 0);
      const applied = await runCli(['apply', 'plan.json', '--yes'], { cwd: ws.dir });
      expectExit(applied, 0);
      expectExactlyOneSeedOrder(ws.emulator);
      const sent = ws.emulator.requests().filter(isMutating).length;
      const stale = await runCli(['apply', 'plan.json', '--yes'], { cwd: ws.dir });
      expectExit(stale, 5);
      expect(stale.stderr).toContain('saved plan for order web-vps-01 is out of date');
      expect(ws.emulator.requests().filter(isMutating)).toHaveLength(sent);

      expectExit(await runCli(['plan', ws.manifest, '--out', 'unbound.json'], { cwd: ws.dir }), 0);
      const unbound = await runCli(['apply', 'unbound.json', '--yes', '--endpoint', ws.emulator.url], {
        cwd: ws.dir,
      });
      expectExit(unbound, 3);
      expect(unbound.stderr).toContain('made without an endpoint');
    } finally {
      await ws.close();
    }
  });

  it('the README main job: apply --emulator places the seed order and prints the summary', async ({
    expect,
  }) => {
    const ws = await workspace();
    try {
      const result = await runCli(['apply', '--emulator', SEED_MANIFEST], { cwd: ws.dir });
      expectExit(result, 0);
      expect(result.stdout).toMatch(/web-vps-01: placed {2}http:\/\/127\.0\.0\.1:\d+\/orders\/[0-9a-f]{40}/);
      expect(result.stdout.match(/^ {4}service /gm)).toHaveLength(7);
      expect(result.stdout).toMatch(/^ {4}product /m);
    } finally {
      await ws.close();
    }
  });
});

describe('apply: several orders side by side', () => {
  it('places every manifest of a directory, each order with its own cookie only', async ({ expect }) => {
    const ws = await workspace({ latencyMs: 30 });
    try {
      const manifests = SEED_MANIFEST.replace(/vps-virtuozzo\.yaml$/, '');
      // The full new-account example takes its secrets from the environment.
      const result = await runCli(['apply', manifests, '--endpoint', ws.emulator.url, '--yes'], {
        cwd: ws.dir,
        env: { ACCOUNT_PASSWORD: 'Passw0rd-x', CARD_NUMBER: '4111111111111111', CARD_CVV: '123' },
      });
      expectExit(result, 0);
      const orders = ws.emulator.state().orders;
      expect(orders.filter((o) => o.status !== 'new').length).toBe(orders.length);
      expect(orders.length).toBeGreaterThanOrEqual(4);
      const requests = ws.emulator.requests();
      for (const order of orders) {
        const path = new URL(order.url).pathname;
        const own = requests.filter((r) => r.path.startsWith(path));
        expect(own.length).toBeGreaterThan(2);
        // Every request to an order carries that order's OwnerId and no other.
        expect(
          own.every((r) => r.owner === order.owner && r.headers.cookie === `OwnerId=${order.owner}`),
        ).toBe(true);
      }
      // The orders ran side by side: their requests interleave in time.
      const first = (o: (typeof orders)[number]) =>
        Math.min(...requests.filter((r) => r.owner === o.owner).map((r) => r.startedAt));
      const last = (o: (typeof orders)[number]) =>
        Math.max(...requests.filter((r) => r.owner === o.owner).map((r) => r.finishedAt));
      expect(Math.max(...orders.map(first))).toBeLessThan(Math.min(...orders.map(last)));
      for (const name of ['web-vps-01', 'web-vps-02', 'build-vps-01', 'shop-vps-pair']) {
        expect(result.stdout).toMatch(new RegExp(`${name}: placed {2}http://`));
      }
    } finally {
      await ws.close();
    }
  });
});
