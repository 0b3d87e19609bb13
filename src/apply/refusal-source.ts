import { type ApiError, isOrderformError } from '../errors.js';
import { stepDisplayNames } from '../plan/display.js';
import type { OrderPlan, PlanStep } from '../plan/types.js';

/**
 * Where in the manifest an API refusal (4xx) comes from: the refused step's own entry, and for a
 * validate/submit refusal every product or service whose id the API's message names (matched
 * through the Locations apply recorded). Pure.
 */
export function locateRefusal(
  error: unknown,
  order: OrderPlan,
  locations: ReadonlyMap<string, string | undefined>,
): string[] {
  if (!isOrderformError(error) || error.code !== 'api') return [];
  const api = error as ApiError;
  if (api.status === undefined || api.status < 400 || api.status >= 500 || api.step === undefined) return [];
  const lines: string[] = [];
  // Errors name steps as people read them (`server`, `vps/ip`); older callers use the internal id.
  const names = stepDisplayNames(order.steps);
  const refused = order.steps.find((step) => step.id === api.step || names.get(step.id) === api.step);
  const named = namedSteps(api.apiMessage ?? '', order, locations);
  if (refused !== undefined && (named.length === 0 || refused.creates !== undefined)) {
    lines.push(at(refused));
  }
  for (const step of named) if (step !== refused) lines.push(at(step));
  return lines;
}

function namedSteps(
  message: string,
  order: OrderPlan,
  locations: ReadonlyMap<string, string | undefined>,
): PlanStep[] {
  const ids = new Set(message.match(/\b[0-9a-f]{40}\b/gi) ?? []);
  if (ids.size === 0) return [];
  return order.steps.filter((step) => {
    if (step.creates !== 'product' && step.creates !== 'service') return false;
    const last = locations.get(step.id)?.replace(/\/+$/, '').split('/').pop();
    return last !== undefined && ids.has(last);
  });
}

function at(step: PlanStep): string {
  const source = step.source;
  if (source === undefined) return `  at step ${step.id}`;
  return `  at ${source.file}:${source.line}:${source.column}: ${source.path} (${step.label})`;
}
