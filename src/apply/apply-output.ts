import { isInputError, isOrderformError } from '../errors.js';
import { renderIssuesMarkdown } from '../plan/render-issues-markdown.js';
import type { ApplyRun } from './apply-command.js';
import { renderOutcomeErrors } from './render-errors.js';
import { renderNoChanges, renderSummary } from './report.js';
import { renderApplyMarkdown, renderApplyRefusalMarkdown } from './report-markdown.js';

/** What apply prints when it ran: the report on stdout, the errors on stderr, the step summary. */
export interface ApplyOutput {
  stdout: string;
  stderr: string;
  /** Markdown for the GitHub step summary. */
  stepSummary: string;
}

/** The closing output of a run, as text or JSON. Pure. */
export function renderApplyRun(run: ApplyRun, options: { json: boolean; verbose: boolean }): ApplyOutput {
  const { report, outcome, resumable } = run;
  let stdout: string;
  if (options.json) stdout = `${JSON.stringify(report, null, 2)}\n`;
  else {
    const nothing = options.verbose ? undefined : renderNoChanges(outcome.reports);
    stdout = nothing ?? renderSummary(outcome.reports, { resumable });
  }
  return {
    stdout,
    stderr: renderOutcomeErrors(outcome, { resumable }),
    stepSummary: renderApplyMarkdown(report, { resumable }),
  };
}

/**
 * What apply prints, besides the error itself, when it refused before or instead of running: the
 * step summary, and with `--output json` a report, so a machine reading stdout gets one. Pure.
 */
export function renderApplyRefusal(
  error: unknown,
  options: { json: boolean },
): { stdout: string; stepSummary: string | undefined } {
  if (!isOrderformError(error)) return { stdout: '', stepSummary: undefined };
  const stepSummary = isInputError(error)
    ? renderIssuesMarkdown(error.issues, 'orderform apply')
    : renderApplyRefusalMarkdown(error);
  const report = {
    kind: 'apply-report',
    exitCode: error.exitCode,
    error: { code: error.code, message: error.message },
  };
  return { stdout: options.json ? `${JSON.stringify(report, null, 2)}\n` : '', stepSummary };
}
