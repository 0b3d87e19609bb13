import type { ClientOptions, HttpClient } from './types.js';

/** A read of one resource (status --refresh, cancel, state import): its answer is a few KiB. */
const READ_TIMEOUT_MS = 30_000;
const READ_MAX_BODY_BYTES = 1024 * 1024;

type ClientModule = typeof import('./client.js');
let loading: Promise<ClientModule> | undefined;

/**
 * Starts loading the HTTP stack (axios is the slowest import) without waiting for it, so that it
 * overlaps reading manifests and state; `connect` then finds it loaded.
 */
export function preloadHttpStack(): void {
  loading ??= import('./client.js');
  loading.catch(() => undefined);
}

/**
 * Every command's way to an HTTP client (apply, status, cancel, state import): the HTTP stack is
 * loaded only here, on first use, so commands that send nothing never load it. One client per
 * order, with that order's cookies. Credentials come from `credentialsFromEnv`, checked up front.
 */
export async function connect(
  options: Omit<ClientOptions, 'timeoutMs' | 'maxBodyBytes'> & Partial<ClientOptions>,
): Promise<HttpClient> {
  preloadHttpStack();
  const { createHttpClient } = await loading!;
  return createHttpClient({
    ...options,
    timeoutMs: options.timeoutMs ?? READ_TIMEOUT_MS,
    maxBodyBytes: options.maxBodyBytes ?? READ_MAX_BODY_BYTES,
  });
}
