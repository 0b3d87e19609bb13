import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { Journal } from './journal-format.js';
import { JournalFormatError } from './journal-format.js';

/** The OwnerId cookie jar at rest, encrypted with ORDERFORM_STATE_KEY. */
export interface SealedCookies {
  sealed: 'aes-256-gcm';
  iv: string;
  tag: string;
  data: string;
}

/** A 32-byte key from ORDERFORM_STATE_KEY (any string: hashed, so its length does not matter). */
export function stateKeyFrom(env: NodeJS.ProcessEnv): Buffer | undefined {
  const raw = env.ORDERFORM_STATE_KEY;
  if (raw === undefined || raw === '') return undefined;
  return createHash('sha256').update(raw, 'utf8').digest();
}

function isSealed(value: unknown): value is SealedCookies {
  return typeof value === 'object' && value !== null && (value as SealedCookies).sealed === 'aes-256-gcm';
}

/**
 * The journal as stored: with a key the cookie jar is encrypted (the journal's origin and name are
 * the associated data, so a sealed jar moved into another order's journal does not open).
 */
export function sealJournal(journal: Journal, key: Buffer | undefined): Journal {
  if (key === undefined || journal.cookies === undefined || isSealed(journal.cookies)) return journal;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(`${journal.origin}\n${journal.name}`, 'utf8'));
  const data = Buffer.concat([cipher.update(JSON.stringify(journal.cookies), 'utf8'), cipher.final()]);
  const sealed: SealedCookies = {
    sealed: 'aes-256-gcm',
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
  return { ...journal, cookies: sealed };
}

/** The journal in memory: a sealed cookie jar opened with the key, or a clear error. */
export function openJournal(journal: Journal, key: Buffer | undefined): Journal {
  if (!isSealed(journal.cookies)) return journal;
  if (key === undefined) {
    throw new JournalFormatError(
      `the journal of order ${journal.name} holds an encrypted cookie and ORDERFORM_STATE_KEY is not set`,
    );
  }
  try {
    const sealed = journal.cookies;
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
    decipher.setAAD(Buffer.from(`${journal.origin}\n${journal.name}`, 'utf8'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    const text = Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]);
    return { ...journal, cookies: JSON.parse(text.toString('utf8')) as unknown };
  } catch {
    throw new JournalFormatError(
      `the encrypted cookie in the journal of order ${journal.name} does not open with ORDERFORM_STATE_KEY (wrong key, or the record was tampered with)`,
    );
  }
}
