import type { OrderPlan, PlanStep } from '../../src/plan/types.js';

/** A hand-built seed-shaped order: order → (account, product → server → add-ons) → submit. */
export function seedOrder(name = 'web', addOns = ['ip', 'memory']): OrderPlan {
  const step = (id: string, fields: Partial<PlanStep> & Pick<PlanStep, 'kind' | 'url'>): PlanStep => ({
    id,
    method: 'POST',
    body: {},
    dependsOn: [],
    label: id,
    fingerprint: `fp-${id}`,
    ...fields,
  });
  const services = addOns.map((spec) =>
    step(`service:${spec}`, {
      kind: 'add-service',
      url: '{steps.product:vps.location}/services',
      body: {
        name: 'VPS',
        serviceSpecification: `{endpoint}/serviceSpecifications/${spec}`,
        billingCycle: 1,
        relatedTo: ['{steps.service:server.location}'],
      },
      dependsOn: ['product:vps', 'service:server'],
      creates: 'service',
    }),
  );
  const steps: PlanStep[] = [
    step('order', { kind: 'create-order', url: '{endpoint}/orders', creates: 'order' }),
    step('account', {
      kind: 'set-account',
      method: 'PUT',
      url: '{steps.order.location}/account',
      body: { currency: 'USD', language: 'en-US' },
      dependsOn: ['order'],
    }),
    step('product:vps', {
      kind: 'add-product',
      url: '{steps.order.location}/account/products',
      body: { offering: '{endpoint}/productSpecifications/core.plan.vps.virtuozzo.u101/offerings/USD-1' },
      dependsOn: ['order'],
      creates: 'product',
    }),
    step('service:server', {
      kind: 'add-service',
      url: '{steps.product:vps.location}/services',
      body: { name: 'VPS', serviceSpecification: '{endpoint}/serviceSpecifications/server', billingCycle: 1 },
      dependsOn: ['product:vps'],
      creates: 'service',
    }),
    ...services,
  ];
  steps.push(
    step('submit', {
      kind: 'submit',
      url: '{steps.order.location}/action',
      body: { action: 'submit' },
      dependsOn: steps.map((s) => s.id),
    }),
  );
  return {
    name,
    source: { file: 'm.yaml', document: 0 },
    manifestHash: 'hash-1',
    steps,
    criticalPath: 5,
    state: { kind: 'new' },
  };
}
