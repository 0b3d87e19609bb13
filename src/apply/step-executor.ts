import { ApiFailure } from '../api/failure.js';
import { stepDisplayNames } from '../plan/display.js';
import type { OrderPlan, PlanStep } from '../plan/types.js';
import type { JsonValue } from '../shared/json-value.js';
import type { JournalStore } from '../state/journal.js';
import { markDone, markFailed, markStarted } from '../state/journal-steps.js';
import type { StepResume } from '../state/reconcile.js';
import { judgeFailure } from './answer-rule.js';
import { type RetryPolicy, retryDelay } from './backoff.js';
import type { EmitEvent, StepOutcome } from './events.js';
import { type Limiter, sleep } from './limiter.js';
import { normalizeUrl } from './match.js';
import { checkPriceGuard, type PriceLimits } from './price-guard.js';
import { fillSecrets, type PlanSecrets, secretFingerprint } from './secrets.js';
import type { SettleVerdict } from './settle.js';
import type { StepAnswer, Transport } from './transport.js';

export interface StepResult {
  location: string | undefined;
  outcome: StepOutcome;
  /**
   * Resolves once the result is durable in the journal; rejects when it cannot be written. The
   * runner starts the dependent steps before that: their "started" records join the same write,
   * and none of their requests leaves before it is on disk.
   */
  recorded: Promise<void>;
  /** What a read step recorded for later steps (the quote's Hash). */
  value?: string | undefined;
}

/** Runs the steps of one order; the runner decides when. */
export interface StepExecutor {
  /** Steps finished in an earlier run, with their Locations: skipped, their Locations reused. */
  readonly resumed: ReadonlyMap<string, string | undefined>;
  /** Values recorded by read steps finished in an earlier run (the quote's Hash). */
  readonly resumedValues?: ReadonlyMap<string, string>;
  execute(step: PlanStep, call: { url: string; body: JsonValue }, signal: AbortSignal): Promise<StepResult>;
}

export interface JournaledExecutorOptions {
  order: OrderPlan;
  journal: JournalStore;
  /** Where the requests go: the API, or the dry run's transport that sends nothing. */
  transport: Transport;
  endpoint: string;
  limiter: Limiter;
  retry: RetryPolicy;
  resume: Readonly<Record<string, StepResume>>;
  emit: EmitEvent;
  /** Values for the plan's `{secret.NAME}` placeholders, and the key of their journal fingerprint. */
  secrets?: PlanSecrets | undefined;
  fingerprintKey?: Buffer | undefined;
  /** The price guard's limits; none when absent. */
  priceLimits?: PriceLimits | undefined;
}

/**
 * Sends one order's steps exactly once: "started" is on disk before a request leaves, the result
 * as soon as it arrives; a transient failure leaves the step in doubt, and an in-doubt step is
 * settled by reading the API before anything is sent again. In a dry run the same happens
 * against a transport that sends nothing and a state that keeps nothing.
 */
export class JournaledExecutor implements StepExecutor {
  readonly resumed: ReadonlyMap<string, string | undefined>;
  readonly resumedValues: ReadonlyMap<string, string>;
  private readonly inDoubt: Set<string>;
  private settling: Promise<unknown> = Promise.resolve();

  /** Step names as the manifest gives them, for messages (`vps/ip`, not `service:vps/0/4`). */
  private readonly names: ReadonlyMap<string, string>;

  constructor(private readonly options: JournaledExecutorOptions) {
    this.names = stepDisplayNames(options.order.steps);
    const resumed = new Map<string, string | undefined>();
    this.inDoubt = new Set();
    for (const [id, state] of Object.entries(options.resume)) {
      if (state.kind === 'done') resumed.set(id, state.location);
      if (state.kind === 'in-doubt') this.inDoubt.add(id);
    }
    this.resumed = resumed;
    const values = new Map<string, string>();
    for (const [id, step] of Object.entries(options.journal.current.steps)) {
      if (resumed.has(id) && step.value !== undefined) values.set(id, step.value);
    }
    this.resumedValues = values;
  }

  async execute(
    step: PlanStep,
    call: { url: string; body: JsonValue },
    signal: AbortSignal,
  ): Promise<StepResult> {
    const { retry, emit, order, transport } = this.options;
    const event = { order: order.name, step: step.id, label: step.label };
    // The guard runs before anything of validate or submit is recorded or sent, on every run.
    if (step.kind === 'validate-order' || step.kind === 'submit') this.guardPrice();
    const firstAttemptAt = Date.now();
    for (let attempt = 1; ; attempt += 1) {
      if (this.inDoubt.has(step.id)) {
        // Only these read the API; an in-doubt POST /orders or PUT account is simply sent again.
        const reads = step.kind === 'add-product' || step.kind === 'add-service' || step.kind === 'submit';
        if (reads && transport.sends) emit({ kind: 'step-settling', ...event });
        const verdict = await this.settle(step, call, signal);
        if (verdict.kind === 'found') return this.recordDone(step, verdict.location, 'adopted', undefined);
        this.inDoubt.delete(step.id);
      }
      // A stop (a signal, or a sibling's unsafe Location) lets nothing new leave, not even a
      // request that was already queued for a parallelism slot.
      if (signal.aborted) throw stopped();
      await this.recordStarted(step, call.url);
      try {
        const answer = await this.options.limiter.run(() => {
          if (signal.aborted) throw stopped();
          // Reported once a parallelism slot is free: "started" means on the wire, not queued.
          if (transport.sends)
            emit({ kind: 'step-started', ...event, method: step.method, url: call.url, attempt });
          return this.send(step, call);
        });
        const outcome = !transport.sends ? 'dry-run' : answer.location ? 'created' : 'accepted';
        return this.recordDone(step, answer.location, outcome, answer.status, answer);
      } catch (error) {
        if (!(error instanceof ApiFailure)) throw error;
        const judged = judgeFailure(error.reason);
        if (judged === 'refused') {
          if (error.reason.kind === 'status') await this.recordFailed(step, error);
          throw error;
        }
        // The request may have been applied: from here on the step is in doubt until settled.
        this.inDoubt.add(step.id);
        if (judged === 'in-doubt') return this.settleAfterDoubtfulAnswer(step, call, signal, error);
        if (attempt >= retry.maxAttempts || signal.aborted) throw error;
        const retryAfter = error.reason.kind === 'status' ? error.reason.retryAfter : undefined;
        const delayMs = retryDelay(attempt, retryAfter, retry, Date.now());
        // The whole retrying is bounded too, so a flaky server cannot hold the order's lock for hours.
        if (Date.now() - firstAttemptAt + delayMs > retry.totalMs) throw error;
        emit({ kind: 'step-retrying', ...event, attempt, delayMs, reason: describeFailure(error) });
        await sleep(delayMs, signal);
      }
    }
  }

  /**
   * An answer that neither proves success nor a refusal (a proxy's 303 or 409 after the API
   * created the service): read the API now. Found: adopt it. Absent: it was a refusal after all,
   * the step failed and nothing is resent in this run. Unsettled: the error stands and the step
   * stays in doubt in the journal, to be settled by the next apply.
   */
  private async settleAfterDoubtfulAnswer(
    step: PlanStep,
    call: { url: string; body: JsonValue },
    signal: AbortSignal,
    error: ApiFailure,
  ): Promise<StepResult> {
    const event = { order: this.options.order.name, step: step.id, label: step.label };
    if (this.options.transport.sends) this.options.emit({ kind: 'step-settling', ...event });
    const verdict = await this.settle(step, call, signal);
    if (verdict.kind === 'found') return this.recordDone(step, verdict.location, 'adopted', undefined);
    this.inDoubt.delete(step.id);
    await this.recordFailed(step, error);
    throw error;
  }

  private send(step: PlanStep, call: { url: string; body: JsonValue }): Promise<StepAnswer> {
    const { transport, endpoint } = this.options;
    // Secret values enter the body here, on its way to the wire, and nowhere before.
    const body = fillSecrets(call.body, this.options.secrets);
    return transport.send(step, { step: this.names.get(step.id) ?? step.id, url: call.url, body, endpoint });
  }

  /** Refuses (exit 6) when the recorded quote is above the limits; nothing is sent then. */
  private guardPrice(): void {
    const { priceLimits, journal, order } = this.options;
    const quote = journal.current.steps.quote?.quote;
    if (priceLimits === undefined || quote === undefined) return;
    const refusal = checkPriceGuard(order, quote, priceLimits, journal.current.orderUrl);
    if (refusal !== undefined) throw refusal;
  }

  /**
   * Settles one step at a time per order, with transient read failures retried: two in-doubt
   * siblings must not adopt the same resource, and a claim is in the journal before the next settle.
   */
  private settle(
    step: PlanStep,
    call: { url: string; body: JsonValue },
    signal: AbortSignal,
  ): Promise<SettleVerdict> {
    const run = this.settling.then(async () => {
      const { journal, transport, retry, limiter, endpoint, order } = this.options;
      if (step.kind === 'create-order') {
        transport.clearCookies();
        return { kind: 'absent' } as const;
      }
      const firstAttemptAt = Date.now();
      for (let attempt = 1; ; attempt += 1) {
        const recorded = journal.current;
        const claimed = new Set(
          Object.entries(recorded.steps).flatMap(([id, s]) =>
            id !== step.id && s.status === 'done' && s.location ? [normalizeUrl(s.location)] : [],
          ),
        );
        const expected = order.steps.filter(
          (other) => other.fingerprint === step.fingerprint && recorded.steps[other.id]?.status !== 'done',
        ).length;
        try {
          return await limiter.run(() =>
            transport.settle({
              step,
              ...call,
              endpoint,
              orderUrl: recorded.orderUrl,
              claimed,
              expected,
            }),
          );
        } catch (error) {
          if (
            !(error instanceof ApiFailure) ||
            !error.transient ||
            attempt >= retry.maxAttempts ||
            signal.aborted
          ) {
            throw error;
          }
          const retryAfter = error.reason.kind === 'status' ? error.reason.retryAfter : undefined;
          const delayMs = retryDelay(attempt, retryAfter, retry, Date.now());
          if (Date.now() - firstAttemptAt + delayMs > retry.totalMs) throw error;
          await sleep(delayMs, signal);
        }
      }
    });
    this.settling = run.catch(() => undefined);
    return run;
  }

  private async recordStarted(step: PlanStep, url: string): Promise<void> {
    const { journal, order, secrets, fingerprintKey } = this.options;
    const secret = fingerprintKey && secretFingerprint(fingerprintKey, step, secrets);
    await journal.update((j) => markStarted(j, order.manifestHash, step, url, new Date(), secret));
  }

  /** Records the result in memory now; `recorded` says when it is on disk. */
  private recordDone(
    step: PlanStep,
    location: string | undefined,
    outcome: StepOutcome,
    httpStatus: number | undefined,
    answer?: StepAnswer,
  ): StepResult {
    const { journal, order, transport } = this.options;
    const value = answer?.value;
    const result = { location, adopted: outcome === 'adopted', httpStatus, value, quote: answer?.quote };
    // Cookies are saved with every result: the OwnerId arrives with POST /orders and may be renewed.
    const recorded = journal.update((j) =>
      markDone(j, order.manifestHash, step, result, transport.exportCookies(), new Date()),
    );
    return { location, outcome, recorded, value };
  }

  private async recordFailed(step: PlanStep, error: ApiFailure): Promise<void> {
    await this.options.journal.update((j) =>
      markFailed(j, step.id, error.status, error.apiMessage ?? error.message, new Date()),
    );
  }
}

/** Ends a step that never left because the run was stopped; the runner counts it as a stop. */
function stopped(): Error {
  const error = new Error('stopped before this request was sent');
  error.name = 'AbortError';
  return error;
}

/** A short reason for progress lines; the full message (method, URL) goes with the final error. */
function describeFailure(error: ApiFailure): string {
  switch (error.reason.kind) {
    case 'status':
      return `answered ${error.reason.status}${error.apiMessage === undefined ? '' : `: ${error.apiMessage}`}`;
    case 'network':
      return `connection problem (${error.reason.code})`;
    case 'timeout':
      return 'timed out';
    case 'bad-response':
    case 'certificate':
      return error.reason.detail;
  }
}
