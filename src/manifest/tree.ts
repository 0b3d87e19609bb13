import { formatDocumentPath } from './paths.js';
import type { DocumentPath, OrderManifest, Service } from './types.js';

export interface ServiceEntry {
  kind: 'service';
  service: Service;
  path: DocumentPath;
  /** The service it sits under, or undefined directly under a product. */
  parent: ServiceEntry | undefined;
  product: number;
  /** The id when it has one, else its document path: how messages name it. */
  label: string;
}

export interface ProductEntry {
  kind: 'product';
  id: string | undefined;
  path: DocumentPath;
}

/** Every product and service of a manifest, in document order (parents before children). */
export function collectEntries(manifest: OrderManifest): {
  products: ProductEntry[];
  services: ServiceEntry[];
} {
  const products: ProductEntry[] = [];
  const services: ServiceEntry[] = [];
  manifest.spec.products.forEach((product, p) => {
    const productPath: DocumentPath = ['spec', 'products', p];
    products.push({ kind: 'product', id: product.id, path: productPath });
    // Explicit stack rather than recursion: service trees may be deep.
    const stack: { service: Service; path: DocumentPath; parent: ServiceEntry | undefined }[] = [];
    const push = (
      list: readonly Service[] | undefined,
      path: DocumentPath,
      parent: ServiceEntry | undefined,
    ): void => {
      for (let i = (list?.length ?? 0) - 1; i >= 0; i--) {
        const service = list?.[i];
        if (service) stack.push({ service, path: [...path, 'services', i], parent });
      }
    };
    push(product.services, productPath, undefined);
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
      const entry: ServiceEntry = {
        kind: 'service',
        service: next.service,
        path: next.path,
        parent: next.parent,
        product: p,
        label: next.service.id ?? formatDocumentPath(next.path),
      };
      services.push(entry);
      push(next.service.services, next.path, entry);
    }
  });
  return { products, services };
}
