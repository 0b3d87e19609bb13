/** Collects every problem of a JSON document, each with its path, instead of stopping at the first. */

type Fields = Record<string, unknown>;

export class Checker {
  readonly problems: string[] = [];

  fail(path: string, message: string): void {
    this.problems.push(`${path}: ${message}`);
  }

  /** `optional: 'any'` accepts any further keys (maps keyed by data, e.g. currencies). */
  object(value: unknown, path: string, required: string[], optional: string[] | 'any' = []): Fields | null {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail(path, 'must be an object');
      return null;
    }
    const fields = value as Fields;
    for (const key of required) if (!(key in fields)) this.fail(path, `missing '${key}'`);
    if (optional === 'any') return fields;
    for (const key of Object.keys(fields)) {
      if (!required.includes(key) && !optional.includes(key)) this.fail(`${path}.${key}`, 'unknown key');
    }
    return fields;
  }

  array(value: unknown, path: string, nonEmpty = true): unknown[] {
    if (!Array.isArray(value)) {
      this.fail(path, 'must be an array');
      return [];
    }
    if (nonEmpty && value.length === 0) this.fail(path, 'must not be empty');
    return value;
  }

  string(value: unknown, path: string, pattern?: RegExp, what = 'a non-empty string'): string {
    if (typeof value !== 'string' || value === '' || (pattern !== undefined && !pattern.test(value))) {
      this.fail(path, `must be ${what}; got ${JSON.stringify(value)}`);
      return '';
    }
    return value;
  }

  integer(value: unknown, path: string, min: number, max: number): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      this.fail(path, `must be an integer from ${min} to ${max}; got ${JSON.stringify(value)}`);
      return min;
    }
    return value;
  }

  flag(value: unknown, path: string): 0 | 1 {
    if (value !== 0 && value !== 1) {
      this.fail(path, `must be 0 or 1; got ${JSON.stringify(value)}`);
      return 0;
    }
    return value;
  }

  unique(ids: string[], path: string, what: string): void {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) this.fail(path, `duplicate ${what} '${id}'`);
      seen.add(id);
    }
  }
}
