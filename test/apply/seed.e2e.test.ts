import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { describe, it } from 'vitest';
import { journalPaths } from '../../src/state/journal-format.js';
import {
  ADD_ONS,
  expectExactlyOneSeedOrder,
  expectExit,
  isMutating,
  SERVER,
  workspace,
} from '../helpers/e2e.js';

const JSON_TYPE = 'application/json; charset=UTF-8';
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

describe.concurrent('apply: the seed order', () => {
  for (const trailingSlash of [false, true]) {
    it(`places it with exactly the seed page's requests (Locations ${trailingSlash ? 'with' : 'without'} '/')`, async ({
      expect,
    }) => {
      const ws = await workspace({ trailingSlash });
      try {
        const result = await ws.apply();
        expectExit(result, 0);
        expect(result.stderr).toBe('');
        expectExactlyOneSeedOrder(ws.emulator);

        const base = ws.emulator.url;
        const requests = ws.emulator.requests();
        expect(requests.every((r) => r.status !== null && r.status < 300)).toBe(true);
        // The seed's 11 requests plus the quote read and the validate action before submit.
        expect(requests).toHaveLength(13);
        const [create, ...rest] = requests;
        expect(create).toMatchObject({ method: 'POST', path: '/orders', body: {}, status: 201 });
        const cookie = create!.responseHeaders['set-cookie']!.split(';')[0]!;
        const order = create!.responseHeaders.location!.replace(/\/$/, '');
        const orderPath = new URL(order).pathname;
        for (const request of requests.filter((r) => r.method !== 'GET'))
          expect(request.headers['content-type']).toBe(JSON_TYPE);
        for (const request of requests) expect(request.headers['user-agent']).toBe(`orderform/${version}`);
        for (const request of rest) expect(request.headers.cookie).toBe(cookie);

        const account = rest.find((r) => r.method === 'PUT')!;
        expect(account).toMatchObject({
          path: `${orderPath}/account`,
          body: { currency: 'USD', language: 'en-US' },
          status: 204,
        });
        const product = rest.find((r) => r.path.endsWith('/products'))!;
        expect(product.body).toEqual({
          offering: `${base}/productSpecifications/core.plan.vps.virtuozzo.u101/offerings/USD-1`,
        });
        const productUrl = product.responseHeaders.location!.replace(/\/$/, '');
        const services = rest.filter((r) => r.path.endsWith('/services'));
        expect(services.map((r) => r.path)).toEqual(
          services.map(() => `${new URL(productUrl).pathname}/services`),
        );
        expect(services[0]!.body).toEqual({
          name: 'VPS Virtuozzo Test',
          serviceSpecification: `${base}/serviceSpecifications/${SERVER}`,
          billingCycle: 1,
        });
        const serverUrl = services[0]!.responseHeaders.location!;
        expect(services.slice(1).map((r) => r.body)).toEqual(
          expect.arrayContaining(
            ADD_ONS.map((spec) => ({
              name: 'VPS Virtuozzo Test',
              serviceSpecification: `${base}/serviceSpecifications/${spec}`,
              billingCycle: 1,
              relatedTo: [serverUrl],
            })),
          ),
        );
        const [quote, validate, submit] = requests.slice(-3);
        expect(quote).toMatchObject({ method: 'GET', path: `${orderPath}/quote`, status: 200 });
        const quoteHash = expect.stringMatching(/^[0-9a-f]{64}$/);
        expect(validate).toMatchObject({
          method: 'POST',
          path: `${orderPath}/action`,
          body: { action: 'validate', quoteHash },
          status: 204,
        });
        expect(submit).toMatchObject({
          method: 'POST',
          path: `${orderPath}/action`,
          body: { action: 'submit', quoteHash: (validate!.body as { quoteHash: string }).quoteHash },
          status: 202,
        });
        // The seed's prices: the server's setup and first month, the add-ons' first month and setups.
        expect(result.stdout).toMatch(/quote {4}\d+\.\d{2} USD \(one-time \d+\.\d{2}\)/);

        expect(result.stdout).toContain(`web-vps-01: placed  ${create!.responseHeaders.location}`);
        for (const r of [product, ...services]) expect(result.stdout).toContain(r.responseHeaders.location!);

        const journal = journalPaths(`${ws.dir}/.orderform`, base, 'web-vps-01').journal;
        expect((await stat(journal)).mode & 0o777).toBe(0o600);

        // Applying again is a no-op: nothing sent at all, exit 0.
        const again = await ws.apply();
        expectExit(again, 0);
        expect(again.stdout).toContain('already placed');
        expect(ws.emulator.requests().filter(isMutating)).toHaveLength(12);
        expect(ws.emulator.requests()).toHaveLength(13);
      } finally {
        await ws.close();
      }
    });
  }

  it('prints a JSON report with --output json and nothing else on stdout', async ({ expect }) => {
    const ws = await workspace();
    try {
      const result = await ws.apply(['--output', 'json']);
      expectExit(result, 0);
      const report = JSON.parse(result.stdout);
      expect(report).toMatchObject({ kind: 'apply-report', exitCode: 0, dryRun: false });
      expect(report.orders[0]).toMatchObject({ name: 'web-vps-01', result: 'placed', errors: [] });
      expect(report.orders[0].orderUrl).toMatch(/\/orders\/[0-9a-f]{40}$/);
      expect(report.orders[0].resources).toHaveLength(9);
    } finally {
      await ws.close();
    }
  });
});
