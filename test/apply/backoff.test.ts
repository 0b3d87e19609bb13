import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  DEFAULT_RETRY_POLICY,
  parseRetryAfter,
  retryDelay,
  retryPolicyFromEnv,
} from '../../src/apply/backoff.js';
import { Limiter, sleep } from '../../src/apply/limiter.js';

const policy = { baseMs: 100, capMs: 1000, maxAttempts: 5, retryAfterCapMs: 5000, totalMs: 60_000 };

describe('backoff', () => {
  it('grows exponentially under a cap, with full jitter', () => {
    expect(backoffDelay(1, policy, () => 0.999)).toBe(99);
    expect(backoffDelay(3, policy, () => 0.5)).toBe(200);
    expect(backoffDelay(10, policy, () => 0.999)).toBe(999);
    expect(backoffDelay(4, policy, () => 0)).toBe(0);
  });

  it('parses Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:27:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('-1', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });

  it('honours Retry-After up to its cap, else backs off', () => {
    expect(retryDelay(1, '2', policy, 0, () => 0)).toBe(2000);
    expect(retryDelay(1, '120', policy, 0, () => 0)).toBe(5000);
    expect(retryDelay(2, undefined, policy, 0, () => 0.5)).toBe(100);
  });

  it('reads its knobs from the environment, ignoring nonsense', () => {
    expect(retryPolicyFromEnv({})).toEqual(DEFAULT_RETRY_POLICY);
    const env = { ORDERFORM_RETRY_BASE_MS: '5', ORDERFORM_RETRY_ATTEMPTS: '0', ORDERFORM_RETRY_CAP_MS: 'x' };
    expect(retryPolicyFromEnv(env)).toEqual({ ...DEFAULT_RETRY_POLICY, baseMs: 5 });
  });
});

describe('Limiter', () => {
  it('never runs more than its size at once', async () => {
    const limiter = new Limiter(3);
    let active = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 12 }, () =>
        limiter.run(async () => {
          active += 1;
          peak = Math.max(peak, active);
          await sleep(5);
          active -= 1;
        }),
      ),
    );
    expect(peak).toBe(3);
  });

  it('releases the slot when a task throws', async () => {
    const limiter = new Limiter(1);
    await expect(limiter.run(() => Promise.reject(new Error('x')))).rejects.toThrow('x');
    await expect(limiter.run(async () => 7)).resolves.toBe(7);
  });

  it('sleep stops early on abort', async () => {
    const controller = new AbortController();
    const waiting = sleep(10_000, controller.signal);
    controller.abort('SIGTERM');
    await expect(waiting).rejects.toBe('SIGTERM');
  });
});
