import type { FailureReason } from '../api/failure.js';

/**
 * What a failed answer to a mutating request proves, for every step kind alike:
 * - `refused`: the API itself said no, so nothing was created; the step failed and may be sent
 *   again later as it is (401 in any form; 400, 403, 404, 405 and 422 in the API's JSON error
 *   envelope; a refused TLS certificate, before anything was sent).
 * - `transient`: network errors, timeouts, 5xx and 429; the step is in doubt, settled by reading
 *   and then retried.
 * - `in-doubt`: anything else (3xx such as a proxy's 303, 409, other 4xx, a 4xx that is not the
 *   API's envelope, an unusable body). The request may have been applied behind a proxy: the
 *   step is settled by reading the API before anything is sent again, never resent blindly.
 * The table is in README.md ("How answers are judged").
 */
export type AnswerKind = 'refused' | 'transient' | 'in-doubt';

const REFUSED_IN_ENVELOPE = new Set([400, 403, 404, 405, 422]);

export function judgeFailure(reason: FailureReason): AnswerKind {
  switch (reason.kind) {
    case 'network':
    case 'timeout':
      return 'transient';
    case 'certificate':
      return 'refused';
    case 'bad-response':
      return 'in-doubt';
    case 'status':
      if (reason.status >= 500 || reason.status === 429) return 'transient';
      if (reason.status === 401) return 'refused';
      if (REFUSED_IN_ENVELOPE.has(reason.status) && reason.envelope === true) return 'refused';
      return 'in-doubt';
  }
}
