import { describe, expect, it } from 'vitest';
import {
  ApiError,
  ApplyStoppedError,
  ConflictError,
  ExitCode,
  exitCodeOf,
  exitCodeOfRun,
  InputError,
  isBug,
  LockedError,
  PriceGuardError,
  renderError,
  UsageError,
  worstExitCode,
} from '../src/errors.js';

const api = new ApiError({ message: 'answered 500', method: 'POST', url: 'https://x/orders' });
const errno = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
const abort = Object.assign(new Error('stopped before this request was sent'), { name: 'AbortError' });

describe('exitCodeOf: what an error that ended the whole command earns', () => {
  it.each([
    ['usage', new UsageError('bad flag'), ExitCode.invalidInput],
    ['input', new InputError([]), ExitCode.invalidInput],
    ['api', api, ExitCode.applyFailed],
    ['stopped', new ApplyStoppedError('stopped'), ExitCode.applyFailed],
    ['locked', new LockedError('locked'), ExitCode.locked],
    ['conflict', new ConflictError('conflict'), ExitCode.conflict],
    ['price guard', new PriceGuardError('too dear'), ExitCode.priceGuard],
    ['a TypeError', new TypeError('x is undefined'), ExitCode.internal],
    ['an errno error', errno, ExitCode.internal],
    ['a thrown string', 'SIGINT', ExitCode.internal],
  ])('%s', (_name, error, code) => {
    expect(exitCodeOf(error)).toBe(code);
    expect(isBug(error)).toBe(code === ExitCode.internal);
  });
});

describe("exitCodeOf(error, 'order'): what an error that ended one order mid-run earns", () => {
  it.each([
    ['a usage problem found mid-run is resumable', new UsageError('secret missing'), ExitCode.applyFailed],
    ['conflict', new ConflictError('in doubt'), ExitCode.conflict],
    ['price guard', new PriceGuardError('too dear'), ExitCode.priceGuard],
    ['an errno failure leaves progress saved', errno, ExitCode.applyFailed],
    ['an abort is a stop', abort, ExitCode.applyFailed],
    ["a signal's name is a stop", 'SIGTERM', ExitCode.applyFailed],
    ['anything else is a bug', new RangeError('index out of range'), ExitCode.internal],
  ])('%s', (_name, error, code) => {
    expect(exitCodeOf(error, 'order')).toBe(code);
    expect(isBug(error, 'order')).toBe(code === ExitCode.internal);
  });
});

describe('exitCodeOfRun and worstExitCode', () => {
  it('is 0 when every order is placed or was already', () => {
    expect(
      exitCodeOfRun([
        { kind: 'placed', errors: [] },
        { kind: 'already-placed', errors: [] },
      ]),
    ).toBe(0);
  });

  it('a failed or stopped order earns 1 even without an error', () => {
    expect(
      exitCodeOfRun([
        { kind: 'placed', errors: [] },
        { kind: 'stopped', errors: [] },
      ]),
    ).toBe(1);
  });

  it('the worst wins: a bug over a conflict over the price guard over a plain failure', () => {
    const failed = { kind: 'failed', errors: [api] };
    const guarded = { kind: 'failed', errors: [new PriceGuardError('too dear')] };
    const conflict = { kind: 'failed', errors: [new ConflictError('in doubt')] };
    const bug = { kind: 'failed', errors: [new TypeError('boom')] };
    expect(exitCodeOfRun([failed, guarded])).toBe(ExitCode.priceGuard);
    expect(exitCodeOfRun([guarded, conflict, failed])).toBe(ExitCode.conflict);
    expect(exitCodeOfRun([conflict, bug])).toBe(ExitCode.internal);
    expect(worstExitCode([1, 6, 4, 5, 1])).toBe(ExitCode.conflict);
    expect(worstExitCode([])).toBe(ExitCode.ok);
  });
});

describe('renderError', () => {
  it("prints orderform's errors with their hint, and a bug with its stack and the request to report it", () => {
    expect(renderError(new UsageError('bad flag', { hint: 'see --help' }))).toBe(
      'error: bad flag\nhint: see --help\n',
    );
    const bug = renderError(new TypeError('x is undefined'));
    expect(bug).toMatch(/^internal error: TypeError: x is undefined\n/);
    expect(bug).toContain('This is a bug in orderform.');
    expect(renderError(new UsageError('bad flag'))).not.toContain('bug');
  });

  it('lists every located issue of an InputError', () => {
    const issue = {
      kind: 'issue' as const,
      file: 'a.yaml',
      line: 3,
      column: 5,
      path: 'spec',
      document: 1,
      message: 'bad',
    };
    expect(renderError(new InputError([issue]))).toBe(
      'error: a.yaml:3:5 (document 2): spec: bad\n1 problem found in the input; nothing was sent.\n',
    );
  });
});
