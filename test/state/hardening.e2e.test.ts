import {
  chmod,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  symlink,
  truncate,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../../src/emulator/index.js';
import { LocalStateBackend } from '../../src/state/local.js';
import { expectExit, isMutating, runCli, SEED_MANIFEST } from '../helpers/e2e.js';

let dir: string;
let api: Emulator;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'orderform-hardening-'));
  api = await startEmulator({ port: 0 });
});
afterEach(async () => {
  await api.close();
  await rm(dir, { recursive: true, force: true });
});

const state = () => join(dir, 'state');
const cli = (command: string, manifest = SEED_MANIFEST, extra: string[] = []) =>
  runCli(
    [
      command,
      manifest,
      '--endpoint',
      api.url,
      '--state',
      state(),
      ...(command === 'apply' ? ['--yes'] : []),
      ...extra,
    ],
    {
      cwd: dir,
    },
  );

/** Applies the seed order until the API refuses its fourth service: a journal with steps done. */
async function halfway(): Promise<string> {
  api.injectFault({
    kind: 'status',
    status: 400,
    method: 'POST',
    path: '/services$',
    nth: 4,
    message: 'Refused for the test',
  });
  expectExit(await cli('apply'), 1);
  const [origin] = await readdir(state());
  return join(state(), origin!, 'web-vps-01.json');
}

describe('the recorded state is checked before anything is sent', { timeout: 120_000 }, () => {
  it('a recorded Location on another origin, or outside its collection, is a conflict: exit 5, nothing sent', async () => {
    const path = await halfway();
    const original = await readFile(path, 'utf8');
    const product = JSON.parse(original).steps['product:vps'].location as string;
    for (const forged of [
      product.replace(new URL(api.url).origin, 'http://evil.example:8080'),
      product.replace(/\/orders\/[^/]+\//, '/orders/someone-else/'),
    ]) {
      await writeFile(path, original.replaceAll(product, forged));
      const sent = api.requests().length;
      const applied = await cli('apply');
      expectExit(applied, 5);
      expect(applied.stderr).toMatch(/cannot be trusted: the recorded Location of step/);
      expect(api.requests()).toHaveLength(sent);
      expectExit(await cli('status'), 5);
      expectExit(await cli('plan'), 5);
    }
  });

  it('a truncated journal makes status and plan say the state is damaged (exit 5)', async () => {
    const path = await halfway();
    await truncate(path, (await stat(path)).size >> 1);
    for (const command of ['status', 'plan', 'apply']) {
      const result = await cli(command);
      expectExit(result, 5);
      expect(result.stderr).toMatch(/damaged/);
    }
  });

  it("a journal replaced by another order's is refused, naming the order it was expected to be", async () => {
    const path = await halfway();
    const other = join(dir, 'other.yaml');
    await writeFile(
      other,
      (await readFile(SEED_MANIFEST, 'utf8')).replace('name: web-vps-01', 'name: web-vps-02'),
    );
    await writeFile(path.replace('web-vps-01.json', 'web-vps-02.json'), await readFile(path));
    const mutating = api.requests().filter(isMutating).length;
    const applied = await cli('apply', other);
    expectExit(applied, 5);
    expect(applied.stderr).toContain('the journal stored for order web-vps-02 records order web-vps-01');
    expect(api.requests().filter(isMutating)).toHaveLength(mutating);
  });
});

describe('a state directory others can write to', { timeout: 60_000 }, () => {
  it('is made private, and said so, also through a symlink', async () => {
    const real = join(dir, 'shared');
    await mkdir(real);
    await chmod(real, 0o777);
    const link = join(dir, 'link');
    await symlink(real, link);
    const warnings: string[] = [];
    await new LocalStateBackend(link, undefined, (line) => warnings.push(line)).list();
    expect(warnings.join('\n')).toMatch(/writable by others \(mode 777\); made it private/);
    expect(warnings.join('\n')).toContain(`a symlink to ${real}`);
    expect((await stat(real)).mode & 0o777).toBe(0o700);
  });

  it('is fixed before apply writes into it', async () => {
    await mkdir(state());
    await chmod(state(), 0o775);
    const applied = await cli('apply');
    expectExit(applied, 0);
    expect(applied.stderr).toMatch(/was writable by others \(mode 775\)/);
    expect((await stat(state())).mode & 0o777).toBe(0o700);
  });
});
