import type { Catalog } from './catalog-store.js';
import type { Order } from './store.js';

/**
 * The catalog's required service attributes that an order's services lack, in the documented
 * words ("No {attribute_name} attribute set") with the service named, for the validate action.
 */
export function missingAttributes(catalog: Catalog, order: Order): string[] {
  const problems: string[] = [];
  for (const product of order.products.values()) {
    for (const service of product.services.values()) {
      const spec = catalog.serviceSpecification(service.spec);
      for (const attribute of spec?.attributes ?? []) {
        if (attribute.required === 1 && !(attribute.name in service.attributes)) {
          problems.push(`No ${attribute.name} attribute set for service ${service.id} (${service.spec})`);
        }
      }
    }
  }
  return problems;
}
