import { type Alias, type Document, isAlias, type Node, visit } from 'yaml';

const tables = new WeakMap<Document, Map<Alias, Node>>();

/**
 * The node an alias refers to: the last anchor of that name before it, as YAML defines it.
 * yaml's own `Alias.resolve` walks the whole document on every call, so 30k aliases cost
 * minutes; this builds one table per document in a single pass and answers from it.
 */
export function aliasTarget(doc: Document, alias: Alias): Node | undefined {
  let table = tables.get(doc);
  if (table === undefined) {
    table = buildTable(doc);
    tables.set(doc, table);
  }
  return table.get(alias);
}

function buildTable(doc: Document): Map<Alias, Node> {
  const anchors = new Map<string, Node>();
  const table = new Map<Alias, Node>();
  // Document order, a node before its children: an alias inside its own anchor finds that
  // anchor (the resolver reports the cycle).
  visit(doc, (_key, node) => {
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (target !== undefined) table.set(node, target);
      return;
    }
    const anchor = (node as { anchor?: unknown }).anchor;
    if (typeof anchor === 'string' && anchor !== '') anchors.set(anchor, node as Node);
  });
  return table;
}
