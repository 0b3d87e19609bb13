import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_POLICY } from '../../src/apply/backoff.js';
import { DryRunTransport, readOnlyState } from '../../src/apply/dry-run.js';
import type { RunnerEvent } from '../../src/apply/events.js';
import { Limiter, sleep } from '../../src/apply/limiter.js';
import { runOrders } from '../../src/apply/runner.js';
import { JournaledExecutor, type StepExecutor, type StepResult } from '../../src/apply/step-executor.js';
import { ApiError } from '../../src/errors.js';
import type { PlanStep } from '../../src/plan/types.js';
import type { JsonValue } from '../../src/shared/json-value.js';
import { JournalStore } from '../../src/state/journal.js';
import { newJournal } from '../../src/state/journal-format.js';
import { LocalStateBackend } from '../../src/state/local.js';
import { seedOrder } from '../helpers/plan-steps.js';

/** An in-memory executor: records calls and their overlap, answers with made-up Locations. */
class RecordingExecutor implements StepExecutor {
  readonly calls: { step: string; url: string; body: JsonValue; start: number; end: number }[] = [];
  constructor(
    readonly resumed: ReadonlyMap<string, string | undefined> = new Map(),
    private readonly fail?: string,
  ) {}
  async execute(step: PlanStep, call: { url: string; body: JsonValue }): Promise<StepResult> {
    const start = performance.now();
    await sleep(20);
    this.calls.push({ step: step.id, ...call, start, end: performance.now() });
    if (step.id === this.fail) {
      throw new ApiError({ message: 'refused', method: step.method, url: call.url, status: 400 });
    }
    return {
      location: step.creates ? `${call.url.replace(/\/$/, '')}/${step.id.replace(/\W/g, '')}` : undefined,
      outcome: 'created',
      recorded: Promise.resolve(),
    };
  }
}

/** Answers at once; the journal write of one step's result is held until the test releases it. */
class SlowRecordExecutor implements StepExecutor {
  readonly resumed = new Map<string, string | undefined>();
  readonly started: string[] = [];
  release!: (error?: Error) => void;
  constructor(private readonly held: string) {}
  async execute(step: PlanStep, call: { url: string }): Promise<StepResult> {
    this.started.push(step.id);
    await sleep(1);
    const recorded =
      step.id === this.held
        ? new Promise<void>((resolve, reject) => {
            this.release = (error) => (error ? reject(error) : resolve());
          })
        : Promise.resolve();
    return { location: step.creates ? `${call.url}/${step.id}` : undefined, outcome: 'created', recorded };
  }
}

const ENDPOINT = 'http://h';

const options = (events: RunnerEvent[], signal = new AbortController().signal) => ({
  endpoint: ENDPOINT,
  signal,
  drainMs: 1000,
  emit: (event: RunnerEvent) => events.push(event),
  mode: 'live' as const,
});

describe('runOrders', () => {
  it('starts each step once its dependencies are done, siblings together, Locations filled in', async () => {
    const order = seedOrder('web', ['ip', 'memory', 'disk']);
    const executor = new RecordingExecutor();
    const events: RunnerEvent[] = [];
    const [result] = await runOrders([{ order, executor }], options(events));
    expect(result?.kind).toBe('placed');
    const call = (id: string) => executor.calls.find((c) => c.step === id)!;
    expect(call('account').url).toBe('http://h/orders/order/account');
    expect(call('service:ip').body).toEqual({
      name: 'VPS',
      serviceSpecification: 'http://h/serviceSpecifications/ip',
      billingCycle: 1,
      relatedTo: ['http://h/orders/order/account/products/productvps/services/serviceserver'],
    });
    // add-ons overlap each other; the account overlaps the product
    expect(call('service:memory').start).toBeLessThan(call('service:ip').end);
    expect(call('account').start).toBeLessThan(call('product:vps').end);
    expect(call('submit').start).toBeGreaterThanOrEqual(
      Math.max(...executor.calls.slice(0, -1).map((c) => c.end)),
    );
    expect(events.filter((e) => e.kind === 'order-placed')).toHaveLength(1);
  });

  it('starts the dependents of a step before its result is on disk, but finishes only after', async () => {
    const executor = new SlowRecordExecutor('order');
    const events: RunnerEvent[] = [];
    let finished = false;
    const running = runOrders([{ order: seedOrder(), executor }], options(events)).then((results) => {
      finished = true;
      return results;
    });
    // Their "started" records would join the journal write that records the order's result.
    await waitUntil(() => executor.started.includes('product:vps'));
    expect(executor.started).toContain('account');
    await sleep(30);
    expect(finished).toBe(false);
    // "done" is reported once the result is durable, never before.
    expect(events.some((e) => e.kind === 'step-done' && e.step === 'order')).toBe(false);
    executor.release();
    const [result] = await running;
    expect(result?.kind).toBe('placed');
    expect(events.some((e) => e.kind === 'step-done' && e.step === 'order')).toBe(true);
  });

  it('fails the order when a result cannot be recorded', async () => {
    const executor = new SlowRecordExecutor('product:vps');
    const events: RunnerEvent[] = [];
    const running = runOrders([{ order: seedOrder(), executor }], options(events));
    await waitUntil(() => executor.started.includes('service:server'));
    const full = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    executor.release(full);
    const [result] = await running;
    expect(result?.kind).toBe('failed');
    expect(result?.errors).toContain(full);
    expect(events).toContainEqual(expect.objectContaining({ kind: 'step-failed', step: 'product:vps' }));
    expect(events.some((e) => e.kind === 'step-done' && e.step === 'product:vps')).toBe(false);
    expect(executor.started).not.toContain('submit');
  });

  it('skips steps finished earlier and reuses their Locations', async () => {
    const order = seedOrder();
    const resumed = new Map([
      ['order', 'http://h/orders/9'],
      ['account', undefined],
    ]);
    const executor = new RecordingExecutor(resumed);
    const events: RunnerEvent[] = [];
    await runOrders([{ order, executor }], options(events));
    expect(executor.calls.map((c) => c.step)).not.toContain('order');
    expect(executor.calls.find((c) => c.step === 'product:vps')?.url).toBe(
      'http://h/orders/9/account/products',
    );
    expect(events.filter((e) => e.kind === 'step-skipped').map((e) => 'step' in e && e.step)).toEqual([
      'order',
      'account',
    ]);
  });

  it('stops an order at its first failure, letting the steps in flight finish, other orders going on', async () => {
    const failing = new RecordingExecutor(new Map(), 'product:vps');
    const healthy = new RecordingExecutor();
    const results = await runOrders(
      [
        { order: seedOrder('bad'), executor: failing },
        { order: seedOrder('good'), executor: healthy },
      ],
      options([]),
    );
    expect(results.map((r) => r.kind)).toEqual(['failed', 'placed']);
    expect(failing.calls.map((c) => c.step).sort()).toEqual(['account', 'order', 'product:vps']);
    expect(results[0]?.errors[0]).toBeInstanceOf(ApiError);
  });

  it('starts nothing new after a stop and reports the order stopped', async () => {
    const controller = new AbortController();
    const executor = new RecordingExecutor();
    const events: RunnerEvent[] = [];
    const running = runOrders([{ order: seedOrder(), executor }], options(events, controller.signal));
    await sleep(5);
    controller.abort('SIGTERM');
    const [result] = await running;
    expect(result?.kind).toBe('stopped');
    expect(executor.calls.map((c) => c.step)).toEqual(['order']);
  });

  it('walks the whole plan in a dry run with placeholder Locations, writing nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'orderform-dry-run-'));
    try {
      const order = seedOrder();
      const state = readOnlyState(new LocalStateBackend(join(dir, 'state'), undefined, () => undefined));
      const journal = await JournalStore.load(state, ENDPOINT, order.name, () =>
        newJournal(order.name, ENDPOINT, order.manifestHash, new Date()),
      );
      const events: RunnerEvent[] = [];
      const executor = new JournaledExecutor({
        order,
        journal,
        transport: new DryRunTransport(),
        endpoint: ENDPOINT,
        limiter: new Limiter(4),
        retry: DEFAULT_RETRY_POLICY,
        resume: {},
        emit: (event) => events.push(event),
      });
      const [result] = await runOrders([{ order, executor }], { ...options(events), mode: 'dry-run' });
      expect(result?.kind).toBe('dry-run');
      const done = events.filter((e) => e.kind === 'step-done');
      expect(done).toHaveLength(order.steps.length);
      expect(done.every((e) => e.kind === 'step-done' && e.outcome === 'dry-run')).toBe(true);
      // Nothing went on a wire, so the progress never says that anything did.
      expect(events.some((e) => e.kind === 'step-started' || e.kind === 'step-settling')).toBe(false);
      expect(result?.locations.get('service:server')).toBe('<dry-run:service:server>');
      expect(await readdir(dir)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

async function waitUntil(probe: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !probe(); i += 1) await sleep(2);
  expect(probe()).toBe(true);
}
