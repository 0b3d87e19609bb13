import { describe, expect, it } from 'vitest';
import { type Journal, type JournalStep, newJournal } from '../../src/state/journal-format.js';
import { planStateOf } from '../../src/state/order-state.js';
import { reconcileJournal } from '../../src/state/reconcile.js';
import { seedOrder } from '../helpers/plan-steps.js';

const order = seedOrder();

function journalWith(steps: Record<string, Partial<JournalStep>>, extra: Partial<Journal> = {}): Journal {
  const journal = { ...newJournal('web', 'http://h', 'hash-1', new Date(0)), revision: 7, ...extra };
  for (const [id, fields] of Object.entries(steps)) {
    journal.steps[id] = {
      kind: 'add-service',
      fingerprint: `fp-${id}`,
      status: 'done',
      method: 'POST',
      url: 'u',
      startedAt: 't',
      attempts: 1,
      ...fields,
    };
  }
  return journal;
}

describe('reconcileJournal', () => {
  it('is new without a journal', () => {
    expect(reconcileJournal(undefined, order)).toEqual({ kind: 'new' });
    expect(planStateOf(undefined, order)).toEqual({ kind: 'new' });
  });

  it('resumes: done steps keep their Location, started ones are in doubt, failed ones run again', () => {
    const journal = journalWith(
      {
        order: { location: 'http://h/orders/1' },
        'product:vps': { location: 'http://h/orders/1/account/products/p' },
        'service:server': { status: 'started' },
        account: { status: 'failed' },
      },
      { orderUrl: 'http://h/orders/1' },
    );
    const verdict = reconcileJournal(journal, order);
    expect(verdict.kind).toBe('resume');
    if (verdict.kind !== 'resume') return;
    expect(verdict.steps.order).toEqual({ kind: 'done', location: 'http://h/orders/1' });
    expect(verdict.steps['service:server']).toEqual({ kind: 'in-doubt' });
    expect(verdict.steps.account).toEqual({ kind: 'pending' });
    expect(verdict.steps.submit).toEqual({ kind: 'pending' });
    expect(planStateOf(journal, order)).toMatchObject({
      kind: 'partial',
      revision: 7,
      orderUrl: 'http://h/orders/1',
      steps: { order: 'done', 'service:server': 'in-doubt', account: 'pending' },
    });
  });

  it('is a no-op when placed with the same manifest, and refuses a changed one', () => {
    const journal = journalWith({}, { placed: { at: 't', orderUrl: 'http://h/orders/1' } });
    expect(reconcileJournal(journal, order)).toEqual({ kind: 'placed', orderUrl: 'http://h/orders/1' });
    expect(reconcileJournal(journal, { ...order, manifestHash: 'hash-2' })).toEqual({
      kind: 'changed-after-placement',
      orderUrl: 'http://h/orders/1',
    });
    expect(planStateOf(journal, { ...order, manifestHash: 'hash-2' })).toEqual({
      kind: 'changed',
      revision: 7,
      orderUrl: 'http://h/orders/1',
      changes: expect.any(Array),
    });
  });

  it('partial + changed manifest: reuses matching steps, runs new ones, refuses changed or removed created ones', () => {
    const changed = seedOrder('web', ['ip', 'memory', 'disk']);
    changed.manifestHash = 'hash-2';
    const journal = journalWith({ order: {}, 'product:vps': {}, 'service:ip': {} });
    expect(reconcileJournal(journal, changed).kind).toBe('resume');

    const removed = seedOrder('web', ['memory']);
    const verdict = reconcileJournal(journal, removed);
    expect(verdict).toMatchObject({
      kind: 'conflict',
      conflicts: [{ step: 'service:ip', reason: 'removed', recorded: 'done' }],
    });

    const redefined = journalWith({ order: {}, 'service:ip': { fingerprint: 'old', status: 'started' } });
    expect(reconcileJournal(redefined, order)).toMatchObject({
      kind: 'conflict',
      conflicts: [{ step: 'service:ip', reason: 'changed', recorded: 'started' }],
    });
  });

  it('lets a changed account be sent again and forgets refused steps', () => {
    const journal = journalWith({
      order: {},
      account: { kind: 'set-account', fingerprint: 'old-account' },
      'service:gone': { status: 'failed' },
    });
    const verdict = reconcileJournal(journal, order);
    expect(verdict.kind).toBe('resume');
    if (verdict.kind === 'resume') expect(verdict.steps.account).toEqual({ kind: 'pending' });
  });
});
