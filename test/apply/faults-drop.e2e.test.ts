import { describe, it } from 'vitest';
import { expectExactlyOneSeedOrder, expectExit, isMutating, workspace } from '../helpers/e2e.js';
import { nthMatching, TARGETS } from '../helpers/fault-targets.js';

describe.concurrent('a connection dropped after the change was committed is settled, never repeated', () => {
  for (const target of TARGETS) {
    it(`commit-then-drop on ${target.name}`, async ({ expect }) => {
      const ws = await workspace({ faults: [{ kind: 'commit-then-drop', ...target.match }] });
      try {
        const first = await ws.apply();
        expectExit(first, 0);
        expect(first.stderr).toBe('');
        expect(nthMatching(ws.emulator.requests(), target)?.fault).toBe('commit-then-drop');
        // The step was settled by reading the API (except PUT, POST /orders, the quote read and
        // validate, which are re-sent by design: they create nothing).
        if (
          target.match.method === 'POST' &&
          !target.match.path.startsWith('/orders') &&
          target.name !== 'validate'
        ) {
          expect(first.stdout).toContain('found while settling');
        }
        expectExactlyOneSeedOrder(ws.emulator);

        const sent = ws.emulator.requests().filter(isMutating).length;
        const again = await ws.apply();
        expectExit(again, 0);
        expect(ws.emulator.requests().filter(isMutating)).toHaveLength(sent);
        expectExactlyOneSeedOrder(ws.emulator);
      } finally {
        await ws.close();
      }
    });
  }
});
