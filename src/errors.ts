/**
 * The one error module. Every failure orderform reports is one of these classes; only the CLI
 * entry turns them into exit codes and prints them (see src/cli/main.ts).
 */

export const ExitCode = {
  ok: 0,
  applyFailed: 1,
  changesPending: 2,
  invalidInput: 3,
  locked: 4,
  conflict: 5,
  priceGuard: 6,
  internal: 70,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Where in the user's input a problem is. Lines and columns are 1-based. */
export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

/** One located problem in a manifest or other input. */
export interface Issue {
  kind: 'issue';
  file: string;
  line: number;
  column: number;
  /** Path inside the YAML document, e.g. `spec.products[0].services[1].billingCycle`; '' for the whole file. */
  path: string;
  /** Index of the YAML document in a multi-document file (0-based). */
  document: number;
  message: string;
}

export abstract class OrderformError extends Error {
  abstract readonly code: string;
  abstract readonly exitCode: ExitCode;
  /** A next step for the user, printed after the message. */
  readonly hint: string | undefined;

  constructor(message: string, options?: { hint?: string | undefined; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.hint = options?.hint;
  }
}

/** Bad command line: unknown option, missing argument. Nothing was sent. */
export class UsageError extends OrderformError {
  readonly code = 'usage';
  readonly exitCode = ExitCode.invalidInput;
}

/** Bad manifests or plan files: every located issue at once. Nothing was sent. */
export class InputError extends OrderformError {
  readonly code = 'invalid-input';
  readonly exitCode = ExitCode.invalidInput;
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[], options?: { hint?: string }) {
    super(`${issues.length} problem${issues.length === 1 ? '' : 's'} found in the input`, options);
    this.issues = issues;
  }
}

/** The API answered with an error, or could not be reached. Progress is saved. */
export class ApiError extends OrderformError {
  readonly code = 'api';
  readonly exitCode = ExitCode.applyFailed;
  readonly step: string | undefined;
  readonly method: string;
  readonly url: string;
  readonly status: number | undefined;
  readonly apiMessage: string | undefined;

  constructor(fields: {
    message: string;
    step?: string | undefined;
    method: string;
    url: string;
    status?: number | undefined;
    apiMessage?: string | undefined;
    hint?: string | undefined;
    cause?: unknown;
  }) {
    super(fields.message, { hint: fields.hint, cause: fields.cause });
    this.step = fields.step;
    this.method = fields.method;
    this.url = fields.url;
    this.status = fields.status;
    this.apiMessage = fields.apiMessage;
  }
}

/** apply stopped on purpose (signal, refused confirmation, unsafe Location). Progress is saved. */
export class ApplyStoppedError extends OrderformError {
  readonly code = 'apply-stopped';
  readonly exitCode = ExitCode.applyFailed;
}

/** Another apply holds the lock for an order. */
export class LockedError extends OrderformError {
  readonly code = 'locked';
  readonly exitCode = ExitCode.locked;
}

/** The manifest or a saved plan disagrees with the recorded state, or an in-doubt step could not be settled. */
export class ConflictError extends OrderformError {
  readonly code = 'conflict';
  readonly exitCode = ExitCode.conflict;
}

/** The price guard refused to submit: the quote is above the limit. Nothing was bought; the order stays open. */
export class PriceGuardError extends OrderformError {
  readonly code = 'price-guard';
  readonly exitCode = ExitCode.priceGuard;
}

export function isOrderformError(error: unknown): error is OrderformError {
  return error instanceof OrderformError;
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}
