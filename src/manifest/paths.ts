import type { DocumentPath } from './types.js';

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/** `['spec', 'products', 0, 'offering']` → `spec.products[0].offering`; '' for the document itself. */
export function formatDocumentPath(path: DocumentPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/**
 * A JSON Pointer (as ajv reports `instancePath`) → a document path. Segments become numbers
 * where the value they index is a list, so the path matches the YAML node structure.
 */
export function pointerToPath(pointer: string, root: unknown): (string | number)[] {
  if (pointer === '') return [];
  const path: (string | number)[] = [];
  let value: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(value)) {
      const index = Number(key);
      path.push(index);
      value = value[index];
    } else {
      path.push(key);
      value = isRecord(value) ? value[key] : undefined;
    }
  }
  return path;
}

/** The value at `path`, or undefined when the path leaves the data. */
export function valueAtPath(root: unknown, path: DocumentPath): unknown {
  let value = root;
  for (const segment of path) {
    if (Array.isArray(value) && typeof segment === 'number') value = value[segment];
    else if (isRecord(value) && typeof segment === 'string' && Object.hasOwn(value, segment))
      value = value[segment];
    else return undefined;
  }
  return value;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
