import { fieldsOf, optionalString, requiredInteger, requiredString } from './body.js';
import type { ApiContext } from './core.js';
import { badRequest, conflict, notFound } from './error-answers.js';
import { emptyReply, JSON_TYPE, jsonReply, postDataError, type Reply } from './http-io.js';
import { link, parseOwnUrl, sameWord } from './links.js';
import { productsCurrency, requireNew } from './orders.js';
import { listReply } from './paging.js';
import type { Order, Product } from './store.js';
import { newId } from './store.js';

/** `.../account/products`: adding plan offerings to the order. */

export function findProduct(order: Order, productId: string): Product {
  const product = order.products.get(productId);
  if (product === undefined) throw notFound(`Product ${productId} is not in order ${order.id}`);
  return product;
}

export function addProduct(ctx: ApiContext, order: Order, body: unknown): Reply {
  requireNew(order);
  const fields = fieldsOf(body, ['offering', 'promoCode', 'displayName', 'partnerId', 'existingProductUrl']);
  if (fields.existingProductUrl !== undefined) {
    // Adding an already provisioned product needs the Accounts API, which the emulator does not have.
    throw postDataError(
      "'existingProductUrl' (an existing account product) is not supported by the orderform emulator; send 'offering'",
    );
  }
  const offeringUrl = requiredString(fields, 'offering', 2048);
  const { productSpec, offeringId } = parseOfferingUrl(ctx, offeringUrl);
  const offering = ctx.catalog.offering(productSpec, offeringId);
  if (offering === undefined) {
    throw badRequest(
      `Offering ${productSpec}/offerings/${offeringId} does not exist`,
      ctx.catalog.productSpecification(productSpec) === undefined
        ? `There is no product specification '${productSpec}' in the catalog`
        : `Product specification '${productSpec}' has no offering '${offeringId}'`,
    );
  }
  const promoCode = optionalString(fields, 'promoCode');
  const displayName = optionalString(fields, 'displayName');
  const partnerId = optionalString(fields, 'partnerId');

  const account = order.account;
  const orderCurrency =
    account !== null && account.kind !== 'existing' ? account.currency : productsCurrency(order);
  if (orderCurrency !== null && orderCurrency !== offering.currency) {
    throw conflict(
      `Offering currency ${offering.currency} does not match the order's currency ${orderCurrency}`,
      'Pick an offering in the account currency',
    );
  }
  // Documented: without an account, adding a product creates a minimal one in its currency.
  if (account === null) {
    order.account = {
      kind: 'implicit',
      currency: offering.currency,
      language: ctx.catalog.data.franchise.defaultLanguage,
    };
  }
  const product: Product = {
    id: newId(),
    spec: productSpec,
    offering: offeringId,
    currency: offering.currency,
    billingCycle: offering.billingPeriod,
    promoCode,
    displayName,
    partnerId,
    services: new Map(),
  };
  order.products.set(product.id, product);
  // The seed shows a JSON Content-Type and no body on this 201: clients must use the Location.
  return emptyReply(201, { Location: ctx.links.product(order.id, product.id), 'Content-Type': JSON_TYPE });
}

function parseOfferingUrl(ctx: ApiContext, value: string): { productSpec: string; offeringId: string } {
  const parsed = parseOwnUrl(value, ctx.links.origin);
  const expected = `expected ${ctx.links.origin}/productSpecifications/{productSpecificationId}/offerings/{offeringId}`;
  if (parsed.kind === 'bad') throw postDataError(`'offering': ${parsed.reason}; ${expected}`);
  const [root, productSpec, offerings, offeringId, ...rest] = parsed.segments;
  if (
    !sameWord(root, 'productSpecifications') ||
    !sameWord(offerings, 'offerings') ||
    rest.length > 0 ||
    productSpec === undefined ||
    offeringId === undefined
  ) {
    throw postDataError(`'offering': '${value}' is not an offering URL; ${expected}`);
  }
  return { productSpec, offeringId };
}

export function productView(ctx: ApiContext, order: Order, product: Product): Record<string, unknown> {
  return {
    status: 'new',
    services: link(ctx.links.services(order.id, product.id), 'services'),
    offering: link(ctx.links.offering(product.spec, product.offering), 'offering'),
    billingCycle: product.billingCycle,
    displayName: product.displayName ?? '',
    partnerId: product.partnerId ?? '',
    links: [link(ctx.links.product(order.id, product.id), 'self')],
  };
}

export function listProducts(ctx: ApiContext, order: Order, query: URLSearchParams): Reply {
  const items = [...order.products.values()].map((product) => productView(ctx, order, product));
  return listReply(ctx.links.products(order.id), items, query);
}

export function getProduct(ctx: ApiContext, order: Order, productId: string): Reply {
  return jsonReply(200, productView(ctx, order, findProduct(order, productId)));
}

/** Only the billing cycle can change, to one the product specification offers in its currency. */
export function putProduct(ctx: ApiContext, order: Order, productId: string, body: unknown): Reply {
  const product = findProduct(order, productId);
  requireNew(order);
  const cycle = requiredInteger(fieldsOf(body, ['billingCycle']), 'billingCycle', 1, 120);
  const offered =
    ctx.catalog
      .productSpecification(product.spec)
      ?.offerings.filter((o) => o.currency === product.currency) ?? [];
  if (!offered.some((o) => o.billingPeriod === cycle)) {
    throw badRequest(
      `Unable to update the product ${product.id}`,
      `Billing cycle ${cycle} is not offered for ${product.spec} in ${product.currency}; offered: ${offered.map((o) => o.billingPeriod).join(', ')}`,
    );
  }
  product.billingCycle = cycle;
  return emptyReply(204);
}

export function deleteProduct(_ctx: ApiContext, order: Order, productId: string): Reply {
  const product = findProduct(order, productId);
  requireNew(order);
  const dependants: string[] = [];
  for (const other of order.products.values()) {
    if (other === product) continue;
    for (const service of other.services.values()) {
      if ([...service.relatedTo, ...service.associatedTo].some((ref) => ref.productId === product.id))
        dependants.push(service.id);
    }
  }
  if (dependants.length > 0) {
    throw conflict(
      `Product ${product.id} cannot be deleted: services of other products are related to it`,
      `Delete these services first: ${dependants.join(', ')}`,
    );
  }
  order.products.delete(product.id);
  return emptyReply(204);
}
