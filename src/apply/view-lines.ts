import type { RunnerEvent } from './events.js';

/** One plain line per runner event (non-TTY and CI output). Pure. */
export function renderEventLine(event: RunnerEvent): string | undefined {
  const at = `[${event.order}]`;
  switch (event.kind) {
    case 'order-started':
      return `${at} applying ${event.steps} step${event.steps === 1 ? '' : 's'}${
        event.resumed > 0 ? ` (${event.resumed} already done, resuming)` : ''
      }`;
    case 'step-skipped':
      return `${at} = ${event.label}: done earlier${event.location ? ` -> ${event.location}` : ''}`;
    case 'step-started':
      return `${at} > ${event.label}: ${event.method} ${event.url}${event.attempt > 1 ? ` (attempt ${event.attempt})` : ''}`;
    case 'step-settling':
      return `${at} ? ${event.label}: in doubt, reading the API to settle it`;
    case 'step-retrying':
      return `${at} ~ ${event.label}: ${event.reason}; retrying in ${event.delayMs} ms`;
    case 'step-done':
      return `${at} ok ${event.label}${describeOutcome(event.outcome, event.location)}`;
    case 'step-failed':
      return `${at} FAILED ${event.label}: ${event.message}`;
    case 'order-placed':
      return `${at} order placed: ${event.orderUrl}`;
    case 'order-finished':
      return undefined;
  }
}

export function describeOutcome(outcome: string, location: string | undefined): string {
  const where = location === undefined ? '' : ` -> ${location}`;
  switch (outcome) {
    case 'adopted':
      return `${where} (already applied; found while settling)`;
    case 'dry-run':
      return `${where} (dry run: nothing sent)`;
    default:
      return where;
  }
}
