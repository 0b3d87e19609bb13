import { describe, expect, it } from 'vitest';
import { newJournal } from '../../src/state/journal-format.js';
import { markDone, markFailed, markStarted } from '../../src/state/journal-steps.js';
import { seedOrder } from '../helpers/plan-steps.js';

const [orderStep, , , , , , submitStep] = seedOrder().steps;
const now = new Date('2026-01-01T00:00:00Z');

describe('journal step records', () => {
  it('start, finish, and count attempts per definition', () => {
    const journal = newJournal('web', 'http://h', 'old-hash', now);
    markStarted(journal, 'hash', orderStep!, 'http://h/orders', now);
    markStarted(journal, 'hash', orderStep!, 'http://h/orders', now);
    expect(journal.steps.order).toMatchObject({ status: 'started', attempts: 2, url: 'http://h/orders' });
    expect(journal.manifestHash).toBe('hash');
    const cookies = { cookies: [] };
    markDone(
      journal,
      'hash',
      orderStep!,
      { location: 'http://h/orders/1', adopted: false, httpStatus: 201 },
      cookies,
      now,
    );
    expect(journal.steps.order).toMatchObject({
      status: 'done',
      location: 'http://h/orders/1',
      outcome: 'sent',
    });
    expect(journal.orderUrl).toBe('http://h/orders/1');
    expect(journal.cookies).toBe(cookies);
    expect(journal.placed).toBeUndefined();
  });

  it('remember an abandoned order and record placement on submit', () => {
    const journal = newJournal('web', 'http://h', 'hash', now);
    journal.orderUrl = 'http://h/orders/old';
    markDone(
      journal,
      'hash',
      orderStep!,
      { location: 'http://h/orders/new', adopted: false, httpStatus: 201 },
      {},
      now,
    );
    expect(journal.abandonedOrders).toEqual(['http://h/orders/old']);
    markDone(
      journal,
      'hash',
      submitStep!,
      { location: undefined, adopted: true, httpStatus: undefined },
      {},
      now,
    );
    expect(journal.placed).toEqual({ at: now.toISOString(), orderUrl: 'http://h/orders/new' });
    expect(journal.steps.submit?.outcome).toBe('adopted');
  });

  it('mark a refused step failed with the API message', () => {
    const journal = newJournal('web', 'http://h', 'hash', now);
    markFailed(journal, 'order', 400, 'nope', now);
    expect(journal.steps.order).toBeUndefined();
    markStarted(journal, 'hash', orderStep!, 'u', now);
    markFailed(journal, 'order', 400, 'POST data error', now);
    expect(journal.steps.order).toMatchObject({
      status: 'failed',
      httpStatus: 400,
      error: 'POST data error',
    });
  });
});
