import { open, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { loadValidManifests } from '../manifest/load.js';
import { compilePlan } from '../plan/compile.js';
import { loadPlanFile } from '../plan/file.js';
import type { Plan } from '../plan/types.js';

export interface ApplyInput {
  plan: Plan;
  /** True when the user handed apply a saved plan, which is executed exactly. */
  saved: boolean;
}

/** A single .json argument, or a single file whose content is a JSON object, is a saved plan. */
export async function isSavedPlanArgument(paths: readonly string[], cwd: string): Promise<boolean> {
  if (paths.length !== 1) return false;
  const path = resolve(cwd, paths[0]!);
  if (extname(path).toLowerCase() === '.json') return true;
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) return false;
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(512), 0, 512, 0);
    const head = buffer.subarray(0, bytesRead).toString('utf8');
    return /^\s*\{/.test(head) && head.includes('orderform-plan');
  } finally {
    await handle.close();
  }
}

/** Manifests are compiled against the endpoint; a saved plan is read and validated as it is. */
export async function loadApplyInput(
  paths: readonly string[],
  options: {
    cwd: string;
    env: NodeJS.ProcessEnv;
    endpoint: string;
    allowForeignUrls: boolean;
    signal?: AbortSignal | undefined;
    saved: boolean;
  },
): Promise<ApplyInput> {
  if (options.saved) {
    const plan = await loadPlanFile(resolve(options.cwd, paths[0]!));
    // Without an endpoint the plan could not read the recorded state, and its step fingerprints
    // would not match the ones apply records for manifests: it cannot be checked, so not run.
    if (plan.endpoint === null) {
      throw new UsageError('the saved plan was made without an endpoint, so it cannot be applied as it is', {
        hint: 'Make it with `orderform plan --endpoint URL --out FILE` (or HOSTWAY_API_URL set).',
      });
    }
    if (plan.endpoint !== null && plan.endpoint.replace(/\/+$/, '') !== options.endpoint) {
      throw new UsageError(`the saved plan was made for ${plan.endpoint}, not ${options.endpoint}`, {
        hint: 'Apply it against the endpoint it was made for, or make a new plan.',
      });
    }
    return { plan, saved: true };
  }
  const manifests = await loadValidManifests(paths, {
    cwd: options.cwd,
    env: options.env,
    endpoint: options.endpoint,
    allowForeignUrls: options.allowForeignUrls,
    signal: options.signal,
  });
  return { plan: compilePlan(manifests, { endpoint: options.endpoint }), saved: false };
}

/** A saved plan may name its endpoint; the command line and HOSTWAY_API_URL still come first. */
export async function endpointOfSavedPlan(path: string, cwd: string): Promise<string | null> {
  const plan = await loadPlanFile(resolve(cwd, path));
  return plan.endpoint;
}
