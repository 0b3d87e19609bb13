import { constants, unlinkSync } from 'node:fs';
import { open, readFile, stat, unlink } from 'node:fs/promises';
import { hostname, userInfo } from 'node:os';
import { LockedError } from '../errors.js';

/** What a lock file says about its holder. */
export interface LockOwner {
  owner: string;
  host: string;
  pid: number;
  since: string;
}

export interface OrderLock {
  readonly path: string;
  release(): Promise<void>;
}

/** A takeover that has not finished in this long was left by a crashed process. */
const TAKEOVER_STALE_MS = 10_000;

/**
 * One apply at a time per order: the lock file is created with O_EXCL, so exactly one process
 * wins. A lock left by a process that is gone (same host, `kill(pid, 0)` says ESRCH) is taken
 * over; a live holder, or one on another host we cannot check, makes apply exit 4.
 */
export async function acquireOrderLock(path: string, name: string): Promise<OrderLock> {
  const me = currentOwner();
  for (let attempt = 0; attempt < 5; attempt += 1) {
    if (await tryCreate(path, me)) return heldLock(path, me);
    const holder = await readOwner(path);
    if (holder === undefined) continue; // released between our create and read: try again
    if (!isStale(holder)) {
      throw new LockedError(
        `order ${name} is locked by another apply: ${holder.owner}, pid ${holder.pid}, since ${holder.since}`,
        { hint: `Wait for it to finish. If that process is gone for sure, delete ${path}.` },
      );
    }
    await takeOver(path, holder);
  }
  throw new LockedError(`order ${name}: could not take the lock at ${path}`, { hint: 'Try again.' });
}

function currentOwner(): LockOwner {
  let user = 'unknown';
  try {
    user = userInfo().username;
  } catch {
    // No passwd entry (containers): the pid and host still identify the holder.
  }
  return {
    owner: `${user}@${hostname()}`,
    host: hostname(),
    pid: process.pid,
    since: new Date().toISOString(),
  };
}

async function tryCreate(path: string, me: LockOwner): Promise<boolean> {
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

async function readOwner(path: string): Promise<LockOwner | undefined> {
  try {
    const data = JSON.parse(await readFile(path, 'utf8')) as Partial<LockOwner>;
    return {
      owner: typeof data.owner === 'string' ? data.owner : 'unknown',
      host: typeof data.host === 'string' ? data.host : '',
      pid: typeof data.pid === 'number' ? data.pid : 0,
      since: typeof data.since === 'string' ? data.since : 'unknown time',
    };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    // A torn lock file (the holder died while writing it) names nobody alive.
    return { owner: 'unknown', host: hostname(), pid: 0, since: 'unknown time' };
  }
}

export function isStale(holder: LockOwner): boolean {
  if (holder.host !== hostname()) return false;
  if (!Number.isInteger(holder.pid) || holder.pid <= 0) return true;
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Two processes may find the same stale lock. A takeover marker (O_EXCL again) lets only one of
 * them delete it; the other goes round and finds the winner's fresh lock.
 */
async function takeOver(path: string, seen: LockOwner): Promise<void> {
  const marker = `${path}.takeover`;
  if (!(await tryCreate(marker, currentOwner()))) {
    const info = await stat(marker).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > TAKEOVER_STALE_MS) await unlink(marker).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return;
  }
  try {
    const again = await readOwner(path);
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

function heldLock(path: string, me: LockOwner): OrderLock {
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
  return {
    path,
    async release(): Promise<void> {
      if (!held.delete(path)) return;
      const holder = await readOwner(path);
      if (holder?.pid === me.pid && holder.since === me.since) await unlink(path).catch(() => undefined);
    },
  };
}
