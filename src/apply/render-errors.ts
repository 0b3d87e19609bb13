import { ExitCode, exitCodeOfRun, isBug, isOrderformError, renderBug } from '../errors.js';
import { locateRefusal } from './refusal-source.js';
import type { RunPlanOutcome } from './run-plan.js';
import type { OrderResult } from './runner.js';

/** The errors that ended orders, one clear line each plus a hint, and what to do next. Pure. */
export function renderOutcomeErrors(outcome: RunPlanOutcome, options: { resumable?: boolean } = {}): string {
  const lines: string[] = [];
  for (const result of outcome.results) {
    const seen = new Set<string>();
    const hints = new Set<string>();
    for (const error of result.errors) {
      const message = error instanceof Error ? error.message : `stopped by ${String(error)}`;
      if (seen.has(message)) continue;
      seen.add(message);
      lines.push(`error: [${result.name}] ${message}`);
      const order = outcome.orders?.find((o) => o.name === result.name);
      if (order !== undefined) lines.push(...locateRefusal(error, order, result.locations));
      // Parallel steps often fail for one reason: its advice is worth reading once.
      // Hints about running apply again to resume are untrue when nothing was saved (--emulator).
      const stale =
        !(options.resumable ?? true) && isOrderformError(error) && /apply again/.test(error.hint ?? '');
      if (isOrderformError(error) && error.hint && !hints.has(error.hint) && !stale) {
        hints.add(error.hint);
        lines.push(`hint: ${error.hint}`);
      }
      if (isBug(error, 'order')) lines.push(...renderBug(error));
    }
    const next = renderNextStep(result, options.resumable ?? true);
    if (next !== undefined) lines.push(next);
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/**
 * The closing advice for an order that did not finish, in line with the exit code it earns: a
 * plain failure (1) is resumed by running apply again; a conflict (5) would only meet the same
 * conflict again, so its errors' hints are the advice and nothing is added.
 */
function renderNextStep(result: OrderResult, resumable: boolean): string | undefined {
  if (result.kind !== 'failed' && result.kind !== 'stopped') return undefined;
  const code = exitCodeOfRun([result]);
  if (code === ExitCode.conflict || code === ExitCode.priceGuard) return undefined;
  // The in-process emulator and its temporary state end with this command: there is nothing to resume.
  if (!resumable)
    return `[${result.name}] nothing is saved (--emulator forgets everything when apply ends); run apply again to start over.`;
  return `[${result.name}] progress is saved; run apply again to resume.`;
}
