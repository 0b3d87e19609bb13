import type { JsonValue } from '../shared/json-value.js';
import { isQuoteStep } from './compile-quote.js';
import { stepDisplayNames } from './display.js';
import type { FieldChange, PlanStep, StepChange, StepKind } from './types.js';

/** What the journal kept of a step that ran (older journals have no body). */
export interface RecordedStep {
  kind: StepKind;
  fingerprint: string;
  method: string;
  body?: JsonValue;
}

/**
 * What changed, step by step and field by field, between the steps recorded in the journal and
 * the plan compiled from today's manifest, like `terraform plan` shows a diff. Only steps that
 * were recorded are compared unless `includeAdded`: for a partly applied order, a new step is no
 * conflict. Pure.
 */
export function diffRecordedSteps(
  recorded: Readonly<Record<string, RecordedStep>>,
  planned: readonly PlanStep[],
  options: { includeAdded: boolean },
): StepChange[] {
  // Reading the quote and validating follow from the rest of the order: a change shows where it was made.
  planned = planned.filter((step) => !isQuoteStep(step));
  recorded = Object.fromEntries(Object.entries(recorded).filter(([, step]) => !isQuoteStep(step)));
  const plannedNames = stepDisplayNames(planned);
  const recordedNames = stepDisplayNames(
    Object.entries(recorded).map(([id, step]) => ({ id, body: step.body ?? null })),
  );
  const left = new Map(Object.entries(recorded));
  const pairs: { step: PlanStep; before: RecordedStep | undefined }[] = [];
  const unpaired: PlanStep[] = [];
  for (const step of planned) {
    const before = left.get(step.id);
    if (before !== undefined && samePlace(step, before)) {
      pairs.push({ step, before });
      left.delete(step.id);
    } else unpaired.push(step);
  }
  // Entries without an id are keyed by position: after one is removed, the next one takes its
  // place. Pair them by what they are instead, so the diff says "ip removed", not "ip became powerpack".
  for (const step of unpaired) {
    const match = [...left].find(
      ([id, before]) => sameProduct(id, step.id) && specOf(before.body) === specOf(step.body),
    );
    if (match !== undefined) left.delete(match[0]);
    pairs.push({ step, before: match?.[1] });
  }
  const changes: StepChange[] = [];
  for (const { step, before } of pairs) {
    const name = plannedNames.get(step.id) ?? step.id;
    if (before === undefined) {
      if (options.includeAdded) changes.push({ kind: 'added', step: step.id, name, stepKind: step.kind });
      continue;
    }
    if (before.fingerprint === step.fingerprint) continue;
    if (before.body === undefined) {
      changes.push({ kind: 'redefined', step: step.id, name, stepKind: step.kind });
      continue;
    }
    const fields = diffJson(before.body, step.body, '');
    if (before.method !== step.method)
      fields.push({ kind: 'field', path: 'method', before: before.method, after: step.method });
    changes.push({ kind: 'changed', step: step.id, name, stepKind: step.kind, fields });
  }
  for (const [id, step] of left) {
    changes.push({ kind: 'removed', step: id, name: recordedNames.get(id) ?? id, stepKind: step.kind });
  }
  const order = new Map(planned.map((step, i) => [step.id, i]));
  return changes.sort(
    (a, b) => (order.get(a.step) ?? planned.length) - (order.get(b.step) ?? planned.length),
  );
}

const POSITIONAL = /^(product:\d+|service:.*\/.*)$/;

/** The same id means the same entry, unless the id is positional and the entry is another product or service. */
function samePlace(step: PlanStep, before: RecordedStep): boolean {
  return !POSITIONAL.test(step.id) || before.body === undefined || specOf(before.body) === specOf(step.body);
}

function sameProduct(recordedId: string, plannedId: string): boolean {
  const product = (id: string): string | undefined => id.match(/^service:([^/]+)\//)?.[1];
  return (
    POSITIONAL.test(recordedId) &&
    product(recordedId) === product(plannedId) &&
    product(plannedId) !== undefined
  );
}

function specOf(body: JsonValue | undefined): string | undefined {
  if (body === null || body === undefined || typeof body !== 'object' || Array.isArray(body))
    return undefined;
  const value = body.serviceSpecification ?? body.offering;
  return typeof value === 'string' ? value : undefined;
}

/** Objects are compared key by key; arrays and scalars as whole values. */
export function diffJson(
  before: JsonValue | undefined,
  after: JsonValue | undefined,
  path: string,
): FieldChange[] {
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => diffJson(before[key], after[key], path === '' ? key : `${path}.${key}`));
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  return [
    {
      kind: 'field',
      path: path === '' ? 'body' : path,
      ...(before === undefined ? {} : { before }),
      ...(after === undefined ? {} : { after }),
    },
  ];
}

function isObject(value: JsonValue | undefined): value is { [key: string]: JsonValue } {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const NOUN: Record<StepKind, string> = {
  'create-order': 'order',
  'set-account': 'account',
  'add-product': 'product',
  'add-service': 'service',
  'read-quote': 'quote',
  'validate-order': 'validate',
  submit: 'submit',
  'set-order-attributes': 'order attributes',
  'set-account-attributes': 'account attributes',
  'set-account-user': 'account user',
  'set-contact': 'contact',
  'set-payment': 'payment',
  'set-product': 'product settings',
  'set-promotion': 'promotion',
};

/** `service server`, `product vps`, `account`. */
export function describeStep(change: Pick<StepChange, 'name' | 'stepKind'>): string {
  const noun = NOUN[change.stepKind];
  return noun === change.name ? noun : `${noun} ${change.name}`;
}

/** Lines like Terraform's: `~ service server` then `    billingCycle: 1 -> 12`. Pure. */
export function renderChanges(changes: readonly StepChange[]): string[] {
  if (changes.length === 0) {
    return ['  (no request differs: only fields that are not sent changed, e.g. metadata.description)'];
  }
  const lines: string[] = [];
  for (const change of changes) {
    switch (change.kind) {
      case 'changed':
        lines.push(`~ ${describeStep(change)}`);
        for (const field of change.fields) {
          lines.push(`    ${field.path}: ${renderValue(field.before)} -> ${renderValue(field.after)}`);
        }
        // Same body, other fingerprint: the URL it is posted to changed (another endpoint path).
        if (change.fields.length === 0) lines.push('    (the request URL changed)');
        break;
      case 'added':
        lines.push(`+ ${describeStep(change)} (new in the manifest)`);
        break;
      case 'removed':
        lines.push(`- ${describeStep(change)} (removed from the manifest)`);
        break;
      case 'redefined':
        lines.push(`~ ${describeStep(change)} (changed; this journal does not keep the request to compare)`);
        break;
    }
  }
  return lines;
}

function renderValue(value: JsonValue | undefined): string {
  if (value === undefined) return '(none)';
  const text = JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}
