import type { QuoteRecord } from '../shared/quote-record.js';
import { ApiFailure } from './failure.js';
import { expectOk, type StepCall } from './operations.js';
import type { HttpClient } from './types.js';

/** GET /orders/{id}/quote → 200 {quote:{Hash, Currency, Total, OneTimeFeeAmount, Products:[{Fees}]}}. */
export async function getQuote(client: HttpClient, call: StepCall): Promise<QuoteRecord> {
  const response = await expectOk(client, { method: 'GET', url: call.url }, call.step);
  const quote = parseQuote(response.body);
  if (quote === undefined) {
    throw new ApiFailure(
      { step: call.step, method: 'GET', url: call.url },
      { kind: 'bad-response', detail: 'the quote has no Hash, Currency or Total' },
    );
  }
  return quote;
}

/** POST /orders/{id}/action {"action":"validate"} → 204 (400 lists what stops the order). */
export async function validateOrder(client: HttpClient, call: StepCall): Promise<number> {
  const response = await expectOk(client, { method: 'POST', url: call.url, body: call.body }, call.step);
  return response.status;
}

/** DELETE /orders/{id} → 204; only an open (unsubmitted) order can be deleted (405 otherwise). */
export async function deleteOrder(client: HttpClient, orderUrl: string, step?: string): Promise<void> {
  await expectOk(client, { method: 'DELETE', url: orderUrl }, step);
}

const AMOUNT = /^-?\d+(\.\d+)?$/;

export function parseQuote(body: unknown): QuoteRecord | undefined {
  const quote = (body as { quote?: Record<string, unknown> } | null)?.quote;
  if (quote === null || typeof quote !== 'object') return undefined;
  const { Hash: hash, Currency: currency, Total: total } = quote;
  if (typeof hash !== 'string' || hash === '' || typeof currency !== 'string') return undefined;
  if (typeof total !== 'string' || !AMOUNT.test(total)) return undefined;
  const products = Array.isArray(quote.Products) ? (quote.Products as Record<string, unknown>[]) : [];
  const fees = products.flatMap((product) =>
    (Array.isArray(product?.Fees) ? (product.Fees as Record<string, unknown>[]) : []).flatMap((fee) =>
      typeof fee?.Amount === 'string'
        ? [{ type: String(fee.Type ?? ''), description: String(fee.Description ?? ''), amount: fee.Amount }]
        : [],
    ),
  );
  const oneTime = typeof quote.OneTimeFeeAmount === 'string' ? quote.OneTimeFeeAmount : undefined;
  return { hash, currency, total, ...(oneTime === undefined ? {} : { oneTime }), fees };
}
