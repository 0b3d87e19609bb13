import type { Issue } from '../errors.js';
import { formatDocumentPath } from './paths.js';
import type { SourceLocator } from './positions.js';
import type { DocumentPath } from './types.js';

/**
 * A problem in one document before it is tied to a file: the pure checks (schema, rules,
 * substitution) return these, and the loader locates them.
 */
export interface Finding {
  kind: 'finding';
  path: DocumentPath;
  message: string;
  /** Point at the key of the last path segment rather than at its value (e.g. unknown keys). */
  at?: 'key' | 'value';
  /** Exact source offset when the check knows it better than the node (e.g. a `${` inside a string). */
  offset?: number;
}

export function finding(path: DocumentPath, message: string, at: 'key' | 'value' = 'value'): Finding {
  return { kind: 'finding', path, message, at };
}

export function locateFinding(
  item: Finding,
  where: { file: string; document: number; locator: SourceLocator },
): Issue {
  const position =
    item.offset !== undefined
      ? where.locator.offsetPosition(item.offset)
      : item.at === 'key'
        ? where.locator.keyAt(item.path)
        : where.locator.valueAt(item.path);
  return {
    kind: 'issue',
    file: where.file,
    line: position.line,
    column: position.column,
    path: formatDocumentPath(item.path),
    document: where.document,
    message: item.message,
  };
}
