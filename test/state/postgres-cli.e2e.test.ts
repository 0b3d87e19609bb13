import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { type Emulator, startEmulator } from '../../src/emulator/index.js';
import {
  type CliResult,
  expectExactlyOneSeedOrder,
  expectExit,
  isMutating,
  runCli,
  SEED_MANIFEST,
  spawnCli,
  waitFor,
} from '../helpers/e2e.js';
import { nthMatching, TARGETS } from '../helpers/fault-targets.js';
import { pgStateUrl } from '../helpers/postgres.js';

const PG = inject('pgUrl');

/** A runner: its own working directory with its own copy of the manifest, as on a fresh CI machine. */
async function runnerDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'orderform-runner-'));
  await copyFile(SEED_MANIFEST, join(dir, 'order.yaml'));
  return dir;
}

function applyArgs(emulator: Emulator, state: string, extra: readonly string[] = []): string[] {
  return ['apply', 'order.yaml', '--endpoint', emulator.url, '--yes', '--state', state, ...extra];
}

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});
async function freshRunner(): Promise<string> {
  const dir = await runnerDir();
  dirs.push(dir);
  return dir;
}

describe.skipIf(PG === '')(
  'apply with PostgreSQL state, from runners in different working directories',
  () => {
    let emulators: Emulator[] = [];
    beforeAll(() => {
      emulators = [];
      return async () => {
        await Promise.all(emulators.map((emulator) => emulator.close()));
      };
    });
    async function emulator(latencyMs: number): Promise<Emulator> {
      const started = await startEmulator({ port: 0, latencyMs });
      emulators.push(started);
      return started;
    }

    it('two runners started together place one order', async ({ expect }) => {
      const api = await emulator(30);
      const state = pgStateUrl(PG, 'two');
      const [a, b] = [await freshRunner(), await freshRunner()];
      const runs = [a, b].map(
        (cwd) => spawnCli(applyArgs(api, state, ['--lock-timeout', '60s']), { cwd }).done,
      );
      const results: CliResult[] = await Promise.all(runs);
      for (const result of results) expectExit(result, 0);
      expectExactlyOneSeedOrder(api);
      expect(api.requests().filter((r) => r.method === 'POST' && r.path === '/orders')).toHaveLength(1);
      expect(results.map((r) => r.stdout).join('\n')).toContain('already placed');
      // PostgreSQL without ORDERFORM_STATE_KEY: said once per run, never silently.
      for (const result of results)
        expect(result.stderr.match(/ORDERFORM_STATE_KEY is not set/g)).toHaveLength(1);
    });

    it('a runner that finds the order locked exits 4 at once, naming the holder', async ({ expect }) => {
      // Slow enough that the holder is still running when the second runner (a slow start under load) asks.
      const api = await emulator(1500);
      const state = pgStateUrl(PG, 'held');
      const holder = spawnCli(applyArgs(api, state), {
        cwd: await freshRunner(),
        env: { CI_JOB_URL: 'https://gitlab.example/acme/-/jobs/7' },
      });
      await waitFor(() => (api.requests().length > 0 ? true : undefined), 60_000);
      const second = await runCli(applyArgs(api, state), { cwd: await freshRunner() });
      expectExit(second, 4);
      expect(second.stderr).toMatch(
        /locked by another apply: .*pid \d+.*https:\/\/gitlab\.example\/acme\/-\/jobs\/7/,
      );
      holder.child.kill('SIGKILL');
      await holder.done;
    }, 120_000);

    describe.concurrent('SIGKILL after each mutating request, resumed from another directory at once', () => {
      for (const target of TARGETS) {
        it(`SIGKILL after ${target.name}`, async ({ expect }) => {
          const api = await emulator(150);
          const state = pgStateUrl(PG, 'kill');
          const run = spawnCli(applyArgs(api, state), { cwd: await freshRunner() });
          await waitFor(() => nthMatching(api.requests(), target), 60_000);
          run.child.kill('SIGKILL');
          expect((await run.done).signal).toBe('SIGKILL');
          // --lock-timeout 0: the dead runner's lock went with its connection, so this does not wait.
          const resumed = await runCli(applyArgs(api, state, ['--lock-timeout', '0']), {
            cwd: await freshRunner(),
          });
          expectExit(resumed, 0);
          expectExactlyOneSeedOrder(api);
          const sent = api.requests().filter(isMutating).length;
          const again = await runCli(applyArgs(api, state), { cwd: await freshRunner() });
          expectExit(again, 0);
          expect(api.requests().filter(isMutating)).toHaveLength(sent);
        }, 180_000);
      }
    });

    it('state migrate copies a local state into PostgreSQL and back, losing nothing', async ({ expect }) => {
      const api = await emulator(0);
      const cwd = await freshRunner();
      const local = join(cwd, 'local-state');
      expectExit(await runCli(applyArgs(api, local), { cwd }), 0);
      const state = pgStateUrl(PG, 'migrate');
      const there = await runCli(['state', 'migrate', '--state', local, '--to', state, '--output', 'json'], {
        cwd,
      });
      expectExit(there, 0);
      expect(JSON.parse(there.stdout).copied).toHaveLength(1);
      // Applied from another runner against PostgreSQL: already placed, nothing sent.
      const sent = api.requests().filter(isMutating).length;
      const placed = await runCli(applyArgs(api, state), { cwd: await freshRunner() });
      expectExit(placed, 0);
      expect(placed.stdout).toContain('already placed');
      expect(api.requests().filter(isMutating)).toHaveLength(sent);
      const back = join(cwd, 'back');
      expectExit(await runCli(['state', 'migrate', '--state', state, '--to', back], { cwd }), 0);
      const list = async (where: string) => {
        const result = await runCli(['state', 'list', '--state', where, '--output', 'json'], { cwd });
        expectExit(result, 0);
        return (JSON.parse(result.stdout) as { orders: unknown[] }).orders;
      };
      const original = await list(local);
      expect(original).toHaveLength(1);
      expect(await list(back)).toEqual(original);
      expect(await list(state)).toEqual(original);
      const shown = await runCli(['state', 'show', 'web-vps-01', '--state', back, '--output', 'json'], {
        cwd,
      });
      expect(JSON.parse(shown.stdout).journal.cookies).toBe('[stored; never shown]');
      // Neither the jar nor its cookie: not even its name (steps may carry other "value" fields).
      expect(shown.stdout).not.toMatch(/OwnerId/);
    }, 120_000);
  },
);
