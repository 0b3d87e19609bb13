import type { Catalog } from './catalog-store.js';
import type { FaultBook } from './faults.js';
import type { Links } from './links.js';
import type { RequestLog } from './recorder.js';
import type { OrderStore } from './store.js';
import type { EmulatorPolicy } from './types.js';

// The handles the handlers share, apart from the handlers themselves so that none of them
// imports another's module for a type.

/** What every order handler works on. */
export interface ApiContext {
  store: OrderStore;
  catalog: Catalog;
  links: Links;
  policy: EmulatorPolicy;
  /** What an action with a quoteHash that no longer matches gets: 409 (default), or accepted. */
  staleQuote?: 'reject' | 'ignore';
}

/** Everything one emulator instance holds; `links` is set once the port is known. */
export interface EmulatorCore {
  catalog: Catalog;
  store: OrderStore;
  faults: FaultBook;
  log: RequestLog;
  links: Links;
  policy: EmulatorPolicy;
  latencyMs: number;
  /** Latency waits still pending: close() ends them early (their requests are then dropped). */
  waits: Map<NodeJS.Timeout, () => void>;
  closing: boolean;
  staleQuote: 'reject' | 'ignore';
}
