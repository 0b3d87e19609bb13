/** Prices are exact decimal strings; integer cents keep sums exact. */

export function toCents(amount: string): number {
  const [whole = '0', fraction = ''] = amount.trim().split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
}

export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.round(cents));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** A user's amount (`--max-total 150`, `spec.maxTotal: 99.5`) in cents, or undefined when it is not one. */
export function parseAmount(text: string): number | undefined {
  return /^\d{1,9}(\.\d{1,2})?$/.test(text.trim()) ? toCents(text) : undefined;
}
