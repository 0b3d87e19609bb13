import { describe, expect, it } from 'vitest';
import { checkEndpoint, isLoopback } from '../../src/api/endpoint.js';
import { renderOutcomeErrors } from '../../src/apply/render-errors.js';
import { buildOrderReport, renderSummary } from '../../src/apply/report.js';
import type { OrderResult } from '../../src/apply/runner.js';
import { renderEventLine } from '../../src/apply/view-lines.js';
import { ApplyStoppedError, ConflictError, exitCodeOfRun, UsageError } from '../../src/errors.js';
import { newJournal } from '../../src/state/journal-format.js';
import { describeRecordedOrder, renderStatusText } from '../../src/state/status-report.js';
import { seedOrder } from '../helpers/plan-steps.js';

describe('checkEndpoint', () => {
  it('accepts https anywhere and http on loopback, normalising the URL', () => {
    expect(checkEndpoint('https://api.hostway.com/', false)).toEqual({
      endpoint: 'https://api.hostway.com',
      warning: undefined,
    });
    expect(checkEndpoint('http://127.0.0.2:8080/api/', false).endpoint).toBe('http://127.0.0.2:8080/api');
    expect(checkEndpoint('http://[::1]:9', false).endpoint).toBe('http://[::1]:9');
    expect(checkEndpoint('http://localhost:9', false).warning).toBeUndefined();
    expect(isLoopback('127.0.0.1.evil.com')).toBe(false);
  });

  it('refuses plain http elsewhere unless allowed (with a warning), and credentials in the URL', () => {
    expect(() => checkEndpoint('http://api.hostway.com', false)).toThrow(UsageError);
    expect(checkEndpoint('http://api.hostway.com', true).warning).toContain('plain http');
    expect(() => checkEndpoint('https://u:p@api.hostway.com', false)).toThrow('must not contain credentials');
    expect(() => checkEndpoint('ftp://x', false)).toThrow(UsageError);
    expect(() => checkEndpoint('nonsense', false)).toThrow('is not a URL');
    expect(() => checkEndpoint('https://h/?q=1', false)).toThrow('query');
  });
});

describe('progress lines and the summary', () => {
  it('render one line per event', () => {
    const at = { order: 'web', step: 'service:ip', label: 'add service ip' };
    expect(
      renderEventLine({ kind: 'step-started', ...at, method: 'POST', url: 'http://h/s', attempt: 2 }),
    ).toBe('[web] > add service ip: POST http://h/s (attempt 2)');
    expect(renderEventLine({ kind: 'step-done', ...at, location: 'http://h/s/1', outcome: 'adopted' })).toBe(
      '[web] ok add service ip -> http://h/s/1 (already applied; found while settling)',
    );
    expect(
      renderEventLine({ kind: 'step-retrying', ...at, attempt: 1, delayMs: 20, reason: 'answered 503' }),
    ).toBe('[web] ~ add service ip: answered 503; retrying in 20 ms');
    expect(renderEventLine({ kind: 'order-finished', order: 'web', result: 'placed' })).toBeUndefined();
  });

  it('summarise each order with its URL and every created resource', () => {
    const order = seedOrder();
    const locations = new Map<string, string | undefined>([
      ['order', 'http://h/orders/1'],
      ['account', undefined],
      ['product:vps', 'http://h/orders/1/account/products/p'],
      ['service:server', 'http://h/orders/1/account/products/p/services/s'],
    ]);
    const report = buildOrderReport(order, {
      kind: 'failed',
      name: 'web',
      orderUrl: undefined,
      locations,
      errors: [new Error('boom')],
    });
    expect(report.orderUrl).toBe('http://h/orders/1');
    expect(report.resources.map((r) => r.step)).toEqual(['order', 'product:vps', 'service:server']);
    const text = renderSummary([report]);
    expect(text).toContain('web: failed (progress saved; run apply again to resume)  http://h/orders/1');
    expect(text).toContain('    product  vps (product:vps): http://h/orders/1/account/products/p');
  });
});

describe('the end of a run says what to do next, in line with the exit code', () => {
  const failed = (errors: unknown[]): OrderResult => ({
    kind: 'failed',
    name: 'web',
    orderUrl: 'http://h/orders/1',
    locations: new Map([['order', 'http://h/orders/1']]),
    errors,
  });
  const outcome = (result: OrderResult) => {
    const results = [result];
    return { results, reports: [buildOrderReport(seedOrder(), result)], exitCode: exitCodeOfRun(results) };
  };

  it('a plain failure (exit 1) is resumable: run apply again', () => {
    const run = outcome(failed([new ApplyStoppedError('requests were still in flight')]));
    expect(run.exitCode).toBe(1);
    expect(renderOutcomeErrors(run)).toBe(
      'error: [web] requests were still in flight\n[web] progress is saved; run apply again to resume.\n',
    );
    expect(renderSummary(run.reports)).toContain('web: failed (progress saved; run apply again to resume)');
  });

  it('a conflict (exit 5) is not: only its hint, once, however many steps met it', () => {
    const hint = 'The order may have expired or been deleted; apply it under a new metadata.name.';
    const gone = (step: string) =>
      new ConflictError(`step ${step} was in doubt, and settling it found that a resource is gone`, { hint });
    const conflict = outcome(failed([gone('service:ip'), gone('service:memory')]));
    expect(conflict.exitCode).toBe(5);
    const text = renderOutcomeErrors(conflict);
    expect(text).toBe(
      [
        'error: [web] step service:ip was in doubt, and settling it found that a resource is gone',
        `hint: ${hint}`,
        'error: [web] step service:memory was in doubt, and settling it found that a resource is gone',
        '',
      ].join('\n'),
    );
    expect(text).not.toContain('run apply again');
    const summary = renderSummary(conflict.reports);
    expect(summary).toContain('web: failed (conflicts with the API; see the error and its hint)');
    expect(summary).not.toContain('progress saved');
  });
});

describe('status report', () => {
  it('describes a partial order without ever including the cookie', () => {
    const order = seedOrder();
    const journal = newJournal('web', 'http://h', 'hash-1', new Date(0));
    journal.cookies = { cookies: [{ key: 'OwnerId', value: 'cookie-secret' }] };
    journal.orderUrl = 'http://h/orders/1';
    const step = { fingerprint: '', method: 'POST', url: 'u', startedAt: 't', attempts: 1 } as const;
    journal.steps.order = {
      ...step,
      kind: 'create-order',
      fingerprint: 'fp-order',
      status: 'done',
      location: 'http://h/orders/1',
    };
    journal.steps['product:vps'] = {
      ...step,
      kind: 'add-product',
      fingerprint: 'fp-product:vps',
      status: 'started',
    };
    journal.steps.account = {
      ...step,
      kind: 'set-account',
      fingerprint: 'fp-account',
      status: 'failed',
      httpStatus: 400,
      error: 'Missing language or currency.',
    };
    const record = describeRecordedOrder(journal, order);
    expect(record).toMatchObject({
      state: 'partial',
      stepsDone: 1,
      stepsTotal: order.steps.length,
      inDoubt: ['product:vps'],
      failed: [{ step: 'account', httpStatus: 400, message: 'Missing language or currency.' }],
      orderUrl: 'http://h/orders/1',
    });
    const text = renderStatusText([{ name: 'web', file: 'm.yaml', state: 'recorded', records: [record] }]);
    expect(text).toContain('partial: 1 of 7 steps done, 1 in doubt; run apply to finish');
    expect(text).toContain('failed   account (400): Missing language or currency.');
    // Ids stay in JSON (they key the journal); text reads the manifest's names.
    expect(text).toContain('in doubt vps (settled by reading the API on the next apply)');
    expect(record.stepNames['product:vps']).toBe('vps');
    expect(JSON.stringify(record) + text).not.toContain('cookie-secret');
  });
});
