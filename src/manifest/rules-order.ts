import { type Finding, finding } from './finding.js';
import type { ServiceEntry } from './tree.js';
import type { OrderManifest } from './types.js';

/** The rules of the whole order (SPEC §8) that the schema cannot say. */
export function checkWholeOrder(manifest: OrderManifest, services: readonly ServiceEntry[]): Finding[] {
  return [...checkProductForms(manifest), ...checkAssociatedTo(services)];
}

/** A product is either new (offering) or one the account already has (existingProduct). */
function checkProductForms(manifest: OrderManifest): Finding[] {
  const findings: Finding[] = [];
  manifest.spec.products.forEach((product, p) => {
    const path = ['spec', 'products', p];
    if (product.offering === undefined && product.existingProduct === undefined) {
      // At the missing key, so problems elsewhere in the product do not hide it.
      findings.push(
        finding(
          [...path, 'offering'],
          'a product needs either offering (a new product) or existingProduct (a product of the account)',
        ),
      );
    }
    if (product.offering !== undefined && product.existingProduct !== undefined) {
      findings.push(
        finding(
          [...path, 'existingProduct'],
          'give either offering (a new product) or existingProduct (a product of the account), not both',
          'key',
        ),
      );
    }
    if (product.existingProduct === undefined) return;
    // The API takes only the product URL when an existing product is added.
    for (const key of ['displayName', 'partnerId'] as const) {
      if (product[key] !== undefined) {
        findings.push(
          finding(
            [...path, key],
            `${key} applies to a new product (offering), not to an existingProduct`,
            'key',
          ),
        );
      }
    }
  });
  return findings;
}

/** The API accepts an associatedTo only to services of the same product. */
function checkAssociatedTo(services: readonly ServiceEntry[]): Finding[] {
  const byId = new Map<string, ServiceEntry>();
  for (const entry of services) if (entry.service.id !== undefined) byId.set(entry.service.id, entry);
  const findings: Finding[] = [];
  for (const entry of services) {
    entry.service.associatedTo?.forEach((ref, index) => {
      const path = [...entry.path, 'associatedTo', index];
      const target = byId.get(ref);
      if (target === undefined) {
        findings.push(finding(path, `associatedTo '${ref}' names no service in this order`));
      } else if (target === entry) {
        findings.push(finding(path, `a service cannot be associatedTo itself ('${ref}')`));
      } else if (target.product !== entry.product) {
        findings.push(
          finding(
            path,
            `associatedTo '${ref}' is a service of another product; the API associates only services of the same product`,
          ),
        );
      }
    });
  }
  return findings;
}
