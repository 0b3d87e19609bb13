import { createHmac, randomBytes } from 'node:crypto';
import { ConflictError, UsageError } from '../errors.js';
import type { OrderPlan, Plan, PlanStep } from '../plan/types.js';
import type { JsonValue } from '../shared/json-value.js';
import type { JournalStore } from '../state/journal.js';
import type { Journal } from '../state/journal-format.js';

/**
 * Secrets of a plan (SPEC §7). A plan carries `{secret.NAME}` placeholders, never values; the
 * values are read from the environment when apply starts and put into a body only when its
 * request is built. The journal keeps an HMAC of them, so a changed value is noticed without
 * the value being stored.
 */

const PLACEHOLDER = /\{secret\.([A-Za-z_][A-Za-z0-9_]*)\}/g;

export interface PlanSecrets {
  /** NAME → value, for every placeholder in the plan. */
  readonly values: ReadonlyMap<string, string>;
}

/** The variable names of the secret placeholders in a body, sorted, without repeats. */
export function secretNamesOf(body: JsonValue): string[] {
  const names = new Set<string>();
  const visit = (value: JsonValue): void => {
    if (typeof value === 'string') for (const match of value.matchAll(PLACEHOLDER)) names.add(match[1]!);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(body);
  return [...names].sort();
}

/** Reads every secret the plan names; a missing one stops apply before anything is sent (exit 3). */
export function readPlanSecrets(plan: Plan, env: Readonly<Record<string, string | undefined>>): PlanSecrets {
  const values = new Map<string, string>();
  const missing: string[] = [];
  for (const order of plan.orders) {
    for (const step of order.steps) {
      for (const name of secretNamesOf(step.body)) {
        // A (possibly edited) saved plan must not send orderform's own credentials or keys anywhere.
        if (/^(HOSTWAY|ORDERFORM)_/.test(name)) {
          throw new UsageError(
            `apply: step ${step.id} of order ${order.name} asks for ${name}, which is not a manifest secret; nothing was sent`,
          );
        }
        const value = env[name];
        if (value === undefined || value === '') {
          if (!missing.includes(name)) missing.push(name);
        } else values.set(name, value);
      }
    }
  }
  if (missing.length > 0) {
    throw new UsageError(
      `apply: the secret variable${missing.length === 1 ? '' : 's'} ${missing.join(', ')} ${
        missing.length === 1 ? 'is' : 'are'
      } not set; nothing was sent`,
      {
        hint: 'Secrets are read from the environment on every run (they are never stored): set them and run apply again.',
      },
    );
  }
  return { values };
}

/** The body as it goes on the wire: every placeholder replaced by its value. */
export function fillSecrets(body: JsonValue, secrets: PlanSecrets | undefined): JsonValue {
  if (typeof body === 'string') {
    if (!body.includes('{secret.')) return body;
    return body.replace(PLACEHOLDER, (_placeholder, name: string) => {
      const value = secrets?.values.get(name);
      if (value === undefined) throw new UsageError(`apply: the secret variable ${name} is not set`);
      return value;
    });
  }
  if (Array.isArray(body)) return body.map((item) => fillSecrets(item, secrets));
  if (body !== null && typeof body === 'object') {
    const out: { [key: string]: JsonValue } = {};
    for (const [key, value] of Object.entries(body)) out[key] = fillSecrets(value, secrets);
    return out;
  }
  return body;
}

/** HMAC-SHA256 over a step's secret names and values: equal values, equal fingerprint. */
export function secretFingerprint(
  key: Buffer,
  step: PlanStep,
  secrets: PlanSecrets | undefined,
): string | undefined {
  const names = secretNamesOf(step.body);
  if (names.length === 0) return undefined;
  const pairs = names.map((name) => [name, secrets?.values.get(name) ?? '']);
  return createHmac('sha256', key).update(JSON.stringify(pairs)).digest('hex').slice(0, 32);
}

/**
 * The fingerprint key of one order: derived from ORDERFORM_STATE_KEY and the journal's salt when
 * the key is set (then nothing in the state can check a guess), else the salt alone. A journal
 * written before salts existed gets one now; it has no fingerprints yet to check against.
 */
export async function loadFingerprintKey(
  journal: JournalStore,
  env: Readonly<Record<string, string | undefined>>,
): Promise<Buffer> {
  let salt = journal.current.secretSalt;
  if (salt === undefined) {
    const fresh = randomBytes(32).toString('hex');
    await journal.update((data) => {
      data.secretSalt = fresh;
    });
    salt = fresh;
  }
  const configured = env.ORDERFORM_STATE_KEY;
  if (configured === undefined || configured === '') return Buffer.from(salt, 'hex');
  return createHmac('sha256', `orderform-secrets:${configured}`).update(salt).digest();
}

/**
 * A step that was sent with other secret values than the environment holds now: the order at
 * the API has the old ones, so going on would place an order that differs from the manifest.
 */
export function checkSecretFingerprints(
  order: OrderPlan,
  journal: Readonly<Journal> | undefined,
  key: Buffer,
  secrets: PlanSecrets | undefined,
): void {
  if (journal === undefined) return;
  const changed: string[] = [];
  for (const step of order.steps) {
    const recorded = journal.steps[step.id];
    if (recorded?.status !== 'done' || recorded.secretFingerprint === undefined) continue;
    if (recorded.secretFingerprint !== secretFingerprint(key, step, secrets)) {
      changed.push(`${step.id} (${secretNamesOf(step.body).join(', ')})`);
    }
  }
  if (changed.length === 0) return;
  throw new ConflictError(
    `order ${order.name}: secret values changed since these steps were sent: ${changed.join('; ')}`,
    {
      hint: 'Nothing was sent. Set the variables to the values the order was started with, or give the manifest a new metadata.name to start a new order.',
    },
  );
}
