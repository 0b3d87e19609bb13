/**
 * Requests in flight at once, across orders. 8 lets the seed order's six add-ons go out in one
 * round after their server instead of two (4 + 2): one round trip less. Not Terraform's 10:
 * the bound is shared by all orders of a run, and 8 keeps what one run puts on the API modest.
 */
export const DEFAULT_PARALLELISM = 8;

/** Per-request timeout. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** Largest response body accepted; the API's answers are a few KiB. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;
