/**
 * An order's price computed from catalog prices before anything exists: plainly an estimate (the
 * quote that apply reads before submitting is binding). Amounts are decimal strings.
 */
export interface OrderEstimate {
  kind: 'estimate';
  currency: string;
  /** One-time fees (setup) of the whole order. */
  oneTime: string;
  /** Recurring fees summed per billing period length, in months. */
  recurring: { months: number; amount: string }[];
  /** One-time fees plus the first charge of every recurring fee: what the quote's Total covers. */
  total: string;
  lines: EstimateLine[];
  /** False when some product or service had no price in the catalog (left out of the sums). */
  complete: boolean;
}

export interface EstimateLine {
  /** The plan step of the product or service. */
  step: string;
  label: string;
  oneTime: string;
  recurring: string;
  months: number;
}
