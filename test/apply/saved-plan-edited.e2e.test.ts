import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, workspace } from '../helpers/e2e.js';

describe('apply of a saved plan edited after it was written', () => {
  it('refuses it with exit 3, naming the step, and sends nothing', async () => {
    const ws = await workspace();
    try {
      const made = await runCli(['plan', ws.manifest, '--endpoint', ws.emulator.url, '--out', 'plan.json'], {
        cwd: ws.dir,
      });
      expect(made.code).toBe(0);
      const path = join(ws.dir, 'plan.json');
      const original = await readFile(path, 'utf8');
      const plan = JSON.parse(original);
      const server = plan.orders[0].steps.find((step: { id: string }) => step.id === 'service:server');
      server.body.billingCycle = 120;
      await writeFile(path, JSON.stringify(plan, null, 2));

      // plan read the catalog; the edited plan's apply must send nothing at all.
      const before = ws.emulator.requests().length;
      const edited = await runCli(['apply', 'plan.json', '--yes'], { cwd: ws.dir });
      expect(edited.code).toBe(3);
      expect(edited.stderr).toContain("step 'server' (service:server) of order web-vps-01 was edited");
      expect(edited.stderr).toContain('nothing was sent');
      expect(ws.emulator.requests().slice(before)).toHaveLength(0);

      // The plan as written still applies.
      await writeFile(path, original);
      const applied = await runCli(['apply', 'plan.json', '--yes'], { cwd: ws.dir });
      expect(applied.code).toBe(0);
    } finally {
      await ws.close();
    }
  });
});
