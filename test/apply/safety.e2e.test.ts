import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { journalPaths } from '../../src/state/journal-format.js';
import { expectExactlyOneSeedOrder, expectExit, runCli, waitFor, workspace } from '../helpers/e2e.js';

describe.concurrent('apply: locks, secrets, Locations and refusals', () => {
  it('a second apply of the same order exits 4 naming the holder', async ({ expect }) => {
    // Slow answers keep the first apply (and its lock) busy for seconds.
    const ws = await workspace({ latencyMs: 400 });
    try {
      const first = ws.spawnApply();
      await waitFor(() => ws.emulator.requests()[0]);
      const second = await ws.apply();
      expectExit(second, 4);
      expect(second.stderr).toContain('is locked by another apply');
      expect(second.stderr).toContain(`pid ${first.child.pid}`);
      expect(second.stderr).toContain(`@${hostname()}`);
      expectExit(await first.done, 0);
      expectExactlyOneSeedOrder(ws.emulator);
    } finally {
      await ws.close();
    }
  });

  it('takes over a lock left by a process that is gone', async ({ expect }) => {
    const ws = await workspace();
    try {
      const dead = spawn(process.execPath, ['-e', '0']);
      await new Promise((resolve) => dead.once('exit', resolve));
      const paths = journalPaths(join(ws.dir, '.orderform'), ws.emulator.url, 'web-vps-01');
      await mkdir(paths.dir, { recursive: true });
      const stale = {
        owner: 'ci@runner',
        host: hostname(),
        pid: dead.pid,
        since: '2020-01-01T00:00:00.000Z',
      };
      await writeFile(paths.lock, JSON.stringify(stale));
      expectExit(await ws.apply(), 0);
      expectExactlyOneSeedOrder(ws.emulator);
      await expect(stat(paths.lock)).rejects.toThrow();
    } finally {
      await ws.close();
    }
  });

  it('never shows the cookie or the credentials: terminal, --verbose, JSON, status, saved plans', async ({
    expect,
  }) => {
    const username = 'ops@partner_api_acme_us_main';
    const password = 'Pa55-w0rd-S3cret';
    const env = { HOSTWAY_USERNAME: username, HOSTWAY_PASSWORD: password };
    const ws = await workspace({
      faults: [{ kind: 'status', status: 503, method: 'POST', path: '/products$' }],
    });
    try {
      const outputs: string[] = [];
      const keep = (result: { stdout: string; stderr: string }) => outputs.push(result.stdout, result.stderr);
      const first = await ws.apply(['--verbose'], env);
      keep(first);
      expectExit(first, 0);
      expect(first.stderr).toContain('debug: → POST');
      keep(await ws.apply(['--verbose', '--output', 'json'], env));
      keep(await runCli(['status', ws.manifest, '--refresh', '-o', 'json'], { cwd: ws.dir, env }));
      keep(await runCli(['status', ws.manifest, '--refresh'], { cwd: ws.dir, env }));
      const plan = await runCli(
        ['plan', ws.manifest, '--endpoint', ws.emulator.url, '--out', 'plan.json', '-v'],
        {
          cwd: ws.dir,
          env,
        },
      );
      keep(plan);
      outputs.push(await readFile(join(ws.dir, 'plan.json'), 'utf8').catch(() => ''));

      const owner = ws.emulator.state().orders[0]!.owner;
      const basic = Buffer.from(`${username}:${password}`).toString('base64');
      // The test means something only if the secrets were really in play.
      // plan's catalog reads are public GETs: they carry neither credentials nor cookies.
      const isCatalogRead = (r: { path: string }) => /^\/(product|service)Specifications/.test(r.path);
      const catalogReads = ws.emulator.requests().filter(isCatalogRead);
      expect(catalogReads.length).toBeGreaterThan(0);
      for (const read of catalogReads)
        expect(read.headers.authorization ?? read.headers.cookie).toBeUndefined();
      const requests = ws.emulator.requests().filter((r) => !isCatalogRead(r));
      expect(requests.every((r) => r.headers.authorization === `Basic ${basic}`)).toBe(true);
      expect(requests.slice(1).every((r) => r.headers.cookie?.includes(owner))).toBe(true);
      const journalDir = journalPaths(join(ws.dir, '.orderform'), ws.emulator.url, 'web-vps-01').dir;
      const journal = await readFile(join(journalDir, 'web-vps-01.json'), 'utf8');
      expect(journal).toContain(owner);
      expect((await stat(join(journalDir, 'web-vps-01.json'))).mode & 0o777).toBe(0o600);

      const everything = outputs.join('\n');
      expect(everything.length).toBeGreaterThan(1000);
      for (const secret of [owner, password, basic, `OwnerId=${owner}`])
        expect(everything).not.toContain(secret);
      expect(everything).not.toMatch(/authorization: basic/i);
    } finally {
      await ws.close();
    }
  });

  for (const [kind, location, message] of [
    ['foreign', 'http://evil.example/orders/1', "is not on the endpoint's origin"],
    ['outside-collection', '/accounts/1', 'is not a member of the collection'],
    ['missing', '', 'has no Location header'],
  ] as const) {
    it(`stops before any further request when a Location is ${kind}`, async ({ expect }) => {
      const seen: string[] = [];
      const server = createServer((req, res) => {
        seen.push(`${req.method} ${req.url}`);
        req.resume();
        res.writeHead(201, {
          'Content-Type': 'application/json; charset=UTF-8',
          'Set-Cookie': 'OwnerId=0000-1111; Path=/',
          ...(location === '' ? {} : { Location: location }),
        });
        res.end('{}');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const ws = await workspace();
      try {
        const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        const result = await runCli(['apply', ws.manifest, '--endpoint', endpoint, '--yes'], { cwd: ws.dir });
        expectExit(result, 1);
        expect(result.stderr).toContain(message);
        expect(result.stderr).toContain('no request was started after this answer');
        expect(seen).toEqual(['POST /orders']);
      } finally {
        server.close();
        await ws.close();
      }
    });
  }

  it('refuses without a terminal and without --yes, sending nothing (exit 3)', async ({ expect }) => {
    const ws = await workspace();
    try {
      const result = await runCli(['apply', ws.manifest, '--endpoint', ws.emulator.url], { cwd: ws.dir });
      expectExit(result, 3);
      expect(result.stderr).toContain('--yes');
      expect(ws.emulator.requests()).toHaveLength(0);
    } finally {
      await ws.close();
    }
  });

  it('needs an endpoint, and https unless loopback (exit 3)', async ({ expect }) => {
    const ws = await workspace();
    try {
      const none = await runCli(['apply', ws.manifest, '--yes'], { cwd: ws.dir });
      expectExit(none, 3);
      expect(none.stderr).toContain('no endpoint');
      const plain = await runCli(['apply', ws.manifest, '--yes', '--endpoint', 'http://api.example.com'], {
        cwd: ws.dir,
      });
      expectExit(plain, 3);
      expect(plain.stderr).toContain('--allow-insecure-http');
    } finally {
      await ws.close();
    }
  });

  it('dry run: full progress with placeholder Locations, zero requests, no journal', async ({ expect }) => {
    const ws = await workspace();
    try {
      const result = await ws.apply(['--dry-run']);
      expectExit(result, 0);
      expect(result.stdout).toContain('<dry-run:order>');
      expect(result.stdout).toContain('<dry-run:service:server>');
      expect(result.stdout).toContain('dry run complete (nothing sent)');
      expect(ws.emulator.requests()).toHaveLength(0);
      expect(await readdir(ws.dir)).toEqual(['order.yaml']);
    } finally {
      await ws.close();
    }
  });
});
