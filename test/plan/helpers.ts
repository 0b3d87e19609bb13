import { createHash } from 'node:crypto';
import type { LoadedManifest, OrderManifest } from '../../src/manifest/types.js';

/** An in-memory LoadedManifest for pure compiler and renderer tests. */
export function loadedManifest(
  manifest: OrderManifest,
  file = 'manifests/test.yaml',
  document = 0,
): LoadedManifest {
  return {
    kind: 'manifest',
    file,
    document,
    manifest,
    hash: createHash('sha256').update(JSON.stringify(manifest)).digest('hex'),
    positionOf: (path) => ({ line: path.length + 1, column: 1 }),
  };
}

export const SEED_ADDONS = [
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
