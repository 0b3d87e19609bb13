import type { JsonValue } from '../shared/json-value.js';
import type { Template } from './types.js';

const PLACEHOLDER = /\{(?:endpoint|steps\.([^{}]+?)\.(location|hash))\}/g;

export interface TemplateValues {
  /** The endpoint URL; a trailing '/' is ignored. */
  endpoint: string;
  /** The absolute Location recorded for a step, or undefined when the step has none yet. */
  location: (stepId: string) => string | undefined;
  /** The value a read step recorded (the quote's Hash), or undefined when it has none yet. */
  hash?: (stepId: string) => string | undefined;
}

export class UnresolvedPlaceholderError extends Error {
  constructor(readonly placeholder: string) {
    super(`no value yet for ${placeholder}`);
  }
}

/**
 * Fills `{endpoint}` and `{steps.<id>.location}`. A value that ends in '/' followed in the
 * template by '/' is joined with one slash, so Locations with or without a trailing slash
 * give the same URL.
 */
export function resolveTemplate(template: Template, values: TemplateValues): string {
  let out = '';
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const stepId = match[1];
    const value =
      stepId === undefined
        ? values.endpoint.replace(/\/+$/, '')
        : match[2] === 'hash'
          ? values.hash?.(stepId)
          : values.location(stepId);
    if (value === undefined) throw new UnresolvedPlaceholderError(match[0]);
    out += template.slice(last, match.index);
    last = match.index + match[0].length;
    out += template[last] === '/' ? value.replace(/\/+$/, '') : value;
  }
  return out + template.slice(last);
}

/** Resolves every string inside a JSON body. */
export function resolveBody(body: JsonValue, values: TemplateValues): JsonValue {
  if (typeof body === 'string') return resolveTemplate(body, values);
  if (Array.isArray(body)) return body.map((item) => resolveBody(item, values));
  if (body !== null && typeof body === 'object') {
    const out: { [key: string]: JsonValue } = {};
    for (const [key, value] of Object.entries(body)) out[key] = resolveBody(value, values);
    return out;
  }
  return body;
}

/** The step ids a template refers to, in order of appearance. */
export function templateReferences(template: Template): string[] {
  return [...template.matchAll(PLACEHOLDER)].flatMap((match) => (match[1] === undefined ? [] : [match[1]]));
}

export function locationPlaceholder(stepId: string): Template {
  return `{steps.${stepId}.location}`;
}

export function hashPlaceholder(stepId: string): Template {
  return `{steps.${stepId}.hash}`;
}
