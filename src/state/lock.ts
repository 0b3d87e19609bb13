import { constants, unlinkSync } from 'node:fs';
import { open, readFile, stat, unlink, utimes } from 'node:fs/promises';
import { hostname } from 'node:os';
import { LockedError } from '../errors.js';
import type { LockHolder, OrderLock } from './backend.js';
import { currentBootId, currentHolder, describeHolder, parseHolder, processStartTicks } from './holder.js';

export type { LockHolder as LockOwner } from './backend.js';

export interface FileLock extends OrderLock {
  readonly path: string;
}

/** A takeover that has not finished in this long was left by a crashed process. */
const TAKEOVER_STALE_MS = 10_000;
/** The holder touches its lock file this often, so others can tell a live lock from a forgotten one. */
export const RENEW_MS = 30_000;
const POLL_MS = 200;

/**
 * One apply at a time per order: the lock file is created with O_EXCL, so exactly one process
 * wins. A lock left by a process that is gone (same host: no such pid, or a pid now used by
 * another process, or a pid from before a reboot) is taken over; a live holder, or one on another
 * host we cannot check, makes apply wait up to `waitMs` and then exit 4 naming the holder.
 */
export async function acquireOrderLock(
  path: string,
  name: string,
  options: { waitMs?: number } = {},
): Promise<FileLock> {
  const me = currentHolder();
  const deadline = Date.now() + (options.waitMs ?? 0);
  for (let attempt = 0; ; attempt += 1) {
    if (await tryCreate(path, me)) return heldLock(path, me);
    const holder = await readLockHolder(path);
    if (holder === undefined) continue; // released between our create and read: try again
    if (isStale(holder)) {
      await takeOver(path, holder);
      if (attempt < 20) continue;
    }
    if (Date.now() >= deadline) throw lockedError(name, holder, path);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

export function lockedError(name: string, holder: LockHolder, path: string | undefined): LockedError {
  const where =
    path === undefined ? '' : ` If that process is gone for sure, run 'orderform state unlock ${name}'.`;
  return new LockedError(`order ${name} is locked by another apply: ${describeHolder(holder, new Date())}`, {
    hint: `Wait for it to finish, or pass --lock-timeout to wait.${where}`,
  });
}

async function tryCreate(path: string, me: LockHolder): Promise<boolean> {
  try {
    const handle = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
    try {
      await handle.writeFile(`${JSON.stringify(me)}\n`, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** The holder a lock file names, with its last renewal (the file's mtime); undefined when none. */
export async function readLockHolder(path: string): Promise<LockHolder | undefined> {
  try {
    const [text, info] = await Promise.all([readFile(path, 'utf8'), stat(path)]);
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      // A torn lock file (the holder died while writing it) names nobody alive.
      return { owner: 'unknown', host: hostname(), pid: 0, since: 'unknown time' };
    }
    return { ...parseHolder(data), renewedAt: info.mtime.toISOString() };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Whether a holder on this host is gone: its pid is free, or now names another process. */
export function isStale(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return false;
  if (!Number.isInteger(holder.pid) || holder.pid <= 0) return true;
  if (holder.bootId !== undefined && currentBootId() !== undefined && holder.bootId !== currentBootId()) {
    return true;
  }
  if (holder.pid === process.pid)
    return holder.startTicks !== undefined && holder.startTicks !== processStartTicks(process.pid);
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
  // The pid is in use; by the holder only if it started when the holder did (containers reuse pids).
  if (holder.startTicks === undefined) return false;
  const ticks = processStartTicks(holder.pid);
  return ticks !== undefined && ticks !== holder.startTicks;
}

/**
 * Two processes may find the same stale lock. A takeover marker (O_EXCL again) lets only one of
 * them delete it; the other goes round and finds the winner's fresh lock.
 */
async function takeOver(path: string, seen: LockHolder): Promise<void> {
  const marker = `${path}.takeover`;
  if (!(await tryCreate(marker, currentHolder()))) {
    const info = await stat(marker).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > TAKEOVER_STALE_MS) await unlink(marker).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return;
  }
  try {
    const again = await readLockHolder(path);
    if (again !== undefined && again.pid === seen.pid && again.since === seen.since) {
      await unlink(path).catch(() => undefined);
    }
  } finally {
    await unlink(marker).catch(() => undefined);
  }
}

/** Locks this process holds; a crash path that skips `release` (process.exit) still frees them. */
const held = new Set<string>();
let exitHookInstalled = false;

function heldLock(path: string, me: LockHolder): FileLock {
  held.add(path);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => {
      for (const lock of held) {
        try {
          unlinkSync(lock);
        } catch {
          // already gone
        }
      }
    });
  }
  const renew = setInterval(() => {
    const now = new Date();
    utimes(path, now, now).catch(() => undefined);
  }, RENEW_MS);
  renew.unref();
  return {
    path,
    async release(): Promise<void> {
      clearInterval(renew);
      if (!held.delete(path)) return;
      const holder = await readLockHolder(path);
      if (holder?.pid === me.pid && holder.since === me.since) await unlink(path).catch(() => undefined);
    },
  };
}
