import { fingerprintQuoteStep, isQuoteStep } from './compile-quote.js';
import { stepDisplayNames } from './display.js';
import { fingerprintStep } from './step-builder.js';
import type { Plan } from './types.js';

/**
 * A saved plan is executed exactly, so a step edited after the plan was written (its method, URL
 * or body no longer what its fingerprint was made from) must not run: the journal would record
 * the reviewed fingerprint for a request that was never reviewed. Pure.
 */
export function checkPlanFingerprints(plan: Plan): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  plan.orders.forEach((order, o) => {
    const names = stepDisplayNames(order.steps);
    order.steps.forEach((step, s) => {
      const expected = isQuoteStep(step) ? fingerprintQuoteStep(step, order.steps) : fingerprintStep(step);
      if (expected === step.fingerprint) return;
      const name = names.get(step.id) ?? step.id;
      problems.push({
        path: `orders[${o}].steps[${s}]`,
        message: `step '${name}' (${step.id}) of order ${order.name} was edited after the plan was written: its method, URL or body no longer matches its fingerprint`,
      });
    });
  });
  return problems;
}
