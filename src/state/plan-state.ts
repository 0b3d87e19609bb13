import type { OrderPlan } from '../plan/types.js';
import type { StateBackend } from './backend.js';

/**
 * Attaches the recorded state of each order. The journal reader is loaded here without the
 * HTTP stack.
 */
export async function readPlanStates(
  state: StateBackend,
  endpoint: string,
  orders: readonly OrderPlan[],
): Promise<OrderPlan[]> {
  const { readOrderPlanState } = await import('./order-state.js');
  return Promise.all(
    orders.map(async (order) => ({ ...order, state: await readOrderPlanState(state, endpoint, order) })),
  );
}
