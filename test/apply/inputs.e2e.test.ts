import { execFile } from 'node:child_process';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, it } from 'vitest';
import { openApplySource } from '../../src/apply/inputs.js';
import { InputError } from '../../src/errors.js';
import {
  expectExactlyOneSeedOrder,
  expectExit,
  runCli,
  SEED_MANIFEST,
  spawnCli,
  workspace,
} from '../helpers/e2e.js';

describe.concurrent('a saved plan is read and validated once', () => {
  it('tells a saved plan from manifests by its name or its first bytes', async ({ expect }) => {
    const ws = await workspace();
    try {
      const made = await runCli(['plan', ws.manifest, '--endpoint', ws.emulator.url, '--out', 'plan.json'], {
        cwd: ws.dir,
      });
      expectExit(made, 0);
      await copyFile(join(ws.dir, 'plan.json'), join(ws.dir, 'saved-plan'));
      const byName = await openApplySource(['plan.json'], ws.dir);
      const byContent = await openApplySource(['saved-plan'], ws.dir);
      expect(byName.kind).toBe('saved');
      expect(byContent).toEqual(byName);
      expect(await openApplySource([SEED_MANIFEST], ws.dir)).toEqual({
        kind: 'manifests',
        paths: [SEED_MANIFEST],
      });
      expect(await openApplySource(['plan.json', 'saved-plan'], ws.dir)).toMatchObject({ kind: 'manifests' });
      await writeFile(join(ws.dir, 'broken.json'), '{"format": "orderform-plan", "version": 99}');
      await expect(openApplySource(['broken.json'], ws.dir)).rejects.toBeInstanceOf(InputError);
    } finally {
      await ws.close();
    }
  });

  it('apply reads a plan from a pipe, which can be read only once', async ({ expect }) => {
    const ws = await workspace();
    let run: ReturnType<typeof spawnCli> | undefined;
    try {
      const made = await runCli(['plan', ws.manifest, '--endpoint', ws.emulator.url, '--out', 'made.json'], {
        cwd: ws.dir,
      });
      expectExit(made, 0);
      const plan = await readFile(join(ws.dir, 'made.json'));
      await promisify(execFile)('mkfifo', [join(ws.dir, 'plan.json')]);
      // No endpoint is given: apply takes the plan's. Reading the pipe a second time would wait
      // for a writer that never comes, and the run would hang instead of finishing.
      run = spawnCli(['apply', 'plan.json', '--yes'], { cwd: ws.dir });
      await writeFile(join(ws.dir, 'plan.json'), plan);
      const result = await run.done;
      expectExit(result, 0);
      expect(result.stdout).toContain('placed');
      expectExactlyOneSeedOrder(ws.emulator);
    } finally {
      if (run?.child.exitCode === null) run.child.kill('SIGKILL');
      await ws.close();
    }
  });
});
