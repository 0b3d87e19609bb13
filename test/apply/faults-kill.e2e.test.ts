import { describe, it } from 'vitest';
import { expectExactlyOneSeedOrder, expectExit, isMutating, waitFor, workspace } from '../helpers/e2e.js';
import { nthMatching, TARGETS } from '../helpers/fault-targets.js';

describe.concurrent('apply killed with SIGKILL right after a request went out resumes exactly once', () => {
  for (const target of TARGETS) {
    it(`SIGKILL after ${target.name} was sent`, async ({ expect }) => {
      // The emulator commits at once and answers after the latency: the kill lands in between.
      const ws = await workspace({ latencyMs: 150 });
      try {
        const run = ws.spawnApply();
        await waitFor(() => nthMatching(ws.emulator.requests(), target));
        run.child.kill('SIGKILL');
        const killed = await run.done;
        expect(killed.signal).toBe('SIGKILL');
        const victim = nthMatching(ws.emulator.requests(), target)!;
        expect(victim.status === null || victim.finishedAt === victim.startedAt || victim.status < 300).toBe(
          true,
        );

        const second = await ws.apply();
        expectExit(second, 0);
        expect(second.stderr).toBe('');
        expectExactlyOneSeedOrder(ws.emulator);

        const sent = ws.emulator.requests().filter(isMutating).length;
        const third = await ws.apply();
        expectExit(third, 0);
        expect(third.stdout).toContain('already placed');
        expect(ws.emulator.requests().filter(isMutating)).toHaveLength(sent);
      } finally {
        await ws.close();
      }
    });
  }
});
