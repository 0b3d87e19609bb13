import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LockedError } from '../../src/errors.js';
import { processStartTicks } from '../../src/state/holder.js';
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

describe('order lock holders', () => {
  it('takes over a lock whose pid now belongs to another process (started at another time)', async () => {
    const path = join(dir, 'web.lock');
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    try {
      await new Promise((resolve) => other.once('spawn', resolve));
      const ticks = processStartTicks(other.pid!);
      expect(ticks).toBeTypeOf('number');
      const reused = {
        owner: 'ci@x',
        host: hostname(),
        pid: other.pid!,
        since: '2020-01-01T00:00:00.000Z',
        startTicks: ticks! - 1000,
      };
      await writeFile(path, JSON.stringify(reused));
      expect(isStale(reused)).toBe(true);
      expect(isStale({ ...reused, startTicks: ticks! })).toBe(false);
      const lock = await acquireOrderLock(path, 'web');
      expect(JSON.parse(await readFile(path, 'utf8')).pid).toBe(process.pid);
      await lock.release();
    } finally {
      other.kill();
    }
  });

  it('reports a lock from another host with its holder, age, renewal and CI job', async () => {
    const path = join(dir, 'web.lock');
    const since = new Date(Date.now() - 3 * 3_600_000).toISOString();
    await writeFile(
      path,
      JSON.stringify({
        owner: 'ci@runner-9',
        host: 'runner-9',
        pid: 77,
        since,
        ciJobUrl: 'https://ci.example/job/5',
      }),
    );
    const error = await acquireOrderLock(path, 'web').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LockedError);
    expect((error as Error).message).toMatch(
      /ci@runner-9, pid 77, since .* \(3h ago\), last renewed \d+s ago, CI job https:\/\/ci\.example\/job\/5/,
    );
    expect((error as LockedError).hint).toContain('orderform state unlock web');
  });
});
