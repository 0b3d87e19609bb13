import { isOrderformError } from '../errors.js';
import { stepDisplayNames } from '../plan/display.js';
import type { OrderPlan } from '../plan/types.js';
import { describeQuote, type QuoteRecord } from '../shared/quote-record.js';
import type { OrderResultKind } from './events.js';
import type { OrderResult } from './runner.js';

/** The machine-readable result of `apply --output json`. Never holds cookies or credentials. */
export interface ApplyReport {
  kind: 'apply-report';
  dryRun: boolean;
  endpoint: string;
  exitCode: number;
  orders: OrderReport[];
}

export interface OrderReport {
  name: string;
  result: OrderResultKind;
  orderUrl: string | null;
  /** `step` is the internal id (stable, as in the journal); `name` is what people read (`vps/ip`). */
  resources: { step: string; name: string; kind: string; label: string; url: string }[];
  errors: { code: string; message: string }[];
  /** The quote read before submit, when one was. */
  quote?: QuoteRecord;
}

export function buildOrderReport(order: OrderPlan, result: OrderResult, quote?: QuoteRecord): OrderReport {
  const names = stepDisplayNames(order.steps);
  const resources = order.steps.flatMap((step) => {
    const url = result.locations.get(step.id);
    return step.creates !== undefined && url !== undefined
      ? [{ step: step.id, name: names.get(step.id) ?? step.id, kind: step.creates, label: step.label, url }]
      : [];
  });
  return {
    name: order.name,
    result: result.kind,
    orderUrl: result.locations.get('order') ?? result.orderUrl ?? null,
    resources,
    errors: result.errors.map((error) => ({
      code: isOrderformError(error) ? error.code : 'stopped',
      message: error instanceof Error ? error.message : `stopped (${String(error)})`,
    })),
    ...(quote === undefined ? {} : { quote }),
  };
}

/** One line when apply had nothing to do: `No changes: 3 orders already placed.`; undefined otherwise. */
export function renderNoChanges(reports: readonly OrderReport[]): string | undefined {
  if (reports.length === 0 || !reports.every((report) => report.result === 'already-placed'))
    return undefined;
  return `No changes: ${reports.length === 1 ? '1 order' : `${reports.length} orders`} already placed.\n`;
}

const RESULT_TEXT: Record<OrderResultKind, string> = {
  placed: 'placed',
  'already-placed': 'already placed (no changes)',
  'dry-run': 'dry run complete (nothing sent)',
  failed: 'failed (progress saved; run apply again to resume)',
  stopped: 'stopped (progress saved; run apply again to resume)',
};

/**
 * A conflict (exit 5) is not resumed by running apply again; the error's hint says what to do.
 * Nor is a run against the in-process emulator, which forgets everything when apply ends.
 */
function resultText(report: OrderReport, resumable: boolean): string {
  const unfinished = report.result === 'failed' || report.result === 'stopped';
  if (unfinished && report.errors.some((error) => error.code === 'price-guard')) {
    return 'refused by the price guard (nothing submitted; the order stays open)';
  }
  if (unfinished && report.errors.some((error) => error.code === 'conflict')) {
    return `${report.result} (conflicts with the API; see the error and its hint)`;
  }
  if (unfinished && !resumable)
    return `${report.result} (nothing is saved: the --emulator run ended with it)`;
  return RESULT_TEXT[report.result];
}

/** The closing summary: each order's URL and state, each created product and service URL. Pure. */
export function renderSummary(
  reports: readonly OrderReport[],
  options: { resumable?: boolean } = {},
): string {
  const lines = ['', 'Summary:'];
  for (const report of reports) {
    lines.push(
      `  ${report.name}: ${resultText(report, options.resumable ?? true)}${report.orderUrl ? `  ${report.orderUrl}` : ''}`,
    );
    if (report.quote !== undefined) {
      lines.push(`    quote    ${describeQuote(report.quote)}`);
      for (const fee of report.quote.fees) {
        if (Number(fee.amount) !== 0)
          lines.push(`      ${fee.amount.padStart(10)}  ${fee.type}  ${fee.description}`);
      }
    }
    for (const resource of report.resources) {
      if (resource.kind === 'order') continue;
      const what = resource.label.replace(/^add (product|service) /, '');
      lines.push(`    ${resource.kind.padEnd(8)} ${resource.name} (${what}): ${resource.url}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
