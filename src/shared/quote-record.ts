/** What apply keeps of an order's quote: shown to people, checked by the price guard, journaled. */
export interface QuoteRecord {
  /** The quote's Hash, sent back as `quoteHash` with validate and submit. */
  hash: string;
  currency: string;
  /** Decimal strings as the API sends them. */
  total: string;
  oneTime?: string;
  fees: { type: string; description: string; amount: string }[];
}

/** "79.95 USD (one-time 30.00)" */
export function describeQuote(quote: QuoteRecord): string {
  return `${quote.total} ${quote.currency}${quote.oneTime === undefined ? '' : ` (one-time ${quote.oneTime})`}`;
}
