import { validatePlan } from './plan-validator.generated.js';

// schemas/plan.schema.json, precompiled at build time (`npm run generate`): reading a saved plan
// loads no schema compiler. Still imported lazily, as only apply reads a saved plan.

export function validatePlanShape(data: unknown): { path: string; message: string }[] {
  if (validatePlan(data)) return [];
  return (validatePlan.errors ?? []).slice(0, 50).map((error) => ({
    path: error.instancePath
      .replace(/^\//, '')
      .replace(/\/(\d+)(?=\/|$)/g, '[$1]')
      .replace(/\//g, '.'),
    message: `${error.instancePath === '' ? 'plan' : error.instancePath} ${error.message ?? 'is invalid'}`,
  }));
}
