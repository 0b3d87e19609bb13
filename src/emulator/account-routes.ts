import { checkContact, checkPayment, checkUser, nameValueList } from './account-checks.js';
import { wholeOrderOf } from './account-store.js';
import { fieldsOf, requiredString } from './body.js';
import type { ApiContext } from './core.js';
import { EmulatorRefusal, methodNotAllowed, notFound } from './error-answers.js';
import { emptyReply, jsonReply, type Reply, type RouteRequest } from './http-io.js';
import { requireNew } from './orders.js';
import { findProduct } from './products.js';
import { attributeTypesOf } from './service-attributes.js';
import { findService } from './services.js';
import type { Order } from './store.js';

/**
 * The whole order's endpoints (hostway-api.md §3): order and account attributes, account user,
 * contact info, payment info, promotions and service attribute OPTIONS. Returns undefined for
 * any other path, which the seed's routes then handle.
 */

const CONTACT_TYPES = ['regular', 'billing', 'administrator', 'technical'];

type Handlers = Partial<Record<'GET' | 'PUT' | 'DELETE' | 'OPTIONS', () => Reply>>;

function dispatch(method: string, handlers: Handlers): Reply {
  const handler = handlers[method as keyof Handlers];
  if (handler === undefined) throw methodNotAllowed(Object.keys(handlers));
  return handler();
}

export function routeWholeOrder(
  ctx: ApiContext,
  req: RouteRequest,
  order: Order,
  path: readonly string[],
): Reply | undefined {
  const [a, b, productId, d, serviceId, f, ...more] = path;
  const whole = wholeOrderOf(order);
  const change =
    (apply: () => void): (() => Reply) =>
    () => {
      requireNew(order);
      apply();
      return emptyReply(204);
    };
  if (a === 'attributes' && b === undefined) {
    return dispatch(req.method, {
      GET: () => jsonReply(200, whole.orderAttributes ?? []),
      PUT: change(() => {
        whole.orderAttributes = nameValueList(req.body(), 200);
      }),
    });
  }
  if (a !== 'account' || more.length > 0) return undefined;
  if (b === 'attributes' && productId === undefined) {
    requireAccount(order);
    return dispatch(req.method, {
      GET: () => jsonReply(200, whole.accountAttributes ?? []),
      PUT: change(() => {
        whole.accountAttributes = nameValueList(req.body(), 100);
      }),
      DELETE: change(() => {
        whole.accountAttributes = null;
      }),
    });
  }
  if (b === 'user' && productId === undefined) {
    requireAccount(order);
    return dispatch(req.method, {
      // The password is write-only.
      GET: () => jsonReply(200, whole.user ?? {}),
      PUT: change(() => {
        whole.user = checkUser(req.body());
      }),
    });
  }
  if (b === 'contactInfo') {
    requireAccount(order);
    if (productId === undefined) return dispatch(req.method, { GET: () => jsonReply(200, whole.contacts) });
    if (!CONTACT_TYPES.includes(productId) || d !== undefined)
      throw notFound(`Contact types are ${CONTACT_TYPES.join(', ')}`);
    return dispatch(req.method, {
      GET: () => {
        const contact = whole.contacts[productId];
        if (contact === undefined) throw notFound(`Contact info type ${productId} is not set`);
        return jsonReply(200, contact);
      },
      PUT: change(() => {
        whole.contacts[productId] = checkContact(req.body());
      }),
    });
  }
  if (b === 'paymentInfo' && productId === undefined) {
    requireAccount(order);
    return dispatch(req.method, {
      GET: () => {
        if (whole.payment === null) throw notFound('Payment info is not set');
        return jsonReply(200, whole.payment);
      },
      PUT: change(() => {
        whole.payment = checkPayment(req.body());
      }),
    });
  }
  if (b !== 'products' || productId === undefined) return undefined;
  if (d === 'promotion' && serviceId === undefined) {
    findProduct(order, productId);
    return promotion(req, order, productId);
  }
  if (d !== 'services' || serviceId === undefined) return undefined;
  if (f === 'promotion') {
    findService(order, productId, serviceId);
    return promotion(req, order, serviceId);
  }
  if (f === 'attributes' && req.method === 'OPTIONS') {
    const { service } = findService(order, productId, serviceId);
    const hints = attributeTypesOf(ctx.catalog.serviceSpecification(service.spec));
    if (hints === undefined) return jsonReply(200, {}, { Allow: 'OPTIONS' });
    return jsonReply(200, hints, { Allow: 'GET, PUT, OPTIONS' });
  }
  return undefined;
}

function promotion(req: RouteRequest, order: Order, id: string): Reply {
  const whole = wholeOrderOf(order);
  return dispatch(req.method, {
    PUT: () => {
      requireNew(order);
      whole.promotions[id] = requiredString(fieldsOf(req.body(), ['promoCode']), 'promoCode', 64);
      return emptyReply(204);
    },
    DELETE: () => {
      requireNew(order);
      delete whole.promotions[id];
      return emptyReply(204);
    },
  });
}

function requireAccount(order: Order): void {
  if (order.account === null)
    throw new EmulatorRefusal(404, 'Resource not found', 'Account has not been set');
}
