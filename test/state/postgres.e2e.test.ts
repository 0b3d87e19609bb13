import pg from 'pg';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { LockedError } from '../../src/errors.js';
import type { StateBackend } from '../../src/state/backend.js';
import { newJournal } from '../../src/state/journal-format.js';
import { openStateBackend, parseStateLocation } from '../../src/state/open.js';
import { pgStateUrl, runPgBinary } from '../helpers/postgres.js';

const PG = inject('pgUrl');
const ENDPOINT = 'http://127.0.0.1:4010';
const opened: StateBackend[] = [];

async function backend(url: string, env: NodeJS.ProcessEnv = {}): Promise<StateBackend> {
  const state = await openStateBackend(parseStateLocation(url, '/'), env, () => undefined);
  opened.push(state);
  return state;
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((state) => state.close()));
});

function journalWithCookie(name: string, secret: string) {
  const journal = newJournal(name, ENDPOINT, 'h1', new Date());
  journal.revision = 1;
  journal.cookies = { cookies: [{ key: 'OwnerId', value: secret }] };
  journal.orderUrl = `${ENDPOINT}/orders/1`;
  return journal;
}

function dumpSchema(url: string): string {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema')!;
  parsed.search = '';
  return runPgBinary('pg_dump', ['-d', parsed.href, '-n', schema, '--data-only']);
}

describe.skipIf(PG === '')('PostgreSQL state', () => {
  it('migrates a new schema once, even with two runners at the same moment', async () => {
    const url = pgStateUrl(PG, 'migrate');
    const [a, b] = [await backend(url), await backend(url)];
    await Promise.all([a.list(), b.list()]);
    const client = new pg.Client({ connectionString: PG });
    await client.connect();
    try {
      const schema = new URL(url).searchParams.get('schema');
      const { rows } = await client.query(`SELECT version FROM "${schema}".migrations`);
      expect(rows).toEqual([{ version: 1 }]);
    } finally {
      await client.end();
    }
  });

  it('writes whole journals that read back, and refuses a write older than the stored one', async () => {
    const state = await backend(pgStateUrl(PG, 'rw'));
    const journal = journalWithCookie('web', 'c00kie');
    await state.write(journal);
    expect(await state.read(ENDPOINT, 'web')).toEqual(journal);
    await state.write({ ...journal, revision: 2, manifestHash: 'h2' });
    await expect(state.write(journal)).rejects.toThrow(/moved on/);
    expect((await state.read(ENDPOINT, 'web'))?.manifestHash).toBe('h2');
    expect((await state.list()).map((e) => [e.kind, e.name])).toEqual([['stored', 'web']]);
    await state.forget(ENDPOINT, 'web');
    expect(await state.read(ENDPOINT, 'web')).toBeUndefined();
  });

  it('locks an order across runners, naming the holder and its CI job, and frees it when the connection drops', async () => {
    const url = pgStateUrl(PG, 'lock');
    const saved = { ...process.env };
    Object.assign(process.env, {
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme/infra',
      GITHUB_RUN_ID: '42',
    });
    const first = await backend(url);
    const lock = await first.lock(ENDPOINT, 'web', { waitMs: 0 }).finally(() => {
      process.env = saved;
    });
    const second = await backend(url);
    const error = await second.lock(ENDPOINT, 'web', { waitMs: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LockedError);
    expect((error as Error).message).toContain(`pid ${process.pid}`);
    expect((error as Error).message).toContain('https://github.com/acme/infra/actions/runs/42');
    // Waits up to --lock-timeout, then gives up.
    const started = Date.now();
    await expect(second.lock(ENDPOINT, 'web', { waitMs: 600 })).rejects.toBeInstanceOf(LockedError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(550);
    // A runner that dies drops its connection; PostgreSQL releases the lock at once.
    expect(await second.unlock(ENDPOINT, 'web')).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const taken = await second.lock(ENDPOINT, 'web', { waitMs: 2000 });
    expect(await first.lockHolder(ENDPOINT, 'web')).toMatchObject({ pid: process.pid });
    await taken.release();
    expect(await first.lockHolder(ENDPOINT, 'web')).toBeUndefined();
    await lock.release();
  });

  it('keeps the OwnerId cookie out of a pg_dump when ORDERFORM_STATE_KEY is set', async () => {
    const sealedUrl = pgStateUrl(PG, 'sealed');
    const sealed = await backend(sealedUrl, { ORDERFORM_STATE_KEY: 'correct horse battery staple' });
    await sealed.write(journalWithCookie('web', 'SECRET-OWNER-ID-1'));
    expect(dumpSchema(sealedUrl)).not.toContain('SECRET-OWNER-ID-1');
    expect(dumpSchema(sealedUrl)).toContain('aes-256-gcm');
    expect((await sealed.read(ENDPOINT, 'web'))?.cookies).toEqual({
      cookies: [{ key: 'OwnerId', value: 'SECRET-OWNER-ID-1' }],
    });
    // Without the key the record does not open (and says why), with another key neither.
    await expect((await backend(sealedUrl)).read(ENDPOINT, 'web')).rejects.toThrow(
      /ORDERFORM_STATE_KEY is not set/,
    );
    await expect(
      (await backend(sealedUrl, { ORDERFORM_STATE_KEY: 'other' })).read(ENDPOINT, 'web'),
    ).rejects.toThrow(/does not open/);
    // The same write without a key is readable in a dump: what the key protects against.
    const clearUrl = pgStateUrl(PG, 'clear');
    await (await backend(clearUrl)).write(journalWithCookie('web', 'SECRET-OWNER-ID-2'));
    expect(dumpSchema(clearUrl)).toContain('SECRET-OWNER-ID-2');
  });
});
