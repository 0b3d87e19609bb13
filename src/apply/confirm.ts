import { createInterface } from 'node:readline/promises';
import type { Readable, Writable } from 'node:stream';

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
