import type { OrderPlan, PlanStep, StepChange, StepState } from './types.js';

/** What apply would do with an order, derived from the plan and its recorded state. */
export type OrderAction =
  | { kind: 'place'; toSend: number; done: number; inDoubt: number }
  | { kind: 'no-changes'; orderUrl: string }
  | { kind: 'refused'; orderUrl: string; changes: StepChange[] | undefined };

export function stepState(order: OrderPlan, step: PlanStep): StepState {
  return order.state.kind === 'partial' ? (order.state.steps[step.id] ?? 'pending') : 'pending';
}

export function summarizeOrder(order: OrderPlan): OrderAction {
  switch (order.state.kind) {
    case 'placed':
      return { kind: 'no-changes', orderUrl: order.state.orderUrl };
    case 'changed':
      return { kind: 'refused', orderUrl: order.state.orderUrl, changes: order.state.changes };
    default: {
      let done = 0;
      let inDoubt = 0;
      for (const step of order.steps) {
        const state = stepState(order, step);
        if (state === 'done') done += 1;
        else if (state === 'in-doubt') inDoubt += 1;
      }
      return { kind: 'place', toSend: order.steps.length - done, done, inDoubt };
    }
  }
}

/** True when apply would refuse some order (exit 5), as `plan` then must too. */
export function hasConflicts(orders: readonly OrderPlan[]): boolean {
  return orders.some((order) => summarizeOrder(order).kind === 'refused');
}

/** True when apply would send anything for some order. */
export function hasChanges(orders: readonly OrderPlan[]): boolean {
  return orders.some((order) => summarizeOrder(order).kind !== 'no-changes');
}

/** How deep a step sits in its order's tree: products 0, a product's services 1, their children 2... */
export function stepDepth(step: PlanStep): number {
  if (step.kind !== 'add-service') return 0;
  return step.source?.path.match(/services\[/g)?.length ?? 1;
}

export function describeAction(action: OrderAction): string {
  switch (action.kind) {
    case 'no-changes':
      return `no changes: already placed (${action.orderUrl})`;
    case 'refused':
      return `conflict: the manifest changed requests already applied${
        action.orderUrl === '' ? '' : ` to ${action.orderUrl}`
      }; apply will refuse (exit 5)`;
    case 'place': {
      const parts = [`${action.toSend} request${action.toSend === 1 ? '' : 's'} to send`];
      if (action.done > 0) parts.push(`${action.done} already done`);
      if (action.inDoubt > 0) parts.push(`${action.inDoubt} in doubt (settled by reading the API first)`);
      return parts.join(', ');
    }
  }
}
