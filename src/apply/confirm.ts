import { createInterface } from 'node:readline/promises';
import type { Readable, Writable } from 'node:stream';
import { UsageError } from '../errors.js';
import { stepDisplayNames } from '../plan/display.js';
import type { OrderPlan } from '../plan/types.js';
import type { JsonValue } from '../shared/json-value.js';

/** Where the confirmation is asked: behind this interface, so the question can be asked anywhere. */
export interface Terminal {
  /** False without a terminal (CI, a pipe): then nobody can answer. */
  readonly interactive: boolean;
  /** Shows `lines` and asks; true only for a yes. */
  ask(lines: readonly string[]): Promise<boolean>;
}

/** The process's own terminal: the question on stderr (stdout may be a report), the answer from stdin. */
export function streamTerminal(
  input: Readable & { isTTY?: boolean },
  output: Writable,
  signal: AbortSignal,
): Terminal {
  return {
    interactive: input.isTTY === true,
    ask: (lines) => askConfirmation(input, output, lines, signal),
  };
}

/**
 * Shows what is about to be bought and asks. Without a terminal to ask on, real orders are
 * refused (exit 3) with nothing sent: a job must say --yes, not hang or guess.
 */
export async function confirmPurchase(
  terminal: Terminal,
  endpoint: string,
  orders: readonly { order: OrderPlan; requests: number }[],
): Promise<boolean> {
  const lines = renderPurchase(endpoint, orders);
  if (!terminal.interactive) {
    throw new UsageError(
      'apply: refusing to place real orders without a terminal to confirm on; nothing was sent',
      {
        hint: 'Pass --yes to confirm non-interactively (e.g. in CI), or --emulator to try it out.',
      },
    );
  }
  return terminal.ask(lines);
}

/**
 * Asks on the terminal before real orders are placed. Only "y" or "yes" goes ahead; anything
 * else, including end of input or a signal, declines.
 */
export async function askConfirmation(
  input: Readable,
  output: Writable,
  lines: readonly string[],
  signal: AbortSignal,
): Promise<boolean> {
  output.write(`${lines.join('\n')}\n`);
  const rl = createInterface({ input, output, terminal: false });
  const closed = new Promise<string>((resolve) => rl.once('close', () => resolve('')));
  try {
    const answer = await Promise.race([rl.question('Place these orders? [y/N] ', { signal }), closed]);
    return /^(y|yes)$/i.test(answer.trim());
  } catch {
    return false;
  } finally {
    rl.close();
  }
}

/**
 * What the confirmation shows before asking: per order, the account and every product and
 * service about to be bought, with billing cycles, so nobody says yes to a request count. Pure.
 */
export function renderPurchase(
  endpoint: string,
  orders: readonly { order: OrderPlan; requests: number }[],
): string[] {
  const lines = [`About to place ${orders.length} order${orders.length === 1 ? '' : 's'} at ${endpoint}:`];
  for (const { order, requests } of orders) {
    lines.push(`  ${order.name}: ${requests} request${requests === 1 ? '' : 's'}`);
    const names = stepDisplayNames(order.steps);
    for (const step of order.steps) {
      const name = names.get(step.id) ?? step.id;
      if (step.kind === 'set-account') lines.push(`    account  ${step.label}`);
      if (step.kind === 'add-product') {
        lines.push(`    product  ${name}: ${specId(text(step.body, 'offering'), '/productSpecifications/')}`);
      }
      if (step.kind === 'add-service') {
        const cycle =
          step.body !== null && typeof step.body === 'object' && !Array.isArray(step.body)
            ? step.body.billingCycle
            : undefined;
        const quantity = text(step.body, 'quantity');
        lines.push(
          `    service  ${name}: ${specId(text(step.body, 'serviceSpecification'), '/serviceSpecifications/')}${
            typeof cycle === 'number' ? `, billed every ${cycle} month${cycle === 1 ? '' : 's'}` : ''
          }${quantity === '' ? '' : `, quantity ${quantity}`}`,
        );
      }
    }
  }
  return lines;
}

function text(body: JsonValue, key: string): string {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return '';
  const value = body[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** `https://api…/serviceSpecifications/core.vps.virtuozzo.ip` -> `core.vps.virtuozzo.ip` */
function specId(url: string, collection: string): string {
  const at = url.indexOf(collection);
  return at === -1 ? url : url.slice(at + collection.length);
}
