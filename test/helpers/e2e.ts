import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Emulator, EmulatorOptions, RecordedRequest } from '../../src/emulator/index.js';
import { startEmulator } from '../../src/emulator/index.js';
import { CLI, type CliResult, type CliRun, spawnCli as spawnAnyCli } from './cli.js';
import { SEED_ADDONS, SEED_SERVER } from './seed.js';

/** End-to-end helpers: the built CLI in a child process, against the real emulator over HTTP. */

export { CLI };
export const SEED_MANIFEST = fileURLToPath(new URL('../../manifests/vps-virtuozzo.yaml', import.meta.url));

export const ADD_ONS = SEED_ADDONS;
export const SERVER = SEED_SERVER;

/** Small, fast retries: the policy is the same, only the clock is shorter. */
export const FAST_RETRIES = {
  ORDERFORM_RETRY_BASE_MS: '5',
  ORDERFORM_RETRY_CAP_MS: '40',
  ORDERFORM_RETRY_AFTER_CAP_MS: '40',
  ORDERFORM_DRAIN_MS: '3000',
};

export type { CliResult, CliRun };

export function spawnCli(args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): CliRun {
  return spawnAnyCli(args, { cwd: options.cwd, env: { ...FAST_RETRIES, ...options.env } });
}

export function runCli(
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<CliResult> {
  return spawnCli(args, options).done;
}

/** A scratch working directory holding a copy of the seed manifest; `.orderform` lands inside. */
export interface Workspace {
  dir: string;
  manifest: string;
  emulator: Emulator;
  apply(extra?: readonly string[], env?: NodeJS.ProcessEnv): Promise<CliResult>;
  spawnApply(extra?: readonly string[], env?: NodeJS.ProcessEnv): CliRun;
  close(): Promise<void>;
}

export async function workspace(options: EmulatorOptions = {}): Promise<Workspace> {
  const dir = await mkdtemp(join(tmpdir(), 'orderform-e2e-'));
  const manifest = join(dir, 'order.yaml');
  await copyFile(SEED_MANIFEST, manifest);
  const emulator = await startEmulator({ port: 0, ...options });
  const args = (extra: readonly string[]) => [
    'apply',
    manifest,
    '--endpoint',
    emulator.url,
    '--yes',
    ...extra,
  ];
  return {
    dir,
    manifest,
    emulator,
    apply: (extra = [], env = {}) => runCli(args(extra), { cwd: dir, env }),
    spawnApply: (extra = [], env = {}) => spawnCli(args(extra), { cwd: dir, env }),
    close: async () => {
      await emulator.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export const isMutating = (request: RecordedRequest): boolean => request.method !== 'GET';

/**
 * The guarantee: exactly one submitted order, holding one product with the server and the six
 * add-ons, each exactly once, each add-on relatedTo the server. Abandoned unsubmitted orders are
 * allowed (an in-doubt POST /orders starts a new one; open orders cost nothing).
 */
export function expectExactlyOneSeedOrder(emulator: Emulator): void {
  const submitted = emulator.state().orders.filter((order) => order.status !== 'new');
  expect(submitted).toHaveLength(1);
  const order = submitted[0]!;
  expect(order.account).toEqual({ kind: 'new', currency: 'USD', language: 'en-US' });
  expect(order.products).toHaveLength(1);
  const product = order.products[0]!;
  expect(product.productSpecification).toBe('core.plan.vps.virtuozzo.u101');
  const specs = product.services.map((service) => service.serviceSpecification).sort();
  expect(specs).toEqual([SERVER, ...ADD_ONS].sort());
  const server = product.services.find((service) => service.serviceSpecification === SERVER)!;
  expect(server.relatedTo).toEqual([]);
  for (const service of product.services) {
    expect(service.name).toBe('VPS Virtuozzo Test');
    expect(service.billingCycle).toBe(1);
    if (service !== server) expect(service.relatedToIds).toEqual([server.id]);
  }
}

export async function waitFor<T>(probe: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/** Asserts the exit code, showing the run's output when it differs. */
export function expectExit(result: CliResult, code: number): void {
  expect(result.code, `exit ${result.code}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`).toBe(
    code,
  );
}
