import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnCli } from '../helpers/cli.js';

describe('validate on many costly manifests', () => {
  it('stops soon after SIGTERM (exit 1), between files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'orderform-signal-'));
    try {
      // Each file is under every limit and costs the parser about a second.
      const text = `spec:\n${Array.from({ length: 45_000 }, (_, i) => `  - k${i}: [${i}]\n`).join('')}`;
      for (let i = 0; i < 30; i++) await writeFile(join(dir, `m${String(i).padStart(2, '0')}.yaml`), text);
      const run = spawnCli(['validate', dir], { timeoutMs: 120_000 });
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const signalledAt = performance.now();
      run.child.kill('SIGTERM');
      const result = await run.done;
      const afterSignal = performance.now() - signalledAt;
      expect(result.code, result.stderr).toBe(1);
      expect(result.stderr).toContain('stopped by SIGTERM while reading manifests; nothing was sent');
      expect(afterSignal).toBeLessThan(15_000);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
