import { UsageError } from '../errors.js';
import type { CommandContext } from './context.js';

// Placeholder until the apply command lands; replaced by its real implementation.
export async function runApply(_ctx: CommandContext): Promise<number> {
  throw new UsageError('apply is not available in this build yet');
}
