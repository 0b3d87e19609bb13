import type { OrderEstimate } from '../shared/order-estimate.js';
import type { Plan } from './types.js';

/** Attaches each order's catalog estimate (by metadata.name) to the plan. Pure. */
export function withEstimates(plan: Plan, estimates: ReadonlyMap<string, OrderEstimate>): Plan {
  return {
    ...plan,
    orders: plan.orders.map((order) => {
      const estimate = estimates.get(order.name);
      return estimate === undefined ? order : { ...order, estimate };
    }),
  };
}
