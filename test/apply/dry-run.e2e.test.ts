import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { expectExit, workspace } from '../helpers/e2e.js';

/** Every file under `dir` with its content: to show that a dry run changed nothing. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[path] = await readFile(path, 'utf8');
  }
  return files;
}

describe.concurrent("apply --dry-run takes apply's own route and sends and records nothing", () => {
  it('previews a resume: steps done earlier are skipped, the rest walked', async ({ expect }) => {
    const ws = await workspace({
      faults: [
        { kind: 'status', status: 400, message: 'No such currency', method: 'PUT', path: '/account$' },
      ],
    });
    try {
      expectExit(await ws.apply(), 1);
      const state = join(ws.dir, '.orderform');
      const before = await snapshot(state);
      const sent = ws.emulator.requests().length;

      const dry = await ws.apply(['--dry-run']);
      expectExit(dry, 0);
      expect(dry.stdout).toContain('already done, resuming');
      expect(dry.stdout).toMatch(/= .*: done earlier -> http:\/\/127\.0\.0\.1:\d+\/orders\//);
      expect(dry.stdout).toContain('(dry run: nothing sent)');
      expect(dry.stdout).toContain('-> <dry-run:service:vps/0/0> (dry run: nothing sent)');
      expect(dry.stdout).not.toMatch(/ > |in doubt/);
      expect(ws.emulator.requests()).toHaveLength(sent);
      expect(await snapshot(state)).toEqual(before);
    } finally {
      await ws.close();
    }
  });

  it('refuses what apply refuses: a manifest changed after placement is exit 5', async ({ expect }) => {
    const ws = await workspace();
    try {
      expectExit(await ws.apply(), 0);
      const text = await readFile(ws.manifest, 'utf8');
      await writeFile(
        ws.manifest,
        text.replace('description: Front-end VPS', 'description: Front-end VPS (2)'),
      );
      const sent = ws.emulator.requests().length;
      const dry = await ws.apply(['--dry-run']);
      expectExit(dry, 5);
      expect(dry.stderr).toContain('was already placed');
      expect(ws.emulator.requests()).toHaveLength(sent);
    } finally {
      await ws.close();
    }
  });
});
