import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { loadValidManifests } from '../manifest/load.js';
import { compilePlan } from '../plan/compile.js';
import { loadPlanFile, parsePlanFile } from '../plan/file.js';
import type { Plan } from '../plan/types.js';

/** What apply was handed: manifests to compile, or a saved plan, already read and validated. */
export type ApplySource = { kind: 'saved'; plan: Plan } | { kind: 'manifests'; paths: readonly string[] };

/** A saved plan's first bytes name its format; a manifest's never do. */
const SNIFF_BYTES = 512;
/** Larger than any saved plan may be (its loader refuses 16 MiB): a manifest, then. */
const MAX_SNIFFED_BYTES = 16 * 1024 * 1024;

/**
 * A single .json argument, or a single file whose content is a JSON object naming the plan
 * format, is a saved plan: it is read and validated here, once, and executed exactly.
 */
export async function openApplySource(paths: readonly string[], cwd: string): Promise<ApplySource> {
  const manifests = { kind: 'manifests', paths } as const;
  if (paths.length !== 1) return manifests;
  const path = resolve(cwd, paths[0]!);
  if (extname(path).toLowerCase() === '.json') return { kind: 'saved', plan: await loadPlanFile(path) };
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile() || info.size > MAX_SNIFFED_BYTES) return manifests;
  const bytes = await readFile(path);
  const head = bytes.subarray(0, SNIFF_BYTES).toString('utf8');
  if (!/^\s*\{/.test(head) || !head.includes('orderform-plan')) return manifests;
  return { kind: 'saved', plan: await parsePlanFile(path, bytes) };
}

export interface ApplyInput {
  plan: Plan;
  /** True when the user handed apply a saved plan, which is executed exactly. */
  saved: boolean;
}

/** Manifests are compiled against the endpoint; a saved plan is checked to be for it. */
export async function loadApplyInput(
  source: ApplySource,
  options: {
    cwd: string;
    env: NodeJS.ProcessEnv;
    endpoint: string;
    allowForeignUrls: boolean;
    signal?: AbortSignal | undefined;
  },
): Promise<ApplyInput> {
  if (source.kind === 'saved') {
    const { plan } = source;
    // Without an endpoint the plan could not read the recorded state, and its step fingerprints
    // would not match the ones apply records for manifests: it cannot be checked, so not run.
    if (plan.endpoint === null) {
      throw new UsageError('the saved plan was made without an endpoint, so it cannot be applied as it is', {
        hint: 'Make it with `orderform plan --endpoint URL --out FILE` (or HOSTWAY_API_URL set).',
      });
    }
    if (plan.endpoint.replace(/\/+$/, '') !== options.endpoint) {
      throw new UsageError(`the saved plan was made for ${plan.endpoint}, not ${options.endpoint}`, {
        hint: 'Apply it against the endpoint it was made for, or make a new plan.',
      });
    }
    return { plan, saved: true };
  }
  const manifests = await loadValidManifests(source.paths, {
    cwd: options.cwd,
    env: options.env,
    endpoint: options.endpoint,
    allowForeignUrls: options.allowForeignUrls,
    signal: options.signal,
  });
  return { plan: compilePlan(manifests, { endpoint: options.endpoint }), saved: false };
}
