import type { ArmedFault, FaultRule } from './types.js';

/**
 * Fault injection for reliability tests. Each armed rule counts the API requests matching its
 * method and path; it acts on the nth to the (nth + times - 1)th of them. Control requests
 * (`/__emulator/...`) are never counted.
 */

const KINDS = ['status', 'drop-before', 'commit-then-drop'] as const;
const COMMON_KEYS = ['kind', 'nth', 'times', 'method', 'path'];

/** Checks a rule from options or the control endpoint; throws an Error naming what is wrong. */
export function parseFaultRule(input: unknown): FaultRule {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw new Error('a fault rule must be an object');
  const raw = input as Record<string, unknown>;
  const kind = raw.kind;
  if (!KINDS.includes(kind as (typeof KINDS)[number])) {
    throw new Error(`fault 'kind' must be one of ${KINDS.join(', ')}; got ${JSON.stringify(kind)}`);
  }
  const allowed = kind === 'status' ? [...COMMON_KEYS, 'status', 'retryAfter', 'message'] : COMMON_KEYS;
  for (const key of Object.keys(raw)) {
    if (!allowed.includes(key)) throw new Error(`unknown fault rule key '${key}' for kind ${String(kind)}`);
  }
  const positive = (key: string): void => {
    const value = raw[key];
    if (value !== undefined && (typeof value !== 'number' || !Number.isInteger(value) || value < 1)) {
      throw new Error(`fault '${key}' must be an integer >= 1; got ${JSON.stringify(value)}`);
    }
  };
  positive('nth');
  positive('times');
  if (raw.method !== undefined && typeof raw.method !== 'string')
    throw new Error("fault 'method' must be a string");
  if (raw.path !== undefined) {
    if (typeof raw.path === 'string') {
      try {
        new RegExp(raw.path);
      } catch (error) {
        throw new Error(
          `fault 'path' is not a valid regular expression: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    } else if (!(raw.path instanceof RegExp)) {
      throw new Error("fault 'path' must be a regular expression (or its source string)");
    }
  }
  if (kind === 'status') {
    const status = raw.status;
    if (typeof status !== 'number' || !Number.isInteger(status) || status < 400 || status > 599) {
      throw new Error(
        `fault 'status' must be an HTTP error status from 400 to 599; got ${JSON.stringify(status)}`,
      );
    }
    const retryAfter = raw.retryAfter;
    if (
      retryAfter !== undefined &&
      (typeof retryAfter !== 'number' || !Number.isInteger(retryAfter) || retryAfter < 0)
    ) {
      throw new Error(
        `fault 'retryAfter' must be a whole number of seconds; got ${JSON.stringify(retryAfter)}`,
      );
    }
    if (raw.message !== undefined && typeof raw.message !== 'string')
      throw new Error("fault 'message' must be a string");
  }
  return raw as unknown as FaultRule;
}

interface Entry {
  armed: ArmedFault;
  path: RegExp | null;
  method: string | null;
}

export class FaultBook {
  #entries: Entry[] = [];
  #nextId = 1;

  arm(input: FaultRule): ArmedFault {
    const rule = parseFaultRule(input);
    const armed: ArmedFault = { id: this.#nextId++, rule, matched: 0, fired: 0 };
    this.#entries.push({
      armed,
      path:
        rule.path === undefined ? null : typeof rule.path === 'string' ? new RegExp(rule.path) : rule.path,
      method: rule.method === undefined ? null : rule.method.toUpperCase(),
    });
    return armed;
  }

  /** Counts the request against every rule; returns the first rule that acts on it, if any. */
  decide(method: string, path: string): FaultRule | null {
    let chosen: FaultRule | null = null;
    for (const entry of this.#entries) {
      if (entry.method !== null && entry.method !== method) continue;
      if (entry.path !== null) {
        entry.path.lastIndex = 0;
        if (!entry.path.test(path)) continue;
      }
      const armed = entry.armed;
      armed.matched += 1;
      const nth = armed.rule.nth ?? 1;
      const times = armed.rule.times ?? 1;
      if (chosen === null && armed.matched >= nth && armed.matched < nth + times) {
        armed.fired += 1;
        chosen = armed.rule;
      }
    }
    return chosen;
  }

  /** Plain data for the control endpoint: regular expressions shown by their source. */
  list(): ArmedFault[] {
    return this.#entries.map(({ armed }) => ({
      ...armed,
      rule: (armed.rule.path instanceof RegExp
        ? { ...armed.rule, path: armed.rule.path.source }
        : { ...armed.rule }) as FaultRule,
    }));
  }

  clear(): void {
    this.#entries = [];
  }
}
