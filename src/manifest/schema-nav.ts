import type { DocumentPath } from './types.js';

/** A JSON Schema object, read loosely: only the keywords orderform's schema uses are looked at. */
export type SchemaNode = { readonly [keyword: string]: unknown };

function asNode(value: unknown): SchemaNode | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as SchemaNode)
    : undefined;
}

/** `#/$defs/service` → that node of `root`. */
export function resolveRef(root: SchemaNode, ref: string): SchemaNode | undefined {
  if (!ref.startsWith('#')) return undefined;
  let node: SchemaNode | undefined = root;
  for (const raw of ref
    .slice(1)
    .split('/')
    .filter((part) => part !== '')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = asNode(node?.[key]);
  }
  return node;
}

/** A node and the nodes its `$ref` chain points at (siblings of `$ref` apply too in 2020-12). */
export function expandNode(root: SchemaNode, node: SchemaNode | undefined): SchemaNode[] {
  const out: SchemaNode[] = [];
  let current = node;
  while (current !== undefined && !out.includes(current)) {
    out.push(current);
    current = typeof current.$ref === 'string' ? resolveRef(root, current.$ref) : undefined;
  }
  return out;
}

/** The branches of a node's `oneOf`/`anyOf`, each expanded. */
export function branchesOf(root: SchemaNode, node: SchemaNode): SchemaNode[][] {
  const list = node.oneOf ?? node.anyOf;
  return Array.isArray(list) ? list.map((branch) => expandNode(root, asNode(branch))) : [];
}

/** Every schema node that applies to the value at `path`, combinator branches included. */
export function schemaNodesAt(root: SchemaNode, path: DocumentPath): SchemaNode[] {
  let nodes = expandNode(root, root);
  for (const segment of path) {
    const candidates = [...nodes, ...nodes.flatMap((node) => branchesOf(root, node).flat())];
    const next: SchemaNode[] = [];
    for (const node of candidates) {
      const child =
        typeof segment === 'number'
          ? asNode(node.items)
          : (asNode(asNode(node.properties)?.[segment]) ?? asNode(node.additionalProperties));
      for (const expanded of expandNode(root, child)) if (!next.includes(expanded)) next.push(expanded);
    }
    nodes = next;
    if (nodes.length === 0) break;
  }
  return nodes;
}

/** The first value of `keyword` among `nodes`. */
export function keywordOf(nodes: readonly SchemaNode[], keyword: string): unknown {
  for (const node of nodes) if (node[keyword] !== undefined) return node[keyword];
  return undefined;
}

/** The keys the nodes declare, in schema order. */
export function declaredKeys(nodes: readonly SchemaNode[]): string[] {
  const keys: string[] = [];
  for (const node of nodes) {
    for (const key of Object.keys(asNode(node.properties) ?? {})) if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

export function propertyNamesNode(nodes: readonly SchemaNode[]): SchemaNode[] {
  return nodes.flatMap((node) => (asNode(node.propertyNames) ? [node.propertyNames as SchemaNode] : []));
}
