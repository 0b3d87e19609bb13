/** What the runner reports while it works; the view (listr2 or plain lines or JSON) consumes these. */
export type RunnerEvent =
  | { kind: 'order-started'; order: string; steps: number; resumed: number }
  | { kind: 'step-skipped'; order: string; step: string; label: string; location: string | undefined }
  | {
      kind: 'step-started';
      order: string;
      step: string;
      label: string;
      method: string;
      url: string;
      attempt: number;
    }
  | { kind: 'step-settling'; order: string; step: string; label: string }
  | {
      kind: 'step-retrying';
      order: string;
      step: string;
      label: string;
      attempt: number;
      delayMs: number;
      reason: string;
    }
  | {
      kind: 'step-done';
      order: string;
      step: string;
      label: string;
      location: string | undefined;
      outcome: StepOutcome;
    }
  | { kind: 'step-failed'; order: string; step: string; label: string; message: string }
  | { kind: 'order-placed'; order: string; orderUrl: string }
  | { kind: 'order-finished'; order: string; result: OrderResultKind };

/**
 * created/accepted: the API answered this run; adopted: an in-doubt request turned out to have
 * been applied, found by reading the API; dry-run: nothing was sent.
 */
export type StepOutcome = 'created' | 'accepted' | 'adopted' | 'dry-run';

export type OrderResultKind = 'placed' | 'already-placed' | 'dry-run' | 'failed' | 'stopped';

export type EmitEvent = (event: RunnerEvent) => void;
