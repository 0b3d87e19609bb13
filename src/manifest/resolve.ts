import { type Alias, type Document, isAlias, isMap, isScalar, isSeq, type Node, Scalar } from 'yaml';
import { aliasTarget } from './anchors.js';
import { findControlCharacter } from './control-characters.js';
import { type Finding, finding } from './finding.js';
import { interpolate, retypePlainScalar } from './interpolate.js';
import type { DocumentPath } from './types.js';

/** Nodes that aliases may expand to, per document: plenty for reuse, fatal to an alias bomb. */
export const MAX_ALIAS_EXPANSION = 10_000;
/** Nesting depth of maps and lists; a manifest needs a few dozen at most. */
export const MAX_DEPTH = 100;
/**
 * Keys per map and items per list. A manifest's widest map has a dozen keys and its longest
 * list a few thousand services; 100k keys in one map cost seconds of CPU and hundreds of MB.
 */
export const MAX_MAP_KEYS = 1_000;
export const MAX_LIST_ITEMS = 20_000;

const CORE_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`),
);

class ResolveAbort extends Error {}

interface Walk {
  doc: Document;
  source: string;
  env: Readonly<Record<string, string | undefined>>;
  findings: Finding[];
  /** Values that had to be replaced or guessed: other checks must not judge them. */
  spoilt: DocumentPath[];
  expanded: number;
  /** Alias targets being expanded, to catch an alias inside its own anchor. */
  active: Set<Node>;
  /** The outermost alias being expanded: where an alias bomb is reported. */
  outer: { node: Node; path: DocumentPath } | undefined;
  lineStarts?: number[];
}

/**
 * Turns a parsed YAML document into plain data: substitutes variables, follows aliases within
 * limits, and refuses what a manifest must not contain (custom tags, odd keys, duplicates).
 * Every problem is returned as a finding with its exact source offset.
 */
export function resolveDocument(
  doc: Document,
  source: string,
  env: Readonly<Record<string, string | undefined>>,
): { value: unknown; findings: Finding[]; spoilt: DocumentPath[] } {
  const walk: Walk = {
    doc,
    source,
    env,
    findings: [],
    spoilt: [],
    expanded: 0,
    active: new Set(),
    outer: undefined,
  };
  try {
    const value = resolveNode(walk, (doc.contents as Node | null) ?? null, [], 0, false);
    return { value, findings: walk.findings, spoilt: walk.spoilt };
  } catch (error) {
    if (error instanceof ResolveAbort) return { value: undefined, findings: walk.findings, spoilt: [[]] };
    throw error;
  }
}

function problem(
  walk: Walk,
  node: Node | null | undefined,
  path: DocumentPath,
  message: string,
  spoils = true,
): void {
  if (spoils) walk.spoilt.push(path);
  const offset = node?.range?.[0];
  walk.findings.push(offset === undefined ? finding(path, message) : { ...finding(path, message), offset });
}

function resolveNode(
  walk: Walk,
  node: Node | null,
  path: DocumentPath,
  depth: number,
  inAlias: boolean,
): unknown {
  if (node === null) return null;
  if (inAlias && ++walk.expanded > MAX_ALIAS_EXPANSION) {
    const at = walk.outer ?? { node, path };
    problem(
      walk,
      at.node,
      at.path,
      `aliases expand to more than ${MAX_ALIAS_EXPANSION} nodes; this looks like an alias bomb`,
    );
    throw new ResolveAbort();
  }
  if (depth > MAX_DEPTH) {
    problem(walk, node, path, `nesting is deeper than ${MAX_DEPTH} levels`);
    throw new ResolveAbort();
  }
  if (isAlias(node)) return resolveAlias(walk, node, path, depth, inAlias);
  const tag = (node as { tag?: string }).tag;
  if (tag !== undefined && !CORE_TAGS.has(tag)) {
    problem(
      walk,
      node,
      path,
      `tag '${displayTag(tag)}' is not allowed: manifests hold plain YAML values only`,
    );
    return null;
  }
  if (isScalar(node)) return resolveScalar(walk, node, path);
  const size = (node as { items?: unknown[] }).items?.length ?? 0;
  if (isMap(node) && size > MAX_MAP_KEYS) {
    problem(walk, node, path, `this map has ${size} keys; the limit is ${MAX_MAP_KEYS}`);
    throw new ResolveAbort();
  }
  if (isSeq(node) && size > MAX_LIST_ITEMS) {
    problem(walk, node, path, `this list has ${size} items; the limit is ${MAX_LIST_ITEMS}`);
    throw new ResolveAbort();
  }
  if (isSeq(node)) {
    return node.items.map((item, index) =>
      resolveNode(walk, (item as Node | null) ?? null, [...path, index], depth + 1, inAlias),
    );
  }
  if (isMap(node)) return resolveMap(walk, node, path, depth, inAlias);
  problem(walk, node, path, 'unsupported YAML node');
  return null;
}

function resolveAlias(walk: Walk, node: Alias, path: DocumentPath, depth: number, inAlias: boolean): unknown {
  const target = aliasTarget(walk.doc, node);
  if (target === undefined) {
    problem(
      walk,
      node,
      path,
      `alias '*${node.source}' refers to no anchor '&${node.source}' defined before it`,
    );
    return null;
  }
  if (walk.active.has(target)) {
    problem(walk, node, path, `alias '*${node.source}' refers to a node that contains it`);
    return null;
  }
  walk.active.add(target);
  if (!inAlias) walk.outer = { node, path };
  try {
    return resolveNode(walk, target, path, depth, true);
  } finally {
    walk.active.delete(target);
    if (!inAlias) walk.outer = undefined;
  }
}

function resolveScalar(walk: Walk, node: Scalar, path: DocumentPath): unknown {
  const value = node.value;
  if (typeof value === 'number' && !Number.isFinite(value)) {
    problem(walk, node, path, `'${node.source ?? String(value)}' is not allowed: numbers must be finite`);
    return null;
  }
  if (typeof value !== 'string') return value;
  const result = interpolate(value, walk.env);
  const raw = node.range ? walk.source.slice(node.range[0], node.range[1]) : '';
  for (const p of result.problems) {
    // Point at the reference itself when it appears verbatim in the source (no escapes).
    const index = raw.indexOf(p.source);
    const offset = (node.range?.[0] ?? 0) + Math.max(index, 0);
    walk.findings.push({ ...finding(path, p.message), offset });
    walk.spoilt.push(path);
  }
  const control = findControlCharacter(result.value);
  if (control !== undefined) {
    problem(walk, node, path, `the text holds ${control}: control characters are not allowed in manifests`);
    return null;
  }
  if (result.single && node.type === Scalar.PLAIN && node.tag === undefined)
    return retypePlainScalar(result.value);
  return result.value;
}

function resolveMap(
  walk: Walk,
  node: Node & { items: { key: unknown; value: unknown }[] },
  path: DocumentPath,
  depth: number,
  inAlias: boolean,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const seen = new Map<string, Node>();
  for (const pair of node.items) {
    const keyNode = (pair.key as Node | null) ?? null;
    const key = mapKey(walk, keyNode, path);
    if (key === undefined) continue;
    const first = seen.get(key);
    if (first !== undefined) {
      const line = lineOf(walk, first.range?.[0] ?? 0);
      problem(
        walk,
        keyNode,
        [...path, key],
        `duplicate key '${key}': it is already set on line ${line}`,
        false,
      );
      continue;
    }
    if (keyNode) seen.set(key, keyNode);
    out[key] = resolveNode(walk, (pair.value as Node | null) ?? null, [...path, key], depth + 1, inAlias);
  }
  return out;
}

function mapKey(walk: Walk, keyNode: Node | null, path: DocumentPath): string | undefined {
  if (!isScalar(keyNode) || keyNode.value === null || typeof keyNode.value === 'object') {
    problem(
      walk,
      keyNode,
      path,
      'map keys must be plain text (no lists, maps, aliases or empty keys)',
      false,
    );
    return undefined;
  }
  if (keyNode.tag !== undefined && !CORE_TAGS.has(keyNode.tag)) {
    problem(
      walk,
      keyNode,
      path,
      `tag '${displayTag(keyNode.tag)}' is not allowed: manifests hold plain YAML values only`,
      false,
    );
    return undefined;
  }
  const key = String(keyNode.value);
  const control = findControlCharacter(key);
  if (control !== undefined) {
    problem(
      walk,
      keyNode,
      path,
      `a key holds ${control}: control characters are not allowed in manifests`,
      false,
    );
    return undefined;
  }
  if (key === '<<' && keyNode.type === Scalar.PLAIN) {
    problem(
      walk,
      keyNode,
      path,
      "merge keys ('<<') are not supported: write the keys out, or alias a whole value",
    );
    return undefined;
  }
  if (key === '__proto__') {
    problem(walk, keyNode, path, "key '__proto__' is not allowed", false);
    return undefined;
  }
  return key;
}

function displayTag(tag: string): string {
  return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}

// Line starts are found once per document: scanning from the top per duplicate key made 150k
// duplicates quadratic.
function lineOf(walk: Walk, offset: number): number {
  if (walk.lineStarts === undefined) {
    const starts = [0];
    for (let i = walk.source.indexOf('\n'); i !== -1; i = walk.source.indexOf('\n', i + 1))
      starts.push(i + 1);
    walk.lineStarts = starts;
  }
  const starts = walk.lineStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}
