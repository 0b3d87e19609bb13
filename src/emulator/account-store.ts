import type { Order } from './store.js';
import type { WholeOrder } from './types.js';

const wholeOrders = new WeakMap<Order, WholeOrder>();

export function wholeOrderOf(order: Order): WholeOrder {
  let whole = wholeOrders.get(order);
  if (whole === undefined) {
    whole = {
      orderAttributes: null,
      accountAttributes: null,
      user: null,
      contacts: {},
      payment: null,
      promotions: {},
    };
    wholeOrders.set(order, whole);
  }
  return whole;
}

/** Plain data for `state()`. */
export function snapshotWholeOrder(order: Order): WholeOrder {
  return structuredClone(wholeOrderOf(order));
}

/** The franchise rules validate/submit apply with `requireContact` (documented messages). */
export function contactProblems(order: Order): string[] {
  if (order.account === null || order.account.kind === 'existing') return [];
  const whole = wholeOrderOf(order);
  const problems: string[] = [];
  for (const type of ['regular', 'billing']) {
    if (whole.contacts[type] === undefined) problems.push(`Contact info type ${type} is not set`);
  }
  if (whole.payment === null) problems.push('Payment info is not set');
  return problems;
}
