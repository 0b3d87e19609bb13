import { PriceGuardError } from '../errors.js';
import type { OrderPlan } from '../plan/types.js';
import { formatCents, toCents } from '../shared/money.js';
import { describeQuote, type QuoteRecord } from '../shared/quote-record.js';

export interface PriceLimits {
  /** `--max-total`, a decimal string; overrides the manifest's `spec.maxTotal`. */
  maxTotal: string | undefined;
  /** `--max-increase`: how far above a saved plan's estimate a quote may be, in percent. */
  maxIncreasePercent: number;
  /** Executing a saved plan: its estimate is the price that was reviewed. */
  savedPlan: boolean;
}

/**
 * Decides whether an order may be validated and submitted at this quote. Pure: returns the
 * refusal (exit 6) rather than throwing, so callers choose when nothing has been sent yet.
 */
export function checkPriceGuard(
  order: OrderPlan,
  quote: QuoteRecord,
  limits: PriceLimits,
  orderUrl: string | undefined,
): PriceGuardError | undefined {
  const total = toCents(quote.total);
  const where = orderUrl === undefined ? '' : ` (${orderUrl})`;
  const cancel = `or 'orderform cancel ${order.source.file}' to delete the open order`;
  const limit = limits.maxTotal ?? order.maxTotal;
  if (limit !== undefined && total > toCents(limit)) {
    const source = limits.maxTotal === undefined ? 'spec.maxTotal' : '--max-total';
    return new PriceGuardError(
      `the quote is ${describeQuote(quote)}, above the limit ${limit} ${quote.currency} (${source}); nothing was submitted and the order stays open${where}`,
      { hint: `Run apply again with a higher --max-total to submit at this price, ${cancel}.` },
    );
  }
  const estimate = limits.savedPlan ? order.estimate : undefined;
  if (estimate !== undefined && estimate.currency === quote.currency) {
    const allowed = Math.floor((toCents(estimate.total) * (100 + limits.maxIncreasePercent)) / 100);
    if (total > allowed) {
      return new PriceGuardError(
        `the quote is ${describeQuote(quote)}, above the plan's reviewed estimate ${estimate.total} ${estimate.currency}${
          limits.maxIncreasePercent > 0 ? ` plus ${limits.maxIncreasePercent}% (${formatCents(allowed)})` : ''
        }; nothing was submitted and the order stays open${where}`,
        {
          hint: `Make and review a new plan, or pass --max-increase PERCENT to accept a higher price, ${cancel}.`,
        },
      );
    }
  }
  return undefined;
}
