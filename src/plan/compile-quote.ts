import type { OrderManifest } from '../manifest/types.js';
import { formatCents } from '../shared/money.js';
import { fingerprintStep, type StepBuilder } from './step-builder.js';
import { hashPlaceholder, locationPlaceholder } from './template.js';
import type { PlanStep } from './types.js';

/**
 * The end of every order: read the quote once everything is in it, ask the API to validate the
 * order, then submit at that quote (its Hash as `quoteHash`, so the order is placed at the price
 * shown). The price guard runs between the quote and validate (src/apply/price-guard.ts).
 */
export function compileQuoteAndSubmit(builder: StepBuilder): void {
  const order = locationPlaceholder('order');
  const path = ['metadata', 'name'];
  builder.add({
    id: 'quote',
    kind: 'read-quote',
    method: 'GET',
    url: `${order}/quote`,
    body: null,
    dependsOn: builder.ids(),
    label: 'read the quote',
    path,
  });
  builder.add({
    id: 'validate',
    kind: 'validate-order',
    method: 'POST',
    url: `${order}/action`,
    body: { action: 'validate', quoteHash: hashPlaceholder('quote') },
    dependsOn: ['order', 'quote'],
    label: 'validate the order',
    path,
  });
  for (const step of builder.steps) {
    if (isQuoteStep(step)) step.fingerprint = fingerprintQuoteStep(step, builder.steps);
  }
  builder.add({
    id: 'submit',
    kind: 'submit',
    method: 'POST',
    url: `${order}/action`,
    body: { action: 'submit', quoteHash: hashPlaceholder('quote') },
    dependsOn: builder.ids(),
    label: 'submit order',
    path,
  });
}

/** Reading the quote and validating: steps that follow from the rest of the order. */
export function isQuoteStep(step: Pick<PlanStep, 'kind'>): boolean {
  return step.kind === 'read-quote' || step.kind === 'validate-order';
}

/**
 * The quote and the check are of exactly the order's other steps: their fingerprint covers their
 * own request and every step before submit, so any change to the order is a new quote (a recorded
 * one is not reused) and an edited saved plan is noticed. Pure.
 */
export function fingerprintQuoteStep(
  step: Pick<PlanStep, 'method' | 'url' | 'body'>,
  orderSteps: readonly Pick<PlanStep, 'kind' | 'fingerprint'>[],
): string {
  return fingerprintStep({
    method: step.method,
    url: step.url,
    body: {
      request: step.body,
      covers: orderSteps.filter((s) => !isQuoteStep(s) && s.kind !== 'submit').map((s) => s.fingerprint),
    },
  });
}

/** `spec.maxTotal` as the plan carries it (a decimal string), when the manifest sets it. */
export function maxTotalOf(manifest: OrderManifest): { maxTotal?: string } {
  const limit = manifest.spec.maxTotal;
  return limit === undefined ? {} : { maxTotal: formatCents(Math.round(limit * 100)) };
}
