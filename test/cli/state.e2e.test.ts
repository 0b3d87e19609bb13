import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../../src/emulator/index.js';
import { expectExit, isMutating, runCli, SEED_MANIFEST } from '../helpers/e2e.js';

let dir: string;
let api: Emulator;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'orderform-state-cli-'));
  await copyFile(SEED_MANIFEST, join(dir, 'order.yaml'));
  api = await startEmulator({ port: 0 });
});
afterEach(async () => {
  await api.close();
  await rm(dir, { recursive: true, force: true });
});

const cli = (args: string[], env: NodeJS.ProcessEnv = {}) => runCli(args, { cwd: dir, env });
const apply = (state: string) =>
  cli(['apply', 'order.yaml', '--endpoint', api.url, '--yes', '--state', state]);
async function journalPath(state: string): Promise<string> {
  const [origin] = await readdir(join(dir, state));
  return join(dir, state, origin!, 'web-vps-01.json');
}

describe('orderform state', { timeout: 120_000 }, () => {
  it('lists and shows orders without their cookie', async () => {
    expectExit(await apply('a'), 0);
    const list = await cli(['state', 'list', '--state', 'a', '--output', 'json']);
    expectExit(list, 0);
    const orders = JSON.parse(list.stdout).orders;
    expect(orders).toMatchObject([{ name: 'web-vps-01', state: 'placed', origin: new URL(api.url).origin }]);
    const text = await cli(['state', 'show', 'web-vps-01', '--state', 'a']);
    expectExit(text, 0);
    expect(text.stdout).toMatch(/web-vps-01 +placed \(revision \d+\)/);
    const owner = JSON.parse(await readFile(await journalPath('a'), 'utf8')).cookies.cookies[0]
      .value as string;
    for (const output of [list.stdout, text.stdout]) expect(output).not.toContain(owner);
  });

  it('rm refuses an order with steps in doubt unless --force', async () => {
    expectExit(await apply('a'), 0);
    const path = await journalPath('a');
    const journal = JSON.parse(await readFile(path, 'utf8'));
    delete journal.placed;
    journal.steps.submit.status = 'started';
    await writeFile(path, JSON.stringify(journal));
    const refused = await cli(['state', 'rm', 'web-vps-01', '--state', 'a']);
    expectExit(refused, 5);
    expect(refused.stderr).toContain('steps in doubt (submit)');
    expectExit(await cli(['state', 'rm', 'web-vps-01', '--state', 'a', '--force']), 0);
    expect(
      JSON.parse((await cli(['state', 'list', '--state', 'a', '--output', 'json'])).stdout).orders,
    ).toEqual([]);
  });

  it('status shows a held lock; unlock asks for --yes and removes it', async () => {
    expectExit(await apply('a'), 0);
    const lock = (await journalPath('a')).replace(/\.json$/, '.lock');
    const since = new Date(Date.now() - 600_000).toISOString();
    await writeFile(lock, JSON.stringify({ owner: 'ci@runner-9', host: 'runner-9', pid: 77, since }));
    const status = await cli(['status', 'order.yaml', '--state', 'a']);
    expectExit(status, 0);
    expect(status.stdout).toMatch(/locked +by ci@runner-9, pid 77, since .* \(10m ago\)/);
    const locked = await apply('a');
    expectExit(locked, 4);
    expectExit(await cli(['state', 'unlock', 'web-vps-01', '--state', 'a']), 3);
    const unlocked = await cli(['state', 'unlock', 'web-vps-01', '--state', 'a', '--yes']);
    expectExit(unlocked, 0);
    expect(unlocked.stdout).toContain('held by ci@runner-9');
    expectExit(await apply('a'), 0);
  });

  it('import adopts a placed order after reading it from the API', async () => {
    expectExit(await apply('a'), 0);
    const recorded = JSON.parse(await readFile(await journalPath('a'), 'utf8'));
    const owner = recorded.cookies.cookies[0].value as string;
    const orderUrl = recorded.placed.orderUrl as string;
    const foreign = await cli([
      'state',
      'import',
      'web-vps-01',
      'http://evil.example/orders/1',
      '--endpoint',
      api.url,
      '--state',
      'b',
    ]);
    expectExit(foreign, 3);
    const imported = await cli(
      ['state', 'import', 'web-vps-01', orderUrl, '--endpoint', api.url, '--state', 'b'],
      {
        ORDERFORM_IMPORT_OWNER_ID: owner,
      },
    );
    expectExit(imported, 0);
    expect(imported.stdout).not.toContain(owner);
    expect(
      api.requests().some((r) => r.method === 'GET' && orderUrl.endsWith(r.path.replace(/\/$/, ''))),
    ).toBe(true);
    const sent = api.requests().filter(isMutating).length;
    const again = await apply('b');
    expectExit(again, 0);
    expect(again.stdout).toContain('already placed');
    expect(api.requests().filter(isMutating)).toHaveLength(sent);
  });
});
