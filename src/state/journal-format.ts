import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { StepKind } from '../plan/types.js';
import type { JsonValue } from '../shared/json-value.js';
import type { QuoteRecord } from '../shared/quote-record.js';

export const JOURNAL_FORMAT = 'orderform-journal' as const;
export const JOURNAL_VERSION = 1 as const;

/**
 * started: the request may have been sent and no answer is recorded (in doubt until settled).
 * done:    the API accepted it; `location` holds what it created.
 * failed:  the API refused it with a 4xx: nothing was created, the step may run again.
 */
export type JournalStepStatus = 'started' | 'done' | 'failed';

export interface JournalStep {
  kind: StepKind;
  fingerprint: string;
  status: JournalStepStatus;
  /** The resolved request, for people reading the journal and for `status`. */
  method: string;
  url: string;
  startedAt: string;
  finishedAt?: string;
  /** Absolute, checked Location of the created resource. */
  location?: string;
  httpStatus?: number;
  /** How the step ended: answered by the API, or adopted while settling an in-doubt request. */
  outcome?: 'sent' | 'adopted';
  /** Requests sent for this step, over all runs. */
  attempts: number;
  /** The API's message for a failed step. */
  error?: string;
  /**
   * The step's body as planned (templates unresolved), so `plan` can show field by field what a
   * changed manifest would change. Absent in journals written before it was kept.
   */
  body?: JsonValue;
  /** Keyed HMAC of the secret values the step sent (src/apply/secrets.ts); never the values. */
  secretFingerprint?: string;
  /** What a read step recorded for later steps, e.g. the quote's Hash (`{steps.quote.hash}`). */
  value?: string;
  /** The quote a read-quote step read (no secrets: prices and fee descriptions). */
  quote?: QuoteRecord;
}

/**
 * The write-ahead journal of one order on one endpoint origin. It holds the OwnerId cookie,
 * so it is written with mode 0600 and never printed.
 */
export interface Journal {
  format: typeof JOURNAL_FORMAT;
  version: typeof JOURNAL_VERSION;
  name: string;
  /** Origin of the endpoint the order lives on (the journal's key). */
  origin: string;
  /** The endpoint URL apply used (origin plus any path). */
  endpoint: string;
  /** Hash of the manifest the last run applied. */
  manifestHash: string;
  /** Grows by one with every write: a saved plan names the revision it was made against. */
  revision: number;
  createdAt: string;
  updatedAt: string;
  orderUrl?: string;
  /**
   * Random per-order salt of the secret fingerprints (src/apply/secrets.ts), kept with the journal
   * so it moves with it between backends. Alone it is the fingerprint key; with
   * ORDERFORM_STATE_KEY set the key is derived from both, so the state alone cannot check a guess.
   */
  secretSalt?: string;
  /** The order's cookie jar (tough-cookie JSON). Secret. */
  cookies?: unknown;
  placed?: { at: string; orderUrl: string };
  /** Set by `orderform cancel`: the open order was deleted; the next apply starts a new one. */
  cancelled?: { at: string; orderUrl: string };
  /** Orders started and left behind when their POST /orders was in doubt (unsubmitted: free). */
  abandonedOrders: string[];
  steps: Record<string, JournalStep>;
}

export function newJournal(name: string, endpoint: string, manifestHash: string, now: Date): Journal {
  return {
    format: JOURNAL_FORMAT,
    version: JOURNAL_VERSION,
    name,
    origin: new URL(endpoint).origin,
    endpoint,
    manifestHash,
    revision: 0,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    abandonedOrders: [],
    steps: {},
    secretSalt: randomBytes(32).toString('hex'),
  };
}

export class JournalFormatError extends Error {}

/** Checks the parts of a journal that decisions rest on; anything else is kept as it is. */
export function parseJournal(text: string): Journal {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new JournalFormatError('the journal is not valid JSON');
  }
  const journal = data as Partial<Journal> | null;
  if (journal === null || typeof journal !== 'object' || journal.format !== JOURNAL_FORMAT) {
    throw new JournalFormatError('not an orderform journal');
  }
  if (journal.version !== JOURNAL_VERSION) {
    throw new JournalFormatError(`journal version ${String(journal.version)} is not supported`);
  }
  const valid =
    typeof journal.name === 'string' &&
    typeof journal.origin === 'string' &&
    typeof journal.endpoint === 'string' &&
    typeof journal.manifestHash === 'string' &&
    Number.isInteger(journal.revision) &&
    journal.steps !== null &&
    typeof journal.steps === 'object' &&
    Object.values(journal.steps).every(
      (step) =>
        step !== null &&
        typeof step === 'object' &&
        typeof step.fingerprint === 'string' &&
        ['started', 'done', 'failed'].includes(step.status),
    );
  if (!valid) throw new JournalFormatError('the journal is damaged');
  return { ...journal, abandonedOrders: journal.abandonedOrders ?? [] } as Journal;
}

/** `scheme-host-port` with anything outside [A-Za-z0-9.-] spelled as '_': readable and unambiguous enough. */
export function originKey(endpoint: string): string {
  const url = new URL(endpoint);
  const port = url.port === '' ? (url.protocol === 'https:' ? '443' : '80') : url.port;
  const readable = `${url.protocol.replace(':', '')}-${url.hostname}-${port}`.replace(/[^A-Za-z0-9.-]/g, '_');
  // A short hash keeps two origins that differ only in escaped characters apart.
  const hash = createHash('sha256').update(url.origin).digest('hex').slice(0, 8);
  return `${readable}-${hash}`;
}

export interface JournalPaths {
  /** Directory of the endpoint origin's journals and locks. */
  dir: string;
  journal: string;
  lock: string;
}

const ORDER_NAME = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export function journalPaths(stateDir: string, endpoint: string, name: string): JournalPaths {
  // Names come from manifests or saved plans and become file names: never let one leave the dir.
  if (!ORDER_NAME.test(name)) throw new JournalFormatError(`'${name}' is not a valid order name`);
  const dir = join(stateDir, originKey(endpoint));
  return { dir, journal: join(dir, `${name}.json`), lock: join(dir, `${name}.lock`) };
}
