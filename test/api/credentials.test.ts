import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { credentialsFromEnv } from '../../src/api/credentials.js';
import { UsageError } from '../../src/errors.js';
import { runInProcess } from '../helpers/in-process.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('credentialsFromEnv', () => {
  it('reads both, or neither', () => {
    expect(credentialsFromEnv({ HOSTWAY_USERNAME: 'u', HOSTWAY_PASSWORD: 'p' }, 'apply')).toEqual({
      username: 'u',
      password: 'p',
    });
    expect(credentialsFromEnv({}, 'apply')).toBeUndefined();
    // An empty variable is an unset one (a CI secret that is not configured expands to '').
    expect(credentialsFromEnv({ HOSTWAY_USERNAME: '', HOSTWAY_PASSWORD: '' }, 'apply')).toBeUndefined();
  });

  it('refuses one without the other, naming the command and never the value', () => {
    for (const env of [
      { HOSTWAY_USERNAME: 'partner-user' },
      { HOSTWAY_PASSWORD: 'hunter2-secret' },
      { HOSTWAY_USERNAME: 'partner-user', HOSTWAY_PASSWORD: '' },
    ]) {
      let thrown: unknown;
      try {
        credentialsFromEnv(env, 'status');
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(UsageError);
      const message = (thrown as Error).message;
      expect(message).toBe('status: set both HOSTWAY_USERNAME and HOSTWAY_PASSWORD, or neither');
      expect(message).not.toMatch(/partner-user|hunter2/);
    }
  });
});

const run = (argv: string[], env: NodeJS.ProcessEnv, cwd = ROOT) => runInProcess(argv, { cwd, env });

describe('every command that talks to the API checks the credentials the same way', () => {
  const manifest = join(ROOT, 'manifests/vps-virtuozzo.yaml');
  const halfSet = { HOSTWAY_USERNAME: 'partner-user' };

  it.each([
    ['apply', ['apply', manifest, '--endpoint', 'http://127.0.0.1:9', '--yes']],
    ['status', ['status', manifest, '--endpoint', 'http://127.0.0.1:9', '--refresh']],
    ['cancel', ['cancel', manifest, '--endpoint', 'http://127.0.0.1:9']],
    [
      'state import',
      ['state', 'import', 'x', 'http://127.0.0.1:9/orders/1', '--endpoint', 'http://127.0.0.1:9'],
    ],
  ])('%s: exit 3 before anything is read, sent or written', async (command, argv) => {
    const cwd = await mkdtemp(join(tmpdir(), 'orderform-credentials-'));
    try {
      const result = await run(argv, halfSet, cwd);
      expect(result.code).toBe(3);
      expect(result.stderr).toContain(`error: ${command}: set both HOSTWAY_USERNAME and HOSTWAY_PASSWORD`);
      expect(result.stderr).not.toContain('partner-user');
      // Nothing was recorded: the state directory was never made.
      expect(await readdir(cwd)).toEqual([]);
    } finally {
      await rm(cwd, { recursive: true, force: true });
    }
  });

  it('status without --refresh sends nothing, so it does not need the credentials', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'orderform-credentials-'));
    try {
      const result = await run(['status', manifest], halfSet, cwd);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('vps-virtuozzo');
    } finally {
      await rm(cwd, { recursive: true, force: true });
    }
  });
});
