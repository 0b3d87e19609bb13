import { randomBytes } from 'node:crypto';
import type { Links } from './links.js';
import type { AccountState, OrderStatus } from './types.js';

/** The emulator's in-memory orders. Rules live in orders.ts, products.ts and services.ts. */

/** A service reference inside one order. */
export interface ServiceRef {
  productId: string;
  serviceId: string;
}

export interface Service {
  id: string;
  productId: string;
  name: string;
  spec: string;
  billingCycle: number;
  relatedTo: ServiceRef[];
  associatedTo: ServiceRef[];
  quantity: number | null;
  promoCode: string | null;
  attributes: Record<string, unknown>;
}

export interface Product {
  id: string;
  spec: string;
  offering: string;
  currency: string;
  billingCycle: number;
  promoCode: string | null;
  displayName: string | null;
  partnerId: string | null;
  services: Map<string, Service>;
}

export interface Order {
  id: string;
  owner: string;
  status: OrderStatus;
  account: AccountState | null;
  products: Map<string, Product>;
  /** false: changes after submit are accepted (EmulatorOptions.readOnlyAfterSubmit). */
  readOnlyAfterSubmit?: boolean;
}

let counter = 0;
/** Drawn once: ids stay unique across emulator restarts without paying for randomness per id. */
const processTag = randomBytes(10).toString('hex');

/** 40 hex characters like the documented ids: a millisecond clock, a counter and the process tag. */
export function newId(): string {
  counter = (counter + 1) % 0x1_0000_0000;
  return (
    Date.now().toString(16).padStart(12, '0').slice(-12) + counter.toString(16).padStart(8, '0') + processTag
  );
}

export class OrderStore {
  readonly orders = new Map<string, Order>();
  /** One open (unsubmitted) order per OwnerId, as the API enforces. */
  readonly #openByOwner = new Map<string, string>();

  constructor(private readonly readOnlyAfterSubmit = true) {}

  create(owner: string): Order {
    const order: Order = { id: newId(), owner, status: 'new', account: null, products: new Map() };
    if (!this.readOnlyAfterSubmit) order.readOnlyAfterSubmit = false;
    this.orders.set(order.id, order);
    this.#openByOwner.set(owner, order.id);
    return order;
  }

  openOrderOf(owner: string): Order | undefined {
    const id = this.#openByOwner.get(owner);
    return id === undefined ? undefined : this.orders.get(id);
  }

  remove(order: Order): void {
    this.orders.delete(order.id);
    if (this.#openByOwner.get(order.owner) === order.id) this.#openByOwner.delete(order.owner);
  }

  submit(order: Order): void {
    order.status = 'Processing';
    if (this.#openByOwner.get(order.owner) === order.id) this.#openByOwner.delete(order.owner);
  }

  clear(): void {
    this.orders.clear();
    this.#openByOwner.clear();
  }
}

export function serviceUrl(links: Links, orderId: string, ref: ServiceRef): string {
  return links.service(orderId, ref.productId, ref.serviceId);
}
