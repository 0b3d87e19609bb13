import {
  setAccountAttributes,
  setAccountUser,
  setContactInfo,
  setOrderAttributes,
  setPaymentInfo,
  setProductBillingCycle,
  setPromotion,
} from '../api/account-operations.js';
import { connect } from '../api/connect.js';
import { addProduct, addService, createOrder, setAccount, submitOrder } from '../api/operations.js';
import { getQuote, validateOrder } from '../api/quote.js';
import type { ClientOptions, HttpClient } from '../api/types.js';
import type { PlanStep } from '../plan/types.js';
import type { JsonValue } from '../shared/json-value.js';
import type { QuoteRecord } from '../shared/quote-record.js';
import { type SettleInput, type SettleVerdict, settleInDoubtStep } from './settle.js';

/** One step's request, its templates resolved and its secrets filled in. */
export interface StepRequest {
  /** The step as the manifest names it, for messages. */
  step: string;
  url: string;
  body: JsonValue;
  endpoint: string;
}

/** What the API answered to a step: a created resource's Location, a read quote. */
export interface StepAnswer {
  location?: string | undefined;
  status: number;
  quote?: QuoteRecord | undefined;
  /** What a read step records for later steps (the quote's Hash). */
  value?: string | undefined;
}

/**
 * Where one order's steps go. The live run and the dry run share everything else (locks,
 * journal, runner, settlement, report); they differ only here: the API's transport sends each
 * request, the dry run's answers without sending anything.
 */
export interface Transport {
  /** False for the dry run: nothing leaves, and the progress must not say that anything did. */
  readonly sends: boolean;
  send(step: PlanStep, request: StepRequest): Promise<StepAnswer>;
  /** Reads the API to decide whether an in-doubt step took effect. */
  settle(input: SettleInput): Promise<SettleVerdict>;
  /** The order's cookie jar, saved with every result (it holds the OwnerId). */
  exportCookies(): unknown;
  /** Forgets the order's cookies: an in-doubt order is abandoned and a new one started. */
  clearCookies(): void;
}

/** Makes one order's transport, with the cookies its journal recorded. */
export interface TransportFactory {
  readonly sends: boolean;
  open(options: { cookies: unknown; stop: AbortSignal }): Promise<Transport>;
}

/** The OrderAPI over HTTP: one typed operation per step kind. */
export class ApiTransport implements Transport {
  readonly sends = true;

  constructor(private readonly client: HttpClient) {}

  async send(step: PlanStep, request: StepRequest): Promise<StepAnswer> {
    const { client } = this;
    switch (step.kind) {
      case 'create-order':
        return createOrder(client, request);
      case 'set-account':
        await setAccount(client, request);
        return { status: 204 };
      case 'add-product':
        return addProduct(client, request);
      case 'add-service':
        return addService(client, request);
      case 'read-quote': {
        const quote = await getQuote(client, request);
        return { status: 200, quote, value: quote.hash };
      }
      case 'validate-order':
        return { status: await validateOrder(client, request) };
      case 'submit':
        return { status: await submitOrder(client, request) };
      case 'set-order-attributes':
        return { status: await setOrderAttributes(client, request) };
      case 'set-account-attributes':
        return { status: await setAccountAttributes(client, request) };
      case 'set-account-user':
        return { status: await setAccountUser(client, request) };
      case 'set-contact':
        return { status: await setContactInfo(client, request) };
      case 'set-payment':
        return { status: await setPaymentInfo(client, request) };
      case 'set-product':
        return { status: await setProductBillingCycle(client, request) };
      case 'set-promotion':
        return { status: await setPromotion(client, request) };
    }
  }

  settle(input: SettleInput): Promise<SettleVerdict> {
    return settleInDoubtStep(this.client, input);
  }

  exportCookies(): unknown {
    return this.client.exportCookies();
  }

  clearCookies(): void {
    this.client.clearCookies();
  }
}

/** The API's transports: one HTTP client per order, each with that order's cookie jar. */
export function apiTransports(client: Omit<ClientOptions, 'cookies' | 'stop'>): TransportFactory {
  return {
    sends: true,
    open: async ({ cookies, stop }) => new ApiTransport(await connect({ ...client, cookies, stop })),
  };
}
