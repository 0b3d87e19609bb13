import type { PlanStep } from '../plan/types.js';
import type { JsonValue } from '../shared/json-value.js';
import type { StepExecutor, StepResult } from './executor.js';

/** Shown wherever a Location would be: obviously not a URL, so nobody mistakes it for one. */
export function dryRunLocation(stepId: string): string {
  return `<dry-run:${stepId}>`;
}

/**
 * Walks the plan through the real runner without a network or a journal: every step "succeeds"
 * at once and creating steps get an invented placeholder Location.
 */
export class DryRunExecutor implements StepExecutor {
  constructor(readonly resumed: ReadonlyMap<string, string | undefined> = new Map()) {}

  async execute(
    step: PlanStep,
    _call: { url: string; body: JsonValue },
    _signal: AbortSignal,
  ): Promise<StepResult> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    return {
      location: step.creates === undefined ? undefined : dryRunLocation(step.id),
      value: step.kind === 'read-quote' ? dryRunLocation(`${step.id}.hash`) : undefined,
      outcome: 'dry-run',
      recorded: Promise.resolve(),
    };
  }
}
