import { describe, it } from 'vitest';
import { expectExactlyOneSeedOrder, expectExit, isMutating, workspace } from '../helpers/e2e.js';
import { nthMatching, TARGETS } from '../helpers/fault-targets.js';

describe.concurrent('apply retries 500 and 503 on every mutating step and still orders exactly once', () => {
  for (const target of TARGETS) {
    for (const status of [500, 503]) {
      it(`${status} on ${target.name}`, async ({ expect }) => {
        const ws = await workspace({ faults: [{ kind: 'status', status, ...target.match }] });
        try {
          const first = await ws.apply();
          expectExit(first, 0);
          expect(first.stderr).toBe('');
          expect(first.stdout).toContain('retrying in');
          const faulted = nthMatching(ws.emulator.requests(), target);
          expect(faulted?.fault).toBe('status');
          expectExactlyOneSeedOrder(ws.emulator);

          const sent = ws.emulator.requests().filter(isMutating).length;
          const again = await ws.apply();
          expectExit(again, 0);
          expect(again.stdout).toContain('already placed');
          expect(ws.emulator.requests().filter(isMutating)).toHaveLength(sent);
          expectExactlyOneSeedOrder(ws.emulator);
        } finally {
          await ws.close();
        }
      });
    }
  }
});
