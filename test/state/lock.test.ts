import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LockedError } from '../../src/errors.js';
import { acquireOrderLock, isStale } from '../../src/state/lock.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'orderform-lock-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

describe('order lock', () => {
  it('is exclusive, names its holder, and is released', async () => {
    const path = join(dir, 'web.lock');
    const lock = await acquireOrderLock(path, 'web');
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    const holder = JSON.parse(await readFile(path, 'utf8'));
    expect(holder.pid).toBe(process.pid);
    expect(holder.owner).toContain(`@${hostname()}`);
    // Same process, so not stale: a second acquire is refused like another live apply would be.
    const error = await acquireOrderLock(path, 'web').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LockedError);
    expect((error as Error).message).toContain(`pid ${process.pid}`);
    await lock.release();
    await expect(stat(path)).rejects.toThrow();
    const again = await acquireOrderLock(path, 'web');
    await again.release();
  });

  it('takes over a lock whose process is gone', async () => {
    const path = join(dir, 'web.lock');
    const pid = await deadPid();
    const stale = { owner: 'ci@x', host: hostname(), pid, since: '2020-01-01T00:00:00.000Z' };
    await writeFile(path, JSON.stringify(stale));
    expect(isStale(stale)).toBe(true);
    const lock = await acquireOrderLock(path, 'web');
    expect(JSON.parse(await readFile(path, 'utf8')).pid).toBe(process.pid);
    await lock.release();
  });

  it('does not take over a lock from another host or a live process', async () => {
    expect(isStale({ owner: 'a', host: 'elsewhere', pid: 1, since: '' })).toBe(false);
    expect(isStale({ owner: 'a', host: hostname(), pid: process.ppid, since: '' })).toBe(false);
    expect(isStale({ owner: 'a', host: hostname(), pid: 0, since: '' })).toBe(true);
  });
});
