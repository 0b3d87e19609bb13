import { randomUUID } from 'node:crypto';

/**
 * Error answers as the OrderAPI sends them: a JSON envelope keyed by an error type,
 * `{"<type>":{"guid","message","code","details"}}`, except 401, which comes from the web server
 * in front of the API as an Apache-style text/plain page.
 */

export type ErrorType =
  | 'badRequest'
  | 'forbidden'
  | 'itemNotFound'
  | 'methodNotAllowed'
  | 'conflict'
  | 'requestTooLarge'
  | 'unsupportedMediaType'
  | 'overLimit'
  | 'serverError'
  | 'badGateway'
  | 'serviceUnavailable';

const typeByStatus: Record<number, ErrorType> = {
  400: 'badRequest',
  403: 'forbidden',
  404: 'itemNotFound',
  405: 'methodNotAllowed',
  409: 'conflict',
  413: 'requestTooLarge',
  415: 'unsupportedMediaType',
  429: 'overLimit',
  500: 'serverError',
  502: 'badGateway',
  503: 'serviceUnavailable',
};

export function errorTypeFor(status: number): ErrorType {
  return typeByStatus[status] ?? (status >= 500 ? 'serverError' : 'badRequest');
}

export const UNAUTHORIZED_TEXT =
  'This server could not verify that you are authorized to access the document requested. ' +
  "Either you supplied the wrong credentials (e.g., bad password), or your browser doesn't " +
  'understand how to supply the credentials required.\n';

/** A refusal raised anywhere in the handlers; the server turns it into the documented answer. */
export class EmulatorRefusal extends Error {
  readonly status: number;
  readonly details: string;
  readonly headers: Record<string, string>;

  constructor(status: number, message: string, details = '', headers: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.details = details;
    this.headers = headers;
  }
}

export const badRequest = (message: string, details = ''): EmulatorRefusal =>
  new EmulatorRefusal(400, message, details);
export const notFound = (details = ''): EmulatorRefusal =>
  new EmulatorRefusal(404, 'Resource not found', details);
export const conflict = (message: string, details = ''): EmulatorRefusal =>
  new EmulatorRefusal(409, message, details);
export const unauthorized = (): EmulatorRefusal => new EmulatorRefusal(401, 'Unauthorized');
export const methodNotAllowed = (
  allow: readonly string[],
  message = 'Method not allowed',
  details = '',
): EmulatorRefusal => new EmulatorRefusal(405, message, details, { Allow: allow.join(', ') });

/** The envelope body for an error status. */
export function renderEnvelope(status: number, message: string, details: string): string {
  return JSON.stringify({ [errorTypeFor(status)]: { guid: randomUUID(), message, code: status, details } });
}
