/** Requests in flight at once, across orders. */
export const DEFAULT_PARALLELISM = 4;

/** Per-request timeout. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** Largest response body accepted; the API's answers are a few KiB. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;
