import { describe, expect, it } from 'vitest';
import type { EmulatorOptions } from '../../src/emulator/index.js';
import { type Emulator, startEmulator } from '../../src/emulator/index.js';
import { call, envelope, openVpsOrder, spec, under } from '../helpers/emulator.js';

async function withEmulator(options: EmulatorOptions, body: (emu: Emulator) => Promise<void>): Promise<void> {
  const emu = await startEmulator({ port: 0, ...options });
  try {
    await body(emu);
  } finally {
    await emu.close();
  }
}

const ip = (emu: Emulator, serverUrl: string) => ({
  name: 'VPS Virtuozzo Test',
  serviceSpecification: spec(emu, 'core.vps.virtuozzo.ip'),
  billingCycle: 1,
  relatedTo: [serverUrl],
});

const serviceCount = (emu: Emulator): number =>
  emu.state().orders.reduce((n, o) => n + o.products.reduce((m, p) => m + p.services.length, 0), 0);

describe('status faults', () => {
  it('fails the nth matching request with the status, the envelope and Retry-After', async () => {
    const faults: EmulatorOptions['faults'] = [
      { kind: 'status', status: 503, nth: 2, method: 'POST', path: '/services$' },
    ];
    await withEmulator({ faults }, async (emu) => {
      // openVpsOrder posts the server service: the first match.
      const order = await openVpsOrder(emu);
      const failed = await call('POST', under(order.productUrl, 'services'), {
        cookie: order.cookie,
        body: ip(emu, order.serverUrl),
      });
      expect(envelope(failed, 'serviceUnavailable', 503).message).toBe('Injected fault');
      expect(failed.headers.get('retry-after')).toBe('1');
      expect(serviceCount(emu)).toBe(1);
      const retried = await call('POST', under(order.productUrl, 'services'), {
        cookie: order.cookie,
        body: ip(emu, order.serverUrl),
      });
      expect(retried.status).toBe(201);
      expect(emu.requests().map((r) => r.fault)).toEqual([null, null, null, null, 'status', null]);
    });
  });

  it('honours retryAfter, times and runtime injection, and sends Retry-After only when due', async () => {
    await withEmulator({}, async (emu) => {
      emu.injectFault({ kind: 'status', status: 429, retryAfter: 7, times: 2, path: /^\/orders$/ });
      for (let i = 0; i < 2; i++) {
        const limited = await call('POST', `${emu.url}/orders`, { body: {} });
        envelope(limited, 'overLimit', 429);
        expect(limited.headers.get('retry-after')).toBe('7');
      }
      expect((await call('POST', `${emu.url}/orders`, { body: {} })).status).toBe(201);
      emu.injectFault({ kind: 'status', status: 500, message: 'boom' });
      const boom = await call('GET', `${emu.url}/productSpecifications`);
      expect(envelope(boom, 'serverError', 500).message).toBe('boom');
      expect(boom.headers.get('retry-after')).toBeNull();
    });
  });
});

describe('dropped connections', () => {
  it('drop-before destroys the socket and commits nothing', async () => {
    await withEmulator({}, async (emu) => {
      const order = await openVpsOrder(emu);
      const before = emu.state();
      emu.injectFault({ kind: 'drop-before', method: 'POST', path: '/services$' });
      await expect(
        call('POST', under(order.productUrl, 'services'), {
          cookie: order.cookie,
          body: ip(emu, order.serverUrl),
        }),
      ).rejects.toThrow(/fetch failed/);
      expect(emu.state()).toEqual(before);
      const last = emu.requests().at(-1)!;
      expect(last).toMatchObject({ method: 'POST', fault: 'drop-before', status: null });
      expect(last.body).toMatchObject({ serviceSpecification: spec(emu, 'core.vps.virtuozzo.ip') });
    });
  });

  it('commit-then-drop commits the change, then destroys the socket without answering', async () => {
    await withEmulator(
      { faults: [{ kind: 'commit-then-drop', method: 'POST', path: '/services$', nth: 2 }] },
      async (emu) => {
        const order = await openVpsOrder(emu);
        await expect(
          call('POST', under(order.productUrl, 'services'), {
            cookie: order.cookie,
            body: ip(emu, order.serverUrl),
          }),
        ).rejects.toThrow(/fetch failed/);
        const services = emu.state().orders[0]!.products[0]!.services;
        expect(services.map((s) => s.serviceSpecification)).toEqual([
          'core.vps.virtuozzo.server.u100',
          'core.vps.virtuozzo.ip',
        ]);
        const last = emu.requests().at(-1)!;
        expect(last).toMatchObject({ fault: 'commit-then-drop', status: 201 });
        expect(last.responseHeaders.location).toBe(services[1]!.url);
        // A client settling the in-doubt request finds it in the listing.
        const listed = (
          await call('GET', under(order.productUrl, 'services'), { cookie: order.cookie })
        ).json();
        expect(listed.list).toHaveLength(2);
      },
    );
  });

  it('commit-then-drop on POST /orders leaves the open order in place', async () => {
    await withEmulator({ faults: [{ kind: 'commit-then-drop', path: '^/orders$' }] }, async (emu) => {
      await expect(call('POST', `${emu.url}/orders`, { body: {} })).rejects.toThrow(/fetch failed/);
      expect(emu.state().orders).toHaveLength(1);
      expect(emu.requests()[0]!.responseHeaders['set-cookie']).toMatch(/^OwnerId=/);
    });
  });
});

describe('latency', () => {
  it('delays every API response', async () => {
    await withEmulator({ latencyMs: 120 }, async (emu) => {
      const started = performance.now();
      expect((await call('GET', `${emu.url}/productSpecifications`)).status).toBe(200);
      expect(performance.now() - started).toBeGreaterThanOrEqual(110);
      const [recorded] = emu.requests();
      expect(recorded!.finishedAt - recorded!.startedAt).toBeGreaterThanOrEqual(110);
    });
  });

  it('closes promptly with a delayed response pending', async () => {
    const emu = await startEmulator({ port: 0, latencyMs: 10_000 });
    const pending = call('GET', `${emu.url}/productSpecifications`).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    await emu.close();
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(await pending).toBeInstanceOf(Error);
  });
});

describe('control endpoint', () => {
  it('arms faults, lists requests and state, and resets, without recording itself', async () => {
    await withEmulator({}, async (emu) => {
      const control = `${emu.url}/__emulator`;
      const armed = await call('POST', `${control}/faults`, {
        body: { kind: 'status', status: 502, method: 'put', path: '/account$' },
      });
      expect(armed.status).toBe(201);
      expect(armed.json().faults[0]).toMatchObject({
        id: 1,
        matched: 0,
        fired: 0,
        rule: { kind: 'status', status: 502 },
      });

      const order = await openVpsOrder(emu, true);
      const faults = (await call('GET', `${control}/faults`)).json();
      expect(faults).toEqual([
        {
          id: 1,
          rule: { kind: 'status', status: 502, method: 'put', path: '/account$' },
          matched: 1,
          fired: 1,
        },
      ]);

      const requests = (await call('GET', `${control}/requests`)).json();
      expect(requests.map((r: { method: string; status: number }) => `${r.method} ${r.status}`)).toEqual([
        'POST 201',
        'PUT 502',
        'POST 201',
        'POST 201',
      ]);
      expect(requests[1].headers.cookie).toBe(order.cookie);
      expect((await call('GET', `${control}/requests?since=3`)).json()).toHaveLength(1);

      const state = (await call('GET', `${control}/state`)).json();
      expect(state).toEqual(emu.state());
      expect(state.orders[0].account).toMatchObject({ kind: 'implicit', currency: 'USD', language: 'en-US' });

      expect((await call('DELETE', `${control}/faults`)).status).toBe(204);
      expect((await call('GET', `${control}/faults`)).json()).toEqual([]);
      expect((await call('POST', `${control}/reset`, { body: {} })).status).toBe(204);
      expect(emu.state()).toEqual({ orders: [] });
      expect(emu.requests()).toEqual([]);
    });
  });

  it('refuses bad fault rules with 400 and arms none of a bad batch', async () => {
    await withEmulator({}, async (emu) => {
      const faults = `${emu.url}/__emulator/faults`;
      for (const rule of [
        { kind: 'explode' },
        { kind: 'status' },
        { kind: 'status', status: 200 },
        { kind: 'drop-before', nth: 0 },
        { kind: 'drop-before', path: '(' },
        { kind: 'drop-before', colour: 1 },
      ]) {
        expect((await call('POST', faults, { body: rule })).status, JSON.stringify(rule)).toBe(400);
      }
      expect((await call('POST', faults, { body: [{ kind: 'drop-before' }, { kind: 'nope' }] })).status).toBe(
        400,
      );
      expect((await call('GET', faults)).json()).toEqual([]);
      envelope(await call('GET', `${emu.url}/__emulator/nothing`), 'itemNotFound', 404);
    });
  });

  it('refuses bad rules given to startEmulator', async () => {
    await expect(startEmulator({ port: 0, faults: [{ kind: 'status', status: 99 }] })).rejects.toThrow(
      /status/,
    );
  });
});
