import { snapshotWholeOrder } from './account-store.js';
import type { Links } from './links.js';
import { type OrderStore, serviceUrl } from './store.js';
import type { EmulatorState, ProductState, ServiceState } from './types.js';

/** A deep, plain-data copy for tests and the control endpoint. */
export function snapshotState(store: OrderStore, links: Links): EmulatorState {
  return {
    orders: [...store.orders.values()].map((order) => ({
      id: order.id,
      url: links.order(order.id),
      owner: order.owner,
      status: order.status,
      account: order.account === null ? null : { ...order.account },
      whole: snapshotWholeOrder(order),
      products: [...order.products.values()].map(
        (product): ProductState => ({
          id: product.id,
          url: links.product(order.id, product.id),
          productSpecification: product.spec,
          offering: product.offering,
          offeringUrl: links.offering(product.spec, product.offering),
          currency: product.currency,
          billingCycle: product.billingCycle,
          promoCode: product.promoCode,
          displayName: product.displayName,
          partnerId: product.partnerId,
          status: 'new',
          services: [...product.services.values()].map(
            (service): ServiceState => ({
              id: service.id,
              url: links.service(order.id, product.id, service.id),
              name: service.name,
              serviceSpecification: service.spec,
              billingCycle: service.billingCycle,
              relatedTo: service.relatedTo.map((ref) => serviceUrl(links, order.id, ref)),
              relatedToIds: service.relatedTo.map((ref) => ref.serviceId),
              quantity: service.quantity,
              promoCode: service.promoCode,
              attributes: structuredClone(service.attributes),
              status: 'new',
            }),
          ),
        }),
      ),
    })),
  };
}
