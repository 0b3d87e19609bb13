import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, type ExpectStatic, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { expectExactlyOneSeedOrder, expectExit, workspace } from '../helpers/e2e.js';
import { startHostileServer } from '../helpers/hostile-server.js';
import { SECRETS, SERVER_CASES } from '../helpers/hostile-server-cases.js';
import { HOSTILE_USERNAME, SECRET_ENCODINGS } from '../helpers/secret-encodings.js';

const FAST = {
  ORDERFORM_RETRY_BASE_MS: '5',
  ORDERFORM_RETRY_CAP_MS: '40',
  ORDERFORM_RETRY_AFTER_CAP_MS: '40',
  ORDERFORM_DRAIN_MS: '3000',
  HOSTWAY_USERNAME: HOSTILE_USERNAME,
  HOSTWAY_PASSWORD: SECRETS[0],
};

async function journalText(dir: string): Promise<string> {
  const out: string[] = [];
  const walk = async (at: string): Promise<void> => {
    for (const entry of await readdir(at, { withFileTypes: true }).catch(() => [])) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) await walk(path);
      else out.push(await readFile(path, 'utf8'));
    }
  };
  await walk(join(dir, '.orderform'));
  return out.join('\n');
}

function expectNoSecret(expect: ExpectStatic, text: string): void {
  for (const secret of SECRETS)
    for (const { encode } of SECRET_ENCODINGS) expect(text).not.toContain(encode(secret));
}

// Each case has its own emulator, hostile server and workspace, and most of their time is the
// server's trickling and the client's timeouts: they run at once.
describe.concurrent('apply against a hostile server', () => {
  for (const item of SERVER_CASES) {
    it(`${item.name}: exit ${item.expect.exit}`, async ({ expect }) => {
      const ws = await workspace();
      const hostile = await startHostileServer(ws.emulator.url, item.rules);
      try {
        const args = ['apply', ws.manifest, '--endpoint', hostile.url, '--yes', ...(item.args ?? [])];
        const env = { ...FAST, ...item.env };
        const started = performance.now();
        const result = await runCli([...args, '--output', 'json'], { cwd: ws.dir, env, timeoutMs: 60_000 });
        const elapsed = performance.now() - started;
        expectExit(result, item.expect.exit);
        if (item.expect.stderr) expect(result.stderr).toMatch(item.expect.stderr);
        if (item.expect.maxMs !== undefined) expect(elapsed).toBeLessThan(item.expect.maxMs);
        expectNoSecret(expect, result.stdout + result.stderr + (await journalText(ws.dir)));
        if (item.expect.exactlyOneOrder) expectExactlyOneSeedOrder(ws.emulator);
        if (item.expect.resumes) {
          const again = await runCli(['apply', ws.manifest, '--endpoint', ws.emulator.url, '--yes'], {
            cwd: ws.dir,
            env: FAST,
          });
          // The journal is keyed by endpoint origin: resuming through the emulator directly is a
          // new order there, so it is the hostile endpoint's journal that must not have lied.
          expectExit(again, 0);
          expect(ws.emulator.state().orders.filter((o) => o.status !== 'new')).toHaveLength(1);
        }
      } finally {
        await hostile.close();
        await ws.close();
      }
    }, 90_000);
  }
});
