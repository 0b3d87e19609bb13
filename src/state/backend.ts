import type { Journal } from './journal-format.js';

/** Who holds (or held) an order's lock, for messages: never anything secret. */
export interface LockHolder {
  /** user@host */
  owner: string;
  host: string;
  pid: number;
  /** When the holder took the lock (ISO 8601). */
  since: string;
  /** The CI job that runs the holder, when its environment says so. */
  ciJobUrl?: string;
  /** The holder's process start time (clock ticks since boot), so a reused PID is recognised. */
  startTicks?: number;
  /** The holder's boot, so a PID from before a reboot is recognised. */
  bootId?: string;
  /** When the holder last said it is alive (local backend: the lock file's mtime). */
  renewedAt?: string;
}

export interface OrderLock {
  release(): Promise<void>;
}

/** One journal found in a state, with its key. */
export interface StoredJournal {
  kind: 'stored';
  origin: string;
  name: string;
  journal: Journal;
}

/** A journal that could not be read: the state is damaged. */
export interface DamagedJournal {
  kind: 'damaged';
  origin: string;
  name: string;
  problem: string;
}

/**
 * The recorded state of orders, keyed by endpoint origin and order name. Two backends: a local
 * directory and PostgreSQL. Journals are stored whole; a write is durable when it resolves (the
 * write-ahead rule rests on that). Extra fields in a journal or its steps are kept as they are.
 */
export interface StateBackend {
  readonly kind: 'local' | 'postgres';
  /** Where the state is, for messages (no password). */
  readonly location: string;
  /** Takes the order's lock, waiting up to `waitMs` for a holder; LockedError names the holder. */
  lock(origin: string, name: string, options: { waitMs: number }): Promise<OrderLock>;
  /** The holder of a held lock, if any. */
  lockHolder(origin: string, name: string): Promise<LockHolder | undefined>;
  /** Removes a lock by hand (the holder is gone for sure). */
  unlock(origin: string, name: string): Promise<boolean>;
  /** The journal, or undefined; JournalFormatError when it is damaged or is not this order's. */
  read(origin: string, name: string): Promise<Journal | undefined>;
  /** Replaces the journal durably (the caller holds the lock). */
  write(journal: Journal): Promise<void>;
  /** Every journal, optionally only one order name's; damaged ones reported as such. */
  list(name?: string): Promise<(StoredJournal | DamagedJournal)[]>;
  /** Deletes an order's journal (the caller holds the lock). */
  forget(origin: string, name: string): Promise<void>;
  close(): Promise<void>;
}
