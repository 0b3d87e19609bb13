import type { CommandContext } from './context.js';

/** Colour only on a terminal, and never when the user or NO_COLOR says no. */
export function useColor(
  ctx: Pick<CommandContext, 'stdout' | 'env'>,
  noColorFlag: boolean | undefined,
): boolean {
  if (noColorFlag) return false;
  if (ctx.env.NO_COLOR !== undefined && ctx.env.NO_COLOR !== '') return false;
  if (ctx.env.FORCE_COLOR !== undefined && ctx.env.FORCE_COLOR !== '0') return true;
  return ctx.stdout.isTTY === true;
}
