import { isRecord } from './paths.js';
import type { OrderManifest, Service } from './types.js';

/**
 * The shape the rules read, taken from a document that failed the schema, so rule problems are
 * reported together with schema problems. Wrong-typed parts become inert placeholders ('' ids,
 * no children) that keep list indexes, and so document paths, aligned.
 */
export function partialManifest(value: unknown): OrderManifest {
  const root = isRecord(value) ? value : {};
  const metadata = isRecord(root.metadata) ? root.metadata : {};
  const spec = isRecord(root.spec) ? root.spec : {};
  const products = Array.isArray(spec.products) ? spec.products : [];
  return {
    apiVersion: 'orderform/v1',
    kind: 'Order',
    metadata: { name: text(metadata.name) ?? '' },
    spec: {
      account: { number: '' },
      products: products.map((item) => {
        const product = isRecord(item) ? item : {};
        return {
          ...optional('id', text(product.id)),
          ...optional('offering', text(product.offering)),
          ...optional('existingProduct', text(product.existingProduct)),
          services: services(product.services),
        };
      }) as OrderManifest['spec']['products'],
    },
  };
}

function services(value: unknown): (Service & { name: string })[] {
  if (!Array.isArray(value)) return [];
  return value.map((item) => {
    const service = isRecord(item) ? item : {};
    return {
      ...optional('id', text(service.id)),
      name: '',
      serviceSpecification: text(service.serviceSpecification) ?? '',
      ...(Array.isArray(service.relatedTo)
        ? { relatedTo: service.relatedTo.map((ref) => text(ref) ?? '') }
        : {}),
      services: services(service.services),
    };
  });
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}
