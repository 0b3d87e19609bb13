import { UsageError } from '../errors.js';
import type { CommandContext } from './context.js';

// Placeholder until the plan command lands; replaced by its real implementation.
export async function runPlan(_ctx: CommandContext): Promise<number> {
  throw new UsageError('plan is not available in this build yet');
}
