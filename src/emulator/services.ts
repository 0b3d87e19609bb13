import { fieldsOf, optionalInteger, optionalString, optionalStringArray, requiredString } from './body.js';
import type { ApiContext } from './core.js';
import { badRequest, conflict, notFound } from './error-answers.js';
import { emptyReply, JSON_TYPE, jsonReply, type Reply } from './http-io.js';
import { link } from './links.js';
import { requireNew } from './orders.js';
import { listReply } from './paging.js';
import { findProduct } from './products.js';
import { checkServiceAttributes, requireAttributes } from './service-attributes.js';
import { checkedCycle, resolveRefs, serviceSpecOf } from './service-fields.js';
import { newId, type Order, type Product, type Service, type ServiceRef, serviceUrl } from './store.js';
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
  const associatedTo = sameProduct(
    product,
    resolveRefs(ctx, order, optionalStringArray(fields, 'associatedTo'), 'associatedTo'),
  );
  const quantity = optionalInteger(fields, 'quantity', 1, 10_000);
  const promoCode = optionalString(fields, 'promoCode');
  // Copied: the request log keeps the parsed body, which must not alias the order's data.
  const attributes =
    fields.attributes === undefined ? {} : checkServiceAttributes(spec, fields.attributes, 'attributes');
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

export function listServices(
  ctx: ApiContext,
  order: Order,
  productId: string,
  query: URLSearchParams,
): Reply {
  const product = findProduct(order, productId);
  const items = [...product.services.values()].map((service) => serviceView(ctx, order, service));
  return listReply(ctx.links.services(order.id, product.id), items, query);
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
      : sameProduct(
          findProduct(order, productId),
          resolveRefs(ctx, order, optionalStringArray(fields, 'associatedTo'), 'associatedTo'),
        );
  Object.assign(service, { name, billingCycle, associatedTo });
  return emptyReply(204);
}

export function deleteService(_ctx: ApiContext, order: Order, productId: string, serviceId: string): Reply {
  const { product, service } = findService(order, productId, serviceId);
  requireNew(order);
  // Documented answers are 204/401/403/404/502: no refusal for related services. Their
  // relationships to it end with it, and validate/submit judge what is left.
  for (const p of order.products.values()) {
    for (const s of p.services.values()) {
      s.relatedTo = s.relatedTo.filter((ref) => ref.serviceId !== service.id);
      s.associatedTo = s.associatedTo.filter((ref) => ref.serviceId !== service.id);
    }
  }
  product.services.delete(service.id);
  return emptyReply(204);
}

export function getAttributes(ctx: ApiContext, order: Order, productId: string, serviceId: string): Reply {
  const { service } = findService(order, productId, serviceId);
  requireAttributes(ctx.catalog.serviceSpecification(service.spec));
  return jsonReply(200, service.attributes);
}

export function putAttributes(
  ctx: ApiContext,
  order: Order,
  productId: string,
  serviceId: string,
  body: unknown,
): Reply {
  const { service } = findService(order, productId, serviceId);
  requireNew(order);
  service.attributes = checkServiceAttributes(
    ctx.catalog.serviceSpecification(service.spec),
    body,
    'the body',
  );
  return emptyReply(204);
}

/** Documented for PUT: every associated service must already be in the product. */
function sameProduct(product: Product, refs: ServiceRef[]): ServiceRef[] {
  const outside = refs.filter((ref) => ref.productId !== product.id);
  if (outside.length > 0) {
    throw badRequest(
      'POST data error',
      `associatedTo must name services of product ${product.id}; ${outside.map((r) => r.serviceId).join(', ')} ${outside.length === 1 ? 'is' : 'are'} not`,
    );
  }
  return refs;
}
