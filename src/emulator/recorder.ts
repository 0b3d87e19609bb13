import type { IncomingHttpHeaders } from 'node:http';
import type { RecordedRequest } from './types.js';

/** Every API request in arrival order, bounded so a long-running emulator does not grow without end. */
export class RequestLog {
  readonly #max: number;
  #entries: RecordedRequest[] = [];
  #seq = 0;

  constructor(max: number) {
    this.#max = max;
  }

  /** Starts a record; the server fills in status and timings as the request progresses. */
  open(fields: Omit<RecordedRequest, 'seq'>): RecordedRequest {
    this.#seq += 1;
    const entry: RecordedRequest = { seq: this.#seq, ...fields };
    this.#entries.push(entry);
    // Trim in batches: shifting one element per request would make recording O(n).
    if (this.#entries.length > this.#max + 1024) this.#entries = this.#entries.slice(-this.#max);
    return entry;
  }

  /** Copies, so callers can keep them while the emulator goes on. */
  list(sinceSeq = 0): RecordedRequest[] {
    const kept = this.#entries.length > this.#max ? this.#entries.slice(-this.#max) : this.#entries;
    return kept
      .filter((entry) => entry.seq > sinceSeq)
      .map((entry) => ({
        ...entry,
        headers: { ...entry.headers },
        responseHeaders: { ...entry.responseHeaders },
      }));
  }

  clear(): void {
    this.#entries = [];
    this.#seq = 0;
  }
}

/** Node's header object with repeated headers joined, as a plain string map. */
export function flattenHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
