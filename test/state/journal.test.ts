import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JournalStore, readJournalFile, writeFileAtomic } from '../../src/state/journal.js';
import {
  JournalFormatError,
  journalPaths,
  newJournal,
  originKey,
  parseJournal,
} from '../../src/state/journal-format.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'orderform-journal-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('journal files', () => {
  it('are keyed by endpoint origin and order name', () => {
    expect(originKey('http://127.0.0.1:4010/x')).toMatch(/^http-127\.0\.0\.1-4010-[0-9a-f]{8}$/);
    expect(originKey('https://api.hostway.com')).toMatch(/^https-api\.hostway\.com-443-/);
    expect(originKey('http://[::1]:9')).toMatch(/^http-___1_-9-/);
    expect(originKey('http://a:1')).not.toBe(originKey('http://a:2'));
    const paths = journalPaths('/s', 'http://127.0.0.1:4010', 'web-vps-01');
    expect(paths.journal).toMatch(/^\/s\/http-127\.0\.0\.1-4010-[0-9a-f]{8}\/web-vps-01\.json$/);
    expect(paths.lock).toMatch(/web-vps-01\.lock$/);
    expect(() => journalPaths('/s', 'http://h', '../etc')).toThrow(JournalFormatError);
  });

  it('write through with mode 0600 in a 0700 directory, the revision growing per write', async () => {
    const paths = journalPaths(dir, 'http://127.0.0.1:1', 'web');
    const store = await JournalStore.open(paths, () =>
      newJournal('web', 'http://127.0.0.1:1', 'h1', new Date()),
    );
    expect(store.existed).toBe(false);
    await store.update((j) => {
      j.cookies = { cookies: [{ key: 'OwnerId', value: 'secret' }] };
    });
    expect((await stat(paths.journal)).mode & 0o777).toBe(0o600);
    expect((await stat(paths.dir)).mode & 0o777).toBe(0o700);
    const first = await readJournalFile(paths.journal);
    expect(first?.revision).toBe(1);
    await store.update((j) => {
      j.orderUrl = 'http://127.0.0.1:1/orders/1';
    });
    const reopened = await JournalStore.open(paths, () => {
      throw new Error('must read the existing journal');
    });
    expect(reopened.existed).toBe(true);
    expect(reopened.current.revision).toBe(2);
    expect(reopened.current.orderUrl).toBe('http://127.0.0.1:1/orders/1');
  });

  it('coalesce concurrent updates into few writes, all durable when each resolves', async () => {
    const paths = journalPaths(dir, 'http://127.0.0.1:1', 'web');
    const store = await JournalStore.open(paths, () =>
      newJournal('web', 'http://127.0.0.1:1', 'h', new Date()),
    );
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.update((j) => {
          j.steps[`s${i}`] = {
            kind: 'add-service',
            fingerprint: 'f',
            status: 'started',
            method: 'POST',
            url: 'u',
            startedAt: 't',
            attempts: 1,
          };
        }),
      ),
    );
    const saved = await readJournalFile(paths.journal);
    expect(Object.keys(saved?.steps ?? {})).toHaveLength(20);
    expect(saved?.revision).toBeLessThanOrEqual(3);
    expect((await readdir(paths.dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('let a result and the "started" records it unblocks, decided in the same turn, share one write', async () => {
    const paths = journalPaths(dir, 'http://127.0.0.1:1', 'web');
    const store = await JournalStore.open(paths, () =>
      newJournal('web', 'http://127.0.0.1:1', 'h', new Date()),
    );
    const done = store.update((j) => {
      j.orderUrl = 'http://127.0.0.1:1/orders/1';
    });
    // The runner reacts to the result through a few promise hops before the dependents record.
    for (let hop = 0; hop < 5; hop += 1) await Promise.resolve();
    const started = store.update((j) => {
      j.abandonedOrders.push('marker');
    });
    await Promise.all([done, started]);
    const saved = await readJournalFile(paths.journal);
    expect(saved?.revision).toBe(1);
    expect(saved?.orderUrl).toBe('http://127.0.0.1:1/orders/1');
    expect(saved?.abandonedOrders).toEqual(['marker']);
  });

  it('report a failed write to every update it carried, and recover on the next', async () => {
    const paths = journalPaths(dir, 'http://127.0.0.1:1', 'web');
    const store = await JournalStore.open(paths, () =>
      newJournal('web', 'http://127.0.0.1:1', 'h', new Date()),
    );
    await rm(paths.dir, { recursive: true });
    const first = store.update((j) => {
      j.orderUrl = 'http://127.0.0.1:1/orders/1';
    });
    const second = store.update((j) => {
      j.abandonedOrders.push('marker');
    });
    await expect(first).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(second).rejects.toMatchObject({ code: 'ENOENT' });
    await mkdir(paths.dir, { recursive: true });
    await store.update(() => undefined);
    expect((await readJournalFile(paths.journal))?.abandonedOrders).toEqual(['marker']);
  });

  it('atomic writes leave the old content or the new, and no temp files', async () => {
    const path = join(dir, 'f.json');
    await writeFileAtomic(path, 'old');
    await writeFileAtomic(path, 'new');
    expect(await readFile(path, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['f.json']);
  });

  it('reject files that are not journals', async () => {
    expect(() => parseJournal('{')).toThrow(JournalFormatError);
    expect(() => parseJournal('{"format":"x"}')).toThrow('not an orderform journal');
    expect(() => parseJournal('{"format":"orderform-journal","version":9}')).toThrow('version 9');
    const bad = { ...newJournal('a', 'http://o', 'h', new Date()), steps: { x: { status: 'weird' } } };
    expect(() => parseJournal(JSON.stringify(bad))).toThrow('damaged');
    const path = join(dir, 'j.json');
    await writeFile(path, JSON.stringify(newJournal('a', 'http://o', 'h', new Date())));
    expect((await readJournalFile(path))?.name).toBe('a');
    expect(await readJournalFile(join(dir, 'missing.json'))).toBeUndefined();
  });
});
