import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level: equal data, equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(item).sort()) sorted[key] = (item as Record<string, unknown>)[key];
    return sorted;
  });
}

/** sha256 (hex) of the canonical JSON of a resolved manifest document. */
export function hashManifest(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}
