import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalStateBackend } from './local.js';

/**
 * A local state in a fresh temporary directory, removed on close: for a run against the
 * in-process emulator, which forgets every order when the command ends, so a journal kept past
 * it would describe orders that no longer exist.
 */
export class TemporaryStateBackend extends LocalStateBackend {
  static async create(key: Buffer | undefined, warn: (line: string) => void): Promise<TemporaryStateBackend> {
    return new TemporaryStateBackend(await mkdtemp(join(tmpdir(), 'orderform-emulator-')), key, warn);
  }

  override async close(): Promise<void> {
    await super.close();
    await rm(this.location, { recursive: true, force: true });
  }
}
