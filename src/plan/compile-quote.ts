import { formatCents } from '../catalog/money.js';
import type { OrderManifest } from '../manifest/types.js';
import { fingerprintStep, type StepBuilder } from './step-builder.js';
import { hashPlaceholder, locationPlaceholder } from './template.js';

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
  // The quote and the check are of exactly these steps: any change to them is a new quote.
  const content = fingerprintStep({
    method: 'GET',
    url: `${order}/quote`,
    body: builder.steps
      .filter((s) => s.kind !== 'read-quote' && s.kind !== 'validate-order')
      .map((s) => s.fingerprint),
  });
  for (const step of builder.steps) {
    if (step.kind === 'read-quote' || step.kind === 'validate-order') step.fingerprint = content;
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

/** `spec.maxTotal` as the plan carries it (a decimal string), when the manifest sets it. */
export function maxTotalOf(manifest: OrderManifest): { maxTotal?: string } {
  const limit = manifest.spec.maxTotal;
  return limit === undefined ? {} : { maxTotal: formatCents(Math.round(limit * 100)) };
}
