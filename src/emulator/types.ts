/**
 * The emulator's public data shapes: what tests and `apply --emulator` pass in and read back.
 * Everything here is plain data (JSON-serialisable), so the control endpoint can serve it too.
 */

/** Which requests a fault rule applies to. Counting starts when the rule is armed. */
export interface FaultMatch {
  /** Fire on the nth API request that matches `method` and `path` (1-based; default 1). */
  nth?: number;
  /** How many consecutive matching requests fail, starting at the nth (default 1). */
  times?: number;
  /** HTTP method, case-insensitive; any method when absent. */
  method?: string;
  /**
   * Regular expression tested against the request path without query and without trailing
   * slash, e.g. `/services$`. Any path when absent. Over the control endpoint it is the source
   * string of the expression.
   */
  path?: string | RegExp;
}

export type FaultRule = FaultMatch &
  (
    | {
        /** Answer with this status and a JSON error envelope; the request is not handled. */
        kind: 'status';
        status: number;
        /** Seconds for `Retry-After`; sent by default (1) with 429 and 503, otherwise only when set. */
        retryAfter?: number;
        message?: string;
      }
    | {
        /** Destroy the socket before handling: nothing is committed, the client sees a network error. */
        kind: 'drop-before';
      }
    | {
        /** Handle the request (the change is committed), then destroy the socket without answering. */
        kind: 'commit-then-drop';
      }
  );

/** An armed rule with its counters, as `GET /__emulator/faults` shows it. */
export interface ArmedFault {
  id: number;
  rule: FaultRule;
  /** API requests that matched the rule's method and path so far. */
  matched: number;
  /** Requests the rule acted on so far. */
  fired: number;
}

export interface RecordedRequest {
  /** 1-based position among the API requests since start (or the last reset). */
  seq: number;
  method: string;
  /** Path as sent, including any query string. */
  path: string;
  /** Request headers as Node received them (lowercase names), Cookie value included. */
  headers: Record<string, string>;
  /** Parsed JSON when the body is JSON, the raw text otherwise, null when empty. */
  body: unknown;
  /** Status sent; for `commit-then-drop` the status that would have been sent; null when dropped before handling. */
  status: number | null;
  /** Response headers worth asserting on: `location` and `set-cookie` when sent. */
  responseHeaders: Record<string, string>;
  /** `performance.now()` of the emulator process, in ms: when the request arrived and when it was answered. */
  startedAt: number;
  finishedAt: number;
  /** OwnerId from the request's Cookie header, null without one. */
  owner: string | null;
  /** The fault that acted on this request, if any. */
  fault: FaultRule['kind'] | null;
}

export type AccountState =
  | { kind: 'new'; currency: string; language: string }
  | { kind: 'existing'; accountNumber: string }
  /** Created by adding a product before any account: the product's currency, the default language. */
  | { kind: 'implicit'; currency: string; language: string };

export interface ServiceState {
  id: string;
  url: string;
  name: string;
  /** Service specification id, e.g. `core.vps.virtuozzo.ip`. */
  serviceSpecification: string;
  billingCycle: number;
  /** Service URLs this service is related to, in canonical form (as the emulator renders them). */
  relatedTo: string[];
  /** Ids of the services in `relatedTo`, for convenient assertions. */
  relatedToIds: string[];
  quantity: number | null;
  promoCode: string | null;
  attributes: Record<string, unknown>;
  status: 'new';
}

export interface ProductState {
  id: string;
  url: string;
  /** Product specification id, e.g. `core.plan.vps.virtuozzo.u101`. */
  productSpecification: string;
  offering: string;
  offeringUrl: string;
  currency: string;
  billingCycle: number;
  promoCode: string | null;
  displayName: string | null;
  partnerId: string | null;
  services: ServiceState[];
  status: 'new';
}

export type OrderStatus = 'new' | 'Processing';

export interface OrderState {
  id: string;
  url: string;
  owner: string;
  status: OrderStatus;
  account: AccountState | null;
  products: ProductState[];
  /** Account user, contacts, payment (masked), attributes and promotions. */
  whole: WholeOrder;
}

export interface EmulatorState {
  orders: OrderState[];
}

export interface EmulatorOptions {
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
  /** Port (default 0: a free port chosen by the system). */
  port?: number;
  /** Delay in ms added before every API response is sent (default 0). */
  latencyMs?: number;
  /** A catalog object or the path of a catalog JSON file; the bundled sample catalog by default. */
  catalog?: unknown;
  /** End Location headers and links with '/', as the real API sometimes does (default false). */
  trailingSlash?: boolean;
  /** Fault rules armed from the start. */
  faults?: FaultRule[];
  /** Recorded requests kept (oldest dropped first; default 10,000) so a long-running emulator stays bounded. */
  maxRecordedRequests?: number;
  /**
   * What validate/submit with a `quoteHash` that no longer matches the order's quote gets (the
   * documentation is silent): 'reject' answers 409 (default), 'ignore' accepts it.
   */
  staleQuote?: 'reject' | 'ignore';
  /**
   * The franchise requires contacts and payment: validate/submit of a new account fail with the
   * documented "Contact info type billing is not set" (...) until regular and billing contacts
   * and payment info are set (default false).
   */
  requireContact?: boolean;
  /** Refuse currencies and languages outside the catalog's franchise lists (default true). */
  franchiseLists?: boolean;
  /** Refuse every change to a submitted order with 405, not only DELETE of the order (default true). */
  readOnlyAfterSubmit?: boolean;
}

/** The choices above, resolved. */
export interface EmulatorPolicy {
  requireContact: boolean;
  franchiseLists: boolean;
  readOnlyAfterSubmit: boolean;
}

export interface Emulator {
  /** Origin the emulator serves, e.g. `http://127.0.0.1:4010` (no trailing slash). */
  url: string;
  close(): Promise<void>;
  requests(): RecordedRequest[];
  state(): EmulatorState;
  injectFault(rule: FaultRule): void;
  /** Forget all orders, recorded requests and armed faults. */
  reset(): void;
}

/**
 * What the whole order adds to an emulated order (hostway-api.md §3): account user, contacts,
 * payment, attributes and promotions. Kept beside the order rather than in it, so the seed's
 * store stays as it was. Payment data is kept masked: the emulator, like an API, never shows
 * a card number or verification number back.
 */
export interface WholeOrder {
  orderAttributes: { name: string; value: string }[] | null;
  accountAttributes: { name: string; value: string }[] | null;
  user: { userName: string } | null;
  contacts: Record<string, Record<string, unknown>>;
  payment: Record<string, unknown> | null;
  /** Promotion codes by product id or service id. */
  promotions: Record<string, string>;
}
