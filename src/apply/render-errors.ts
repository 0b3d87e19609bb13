import { isOrderformError } from '../errors.js';
import type { ExecuteOutcome } from './execute.js';

/** The errors that ended orders, one clear line each plus a hint, and what to do next. */
export function renderOutcomeErrors(outcome: ExecuteOutcome): string {
  const lines: string[] = [];
  for (const result of outcome.results) {
    const seen = new Set<string>();
    for (const error of result.errors) {
      const message = error instanceof Error ? error.message : `stopped by ${String(error)}`;
      if (seen.has(message)) continue;
      seen.add(message);
      lines.push(`error: [${result.name}] ${message}`);
      if (isOrderformError(error) && error.hint) lines.push(`hint: ${error.hint}`);
      if (
        error instanceof Error &&
        !isOrderformError(error) &&
        !('code' in error) &&
        typeof error !== 'string'
      ) {
        lines.push(`internal error: ${error.stack ?? error.message}`);
        lines.push('This is a bug in orderform. Please report it with the command you ran and this output.');
      }
    }
    if (result.kind === 'stopped' || result.kind === 'failed') {
      lines.push(`[${result.name}] progress is saved; run apply again to resume.`);
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
