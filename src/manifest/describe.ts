import { isRecord } from './paths.js';
import type { DocumentPath } from './types.js';

/** How a value reads in a message: `'abc'`, `the number 5`, `a list`, `nothing (an empty value)`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'nothing (an empty value)';
  if (typeof value === 'string') return value === '' ? 'an empty string' : quote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (isRecord(value)) return Object.keys(value).length === 0 ? 'an empty map' : 'a map';
  return typeof value;
}

/** Quotes user text for a message, shortened and on one line. */
export function quote(text: string, max = 60): string {
  // Credentials in a URL (https://user:secret@host) are never printed back.
  const masked = text.replace(/(\/\/)[^/@\s]*@/g, '$1***@');
  const oneLine = masked.replace(/\r?\n/g, '\\n').replace(/[\u0000-\u001f\u007f]/g, '?');
  return `'${oneLine.length > max ? `${oneLine.slice(0, max)}...` : oneLine}'`;
}

/** The word a message uses for the value at `path`: its key, `relatedTo[1]`, or "the document". */
export function labelOf(path: DocumentPath): string {
  const last = path[path.length - 1];
  if (last === undefined) return 'the document';
  if (typeof last === 'string') return last;
  const parent = path[path.length - 2];
  return typeof parent === 'string' ? `${parent}[${last}]` : `item ${last}`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
