import { type Document, isAlias, isMap, isScalar, isSeq, type LineCounter, type Node } from 'yaml';
import { aliasTarget } from './anchors.js';
import type { DocumentPath } from './types.js';

export interface Position {
  line: number;
  column: number;
}

/** Finds where things are in one parsed YAML document. Lines and columns are 1-based. */
export interface SourceLocator {
  /** The node at `path`, or its nearest ancestor that exists. */
  valueAt(path: DocumentPath): Position;
  /** The key of the last segment of `path` (the item itself for list indexes). */
  keyAt(path: DocumentPath): Position;
  offsetPosition(offset: number): Position;
}

interface Step {
  node: Node | null;
  /** The key node that led to `node`, when it was reached through a map. */
  key: Node | null;
}

export function createLocator(doc: Document, lineCounter: LineCounter): SourceLocator {
  const offsetPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const start = doc.range?.[0] ?? 0;
  const positionOf = (node: Node | null): Position | undefined =>
    node?.range ? offsetPosition(node.range[0]) : undefined;
  // Built once per map on first use: a linear scan per finding made a map of 100k unknown keys
  // cost minutes.
  const keyIndex = new WeakMap<Node, Map<string, Step>>();

  // Walks as far as the path exists; aliases are followed so that a problem inside an aliased
  // node points at its anchor, where the user would fix it.
  const walk = (path: DocumentPath): Step[] => {
    const steps: Step[] = [{ node: (doc.contents as Node | null) ?? null, key: null }];
    for (const segment of path) {
      const current = resolveAlias(doc, steps[steps.length - 1]?.node ?? null);
      const next = childOf(current, segment, keyIndex);
      if (next === undefined) break;
      steps.push(next);
    }
    return steps;
  };

  return {
    offsetPosition,
    valueAt(path) {
      const steps = walk(path);
      for (let i = steps.length - 1; i >= 0; i--) {
        const step = steps[i];
        if (step === undefined) continue;
        // An empty value (`key:`) has a zero-width range after the colon: its key is clearer.
        const range = step.node?.range;
        const empty = isScalar(step.node) && range != null && range[0] === range[1];
        const position =
          (empty ? positionOf(step.key) : undefined) ?? positionOf(step.node) ?? positionOf(step.key);
        if (position) return position;
      }
      return offsetPosition(start);
    },
    keyAt(path) {
      const steps = walk(path);
      const last = steps[steps.length - 1];
      if (steps.length === path.length + 1 && last) {
        const position = positionOf(last.key) ?? positionOf(last.node);
        if (position) return position;
      }
      return this.valueAt(path);
    },
  };
}

function resolveAlias(doc: Document, node: Node | null): Node | null {
  let current = node;
  // Bounded: an alias chain longer than this is a cycle the resolver reports on its own.
  for (let hops = 0; hops < 100 && isAlias(current); hops++) current = aliasTarget(doc, current) ?? null;
  return current;
}

function childOf(
  node: Node | null,
  segment: string | number,
  keyIndex: WeakMap<Node, Map<string, Step>>,
): Step | undefined {
  if (isMap(node)) {
    let index = keyIndex.get(node);
    if (index === undefined) {
      index = new Map();
      for (const pair of node.items) {
        const key = pair.key;
        const name = isScalar(key) ? String(key.value) : undefined;
        // The first of duplicate keys wins, as a linear scan would find it.
        if (name !== undefined && !index.has(name))
          index.set(name, { node: (pair.value as Node | null) ?? null, key: key as Node });
      }
      keyIndex.set(node, index);
    }
    return index.get(String(segment));
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment];
    return item === undefined ? undefined : { node: (item as Node | null) ?? null, key: null };
  }
  return undefined;
}
