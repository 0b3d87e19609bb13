import { UsageError } from '../errors.js';
import type { CommandContext } from './context.js';

// Placeholder until the status command lands; replaced by its real implementation.
export async function runStatus(_ctx: CommandContext): Promise<number> {
  throw new UsageError('status is not available in this build yet');
}
