/** How transient failures are retried. Tests shrink the delays through the environment. */
export interface RetryPolicy {
  /** First backoff ceiling; doubles per attempt ("full jitter": a random delay below it). */
  baseMs: number;
  /** Largest backoff ceiling. */
  capMs: number;
  /** Attempts per request, the first one included. */
  maxAttempts: number;
  /** Largest wait a server's Retry-After may impose; longer asks are cut to this. */
  retryAfterCapMs: number;
  /** Longest a step may spend retrying, from its first attempt: no retry starts after it. */
  totalMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  baseMs: 500,
  capMs: 15_000,
  maxAttempts: 6,
  retryAfterCapMs: 60_000,
  totalMs: 300_000,
};

/** ORDERFORM_RETRY_BASE_MS, _CAP_MS, _ATTEMPTS, _AFTER_CAP_MS and _TOTAL_MS (also `apply --retry-time`). */
export function retryPolicyFromEnv(env: NodeJS.ProcessEnv): RetryPolicy {
  const read = (name: string, fallback: number, min: number): number => {
    const value = Number(env[name]);
    return env[name] !== undefined && Number.isFinite(value) && value >= min ? Math.floor(value) : fallback;
  };
  return {
    baseMs: read('ORDERFORM_RETRY_BASE_MS', DEFAULT_RETRY_POLICY.baseMs, 0),
    capMs: read('ORDERFORM_RETRY_CAP_MS', DEFAULT_RETRY_POLICY.capMs, 0),
    maxAttempts: read('ORDERFORM_RETRY_ATTEMPTS', DEFAULT_RETRY_POLICY.maxAttempts, 1),
    retryAfterCapMs: read('ORDERFORM_RETRY_AFTER_CAP_MS', DEFAULT_RETRY_POLICY.retryAfterCapMs, 0),
    totalMs: read('ORDERFORM_RETRY_TOTAL_MS', DEFAULT_RETRY_POLICY.totalMs, 0),
  };
}

/** Exponential backoff with full jitter: uniform in [0, min(cap, base * 2^(attempt-1))). */
export function backoffDelay(
  attempt: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}

/**
 * Retry-After is either delay-seconds or an HTTP date. Returns milliseconds to wait, or
 * undefined when the header is absent or unreadable (then plain backoff applies).
 */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

/** The wait before the next attempt: the server's Retry-After (capped) when it gave one, else backoff. */
export function retryDelay(
  attempt: number,
  retryAfter: string | undefined,
  policy: RetryPolicy,
  nowMs: number,
  random: () => number = Math.random,
): number {
  const asked = parseRetryAfter(retryAfter, nowMs);
  if (asked !== undefined) return Math.min(asked, policy.retryAfterCapMs);
  return backoffDelay(attempt, policy, random);
}
