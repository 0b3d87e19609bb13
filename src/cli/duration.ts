import { UsageError } from '../errors.js';

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** `30s`, `2m`, `1h`, `500ms`, or a bare number of seconds, as milliseconds. Pure. */
export function parseDuration(option: string, raw: string | undefined, fallbackMs: number): number {
  if (raw === undefined) return fallbackMs;
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(raw.trim());
  const ms = match ? Number(match[1]) * (UNITS[match[2] ?? 's'] ?? 1000) : Number.NaN;
  if (!Number.isFinite(ms) || ms > 24 * 3_600_000) {
    throw new UsageError(`${option} must be a duration such as 30s, 5m or 0 (at most 24h); got '${raw}'`);
  }
  return Math.round(ms);
}
