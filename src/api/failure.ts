import { ApiError } from '../errors.js';

/** Why a request failed; decides whether the runner may retry it. */
export type FailureReason =
  | {
      kind: 'status';
      status: number;
      retryAfter: string | undefined;
      /** The body was the API's JSON error envelope (not a proxy's page): the API itself refused. */
      envelope?: boolean;
    }
  | { kind: 'network'; code: string }
  | { kind: 'timeout' }
  | { kind: 'bad-response'; detail: string }
  /** The server's TLS certificate was refused: permanent, never retried. */
  | { kind: 'certificate'; detail: string };

/** An ApiError that also says why, so the runner can tell transient failures from final ones. */
export class ApiFailure extends ApiError {
  readonly reason: FailureReason;

  constructor(
    fields: {
      step?: string | undefined;
      method: string;
      url: string;
      apiMessage?: string | undefined;
      hint?: string | undefined;
    },
    reason: FailureReason,
  ) {
    super({
      ...fields,
      message: renderFailureMessage(fields, reason),
      status: reason.kind === 'status' ? reason.status : undefined,
    });
    this.reason = reason;
  }

  /** Network errors, timeouts, 5xx and 429 may succeed when tried again; 4xx and bad bodies will not. */
  get transient(): boolean {
    return isTransient(this.reason);
  }
}

export function isTransient(reason: FailureReason): boolean {
  switch (reason.kind) {
    case 'network':
    case 'timeout':
      return true;
    case 'status':
      return reason.status >= 500 || reason.status === 429;
    case 'bad-response':
    case 'certificate':
      return false;
  }
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

function renderFailureMessage(
  fields: { step?: string | undefined; method: string; url: string; apiMessage?: string | undefined },
  reason: FailureReason,
): string {
  const where = `${fields.step === undefined ? '' : `step ${fields.step}: `}${fields.method} ${fields.url}`;
  switch (reason.kind) {
    case 'status': {
      const text = STATUS_TEXT[reason.status];
      const status = `${reason.status}${text === undefined ? '' : ` ${text}`}`;
      return `${where} answered ${status}${fields.apiMessage === undefined ? '' : `: ${fields.apiMessage}`}`;
    }
    case 'network':
      return `${where} failed: connection problem (${reason.code})`;
    case 'timeout':
      return `${where} timed out`;
    case 'bad-response':
      return `${where} gave an unusable response: ${reason.detail}`;
    case 'certificate':
      return `${where} failed: the server's TLS certificate was refused (${reason.detail})`;
  }
}
