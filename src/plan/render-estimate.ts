import type { OrderEstimate } from '../shared/order-estimate.js';

export const ESTIMATE_NOTE =
  'an estimate from catalog prices; the quote apply reads before submitting is binding';

/**
 * The estimate under an order in the text plan: the total, then one line per product and service,
 * named as the plan shows its steps (`server`, `vps/ip`). Pure.
 */
export function renderEstimateLines(
  estimate: OrderEstimate,
  names: ReadonlyMap<string, string> = new Map(),
): string[] {
  const nameOf = (step: string): string => names.get(step) ?? step;
  const width = estimate.lines.reduce((max, line) => Math.max(max, nameOf(line.step).length), 0);
  const lines = [`  Estimate: ${describeEstimate(estimate)} (${ESTIMATE_NOTE})`];
  for (const line of estimate.lines) {
    const period = line.months === 1 ? 'month' : `${line.months} months`;
    lines.push(
      `    ${nameOf(line.step).padEnd(width)}  one-time ${line.oneTime.padStart(8)}  recurring ${line.recurring.padStart(8)} / ${period}  ${line.label}`,
    );
  }
  return lines;
}

/** The Markdown table cell: the total and currency, or a dash without an estimate. */
export function renderEstimateCell(estimate: OrderEstimate | undefined): string {
  return estimate === undefined ? '–' : `~${estimate.total} ${estimate.currency} (estimate)`;
}

/** "44.95 USD: one-time 25.00, recurring 19.95 per month" */
export function describeEstimate(estimate: OrderEstimate): string {
  const recurring = estimate.recurring
    .map((r) => `${r.amount} every ${r.months === 1 ? 'month' : `${r.months} months`}`)
    .join(' + ');
  return `${estimate.total} ${estimate.currency} (one-time ${estimate.oneTime}${recurring ? `, recurring ${recurring}` : ''})${estimate.complete ? '' : ', some prices unknown'}`;
}
