import { readFile, rename, writeFile } from 'node:fs/promises';
import { InputError, type Issue } from '../errors.js';
import { templateReferences } from './template.js';
import { PLAN_FORMAT, PLAN_VERSION, type Plan } from './types.js';

const MAX_PLAN_BYTES = 16 * 1024 * 1024;

/** Saves a plan as versioned JSON (written to a temporary file, then renamed into place). */
export async function writePlanFile(path: string, plan: Plan): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(plan, null, 2)}\n`, { mode: 0o644 });
  await rename(temporary, path);
}

/** Reads a saved plan and checks it against schemas/plan.schema.json and the plan's own invariants. */
export async function loadPlanFile(path: string): Promise<Plan> {
  return parsePlanFile(path, readFile(path));
}

/** Checks a saved plan whose bytes the caller read (once) from `path`. */
export async function parsePlanFile(path: string, content: Promise<Uint8Array> | Uint8Array): Promise<Plan> {
  const issue = (message: string, line = 1, column = 1, at = ''): Issue => ({
    kind: 'issue',
    file: path,
    line,
    column,
    path: at,
    document: 0,
    message,
  });
  let text: string;
  try {
    const bytes = await content;
    if (bytes.length > MAX_PLAN_BYTES)
      throw new InputError([issue(`plan file is larger than ${MAX_PLAN_BYTES} bytes`)]);
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError([
      issue(`cannot read plan file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`),
    ]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError([issue(`plan file is not valid JSON: ${(error as Error).message}`)]);
  }
  const header = data as { format?: unknown; version?: unknown };
  if (header?.format !== PLAN_FORMAT) {
    throw new InputError([issue(`not an orderform plan: "format" must be "${PLAN_FORMAT}"`)]);
  }
  if (header.version !== PLAN_VERSION) {
    throw new InputError([
      issue(
        `plan format version ${String(header.version)} is not supported; this orderform reads version ${PLAN_VERSION}`,
      ),
    ]);
  }
  const { validatePlanShape } = await import('./plan-validator.js');
  const shapeIssues = validatePlanShape(data);
  if (shapeIssues.length > 0) {
    throw new InputError(shapeIssues.map((problem) => issue(problem.message, 1, 1, problem.path)));
  }
  const plan = data as Plan;
  const { checkPlanFingerprints } = await import('./fingerprints.js');
  const problems = [...checkPlanInvariants(plan), ...checkPlanFingerprints(plan)];
  if (problems.length > 0)
    throw new InputError(
      problems.map((problem) => issue(problem.message, 1, 1, problem.path)),
      { hint: 'Make a new plan with `orderform plan --out FILE` instead of editing a saved one.' },
    );
  return plan;
}

/** Step ids unique, dependencies and placeholders naming earlier steps, submit last. */
export function checkPlanInvariants(plan: Plan): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const names = new Set<string>();
  plan.orders.forEach((order, o) => {
    if (names.has(order.name))
      problems.push({ path: `orders[${o}].name`, message: `order '${order.name}' appears twice` });
    names.add(order.name);
    const seen = new Set<string>();
    order.steps.forEach((step, s) => {
      const at = `orders[${o}].steps[${s}]`;
      if (seen.has(step.id))
        problems.push({ path: `${at}.id`, message: `step id '${step.id}' appears twice` });
      for (const dependency of step.dependsOn) {
        if (!seen.has(dependency)) {
          problems.push({
            path: `${at}.dependsOn`,
            message: `step '${step.id}' depends on '${dependency}', which does not come before it`,
          });
        }
      }
      const references = [
        ...templateReferences(step.url),
        ...JSON.stringify(step.body).matchAll(/\{steps\.([^{}]+?)\.(?:location|hash)\}/g),
      ].map((ref) => (typeof ref === 'string' ? ref : (ref[1] ?? '')));
      for (const reference of references) {
        if (!step.dependsOn.includes(reference)) {
          problems.push({
            path: at,
            message: `step '${step.id}' uses the Location of '${reference}' without depending on it`,
          });
        }
      }
      seen.add(step.id);
    });
    if (order.steps[0]?.kind !== 'create-order' || order.steps.at(-1)?.kind !== 'submit') {
      problems.push({
        path: `orders[${o}].steps`,
        message: 'an order plan must start with create-order and end with submit',
      });
    }
  });
  return problems;
}
