import { UsageError } from '../errors.js';
import type { CommandContext } from './context.js';

// Placeholder until the validate command lands; replaced by its real implementation.
export async function runValidate(_ctx: CommandContext): Promise<number> {
  throw new UsageError('validate is not available in this build yet');
}
