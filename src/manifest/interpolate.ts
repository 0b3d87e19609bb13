/**
 * `${VAR}` and `${VAR:-default}` substitution in manifest strings; `$$` is a literal `$`.
 * Pure: the environment is passed in. Substituted text is never parsed as YAML, so a variable
 * cannot inject structure.
 */

export type TemplatePart =
  | { kind: 'text'; text: string }
  | { kind: 'variable'; name: string; fallback: string | undefined; offset: number; source: string };

export interface TemplateProblem {
  /** Offset of the problem in the string. */
  offset: number;
  /** The text at fault, e.g. `${1X}`, to find it in the raw source. */
  source: string;
  message: string;
}

export interface Interpolation {
  value: string;
  /** True when the whole string is exactly one `${...}` reference. */
  single: boolean;
  problems: TemplateProblem[];
}

const REFERENCE = /^([A-Za-z_][A-Za-z0-9_]*)(?::-([\s\S]*))?$/;

export function parseTemplate(text: string): { parts: TemplatePart[]; problems: TemplateProblem[] } {
  const parts: TemplatePart[] = [];
  const problems: TemplateProblem[] = [];
  let literal = '';
  let i = 0;
  while (i < text.length) {
    const dollar = text.indexOf('$', i);
    if (dollar === -1) break;
    literal += text.slice(i, dollar);
    const next = text[dollar + 1];
    if (next === '$') {
      literal += '$';
      i = dollar + 2;
      continue;
    }
    if (next !== '{') {
      // A lone `$` (e.g. in a price) is just text.
      literal += '$';
      i = dollar + 1;
      continue;
    }
    const close = text.indexOf('}', dollar + 2);
    if (close === -1) {
      const source = text.slice(dollar, dollar + 20);
      problems.push({
        offset: dollar,
        source,
        message: `'${source}' has no closing '}'; write '$$' for a literal '$'`,
      });
      literal += text.slice(dollar);
      i = text.length;
      break;
    }
    const source = text.slice(dollar, close + 1);
    const match = REFERENCE.exec(text.slice(dollar + 2, close));
    if (match?.[1] === undefined) {
      problems.push({
        offset: dollar,
        source,
        message: `bad variable reference '${source}': write \${NAME} or \${NAME:-default}, where NAME is letters, digits and '_' not starting with a digit`,
      });
      literal += source;
    } else {
      if (literal !== '') parts.push({ kind: 'text', text: literal });
      literal = '';
      parts.push({ kind: 'variable', name: match[1], fallback: match[2], offset: dollar, source });
    }
    i = close + 1;
  }
  literal += text.slice(i);
  if (literal !== '') parts.push({ kind: 'text', text: literal });
  return { parts, problems };
}

/** Substitutes every reference; an unset variable without a default is a problem. */
export function interpolate(text: string, env: Readonly<Record<string, string | undefined>>): Interpolation {
  if (!text.includes('$')) return { value: text, single: false, problems: [] };
  const { parts, problems } = parseTemplate(text);
  let value = '';
  for (const part of parts) {
    if (part.kind === 'text') {
      value += part.text;
      continue;
    }
    const set = Object.hasOwn(env, part.name) ? env[part.name] : undefined;
    if (part.fallback !== undefined) {
      // As in the shell: `:-` also replaces a variable that is set but empty.
      value += set === undefined || set === '' ? part.fallback : set;
    } else if (set === undefined) {
      problems.push({
        offset: part.offset,
        source: part.source,
        message: `variable ${part.name} is not set; set it in the environment or give a default: \${${part.name}:-value}`,
      });
    } else {
      value += set;
    }
  }
  const single = problems.length === 0 && parts.length === 1 && parts[0]?.kind === 'variable';
  return { value, single, problems };
}

const NULL = /^(?:~|null|Null|NULL|)$/;
const TRUE = /^(?:true|True|TRUE)$/;
const FALSE = /^(?:false|False|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
const OCT = /^0o[0-7]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const INF = /^[-+]?\.(?:inf|Inf|INF)$/;
const NAN = /^\.(?:nan|NaN|NAN)$/;

/**
 * The value a plain (unquoted) YAML 1.2 scalar with this text would have under the core schema:
 * `billingCycle: ${CYCLE:-1}` must mean the integer 1, as `billingCycle: 1` does. Only scalar
 * types are produced; the text is never parsed as YAML structure.
 */
export function retypePlainScalar(text: string): string | number | boolean | null {
  if (NULL.test(text)) return null;
  if (TRUE.test(text)) return true;
  if (FALSE.test(text)) return false;
  if (INT.test(text)) return Number.parseInt(text, 10);
  if (OCT.test(text)) return Number.parseInt(text.slice(2), 8);
  if (HEX.test(text)) return Number.parseInt(text.slice(2), 16);
  if (FLOAT.test(text)) return Number.parseFloat(text);
  if (INF.test(text)) return text.startsWith('-') ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (NAN.test(text)) return Number.NaN;
  return text;
}
