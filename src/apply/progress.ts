import type { Writable } from 'node:stream';
import type { OrderPlan } from '../plan/types.js';
import type { EmitEvent } from './events.js';
import { renderEventLine } from './view-lines.js';

export interface Progress {
  emit: EmitEvent;
  /** Resolves when the view has drawn its last frame. */
  close(): Promise<void>;
}

/**
 * Chooses the view: a listr2 tree on a terminal, plain lines otherwise (or with CI set). With
 * `--output json` stdout is reserved for the report, so plain lines go to stderr.
 */
export async function createProgress(
  orders: readonly OrderPlan[],
  options: {
    stdout: Writable & { isTTY?: boolean };
    stderr: Writable;
    json: boolean;
    ci: boolean;
    color: boolean;
  },
): Promise<Progress> {
  if (!options.json && options.stdout.isTTY === true && !options.ci) {
    const { startListrView } = await import('./view-listr.js');
    const view = await startListrView(orders, { color: options.color });
    return { emit: view.emit, close: () => view.finished };
  }
  const stream = options.json ? options.stderr : options.stdout;
  return {
    emit: (event) => {
      const line = renderEventLine(event);
      if (line !== undefined) stream.write(`${line}\n`);
    },
    close: async () => undefined,
  };
}
