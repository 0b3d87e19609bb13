import schemaJson from '../../schemas/order.schema.json' with { type: 'json' };
import { describeValue, labelOf, plural, quote } from './describe.js';
import { type Finding, finding } from './finding.js';
import { type ManifestSchemaError, validateOrderManifest } from './order-validator.generated.js';
import { isRecord, pointerToPath, valueAtPath } from './paths.js';
import { requiredHint, valueMessage } from './schema-messages.js';
import {
  branchesOf,
  declaredKeys,
  keywordOf,
  propertyNamesNode,
  type SchemaNode,
  schemaNodesAt,
} from './schema-nav.js';
import { closestMatch } from './suggest.js';
import type { DocumentPath, OrderManifest } from './types.js';

const ROOT = schemaJson as unknown as SchemaNode;

export type SchemaCheck =
  | { kind: 'valid'; manifest: OrderManifest }
  | { kind: 'invalid'; findings: Finding[] };

/**
 * Checks one resolved document against schemas/order.schema.json (precompiled) and turns ajv's
 * errors into one plain-words finding per problem, located at the node at fault.
 */
export function checkManifestSchema(value: unknown): SchemaCheck {
  if (validateOrderManifest(value)) return { kind: 'valid', manifest: value };
  return { kind: 'invalid', findings: explainSchemaErrors(validateOrderManifest.errors ?? [], value) };
}

export function explainSchemaErrors(errors: readonly ManifestSchemaError[], data: unknown): Finding[] {
  // An if/then (a card payment's fields) is explained by the errors of its `then`.
  const kept = collapseCombinators(
    errors.filter((error) => error.keyword !== 'if'),
    data,
  );
  const findings: Finding[] = [];
  const byPath = new Map<string, ManifestSchemaError[]>();
  for (const item of kept) {
    if ('kind' in item) findings.push(item);
    else {
      const group = byPath.get(item.instancePath);
      if (group === undefined) byPath.set(item.instancePath, [item]);
      else group.push(item);
    }
  }
  for (const [pointer, group] of byPath) {
    for (const f of explainGroup(pointerToPath(pointer, data), group, data)) findings.push(f);
  }
  return findings;
}

// ajv reports every failing branch of a oneOf/anyOf and then the combinator itself. The branch
// errors come right before it; they are replaced by the errors of the branch the user meant
// (judged by the keys or type they wrote), or by one sentence when no branch fits.
function collapseCombinators(
  errors: readonly ManifestSchemaError[],
  data: unknown,
): (ManifestSchemaError | Finding)[] {
  const dropped = new Set<number>();
  const replacements = new Map<number, (ManifestSchemaError | Finding)[]>();
  errors.forEach((error, index) => {
    if (error.keyword !== 'oneOf' && error.keyword !== 'anyOf') return;
    const members: ManifestSchemaError[] = [];
    for (let j = index - 1; j >= 0; j--) {
      const member = errors[j];
      if (member === undefined || dropped.has(j) || !isAtOrBelow(member.instancePath, error.instancePath))
        break;
      dropped.add(j);
      members.unshift(member);
    }
    replacements.set(index, explainCombinator(error, members, data));
  });
  return errors.flatMap((error, index) => (dropped.has(index) ? [] : (replacements.get(index) ?? [error])));
}

function isAtOrBelow(pointer: string, base: string): boolean {
  return pointer === base || pointer.startsWith(`${base}/`);
}

function explainCombinator(
  error: ManifestSchemaError,
  members: readonly ManifestSchemaError[],
  data: unknown,
): (ManifestSchemaError | Finding)[] {
  const path = pointerToPath(error.instancePath, data);
  const value = valueAtPath(data, path);
  const nodes = schemaNodesAt(ROOT, path);
  const owner = nodes.find((node) => Array.isArray(node.oneOf ?? node.anyOf));
  const expected = String(keywordOf(nodes, 'errorMessage') ?? 'does not match any of the allowed forms');
  const branches = owner ? branchesOf(ROOT, owner) : [];
  const entries = owner ? ((owner.oneOf ?? owner.anyOf) as SchemaNode[]) : [];
  // Keys every branch declares (the account's user, contacts, ...) say nothing about which one is meant.
  const shared = new Set(
    branches.length === 0
      ? []
      : declaredKeys(branches[0]!).filter((key) => branches.every((b) => declaredKeys(b).includes(key))),
  );
  const scores = branches.map((branch) => branchScore(branch, value, shared));
  const best = Math.max(0, ...scores);
  const exact = scores.filter((score) => score >= 10).length;
  const sentence = (tail: string): Finding[] => [finding(path, `${labelOf(path)} ${expected}; ${tail}`)];
  if (exact >= 2) return sentence(branches.length === 2 ? 'it has both' : 'it mixes several of them');
  const chosen =
    best > 0 && scores.filter((score) => score === best).length === 1 ? scores.indexOf(best) : -1;
  if (chosen >= 0) {
    const own = branchErrors(error, members, entries, chosen, branches[chosen] ?? []);
    if (own.length > 0) return own;
  }
  if (isRecord(value) && branches.length > 0 && branches.every((branch) => declaredKeys(branch).length > 0)) {
    return sentence(branches.length === 2 ? 'it has neither' : 'it has none of them');
  }
  return sentence(`got ${describeValue(value)}`);
}

/**
 * The errors of the chosen branch. A branch whose definition refers to others is compiled apart,
 * so its errors carry paths relative to it: those at the combinator's node are told apart by what
 * they name, and those below it (the account's paymentInfo, reported alike by every branch) by
 * the key they sit under, once each.
 */
function branchErrors(
  error: ManifestSchemaError,
  members: readonly ManifestSchemaError[],
  entries: readonly SchemaNode[],
  chosen: number,
  branch: readonly SchemaNode[],
): ManifestSchemaError[] {
  const prefixOf = (i: number): string[] => {
    const ref = entries[i]?.$ref;
    return [`${error.schemaPath}/${i}/`, ...(typeof ref === 'string' ? [`${ref}/`] : [])];
  };
  const keys = declaredKeys(branch);
  const required = (keywordOf(branch, 'required') as string[] | undefined) ?? [];
  const seen = new Set<string>();
  return members.filter((member) => {
    const owner = entries.findIndex((_, i) => prefixOf(i).some((p) => member.schemaPath.startsWith(p)));
    let mine: boolean;
    if (owner >= 0) mine = owner === chosen;
    else if (member.instancePath === error.instancePath) {
      const params = member.params as { missingProperty?: string; additionalProperty?: string };
      if (member.keyword === 'required') mine = required.includes(params.missingProperty ?? '');
      else if (member.keyword === 'additionalProperties')
        mine = !keys.includes(params.additionalProperty ?? '');
      else mine = true;
    } else {
      const below = member.instancePath.slice(error.instancePath.length + 1).split('/')[0] ?? '';
      mine = keys.includes(below.replace(/~1/g, '/').replace(/~0/g, '~'));
    }
    const key = `${member.instancePath}|${member.keyword}|${JSON.stringify(member.params)}`;
    if (!mine || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// 0: the value cannot be meant for this branch; higher: more likely. Keys the user wrote count
// most, then keys that look like misspellings of the branch's keys, then a matching type.
function branchScore(branch: readonly SchemaNode[], value: unknown, shared: ReadonlySet<string>): number {
  const type = keywordOf(branch, 'type');
  if (type !== undefined && !matchesType(value, type)) return 0;
  const keys = declaredKeys(branch).filter((key) => !shared.has(key));
  if (!isRecord(value) || keys.length === 0) return 1;
  const written = Object.keys(value);
  const exact = written.filter((key) => keys.includes(key)).length;
  if (exact > 0) return 10 * exact;
  return written.filter((key) => closestMatch(key, keys) !== undefined).length;
}

function matchesType(value: unknown, type: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => {
    if (t === 'integer') return Number.isInteger(value);
    if (t === 'number') return typeof value === 'number';
    if (t === 'object') return isRecord(value);
    if (t === 'array') return Array.isArray(value);
    if (t === 'null') return value === null;
    return typeof value === t;
  });
}

const VALUE_KEYWORDS = ['type', 'const', 'enum', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum'];

function explainGroup(path: DocumentPath, group: readonly ManifestSchemaError[], data: unknown): Finding[] {
  const nodes = schemaNodesAt(ROOT, path);
  const value = valueAtPath(data, path);
  const label = labelOf(path);
  const findings: Finding[] = [];
  const suggested = new Set<string>();
  const valueErrors = group.filter((e) => VALUE_KEYWORDS.includes(e.keyword) && e.propertyName === undefined);
  const first = VALUE_KEYWORDS.map((k) => valueErrors.find((e) => e.keyword === k)).find(
    (e) => e !== undefined,
  );
  if (first) findings.push(finding(path, valueMessage(first, nodes, value, label)));

  for (const error of group) {
    const params = error.params;
    if (error.keyword === 'additionalProperties') {
      const key = String(params.additionalProperty);
      const candidates = declaredKeys([...nodes, ...nodes.flatMap((node) => branchesOf(ROOT, node).flat())]);
      const suggestion = closestMatch(key, candidates);
      if (suggestion !== undefined) suggested.add(suggestion);
      const hint =
        suggestion !== undefined
          ? ` (did you mean '${suggestion}'?)`
          : `; expected one of: ${candidates.join(', ')}`;
      findings.push(finding([...path, key], `unknown key ${quote(key)}${hint}`, 'key'));
    } else if (error.keyword === 'propertyNames') {
      const key = String(params.propertyName);
      const rule = keywordOf(propertyNamesNode(nodes), 'patternErrorMessage') ?? 'is not allowed here';
      findings.push(finding([...path, key], `${label} key ${quote(key)} ${String(rule)}`, 'key'));
    } else if (
      error.keyword === 'minItems' ||
      error.keyword === 'maxItems' ||
      error.keyword === 'maxProperties'
    ) {
      const count = Array.isArray(value) ? value.length : isRecord(value) ? Object.keys(value).length : 0;
      const limit = Number(params.limit);
      const bound = error.keyword === 'minItems' ? 'at least' : 'at most';
      const has = count === 0 ? 'it is empty' : `it has ${count}`;
      findings.push(
        finding(path, `${label} must have ${bound} ${plural(limit, 'entry', 'entries')}; ${has}`),
      );
    } else if (error.keyword === 'uniqueItems') {
      const later = Number(params.i);
      const item = Array.isArray(value) ? value[later] : undefined;
      findings.push(finding([...path, later], `${label} lists ${describeValue(item)} more than once`));
    } else if (!VALUE_KEYWORDS.includes(error.keyword) && error.keyword !== 'required') {
      findings.push(finding(path, `${label} ${error.message ?? 'is not valid'}`));
    }
  }
  // A missing key that an unknown key looks like is the same mistake: say it once.
  for (const error of group) {
    const missing = error.keyword === 'required' ? String(error.params.missingProperty) : undefined;
    if (missing === undefined || suggested.has(missing)) continue;
    findings.push(finding(path, `missing required key '${missing}'${requiredHint(nodes, missing)}`));
  }
  return findings;
}
