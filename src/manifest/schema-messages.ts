import { describeValue, plural, quote } from './describe.js';
import type { ManifestSchemaError } from './order-validator.generated.js';
import { keywordOf, type SchemaNode } from './schema-nav.js';

// Sentences for one value that fails its schema node: what it must be, and what it is.

export function requiredHint(nodes: readonly SchemaNode[], missing: string): string {
  return missing === 'name' && keywordOf(nodes, 'title') === 'TopService'
    ? ' (a service directly under a product needs a name; the services under it inherit it)'
    : '';
}

export function valueMessage(
  error: ManifestSchemaError,
  nodes: readonly SchemaNode[],
  value: unknown,
  label: string,
): string {
  const got = `; got ${describeValue(value)}`;
  const params = error.params;
  switch (error.keyword) {
    case 'type': {
      const expected = typePhrase(params.type, nodes);
      const wantsText = String(params.type).includes('string');
      const quoteHint =
        wantsText && (typeof value === 'number' || typeof value === 'boolean')
          ? ' (quote it to make it text)'
          : '';
      return `${label} must be ${expected}${got}${quoteHint}`;
    }
    case 'const':
      return `${label} must be ${quote(String(params.allowedValue))}${got}`;
    case 'enum':
      return `${label} must be one of ${(params.allowedValues as unknown[]).map((v) => quote(String(v))).join(', ')}${got}`;
    case 'minimum':
    case 'maximum':
      return `${label} must be ${typePhrase(keywordOf(nodes, 'type') ?? 'number', nodes)}${got}`;
    default: {
      const rule = keywordOf(nodes, 'patternErrorMessage');
      if (typeof rule === 'string') return `${label} ${rule}${got}`;
      if (error.keyword === 'pattern')
        return `${label} must match the pattern ${String(params.pattern)}${got}`;
      return `${label} must be ${lengthPhrase(error, nodes)}${typeof value === 'string' ? `; got ${plural(value.length, 'character')}` : got}`;
    }
  }
}

function lengthPhrase(error: ManifestSchemaError, nodes: readonly SchemaNode[]): string {
  const own = Number(error.params.limit);
  const min = Number(keywordOf(nodes, 'minLength') ?? (error.keyword === 'minLength' ? own : 0));
  const max = keywordOf(nodes, 'maxLength') ?? (error.keyword === 'maxLength' ? own : undefined);
  if (max === undefined) return min <= 1 ? 'a non-empty string' : `at least ${plural(min, 'character')} long`;
  return min <= 1
    ? `at most ${plural(Number(max), 'character')} long`
    : `${min} to ${Number(max)} characters long`;
}

function typePhrase(type: unknown, nodes: readonly SchemaNode[]): string {
  const types = Array.isArray(type) ? type.map(String) : [String(type)];
  const words = types.map((t) => {
    if (t === 'integer' || t === 'number') {
      const min = keywordOf(nodes, 'minimum');
      const max = keywordOf(nodes, 'maximum');
      const noun = t === 'integer' ? 'an integer' : 'a number';
      if (min !== undefined && max !== undefined) return `${noun} from ${min} to ${max}`;
      if (min !== undefined) return `${noun} of at least ${min}`;
      return noun;
    }
    if (t === 'object') return 'a map';
    if (t === 'array') return 'a list';
    if (t === 'boolean') return types.length === 1 ? 'true or false' : 'a boolean';
    if (t === 'null') return 'empty';
    return `a ${t}`;
  });
  return words.length <= 1
    ? (words[0] ?? 'valid')
    : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}
