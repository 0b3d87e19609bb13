import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import planSchema from '../../schemas/plan.schema.json' with { type: 'json' };

// Loaded only when apply reads a saved plan, so validate and plan never pay for compiling it.
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const validate = ajv.compile(planSchema);

export function validatePlanShape(data: unknown): { path: string; message: string }[] {
  if (validate(data)) return [];
  return (validate.errors ?? []).slice(0, 50).map((error) => ({
    path: error.instancePath
      .replace(/^\//, '')
      .replace(/\/(\d+)(?=\/|$)/g, '[$1]')
      .replace(/\//g, '.'),
    message: `${error.instancePath === '' ? 'plan' : error.instancePath} ${error.message ?? 'is invalid'}`,
  }));
}
