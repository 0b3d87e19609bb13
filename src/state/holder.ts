import { readFileSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import type { LockHolder } from './backend.js';

/** This process as a lock holder: host, pid, CI job, and what tells a reused PID apart. */
export function currentHolder(env: NodeJS.ProcessEnv = process.env): LockHolder {
  let user = 'unknown';
  try {
    user = userInfo().username;
  } catch {
    // No passwd entry (containers): the pid and host still identify the holder.
  }
  const ciJobUrl = ciJobUrlOf(env);
  const startTicks = processStartTicks(process.pid);
  const bootId = currentBootId();
  return {
    owner: `${user}@${hostname()}`,
    host: hostname(),
    pid: process.pid,
    since: new Date().toISOString(),
    ...(ciJobUrl === undefined ? {} : { ciJobUrl }),
    ...(startTicks === undefined ? {} : { startTicks }),
    ...(bootId === undefined ? {} : { bootId }),
  };
}

export function ciJobUrlOf(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID, CI_JOB_URL } = env;
  if (GITHUB_SERVER_URL && GITHUB_REPOSITORY && GITHUB_RUN_ID) {
    return `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`;
  }
  return CI_JOB_URL || undefined;
}

/** Field 22 of /proc/PID/stat: when the process started, in clock ticks since boot (Linux). */
export function processStartTicks(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[19]);
    return Number.isFinite(ticks) ? ticks : undefined;
  } catch {
    return undefined;
  }
}

export function currentBootId(): string | undefined {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

/** "alice@ci-7, pid 123, since ... (job https://...)", for every lock message. Pure. */
export function describeHolder(holder: LockHolder, now: Date): string {
  const age = ageOf(holder.since, now);
  const renewed = holder.renewedAt === undefined ? '' : `, last renewed ${ageOf(holder.renewedAt, now)} ago`;
  const job = holder.ciJobUrl === undefined ? '' : `, CI job ${holder.ciJobUrl}`;
  return `${holder.owner}, pid ${holder.pid}, since ${holder.since}${age === '?' ? '' : ` (${age} ago)`}${renewed}${job}`;
}

function ageOf(iso: string, now: Date): string {
  const ms = now.getTime() - Date.parse(iso);
  if (!Number.isFinite(ms)) return '?';
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 120) return `${seconds}s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)}m`;
  return `${Math.round(seconds / 3600)}h`;
}

/** Reads a holder record (JSON) defensively: a torn or odd record still yields a message. */
export function parseHolder(data: unknown): LockHolder {
  const record = (typeof data === 'object' && data !== null ? data : {}) as Partial<LockHolder>;
  return {
    owner: typeof record.owner === 'string' ? record.owner : 'unknown',
    host: typeof record.host === 'string' ? record.host : '',
    pid: typeof record.pid === 'number' ? record.pid : 0,
    since: typeof record.since === 'string' ? record.since : 'unknown time',
    ...(typeof record.ciJobUrl === 'string' ? { ciJobUrl: record.ciJobUrl } : {}),
    ...(typeof record.startTicks === 'number' ? { startTicks: record.startTicks } : {}),
    ...(typeof record.bootId === 'string' ? { bootId: record.bootId } : {}),
    ...(typeof record.renewedAt === 'string' ? { renewedAt: record.renewedAt } : {}),
  };
}
