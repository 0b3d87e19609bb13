import { UsageError } from '../errors.js';
import type { CommandContext } from './context.js';

// Placeholder until the emulator command lands; replaced by its real implementation.
export async function runEmulator(_ctx: CommandContext): Promise<number> {
  throw new UsageError('emulator is not available in this build yet');
}
