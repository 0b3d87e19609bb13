import { expectOk, type StepCall } from './operations.js';
import type { HttpClient } from './types.js';

/**
 * The whole order's calls (reference/hostway-api.md §3): each a PUT that replaces what it names
 * and answers 204, so sending one again is how an in-doubt one is settled. Bodies may hold
 * secrets (password, card data): they go on the wire and nowhere else.
 */

/** PUT /orders/{id}/attributes [{"name","value"},...] → 204. */
export function setOrderAttributes(client: HttpClient, call: StepCall): Promise<number> {
  return sendPut(client, call);
}

/** PUT /orders/{id}/account/attributes [{"name","value"},...] → 204. */
export function setAccountAttributes(client: HttpClient, call: StepCall): Promise<number> {
  return sendPut(client, call);
}

/** PUT /orders/{id}/account/user {"userName","password"} → 204. */
export function setAccountUser(client: HttpClient, call: StepCall): Promise<number> {
  return sendPut(client, call);
}

/** PUT /orders/{id}/account/contactInfo/{type} {name, address, contactMedia} → 204. */
export function setContactInfo(client: HttpClient, call: StepCall): Promise<number> {
  return sendPut(client, call);
}

/** PUT /orders/{id}/account/paymentInfo {paymentInfoType, ...} → 204. */
export function setPaymentInfo(client: HttpClient, call: StepCall): Promise<number> {
  return sendPut(client, call);
}

/** PUT .../account/products/{pid} {"billingCycle"} → 204. */
export function setProductBillingCycle(client: HttpClient, call: StepCall): Promise<number> {
  return sendPut(client, call);
}

/** PUT .../products/{pid}/promotion or .../services/{sid}/promotion {"promoCode"} → 204. */
export function setPromotion(client: HttpClient, call: StepCall): Promise<number> {
  return sendPut(client, call);
}

async function sendPut(client: HttpClient, call: StepCall): Promise<number> {
  const response = await expectOk(client, { method: 'PUT', url: call.url, body: call.body }, call.step);
  return response.status;
}
