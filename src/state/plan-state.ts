import type { OrderPlan } from '../plan/types.js';

/**
 * Attaches the recorded state of each order (from the apply journal under stateDir).
 * The journal reader is loaded here without the HTTP stack.
 */
export async function readPlanStates(
  stateDir: string,
  endpoint: string,
  orders: readonly OrderPlan[],
): Promise<OrderPlan[]> {
  const { readOrderPlanState } = await import('./state.js');
  return Promise.all(
    orders.map(async (order) => ({ ...order, state: await readOrderPlanState(stateDir, endpoint, order) })),
  );
}
