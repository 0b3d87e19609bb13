import type { PlanStep } from '../plan/types.js';
import type { OrderLock, StateBackend } from '../state/backend.js';
import type { Journal } from '../state/journal-format.js';
import type { SettleVerdict } from './settle.js';
import type { StepAnswer, Transport, TransportFactory } from './transport.js';

/** Shown wherever a Location would be: obviously not a URL, so nobody mistakes it for one. */
export function dryRunLocation(stepId: string): string {
  return `<dry-run:${stepId}>`;
}

/**
 * The dry run's transport: every step "succeeds" at once without anything being sent, creating
 * steps get an invented placeholder Location, and an in-doubt step is simply walked again.
 */
export class DryRunTransport implements Transport {
  readonly sends = false;

  async send(step: PlanStep): Promise<StepAnswer> {
    return {
      location: step.creates === undefined ? undefined : dryRunLocation(step.id),
      status: 0,
      value: step.kind === 'read-quote' ? dryRunLocation(`${step.id}.hash`) : undefined,
    };
  }

  async settle(): Promise<SettleVerdict> {
    return { kind: 'absent' };
  }

  exportCookies(): unknown {
    return undefined;
  }

  clearCookies(): void {}
}

export const dryRunTransports: TransportFactory = {
  sends: false,
  open: async () => new DryRunTransport(),
};

/**
 * The recorded state as a dry run sees it: read as it is, never changed. Locks are not taken (a
 * dry run neither waits for nor blocks a real apply) and writes stay in memory, so not even a
 * state directory is created.
 */
export function readOnlyState(state: StateBackend): StateBackend {
  const noLock: OrderLock = { release: async () => undefined };
  return {
    kind: state.kind,
    location: state.location,
    lock: async () => noLock,
    lockHolder: (origin, name) => state.lockHolder(origin, name),
    unlock: async () => false,
    read: (origin, name) => state.read(origin, name),
    write: async (_journal: Journal) => undefined,
    list: (name) => state.list(name),
    forget: async () => undefined,
    close: async () => undefined,
  };
}
