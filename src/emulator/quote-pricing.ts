import { createHash } from 'node:crypto';
import type { ApiContext } from './core.js';
import { link } from './links.js';
import type { Order } from './store.js';

/**
 * `GET /orders/{id}/quote`: fees from the catalog's sample prices, amounts as decimal strings,
 * and a `Hash` of the order content that `action` accepts back as `quoteHash`.
 */

interface Fee {
  type: 'setup_fee' | 'recurring';
  description: string;
  /** Cents per unit. */
  unit: number;
  quantity: number;
  /** Months covered by one charge (recurring fees). */
  cycle: number;
}

export function computeQuote(ctx: ApiContext, order: Order): { hash: string; body: unknown } {
  const hash = createHash('sha256')
    .update(canonicalJson(orderContent(order)))
    .digest('hex');
  const account = order.account;
  const currency =
    account !== null && account.kind !== 'existing'
      ? account.currency
      : ([...order.products.values()][0]?.currency ?? ctx.catalog.data.franchise.currencies[0] ?? 'USD');
  const today = new Date();
  let subTotal = 0;
  let oneTime = 0;
  const products = [...order.products.values()].map((product) => {
    const fees: Fee[] = [];
    const offering =
      ctx.catalog
        .productSpecification(product.spec)
        ?.offerings.find(
          (o) => o.currency === product.currency && o.billingPeriod === product.billingCycle,
        ) ?? ctx.catalog.offering(product.spec, product.offering);
    if (offering !== undefined) {
      fees.push({
        type: 'setup_fee',
        description: `${product.spec} setup`,
        unit: cents(offering.samplePrice.setup),
        quantity: 1,
        cycle: product.billingCycle,
      });
      fees.push({
        type: 'recurring',
        description: `${product.spec} plan`,
        unit: cents(offering.samplePrice.recurring),
        quantity: 1,
        cycle: product.billingCycle,
      });
    }
    for (const service of product.services.values()) {
      const spec = ctx.catalog.serviceSpecification(service.spec);
      const price = spec?.samplePrices[product.currency];
      if (spec === undefined || price === undefined) continue;
      const quantity = service.quantity ?? 1;
      const label = `${spec.name} (${service.spec})`;
      fees.push({
        type: 'setup_fee',
        description: `${label} setup`,
        unit: cents(price.setup),
        quantity,
        cycle: service.billingCycle,
      });
      fees.push({
        type: 'recurring',
        description: label,
        unit: cents(price.monthly) * service.billingCycle,
        quantity,
        cycle: service.billingCycle,
      });
    }
    for (const fee of fees) {
      subTotal += fee.unit * fee.quantity;
      if (fee.type === 'setup_fee') oneTime += fee.unit * fee.quantity;
    }
    return {
      Services: [],
      PlanNumber: product.spec,
      PromotionCode: product.promoCode ?? '',
      PromotionName: '',
      ChildProduct: [],
      Fees: fees.map((fee) => renderFee(fee, product.currency, today)),
    };
  });
  return {
    hash,
    body: {
      quote: {
        Hash: hash,
        Currency: currency,
        Products: products,
        Total: money(subTotal),
        SubTotal: money(subTotal),
        OneTimeFeeAmount: money(oneTime),
        TaxTotal: '0.00',
      },
      links: [link(ctx.links.resource(`/orders/${order.id}/quote`), 'self')],
    },
  };
}

function renderFee(fee: Fee, currency: string, start: Date): Record<string, string> {
  const amount = money(fee.unit * fee.quantity);
  const end = new Date(start);
  if (fee.type === 'recurring') end.setUTCMonth(end.getUTCMonth() + fee.cycle);
  return {
    Type: fee.type,
    Description: fee.description,
    Amount: amount,
    BaseAmount: amount,
    UnitAmount: money(fee.unit),
    ProratedUnitAmount: money(fee.unit),
    Prorated: '0',
    ProrationAllowed: '0',
    MonthlyCycle: String(fee.cycle),
    NumCharges: fee.type === 'recurring' ? '-1' : '1',
    NumCharged: '0',
    Quantity: String(fee.quantity),
    StartDate: start.toISOString().slice(0, 10),
    EndDate: end.toISOString().slice(0, 10),
    Currency: currency,
    Deferred: '0',
  };
}

/** Prices are exact decimal strings; integer cents keep the sums exact. */
function cents(price: string): number {
  const [whole = '0', fraction = '00'] = price.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
}

function money(total: number): string {
  return `${Math.floor(total / 100)}.${String(total % 100).padStart(2, '0')}`;
}

/** What the quote depends on: changing any of it changes the Hash. */
function orderContent(order: Order): unknown {
  return {
    id: order.id,
    account: order.account,
    products: [...order.products.values()].map((p) => ({
      id: p.id,
      spec: p.spec,
      offering: p.offering,
      billingCycle: p.billingCycle,
      promoCode: p.promoCode,
      services: [...p.services.values()].map((s) => ({
        id: s.id,
        spec: s.spec,
        name: s.name,
        billingCycle: s.billingCycle,
        quantity: s.quantity,
        promoCode: s.promoCode,
        relatedTo: s.relatedTo,
        associatedTo: s.associatedTo,
        attributes: s.attributes,
      })),
    })),
  };
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
