import { readFile, writeFile } from 'node:fs/promises';
import { describe, it } from 'vitest';
import {
  ADD_ONS,
  expectExactlyOneSeedOrder,
  expectExit,
  isMutating,
  runCli,
  waitFor,
  workspace,
} from '../helpers/e2e.js';

describe.concurrent('apply: resume, refusals and status', () => {
  it('refuses a manifest changed after placement (exit 5) and sends nothing', async ({ expect }) => {
    const ws = await workspace();
    try {
      expectExit(await ws.apply(), 0);
      const text = await readFile(ws.manifest, 'utf8');
      await writeFile(
        ws.manifest,
        text.replace('description: Front-end VPS', 'description: Front-end VPS (2)'),
      );
      const before = ws.emulator.requests().length;
      const result = await ws.apply();
      expectExit(result, 5);
      expect(result.stderr).toContain('was already placed');
      expect(result.stderr).toContain('new metadata.name');
      expect(ws.emulator.requests()).toHaveLength(before);
      const json = await ws.apply(['--output', 'json']);
      expectExit(json, 5);
      expect(JSON.parse(json.stdout)).toMatchObject({
        kind: 'apply-report',
        exitCode: 5,
        error: { code: 'conflict' },
      });
    } finally {
      await ws.close();
    }
  });

  it('shows a 4xx with the API message, does not retry it, and resumes after the cause is gone', async ({
    expect,
  }) => {
    const message = 'Currency USD not allowed for this franchise';
    const ws = await workspace({
      faults: [{ kind: 'status', status: 400, message, method: 'PUT', path: '/account$' }],
    });
    try {
      const first = await ws.apply();
      expectExit(first, 1);
      expect(first.stderr).toContain(`answered 400 Bad Request: ${message}`);
      expect(first.stderr).toContain('run apply again to resume');
      expect(ws.emulator.requests().filter((r) => r.method === 'PUT')).toHaveLength(1);

      const status = await runCli(['status', ws.manifest, '--endpoint', ws.emulator.url], { cwd: ws.dir });
      expectExit(status, 0);
      expect(status.stdout).toMatch(/partial: \d+ of 13 steps done/);
      expect(status.stdout).toContain(`failed   account (400): ${message}`);

      const second = await ws.apply();
      expectExit(second, 0);
      expect(second.stdout).toContain('done earlier');
      expectExactlyOneSeedOrder(ws.emulator);
      expect(ws.emulator.state().orders).toHaveLength(1);
    } finally {
      await ws.close();
    }
  });

  it('partly applied + changed manifest: refuses a removed created step, runs an added one', async ({
    expect,
  }) => {
    const ws = await workspace({
      faults: [{ kind: 'status', status: 400, method: 'POST', path: '/action$' }],
    });
    try {
      expectExit(await ws.apply(), 1);
      const original = await readFile(ws.manifest, 'utf8');
      const powerpack = '            - serviceSpecification: core.vps.virtuozzo.powerpack\n';
      await writeFile(ws.manifest, original.replace(powerpack, ''));
      const sent = ws.emulator.requests().length;
      const refused = await ws.apply();
      expectExit(refused, 5);
      expect(refused.stderr).toContain('service:vps/0/5 (removed from the manifest after it was created)');
      expect(ws.emulator.requests()).toHaveLength(sent);

      await writeFile(
        ws.manifest,
        original.replace(
          powerpack,
          `${powerpack}            - serviceSpecification: core.vps.virtuozzo.ip\n`,
        ),
      );
      const resumed = await ws.apply();
      expectExit(resumed, 0);
      const order = ws.emulator.state().orders.find((o) => o.status !== 'new')!;
      const specs = order.products[0]!.services.map((s) => s.serviceSpecification);
      expect(specs.filter((s) => s === 'core.vps.virtuozzo.ip')).toHaveLength(2);
      expect(specs).toHaveLength(8);
      expect(ws.emulator.state().orders).toHaveLength(1);
    } finally {
      await ws.close();
    }
  });

  it('SIGTERM mid-apply: finishes what is in flight, exits 1, and a re-run completes exactly once', async ({
    expect,
  }) => {
    const ws = await workspace({ latencyMs: 100 });
    try {
      const run = ws.spawnApply();
      await waitFor(() => ws.emulator.requests().find((r) => r.path.endsWith('/services')));
      run.child.kill('SIGTERM');
      const stopped = await run.done;
      expectExit(stopped, 1);
      expect(stopped.stderr).toContain('Received SIGTERM');
      expect(stopped.stderr).toContain('run apply again to resume');
      // The request in flight was answered and recorded: nothing is in doubt.
      const status = await runCli(['status', ws.manifest, '--endpoint', ws.emulator.url, '-o', 'json'], {
        cwd: ws.dir,
      });
      const record = JSON.parse(status.stdout).orders[0].records[0];
      expect(record.state).toBe('partial');
      expect(record.inDoubt).toEqual([]);
      expect(ws.emulator.requests().filter((r) => r.path.endsWith('/services'))).toHaveLength(1);

      const again = await ws.apply();
      expectExit(again, 0);
      expectExactlyOneSeedOrder(ws.emulator);
      expect(ws.emulator.state().orders).toHaveLength(1);
    } finally {
      await ws.close();
    }
  });

  it('in-doubt steps of an order the API has lost: exit 5 with the hint, not "run apply again"', async ({
    expect,
  }) => {
    const ws = await workspace({ latencyMs: 150 });
    try {
      // All six add-ons go out together; the kill lands while they are in flight.
      const run = ws.spawnApply(['--parallelism', '8']);
      await waitFor(() =>
        ws.emulator.requests().filter((r) => r.path.endsWith('/services')).length >= 7 ? true : undefined,
      );
      run.child.kill('SIGKILL');
      await run.done;
      ws.emulator.reset(); // the emulator forgets the order, as an expired one would be gone

      const second = await ws.apply();
      expectExit(second, 5);
      expect(second.stderr).toContain('settling it found that a resource the journal records is gone');
      const hint = 'hint: The order may have expired or been deleted; apply it under a new metadata.name.';
      expect(second.stderr.split('\n').filter((line) => line === hint)).toHaveLength(1);
      expect(second.stderr).not.toContain('run apply again');
      expect(second.stdout).toContain(
        'web-vps-01: failed (conflicts with the API; see the error and its hint)',
      );
      expect(second.stdout).not.toContain('progress saved');
      // Settling only reads: nothing was sent to the order that is gone.
      expect(ws.emulator.requests().filter(isMutating)).toEqual([]);
    } finally {
      await ws.close();
    }
  });

  it('status: not applied, then placed with every URL; --refresh asks the API', async ({ expect }) => {
    const ws = await workspace();
    try {
      const before = await runCli(['status', ws.manifest], { cwd: ws.dir });
      expectExit(before, 0);
      expect(before.stdout).toContain('web-vps-01 (');
      expect(before.stdout).toContain('not applied');
      expectExit(await ws.apply(), 0);
      const after = await runCli(['status', ws.manifest, '--refresh', '--output', 'json'], { cwd: ws.dir });
      expectExit(after, 0);
      const record = JSON.parse(after.stdout).orders[0].records[0];
      const order = ws.emulator.state().orders[0]!;
      expect(record).toMatchObject({ state: 'placed', orderUrl: order.url, stepsDone: 13, stepsTotal: 13 });
      expect(record.resources).toHaveLength(1 + 1 + ADD_ONS.length);
      expect(record.live).toEqual({ status: 'Processing' });
      expect(ws.emulator.requests().filter(isMutating)).toHaveLength(12);
    } finally {
      await ws.close();
    }
  });
});
