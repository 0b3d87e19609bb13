import { randomUUID } from 'node:crypto';
import { contactProblems } from './account-store.js';
import { fieldsOf } from './body.js';
import type { ApiContext } from './core.js';
import { badRequest, conflict, EmulatorRefusal, methodNotAllowed } from './error-answers.js';
import { emptyReply, jsonReply, postDataError, type Reply } from './http-io.js';
import { link } from './links.js';
import { computeQuote } from './quote-pricing.js';
import { missingAttributes } from './required-attributes.js';
import type { Order } from './store.js';
import { isVpsAddon, isVpsPlan, isVpsServer, VPS_SERVER_PATTERN } from './vps.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ACCOUNT_NUMBER = /^[A-Za-z0-9_.-]{1,64}$/;

/** A submitted order is read-only: every change is refused with 405, as DELETE is documented. */
export function requireNew(order: Order): void {
  if (order.status !== 'new' && order.readOnlyAfterSubmit !== false) {
    throw methodNotAllowed(
      ['GET'],
      'Method not allowed',
      `Order ${order.id} has been submitted (status ${order.status}) and can no longer be changed`,
    );
  }
}

export function createOrder(ctx: ApiContext, cookieOwner: string | null, body: unknown): Reply {
  const fields = fieldsOf(body, ['clientIp']);
  // The emulator has no partner credentials, so it is never allowed to set the client IP.
  if (fields.clientIp !== undefined) throw badRequest('User cannot specify the client IP address');
  if (cookieOwner !== null && ctx.store.openOrderOf(cookieOwner) !== undefined) {
    throw conflict(
      'A new order has already been created for this ownerID',
      `Submit or delete order ${ctx.store.openOrderOf(cookieOwner)?.id} first`,
    );
  }
  const owner = ownerFor(cookieOwner);
  const order = ctx.store.create(owner);
  const location = ctx.links.order(order.id);
  return jsonReply(
    201,
    { orderId: order.id, links: [link(ctx.links.orders(), 'self'), link(location, 'item')] },
    { Location: location, 'Set-Cookie': `OwnerId=${owner}; Path=/` },
  );
}

/** A returning owner keeps its id (it may open a new order once the previous one is submitted). */
export function ownerFor(cookieOwner: string | null): string {
  return cookieOwner !== null && UUID.test(cookieOwner) ? cookieOwner : randomUUID();
}

export function readOrder(ctx: ApiContext, order: Order): Reply {
  return jsonReply(200, {
    order: { Status: order.status, Account: order.account === null ? '' : ctx.links.account(order.id) },
    // The documented self link ends with '/' whatever the Location looked like.
    links: { self: { href: `${ctx.links.origin}/orders/${order.id}/`, rel: 'self' } },
  });
}

export function deleteOrder(ctx: ApiContext, order: Order): Reply {
  // Documented: only new orders can be deleted (405 once submitted), whatever the policy.
  requireNew({ ...order, readOnlyAfterSubmit: true });
  ctx.store.remove(order);
  return emptyReply(204);
}

export function putAccount(ctx: ApiContext, order: Order, body: unknown): Reply {
  requireNew(order);
  const fields = fieldsOf(body, ['currency', 'language', 'accountNumber']);
  if (fields.accountNumber !== undefined) {
    if (fields.currency !== undefined || fields.language !== undefined) {
      throw postDataError(
        'Send either {currency, language} for a new account or {accountNumber} for an existing one, not both',
      );
    }
    if (typeof fields.accountNumber !== 'string' || !ACCOUNT_NUMBER.test(fields.accountNumber)) {
      throw postDataError("'accountNumber' must be an account number like acct123456");
    }
    order.account = { kind: 'existing', accountNumber: fields.accountNumber };
    return emptyReply(204);
  }
  const { currency, language } = fields;
  if (currency === undefined || language === undefined) throw badRequest('Missing language or currency.');
  if (typeof currency !== 'string' || typeof language !== 'string') {
    throw postDataError('\'currency\' and \'language\' must be strings, e.g. "USD" and "en-US"');
  }
  const franchise = ctx.catalog.data.franchise;
  if (!ctx.policy.franchiseLists) {
    if (!/^[A-Z]{3}$/.test(currency) || !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language))
      throw postDataError("'currency' must be an ISO 4217 code and 'language' an IETF tag");
  } else if (!franchise.currencies.includes(currency)) {
    throw badRequest(
      `Currency ${currency} not allowed for this franchise`,
      `Allowed: ${franchise.currencies.join(', ')}`,
    );
  }
  if (ctx.policy.franchiseLists && !franchise.languages.includes(language)) {
    throw badRequest(
      `Language ${language} not allowed for this franchise`,
      `Allowed: ${franchise.languages.join(', ')}`,
    );
  }
  const productCurrency = productsCurrency(order);
  if (productCurrency !== null && productCurrency !== currency) {
    // 409, as the 2013 revision documents for a currency that differs from the products'.
    throw conflict(
      `Currency ${currency} does not match the currency ${productCurrency} of the products in the order`,
    );
  }
  order.account = { kind: 'new', currency, language };
  return emptyReply(204);
}

export function getAccount(ctx: ApiContext, order: Order): Reply {
  const account = order.account;
  if (account === null)
    throw new EmulatorRefusal(404, 'Resource not found', `Order ${order.id} has no account yet`);
  const sub = (name: string): string => ctx.links.resource(`/orders/${order.id}/account/${name}`);
  return jsonReply(200, {
    status: 'new',
    number: account.kind === 'existing' ? account.accountNumber : null,
    currency: account.kind === 'existing' ? productsCurrency(order) : account.currency,
    language: account.kind === 'existing' ? null : account.language,
    links: [
      link(ctx.links.products(order.id), 'products'),
      link(sub('user'), 'user'),
      link(sub('attributes'), 'attributes'),
      link(sub('contactInfo'), 'contactInfo'),
      link(sub('paymentInfo'), 'paymentInfo'),
      link(ctx.links.account(order.id), 'self'),
    ],
  });
}

export function runAction(ctx: ApiContext, order: Order, body: unknown): Reply {
  const fields = fieldsOf(body, ['action', 'actionData', 'quoteHash']);
  const action = fields.action;
  if (typeof action !== 'string') throw postDataError('\'action\' is required: "validate" or "submit"');
  if (order.status !== 'new')
    throw conflict(`Order ${order.id} has already been submitted`, `Status: ${order.status}`);
  if (action !== 'validate' && action !== 'submit') {
    throw badRequest(`Invalid action '${action}'`, 'The actions are validate and submit');
  }
  const { actionData, quoteHash } = fields;
  if (
    actionData !== undefined &&
    (typeof actionData !== 'object' || actionData === null || Array.isArray(actionData))
  ) {
    throw postDataError("'actionData' must be a JSON object");
  }
  if (quoteHash !== undefined) {
    if (typeof quoteHash !== 'string') throw postDataError("'quoteHash' must be the Hash string of a quote");
    if (quoteHash !== computeQuote(ctx, order).hash && ctx.staleQuote !== 'ignore') {
      throw conflict(
        'The order changed since the quote was obtained',
        'quoteHash does not match the current quote Hash',
      );
    }
  }
  const problems = [
    ...validationProblems(order),
    ...missingAttributes(ctx.catalog, order),
    ...(ctx.policy.requireContact ? contactProblems(order) : []),
  ];
  if (problems.length > 0)
    throw badRequest(`Order validation failed: ${problems.join('; ')}`, problems.join('\n'));
  if (action === 'validate') return emptyReply(204);
  ctx.store.submit(order);
  return emptyReply(202);
}

/** Everything that stops an order from being submitted, in the API's words where documented. */
export function validationProblems(order: Order): string[] {
  const problems: string[] = [];
  if (order.account === null) problems.push('Account has not been set');
  if (order.products.size === 0) problems.push('The order has no products');
  for (const product of order.products.values()) {
    const label = `product ${product.id} (${product.spec})`;
    if (product.services.size === 0) {
      problems.push(`All plans in the order must contain at least one service: ${label} has none`);
      continue;
    }
    if (!isVpsPlan(product.spec)) continue;
    const servers = [...product.services.values()].filter((s) => isVpsServer(s.spec));
    if (servers.length === 0)
      problems.push(`${label} has no Virtuozzo server service (${VPS_SERVER_PATTERN})`);
    for (const service of product.services.values()) {
      if (!isVpsAddon(service.spec)) continue;
      const toServer = service.relatedTo.some((ref) => servers.some((s) => s.id === ref.serviceId));
      if (!toServer)
        problems.push(
          `service ${service.id} (${service.spec}) in ${label} is not relatedTo a Virtuozzo server service`,
        );
    }
  }
  return problems;
}

/** The currency every product of the order is in, or null while there are none. */
export function productsCurrency(order: Order): string | null {
  for (const product of order.products.values()) return product.currency;
  return null;
}
