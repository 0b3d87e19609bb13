import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CatalogSnapshot } from './types.js';

/**
 * A short-lived cache of catalog reads per endpoint, for `orderform catalog`. It lives beside the
 * recorded state when that is a directory, else in the system's temp directory; it holds only
 * public catalog data and is independent of the journals.
 */

export const CATALOG_TTL_MS = 5 * 60 * 1000;

export function catalogCacheDir(stateLocation: string): string {
  if (/^file:/i.test(stateLocation)) return join(fileURLToPath(stateLocation), 'catalog');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(stateLocation)) return join(tmpdir(), 'orderform-catalog');
  return join(stateLocation, 'catalog');
}

export function catalogCachePath(dir: string, endpoint: string, scope: string): string {
  const host = new URL(endpoint).host.replace(/[^A-Za-z0-9.-]/g, '_');
  const key = createHash('sha256').update(`${endpoint}\n${scope}`).digest('hex').slice(0, 16);
  return join(dir, `${host}-${key}.json`);
}

/** The cached snapshot when it is for this endpoint and younger than the TTL; otherwise undefined. */
export async function readCachedCatalog(
  path: string,
  endpoint: string,
  now: Date,
  ttlMs = CATALOG_TTL_MS,
): Promise<CatalogSnapshot | undefined> {
  let cached: CatalogSnapshot;
  try {
    cached = JSON.parse(await readFile(path, 'utf8')) as CatalogSnapshot;
  } catch {
    return undefined;
  }
  const age = now.getTime() - Date.parse(cached?.fetchedAt ?? '');
  if (cached?.endpoint !== endpoint || !(age >= 0 && age < ttlMs)) return undefined;
  return cached;
}

export async function writeCachedCatalog(path: string, snapshot: CatalogSnapshot): Promise<void> {
  await mkdir(join(path, '..'), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(snapshot)}\n`, { mode: 0o644 });
  await rename(temporary, path);
}
