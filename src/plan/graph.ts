import { InputError } from '../errors.js';
import type { PlanStep } from './types.js';

/**
 * Orders steps so each comes after its dependencies, keeping manifest order otherwise (a
 * relatedTo may name a service declared further down). A cycle is an input error naming it.
 */
export function sortSteps(steps: readonly PlanStep[], document = 0): PlanStep[] {
  const byId = new Map(steps.map((step) => [step.id, step]));
  const sorted: PlanStep[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (step: PlanStep, trail: string[]): void => {
    const seen = state.get(step.id);
    if (seen === 'done') return;
    if (seen === 'visiting') {
      const cycle = [...trail.slice(trail.indexOf(step.id)), step.id];
      throw new InputError([
        {
          kind: 'issue',
          file: step.source?.file ?? '',
          line: step.source?.line ?? 1,
          column: step.source?.column ?? 1,
          path: step.source?.path ?? '',
          document,
          message: `these requests wait on each other and can never start: ${cycle.join(' -> ')}`,
        },
      ]);
    }
    state.set(step.id, 'visiting');
    for (const id of step.dependsOn) {
      const dependency = byId.get(id);
      if (dependency) visit(dependency, [...trail, step.id]);
    }
    state.set(step.id, 'done');
    sorted.push(step);
  };
  for (const step of steps) visit(step, []);
  return sorted;
}

/** Round trips on the longest dependency chain. */
export function criticalPathLength(steps: readonly PlanStep[]): number {
  const depth = new Map<string, number>();
  for (const step of steps) {
    // Steps are emitted after their dependencies, so one pass suffices.
    const before = Math.max(0, ...step.dependsOn.map((id) => depth.get(id) ?? 0));
    depth.set(step.id, before + 1);
  }
  return Math.max(0, ...depth.values());
}
