import {
  attributeMap,
  type Fields,
  fieldsOf,
  optionalInteger,
  optionalString,
  optionalStringArray,
  requiredInteger,
  requiredString,
} from './body.js';
import type { ServiceSpecificationSpec } from './catalog-types.js';
import { badRequest, conflict, notFound } from './errors.js';
import { emptyReply, JSON_TYPE, jsonReply, postDataError, type Reply } from './http-io.js';
import { type ApiContext, requireNew } from './orders.js';
import { findProduct } from './products.js';
import { newId, type Order, type Product, type Service, type ServiceRef, serviceUrl } from './store.js';
import { link, parseOwnUrl, sameWord } from './urls.js';
import { isVpsAddon, isVpsPlan, isVpsServer, VPS_SERVER_PATTERN } from './vps.js';

/** `.../products/{pid}/services`: the service tree of a product, with the VPS Virtuozzo rules. */

const SERVICE_FIELDS = [
  'name',
  'serviceSpecification',
  'billingCycle',
  'relatedTo',
  'associatedTo',
  'quantity',
  'promoCode',
  'attributes',
];

export function findService(
  order: Order,
  productId: string,
  serviceId: string,
): { product: Product; service: Service } {
  const product = findProduct(order, productId);
  const service = product.services.get(serviceId);
  if (service === undefined) throw notFound(`Service ${serviceId} is not in product ${productId}`);
  return { product, service };
}

export function addService(ctx: ApiContext, order: Order, productId: string, body: unknown): Reply {
  const product = findProduct(order, productId);
  requireNew(order);
  const fields = fieldsOf(body, SERVICE_FIELDS);
  const name = requiredString(fields, 'name');
  const spec = serviceSpecOf(ctx, requiredString(fields, 'serviceSpecification', 2048));
  if (!ctx.catalog.productSpecification(product.spec)?.serviceSpecifications.includes(spec.id)) {
    throw badRequest(
      `Service specification ${spec.id} is not part of product specification ${product.spec}`,
      `See ${ctx.links.catalog(`/productspecifications/${product.spec}/servicespecifications`)}`,
    );
  }
  const billingCycle = checkedCycle(fields, spec);
  const relatedTo = resolveRefs(ctx, order, optionalStringArray(fields, 'relatedTo'), 'relatedTo');
  const associatedTo = resolveRefs(ctx, order, optionalStringArray(fields, 'associatedTo'), 'associatedTo');
  const quantity = optionalInteger(fields, 'quantity', 1, 10_000);
  const promoCode = optionalString(fields, 'promoCode');
  const attributes = fields.attributes === undefined ? {} : attributeMap(fields.attributes, 'attributes');
  if (isVpsPlan(product.spec)) checkVpsRule(ctx, order, product, spec.id, relatedTo);

  const service: Service = {
    id: newId(),
    productId: product.id,
    name,
    spec: spec.id,
    billingCycle,
    relatedTo,
    associatedTo,
    quantity,
    promoCode,
    attributes,
  };
  product.services.set(service.id, service);
  return emptyReply(201, {
    Location: ctx.links.service(order.id, product.id, service.id),
    'Content-Type': JSON_TYPE,
  });
}

/** The seed's rules: server first; each add-on relatedTo a server service of the same product. */
function checkVpsRule(
  ctx: ApiContext,
  order: Order,
  product: Product,
  specId: string,
  relatedTo: ServiceRef[],
): void {
  if (isVpsServer(specId)) return;
  const servers = [...product.services.values()].filter((s) => isVpsServer(s.spec));
  if (servers.length === 0) {
    throw badRequest(
      `A Virtuozzo server service (${VPS_SERVER_PATTERN}) must be added to product ${product.id} before ${specId}`,
      `${product.spec} is a VPS Virtuozzo plan: create the server service first, then add ${specId} with relatedTo the server service's URL`,
    );
  }
  if (
    isVpsAddon(specId) &&
    !relatedTo.some((ref) => ref.productId === product.id && servers.some((s) => s.id === ref.serviceId))
  ) {
    throw badRequest(
      `${specId} must be relatedTo a Virtuozzo server service of product ${product.id}`,
      `Send "relatedTo": ["<server service URL>"], e.g. ["${ctx.links.service(order.id, product.id, servers[0]?.id ?? '')}"]`,
    );
  }
}

function serviceSpecOf(ctx: ApiContext, value: string): ServiceSpecificationSpec {
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

function checkedCycle(fields: Fields, spec: ServiceSpecificationSpec): number {
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
function resolveRefs(ctx: ApiContext, order: Order, urls: string[], key: string): ServiceRef[] {
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

export function serviceView(ctx: ApiContext, order: Order, service: Service): Record<string, unknown> {
  const self = ctx.links.service(order.id, service.productId, service.id);
  const view: Record<string, unknown> = {
    status: 'new',
    name: service.name,
    links: [link(self, 'self')],
    relatedTo: service.relatedTo.map((ref) => serviceUrl(ctx.links, order.id, ref)),
    serviceSpecification: ctx.links.serviceSpecification(service.spec),
    billingCycle: service.billingCycle,
    attributes: link(
      ctx.links.resource(
        `/orders/${order.id}/account/products/${service.productId}/services/${service.id}/attributes`,
      ),
      'attributes',
    ),
  };
  if (service.associatedTo.length > 0)
    view.associatedTo = service.associatedTo.map((ref) => serviceUrl(ctx.links, order.id, ref));
  if (service.quantity !== null) view.quantity = service.quantity;
  if (service.promoCode !== null) view.promoCode = service.promoCode;
  return view;
}

export function listServices(ctx: ApiContext, order: Order, productId: string): Reply {
  const product = findProduct(order, productId);
  return jsonReply(200, {
    list: [...product.services.values()].map((service) => serviceView(ctx, order, service)),
    links: [link(ctx.links.services(order.id, product.id), 'self')],
  });
}

export function getService(ctx: ApiContext, order: Order, productId: string, serviceId: string): Reply {
  return jsonReply(200, serviceView(ctx, order, findService(order, productId, serviceId).service));
}

/** Documented: `billingCycle` and `name` are required; `associatedTo` must list services of the order. */
export function putService(
  ctx: ApiContext,
  order: Order,
  productId: string,
  serviceId: string,
  body: unknown,
): Reply {
  const { service } = findService(order, productId, serviceId);
  requireNew(order);
  const fields = fieldsOf(body, ['billingCycle', 'name', 'associatedTo']);
  const spec = ctx.catalog.serviceSpecification(service.spec);
  if (spec === undefined) throw conflict(`Service specification ${service.spec} is no longer in the catalog`);
  const name = requiredString(fields, 'name');
  const billingCycle = checkedCycle(fields, spec);
  const associatedTo =
    fields.associatedTo === undefined
      ? service.associatedTo
      : resolveRefs(ctx, order, optionalStringArray(fields, 'associatedTo'), 'associatedTo');
  Object.assign(service, { name, billingCycle, associatedTo });
  return emptyReply(204);
}

export function deleteService(_ctx: ApiContext, order: Order, productId: string, serviceId: string): Reply {
  const { product, service } = findService(order, productId, serviceId);
  requireNew(order);
  const dependants: string[] = [];
  for (const p of order.products.values()) {
    for (const s of p.services.values()) {
      if ([...s.relatedTo, ...s.associatedTo].some((ref) => ref.serviceId === service.id))
        dependants.push(`${s.id} (${s.spec})`);
    }
  }
  if (dependants.length > 0) {
    throw conflict(
      `Service ${service.id} cannot be deleted: other services are related to it`,
      `Delete these services first: ${dependants.join(', ')}`,
    );
  }
  product.services.delete(service.id);
  return emptyReply(204);
}

export function getAttributes(order: Order, productId: string, serviceId: string): Reply {
  return jsonReply(200, findService(order, productId, serviceId).service.attributes);
}

export function putAttributes(order: Order, productId: string, serviceId: string, body: unknown): Reply {
  const { service } = findService(order, productId, serviceId);
  requireNew(order);
  service.attributes = attributeMap(body, 'the body');
  return emptyReply(204);
}
