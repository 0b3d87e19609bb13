/**
 * The one error module. Every failure orderform reports is one of these classes. Which exit code
 * an outcome earns and how an error is printed are decided here, at the end of this file, and
 * nowhere else; the CLI entry (src/cli/main.ts) applies them.
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

/** Where an error ended things: the whole command, or one order in the middle of a run. */
export type ErrorScope = 'command' | 'order';

/**
 * Whether an error is a bug in orderform rather than a refusal or a failure it expected. At the
 * command's entry everything that is not an OrderformError is. Within a run, a stop (a signal's
 * reason, an AbortError) and a file-system or network failure (an errno `code`) only end the
 * order, with its progress saved.
 */
export function isBug(error: unknown, scope: ErrorScope = 'command'): boolean {
  if (isOrderformError(error)) return false;
  if (scope === 'command') return true;
  return error instanceof Error && !('code' in error) && error.name !== 'AbortError';
}

/**
 * The exit code an error earns. A usage problem found mid-run (a secret that went missing) ends
 * its order like any failure: progress is saved and apply resumes, so 1, not 3.
 */
export function exitCodeOf(error: unknown, scope: ErrorScope = 'command'): ExitCode {
  if (isBug(error, scope)) return ExitCode.internal;
  if (!isOrderformError(error)) return ExitCode.applyFailed;
  if (scope === 'order' && error instanceof UsageError) return ExitCode.applyFailed;
  return error.exitCode;
}

/** From least to most severe: of several outcomes, the worst one's code is the exit code. */
const SEVERITY: readonly number[] = [
  ExitCode.ok,
  ExitCode.changesPending,
  ExitCode.applyFailed,
  ExitCode.priceGuard,
  ExitCode.locked,
  ExitCode.conflict,
  ExitCode.invalidInput,
  ExitCode.internal,
];

/** The worst of several exit codes: a bug over a conflict over a plain failure. */
export function worstExitCode(codes: Iterable<number>): number {
  let worst: number = ExitCode.ok;
  for (const code of codes) if (SEVERITY.indexOf(code) > SEVERITY.indexOf(worst)) worst = code;
  return worst;
}

/**
 * The exit code of a run: each order that failed or stopped earns 1 at least, and more for the
 * errors that ended it (a conflict 5, the price guard 6, a bug 70); the worst one wins.
 */
export function exitCodeOfRun(orders: readonly { kind: string; errors: readonly unknown[] }[]): number {
  const codes: number[] = [];
  for (const order of orders) {
    if (order.kind === 'failed' || order.kind === 'stopped') codes.push(ExitCode.applyFailed);
    for (const error of order.errors) codes.push(exitCodeOf(error, 'order'));
  }
  return worstExitCode(codes);
}

/** What is printed for a bug: its stack and a request to report it. The one place this text exists. */
export function renderBug(error: unknown): string[] {
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return [
    `internal error: ${stack}`,
    'This is a bug in orderform. Please report it with the command you ran and this output.',
  ];
}

export function renderIssue(issue: Issue): string {
  const where = `${issue.file}:${issue.line}:${issue.column}`;
  const doc = issue.document > 0 ? ` (document ${issue.document + 1})` : '';
  const path = issue.path === '' ? '' : ` ${issue.path}:`;
  return `${where}${doc}:${path} ${issue.message}`;
}

/** An error that ended a command, as printed on stderr: every located issue, then the hint. */
export function renderError(error: unknown): string {
  if (isInputError(error)) {
    const lines = error.issues.map((issue) => `error: ${renderIssue(issue)}`);
    lines.push(`${error.message}; nothing was sent.`);
    if (error.hint) lines.push(`hint: ${error.hint}`);
    return `${lines.join('\n')}\n`;
  }
  if (isOrderformError(error)) {
    return `error: ${error.message}\n${error.hint ? `hint: ${error.hint}\n` : ''}`;
  }
  return `${renderBug(error).join('\n')}\n`;
}
