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

export { seedManifest } from './seed.js';
