import type { PlanStep } from '../plan/types.js';
import type { QuoteRecord } from '../shared/quote-record.js';
import type { Journal } from './journal-format.js';

/** The journal changes a step makes, as pure mutations (written through by JournalStore.update). */

/** What a record says about the step's definition, the same in every state of it. */
function stepDefinition(step: PlanStep): Pick<PlanStep, 'kind' | 'fingerprint' | 'method' | 'body'> {
  return { kind: step.kind, fingerprint: step.fingerprint, method: step.method, body: step.body };
}

/** Written (and on disk) before the request leaves: from here on the step is in doubt until answered. */
export function markStarted(
  journal: Journal,
  manifestHash: string,
  step: PlanStep,
  url: string,
  now: Date,
  secretFingerprint?: string,
): void {
  const previous = journal.steps[step.id];
  journal.manifestHash = manifestHash;
  journal.steps[step.id] = {
    ...stepDefinition(step),
    status: 'started',
    url,
    startedAt: now.toISOString(),
    attempts: (previous?.fingerprint === step.fingerprint ? previous.attempts : 0) + 1,
    ...(secretFingerprint === undefined ? {} : { secretFingerprint }),
  };
}

export function markDone(
  journal: Journal,
  manifestHash: string,
  step: PlanStep,
  result: {
    location: string | undefined;
    adopted: boolean;
    httpStatus: number | undefined;
    value?: string | undefined;
    quote?: QuoteRecord | undefined;
  },
  cookies: unknown,
  now: Date,
): void {
  const previous = journal.steps[step.id];
  const at = now.toISOString();
  journal.manifestHash = manifestHash;
  journal.steps[step.id] = {
    ...stepDefinition(step),
    status: 'done',
    url: previous?.url ?? '',
    startedAt: previous?.startedAt ?? at,
    finishedAt: at,
    attempts: previous?.attempts ?? 0,
    outcome: result.adopted ? 'adopted' : 'sent',
    ...(result.location === undefined ? {} : { location: result.location }),
    ...(result.httpStatus === undefined ? {} : { httpStatus: result.httpStatus }),
    ...(previous?.secretFingerprint === undefined ? {} : { secretFingerprint: previous.secretFingerprint }),
    ...(result.value === undefined ? {} : { value: result.value }),
    ...(result.quote === undefined ? {} : { quote: result.quote }),
  };
  if (step.kind === 'create-order' && result.location !== undefined) {
    if (journal.orderUrl !== undefined && journal.orderUrl !== result.location) {
      journal.abandonedOrders.push(journal.orderUrl);
    }
    journal.orderUrl = result.location;
  }
  journal.cookies = cookies;
  if (step.kind === 'submit' && journal.orderUrl !== undefined) {
    journal.placed = { at, orderUrl: journal.orderUrl };
  }
}

/** The API refused the step (4xx): nothing was created, so the next run sends it again. */
export function markFailed(
  journal: Journal,
  stepId: string,
  httpStatus: number | undefined,
  message: string,
  now: Date,
): void {
  const previous = journal.steps[stepId];
  if (previous === undefined) return;
  previous.status = 'failed';
  previous.finishedAt = now.toISOString();
  if (httpStatus !== undefined) previous.httpStatus = httpStatus;
  previous.error = message;
}
