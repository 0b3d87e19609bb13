import { routeWholeOrder } from './account-routes.js';
import type { ApiContext } from './core.js';
import { methodNotAllowed, notFound, unauthorized } from './error-answers.js';
import { jsonReply, type Reply, type RouteRequest } from './http-io.js';
import { link } from './links.js';
import {
  createOrder,
  deleteOrder,
  getAccount,
  ownerFor,
  putAccount,
  readOrder,
  runAction,
} from './orders.js';
import { addProduct, deleteProduct, getProduct, listProducts, putProduct } from './products.js';
import { computeQuote } from './quote-pricing.js';
import {
  addService,
  deleteService,
  getAttributes,
  getService,
  listServices,
  putAttributes,
  putService,
} from './services.js';
import type { Order } from './store.js';

type Method = 'GET' | 'PUT' | 'POST' | 'DELETE';

function dispatch(method: string, handlers: Partial<Record<Method, () => Reply>>): Reply {
  const handler = handlers[method as Method];
  if (handler === undefined) throw methodNotAllowed(Object.keys(handlers));
  return handler();
}

/** `/orders` and `/orders/{id}/...`. */
export function routeOrders(ctx: ApiContext, req: RouteRequest): Reply {
  const [orderId, ...rest] = req.segments;
  if (orderId === undefined)
    return dispatch(req.method, { POST: () => createOrder(ctx, req.owner, req.body()) });
  // The cookie is checked before the order is looked up, as the web server in front of the API does.
  if (req.owner === null) throw unauthorized();
  const order = ctx.store.orders.get(orderId);
  if (order === undefined) throw notFound(`There is no order ${orderId}`);
  if (order.owner !== req.owner) throw unauthorized();
  return routeOrder(ctx, req, order, rest);
}

/**
 * `/order/...`, the documented shorthand for the owner's open order. A PUT or POST to a child
 * resource without an open order creates one (and sets the cookie); reads never do.
 */
export function routeShorthand(ctx: ApiContext, req: RouteRequest): Reply {
  const existing = req.owner === null ? undefined : ctx.store.openOrderOf(req.owner);
  if (existing !== undefined) {
    const reply = routeOrder(ctx, req, existing, req.segments);
    return decorateShorthand(ctx, req, existing, reply);
  }
  const creates = (req.method === 'PUT' || req.method === 'POST') && req.segments.length > 0;
  if (!creates) {
    if (req.owner === null) throw unauthorized();
    throw notFound('This owner has no open order');
  }
  const owner = ownerFor(req.owner);
  const order = ctx.store.create(owner);
  try {
    const reply = routeOrder(ctx, req, order, req.segments);
    reply.headers['Set-Cookie'] = `OwnerId=${owner}; Path=/`;
    return decorateShorthand(ctx, req, order, reply);
  } catch (error) {
    ctx.store.remove(order);
    throw error;
  }
}

function decorateShorthand(ctx: ApiContext, req: RouteRequest, order: Order, reply: Reply): Reply {
  const [first] = req.segments;
  if (first === undefined && req.method === 'GET') {
    const body = JSON.parse(reply.body) as { links: Record<string, unknown> };
    body.links.alternate = link(ctx.links.order(order.id), 'alternate');
    return { ...reply, body: JSON.stringify(body) };
  }
  if (first === 'action' && reply.status === 202) reply.headers.Location = ctx.links.order(order.id);
  return reply;
}

function routeOrder(ctx: ApiContext, req: RouteRequest, order: Order, path: string[]): Reply {
  const { method } = req;
  const [a, b, productId, d, serviceId, f, ...more] = path;
  if (a === undefined) {
    return dispatch(method, { GET: () => readOrder(ctx, order), DELETE: () => deleteOrder(ctx, order) });
  }
  if (a === 'action' && b === undefined)
    return dispatch(method, { POST: () => runAction(ctx, order, req.body()) });
  if (a === 'quote' && b === undefined)
    return dispatch(method, { GET: () => jsonReply(200, computeQuote(ctx, order).body) });
  const whole = routeWholeOrder(ctx, req, order, path);
  if (whole !== undefined) return whole;
  if (a !== 'account') throw notFound();
  if (b === undefined) {
    return dispatch(method, {
      GET: () => getAccount(ctx, order),
      PUT: () => putAccount(ctx, order, req.body()),
    });
  }
  if (b !== 'products' || more.length > 0) throw notFound();
  if (productId === undefined) {
    return dispatch(method, {
      GET: () => listProducts(ctx, order, req.query),
      POST: () => addProduct(ctx, order, req.body()),
    });
  }
  if (d === undefined) {
    return dispatch(method, {
      GET: () => getProduct(ctx, order, productId),
      PUT: () => putProduct(ctx, order, productId, req.body()),
      DELETE: () => deleteProduct(ctx, order, productId),
    });
  }
  if (d !== 'services') throw notFound();
  if (serviceId === undefined) {
    return dispatch(method, {
      GET: () => listServices(ctx, order, productId, req.query),
      POST: () => addService(ctx, order, productId, req.body()),
    });
  }
  if (f === undefined) {
    return dispatch(method, {
      GET: () => getService(ctx, order, productId, serviceId),
      PUT: () => putService(ctx, order, productId, serviceId, req.body()),
      DELETE: () => deleteService(ctx, order, productId, serviceId),
    });
  }
  if (f === 'attributes') {
    return dispatch(method, {
      GET: () => getAttributes(ctx, order, productId, serviceId),
      PUT: () => putAttributes(ctx, order, productId, serviceId, req.body()),
    });
  }
  throw notFound();
}
