import { UsageError } from '../errors.js';
import { formatCents, parseAmount } from '../shared/money.js';

/** `--max-total` and `--max-increase` for the price guard; malformed values are usage errors (exit 3). */
export function parsePriceLimits(
  maxTotal: string | undefined,
  maxIncrease: string | undefined,
): { maxTotal: string | undefined; maxIncreasePercent: number } {
  const cents = maxTotal === undefined ? undefined : parseAmount(maxTotal);
  if (maxTotal !== undefined && cents === undefined) {
    throw new UsageError(`apply: --max-total must be an amount like 150 or 99.95; got '${maxTotal}'`);
  }
  const percent = maxIncrease === undefined ? 0 : Number(maxIncrease);
  if (maxIncrease !== undefined && (!/^\d+(\.\d+)?$/.test(maxIncrease) || percent > 1000)) {
    throw new UsageError(`apply: --max-increase must be a percentage from 0 to 1000; got '${maxIncrease}'`);
  }
  return { maxTotal: cents === undefined ? undefined : formatCents(cents), maxIncreasePercent: percent };
}
