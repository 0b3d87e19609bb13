import type { OrderManifest } from '../../src/manifest/types.js';

/** The seed page's VPS Virtuozzo order: its plan, server and add-ons, in the page's order. */
export const SEED_PLAN = 'core.plan.vps.virtuozzo.u101';
export const SEED_SERVER = 'core.vps.virtuozzo.server.u100';
export const SEED_ADDONS: readonly string[] = [
  'core.vps.virtuozzo.controlpanel.plesk9-10domain',
  'core.vps.virtuozzo.additional_memory.256mb',
  'core.vps.virtuozzo.additional_disk.10gb',
  'core.vps.virtuozzo.additional_bandwidth.1000gb',
  'core.vps.virtuozzo.ip',
  'core.vps.virtuozzo.powerpack',
];

/** The seed page's order, as a manifest. */
export function seedManifest(name = 'web-vps-01'): OrderManifest {
  return {
    apiVersion: 'orderform/v1',
    kind: 'Order',
    metadata: { name, description: 'Front-end VPS' },
    spec: {
      account: { currency: 'USD', language: 'en-US' },
      products: [
        {
          id: 'vps',
          offering: 'core.plan.vps.virtuozzo.u101/offerings/USD-1',
          services: [
            {
              id: 'server',
              name: 'VPS Virtuozzo Test',
              serviceSpecification: 'core.vps.virtuozzo.server.u100',
              billingCycle: 1,
              services: SEED_ADDONS.map((serviceSpecification) => ({ serviceSpecification })),
            },
          ],
        },
      ],
    },
  };
}
