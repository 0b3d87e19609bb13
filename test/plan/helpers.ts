import { createHash } from 'node:crypto';
import type { LoadedManifest, OrderManifest } from '../../src/manifest/types.js';
import { SEED_ADDONS } from '../helpers/seed.js';

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
