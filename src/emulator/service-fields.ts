import { type Fields, requiredInteger } from './body.js';
import type { ServiceSpecificationSpec } from './catalog-types.js';
import type { ApiContext } from './core.js';
import { badRequest } from './error-answers.js';
import { postDataError } from './http-io.js';
import { parseOwnUrl, sameWord } from './links.js';
import type { Order, ServiceRef } from './store.js';

/** Checks of the service body fields that refer to the catalog or to other services of the order. */

/** The catalog entry a `serviceSpecification` URL names; 400 when it is no such URL or entry. */
export function serviceSpecOf(ctx: ApiContext, value: string): ServiceSpecificationSpec {
  const parsed = parseOwnUrl(value, ctx.links.origin);
  const expected = `expected ${ctx.links.origin}/serviceSpecifications/{serviceSpecificationId}`;
  if (parsed.kind === 'bad') throw postDataError(`'serviceSpecification': ${parsed.reason}; ${expected}`);
  const [root, id, ...rest] = parsed.segments;
  if (!sameWord(root, 'serviceSpecifications') || id === undefined || rest.length > 0) {
    throw postDataError(`'serviceSpecification': '${value}' is not a service specification URL; ${expected}`);
  }
  const spec = ctx.catalog.serviceSpecification(id);
  if (spec === undefined)
    throw badRequest(
      `Service specification ${id} does not exist`,
      `There is no service specification '${id}' in the catalog`,
    );
  return spec;
}

export function checkedCycle(fields: Fields, spec: ServiceSpecificationSpec): number {
  const cycle = requiredInteger(fields, 'billingCycle', 1, 120);
  const allowed = spec.billingCycles.map((c) => c.billingCycle);
  if (!allowed.includes(cycle)) {
    throw badRequest(
      `Billing cycle ${cycle} is not allowed for service specification ${spec.id}`,
      `Allowed billing cycles: ${allowed.join(', ')}`,
    );
  }
  return cycle;
}

/** Service URLs of this order, with or without a trailing slash; anything else is refused. */
export function resolveRefs(ctx: ApiContext, order: Order, urls: string[], key: string): ServiceRef[] {
  const refs: ServiceRef[] = [];
  for (const url of urls) {
    const parsed = parseOwnUrl(url, ctx.links.origin);
    if (parsed.kind === 'bad') throw postDataError(`'${key}': ${parsed.reason}`);
    const [orders, orderId, account, products, productId, services, serviceId, ...rest] = parsed.segments;
    const shaped =
      sameWord(orders, 'orders') &&
      sameWord(account, 'account') &&
      sameWord(products, 'products') &&
      sameWord(services, 'services') &&
      rest.length === 0;
    if (
      !shaped ||
      orderId !== order.id ||
      productId === undefined ||
      serviceId === undefined ||
      order.products.get(productId)?.services.get(serviceId) === undefined
    ) {
      throw badRequest(
        `${key} entry ${url} is not a service of this order`,
        `${key} must list service URLs (Locations) returned by this order's services`,
      );
    }
    if (!refs.some((ref) => ref.serviceId === serviceId)) refs.push({ productId, serviceId });
  }
  return refs;
}
