import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Emulator, startEmulator } from '../../src/emulator/index.js';

/** The full new-account example in a scratch directory, with an emulator that requires contacts. */

const EXAMPLE = fileURLToPath(new URL('../../manifests/new-account-full.yaml', import.meta.url));

/** Distinctive values: the password has characters that URL-encoding changes. */
export const SECRETS = {
  ACCOUNT_PASSWORD: 'Wq7 pX3+kLm9!Tz',
  CARD_NUMBER: '4111222233334444',
  CARD_CVV: '8462',
};

export interface WholeOrderSpace {
  dir: string;
  manifest: string;
  emulator: Emulator;
  close(): Promise<void>;
}

export async function wholeOrderSpace(): Promise<WholeOrderSpace> {
  const dir = await mkdtemp(join(tmpdir(), 'orderform-whole-'));
  const manifest = join(dir, 'order.yaml');
  await copyFile(EXAMPLE, manifest);
  const emulator = await startEmulator({ port: 0, requireContact: true });
  return {
    dir,
    manifest,
    emulator,
    close: async () => {
      await emulator.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
