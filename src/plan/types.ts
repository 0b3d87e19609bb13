/**
 * The execution plan: versioned data that `plan --out` writes and `apply` reads back.
 * The runner executes a plan; it never re-derives it from manifests.
 *
 * Templates. Values that exist only after apply are references, never empty strings:
 * - `{endpoint}`: the API endpoint URL (no trailing '/'), e.g. https://api.hostway.com
 * - `{steps.<stepId>.location}`: the absolute Location the API returned for step <stepId>.
 * - `{steps.<stepId>.hash}`: the value a read step recorded, e.g. the quote's Hash for submit.
 * A template is resolved by `resolveTemplate` (src/plan/template.ts), which joins a
 * placeholder and a following '/' without doubling slashes.
 */

import type { JsonValue } from '../shared/json-value.js';
import type { OrderEstimate } from '../shared/order-estimate.js';

export const PLAN_FORMAT = 'orderform-plan' as const;
export const PLAN_VERSION = 1 as const;

/** A string that may hold `{endpoint}` and `{steps.<id>.location}` placeholders. */
export type Template = string;

export type StepKind =
  | 'create-order'
  | 'set-account'
  | 'add-product'
  | 'add-service'
  | 'read-quote'
  | 'validate-order'
  | 'submit'
  /* The whole order (SPEC §8): PUTs that replace what they name (src/plan/compile-account.ts). */
  | 'set-order-attributes'
  | 'set-account-attributes'
  | 'set-account-user'
  | 'set-contact'
  | 'set-payment'
  | 'set-product'
  | 'set-promotion';

/** One HTTP request of an order. */
export interface PlanStep {
  /**
   * Unique in its order and stable across runs of the same manifest, so the journal can match
   * it: 'order', 'account', 'product:<handle>', 'service:<handle>', 'submit'. Entries without an
   * `id` get a positional handle, e.g. 'product:1', 'service:vps/0/2'.
   */
  id: string;
  kind: StepKind;
  method: 'POST' | 'PUT' | 'GET';
  /** URL template of the request. */
  url: Template;
  /** JSON body; strings inside may be templates (e.g. relatedTo entries). */
  body: JsonValue;
  /** Step ids that must be done before this one starts (every placeholder's step is among them). */
  dependsOn: string[];
  /**
   * For steps that create a resource (create-order, add-product, add-service): the collection
   * posted to. The returned Location must lie under it on the endpoint's origin.
   */
  creates?: 'order' | 'product' | 'service';
  /** One line for people, e.g. "service core.vps.virtuozzo.ip (under server)". */
  label: string;
  /** Where the step comes from in the manifest, when it comes from one entry. */
  source?: { file: string; line: number; column: number; path: string };
  /**
   * Hash of what the step sends (method, url template, body template). A journal entry whose
   * fingerprint differs belongs to another definition of the step.
   */
  fingerprint: string;
}

/** What the recorded state said about a step when the plan was made. */
export type StepState = 'pending' | 'done' | 'in-doubt';

export interface OrderPlan {
  /** metadata.name */
  name: string;
  description?: string;
  source: { file: string; document: number };
  /** Hash of the resolved manifest document (after variable substitution). */
  manifestHash: string;
  steps: PlanStep[];
  /** Round trips on the longest dependency chain: the least time apply can take, in latencies. */
  criticalPath: number;
  /** The recorded state when the plan was made. */
  state: OrderPlanState;
  /** The price estimate from catalog prices, when the plan was made with the catalog. */
  estimate?: OrderEstimate;
  /** `spec.maxTotal`: the price guard's limit on the quote's Total, as a decimal string. */
  maxTotal?: string;
}

export type OrderPlanState =
  | { kind: 'unknown' } /* no state directory could be read for this endpoint */
  | { kind: 'new' }
  | { kind: 'partial'; revision: number; steps: Record<string, StepState>; orderUrl?: string }
  | { kind: 'placed'; revision: number; orderUrl: string }
  | {
      kind: 'changed';
      revision: number;
      orderUrl: string;
      /** What differs from the recorded requests (src/plan/diff.ts); absent in older saved plans. */
      changes?: StepChange[];
    };

export interface Plan {
  format: typeof PLAN_FORMAT;
  version: typeof PLAN_VERSION;
  /** ISO 8601 time the plan was made. */
  createdAt: string;
  /** The endpoint the plan was made for (no trailing '/'), or null when none was given. */
  endpoint: string | null;
  orders: OrderPlan[];
}

/** One field that differs between the request that ran and the one the manifest now describes. */
export interface FieldChange {
  kind: 'field';
  /** Dotted path inside the request: `billingCycle`, `attributes.os`, `url`. */
  path: string;
  /** Absent on one side: undefined (rendered as `(none)`). */
  before?: JsonValue;
  after?: JsonValue;
}

export type StepChange =
  | { kind: 'changed'; step: string; name: string; stepKind: StepKind; fields: FieldChange[] }
  | { kind: 'added'; step: string; name: string; stepKind: StepKind }
  | { kind: 'removed'; step: string; name: string; stepKind: StepKind }
  /** The recorded step predates journals that keep request bodies: that it changed is all we know. */
  | { kind: 'redefined'; step: string; name: string; stepKind: StepKind };
