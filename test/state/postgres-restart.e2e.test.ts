import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { startEmulator } from '../../src/emulator/index.js';
import {
  expectExactlyOneSeedOrder,
  expectExit,
  runCli,
  SEED_MANIFEST,
  spawnCli,
  waitFor,
} from '../helpers/e2e.js';
import { nthMatching, TARGETS } from '../helpers/fault-targets.js';
import { havePostgres, startPgCluster } from '../helpers/postgres.js';

// Its own cluster: restarting the shared one would cut the other files' tests off.
describe.skipIf(inject('pgUrl') === '' || !havePostgres())(
  'PostgreSQL restarted in the middle of an apply',
  () => {
    it('exits 1 with the progress kept, and the next apply finishes the one order', async () => {
      const cluster = await startPgCluster();
      const api = await startEmulator({ port: 0, latencyMs: 400 });
      const dir = await mkdtemp(join(tmpdir(), 'orderform-pg-restart-'));
      try {
        await copyFile(SEED_MANIFEST, join(dir, 'order.yaml'));
        const state = `${cluster.url}?schema=restart`;
        const args = ['apply', 'order.yaml', '--endpoint', api.url, '--yes', '--state', state];
        const run = spawnCli(args, { cwd: dir });
        await waitFor(() => nthMatching(api.requests(), TARGETS[3]!), 60_000);
        cluster.restart();
        const first = await run.done;
        expectExit(first, 1);
        expect(first.stderr).not.toMatch(/internal error/);

        const shown = await runCli(['state', 'show', 'web-vps-01', '--state', state, '--output', 'json'], {
          cwd: dir,
        });
        expectExit(shown, 0);
        const steps = Object.values(JSON.parse(shown.stdout).journal.steps) as { status: string }[];
        expect(steps.filter((step) => step.status === 'done').length).toBeGreaterThanOrEqual(3);

        const second = await runCli(args, { cwd: dir });
        expectExit(second, 0);
        expectExactlyOneSeedOrder(api);
      } finally {
        await api.close();
        cluster.stop();
        await rm(dir, { recursive: true, force: true });
      }
    }, 180_000);
  },
);
