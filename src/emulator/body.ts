import { postDataError } from './http-io.js';

/**
 * Field checks for request bodies. Unknown keys are refused: a typo in a client must fail here,
 * not be silently ignored and fail later against the real API.
 */

export type Fields = Record<string, unknown>;

export function fieldsOf(body: unknown, allowed: readonly string[]): Fields {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw postDataError('The body must be a JSON object');
  }
  const fields = body as Fields;
  const unknown = Object.keys(fields).filter((key) => !allowed.includes(key));
  if (unknown.length > 0) {
    throw postDataError(
      `Unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `'${k}'`).join(', ')}; allowed: ${allowed.join(', ')}`,
    );
  }
  return fields;
}

export function requiredString(fields: Fields, key: string, max = 255): string {
  const value = fields[key];
  if (value === undefined) throw postDataError(`'${key}' is required`);
  if (typeof value !== 'string' || value.trim() === '' || value.length > max) {
    throw postDataError(`'${key}' must be a non-empty string of at most ${max} characters`);
  }
  return value;
}

export function optionalString(fields: Fields, key: string, max = 255): string | null {
  return fields[key] === undefined ? null : requiredString(fields, key, max);
}

export function requiredInteger(fields: Fields, key: string, min: number, max: number): number {
  const value = fields[key];
  if (value === undefined) throw postDataError(`'${key}' is required`);
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw postDataError(`'${key}' must be an integer from ${min} to ${max}; got ${JSON.stringify(value)}`);
  }
  return value;
}

export function optionalInteger(fields: Fields, key: string, min: number, max: number): number | null {
  return fields[key] === undefined ? null : requiredInteger(fields, key, min, max);
}

export function optionalStringArray(fields: Fields, key: string): string[] {
  const value = fields[key];
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw postDataError(`'${key}' must be an array of URL strings`);
  }
  return value as string[];
}

/** Service attributes: a flat map of scalar values, as "Service Attributes Structure" describes. */
export function attributeMap(value: unknown, key: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw postDataError(`'${key}' must be a JSON object`);
  }
  return value as Record<string, unknown>;
}
