import { chmod, lstat, readdir, readFile, realpath, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { DamagedJournal, LockHolder, OrderLock, StateBackend, StoredJournal } from './backend.js';
import { ensurePrivateDir, readJournalFile, writeFileAtomic } from './journal.js';
import { type Journal, JournalFormatError, journalPaths, originKey, parseJournal } from './journal-format.js';
import { acquireOrderLock, readLockHolder } from './lock.js';
import { openJournal, sealJournal } from './seal.js';

/**
 * The state in a local directory: `<dir>/<origin key>/<name>.json` (mode 0600, dirs 0700) with
 * `<name>.lock` beside it. A journal is replaced whole by an atomic, fsynced rename.
 */
export class LocalStateBackend implements StateBackend {
  readonly kind = 'local';
  private sequence = 0;
  private checked: Promise<void> | undefined;
  /** Order directories made private in this process: mkdir + chmod once, not before every write. */
  private readonly madePrivate = new Set<string>();

  constructor(
    readonly location: string,
    private readonly key: Buffer | undefined,
    private readonly warn: (line: string) => void,
  ) {}

  async lock(origin: string, name: string, options: { waitMs: number }): Promise<OrderLock> {
    const paths = await this.paths(origin, name, true);
    return acquireOrderLock(paths.lock, name, options);
  }

  async lockHolder(origin: string, name: string): Promise<LockHolder | undefined> {
    return readLockHolder((await this.paths(origin, name, false)).lock);
  }

  async unlock(origin: string, name: string): Promise<boolean> {
    const path = (await this.paths(origin, name, false)).lock;
    return unlink(path).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return false;
        throw error;
      },
    );
  }

  async read(origin: string, name: string): Promise<Journal | undefined> {
    const journal = await readJournalFile((await this.paths(origin, name, false)).journal);
    return journal === undefined ? undefined : checkedJournal(journal, origin, name, this.key);
  }

  async write(journal: Journal): Promise<void> {
    const text = `${JSON.stringify(sealJournal(journal, this.key), null, 2)}\n`;
    const paths = await this.paths(journal.origin, journal.name, true);
    this.sequence += 1;
    try {
      await writeFileAtomic(paths.journal, text, this.sequence);
    } catch (error) {
      // The directory went away during the run (removed by hand): made again, as before each write.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      this.madePrivate.delete(paths.dir);
      await this.paths(journal.origin, journal.name, true);
      this.sequence += 1;
      await writeFileAtomic(paths.journal, text, this.sequence);
    }
  }

  async list(name?: string): Promise<(StoredJournal | DamagedJournal)[]> {
    await this.checkDir();
    const found: (StoredJournal | DamagedJournal)[] = [];
    const dirs = await readdir(this.location, { withFileTypes: true }).catch(() => []);
    for (const dir of dirs) {
      if (!dir.isDirectory()) continue;
      const files = await readdir(join(this.location, dir.name)).catch(() => []);
      for (const file of files.filter((f) => f.endsWith('.json')).sort()) {
        const order = file.slice(0, -'.json'.length);
        if (name !== undefined && order !== name) continue;
        try {
          const journal = parseJournal(await readFile(join(this.location, dir.name, file), 'utf8'));
          if (originKey(journal.origin) !== dir.name) {
            throw new JournalFormatError(
              `it records origin ${journal.origin}, not the one its directory is for`,
            );
          }
          found.push({
            kind: 'stored',
            origin: journal.origin,
            name: order,
            journal: checkedJournal(journal, journal.origin, order, this.key),
          });
        } catch (error) {
          if (!(error instanceof JournalFormatError)) throw error;
          found.push({ kind: 'damaged', origin: dir.name, name: order, problem: error.message });
        }
      }
    }
    return found;
  }

  async forget(origin: string, name: string): Promise<void> {
    await unlink((await this.paths(origin, name, false)).journal).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }

  async close(): Promise<void> {}

  private async paths(origin: string, name: string, create: boolean) {
    await this.checkDir();
    const paths = journalPaths(this.location, origin, name);
    if (create && !this.madePrivate.has(paths.dir)) {
      await ensurePrivateDir(paths.dir);
      this.madePrivate.add(paths.dir);
    }
    return paths;
  }

  /** Once per process: a state dir others may write to could have its journals swapped. */
  private checkDir(): Promise<void> {
    this.checked ??= checkStateDir(this.location, this.warn);
    return this.checked;
  }
}

/**
 * A group- or world-writable state directory (or a symlink to one) is made private when it is
 * ours, and refused otherwise: anyone who can write there can replace a journal.
 */
async function checkStateDir(dir: string, warn: (line: string) => void): Promise<void> {
  const link = await lstat(dir).catch(() => undefined);
  if (link === undefined) return;
  const info = await stat(dir);
  if ((info.mode & 0o022) === 0) return;
  const target = link.isSymbolicLink() ? ` (a symlink to ${await realpath(dir)})` : '';
  const mode = (info.mode & 0o777).toString(8);
  if (typeof process.getuid === 'function' && info.uid !== process.getuid()) {
    throw new JournalFormatError(
      `the state directory ${dir}${target} is writable by others (mode ${mode}) and not owned by this user`,
    );
  }
  await chmod(dir, 0o700);
  warn(
    `warning: the state directory ${dir}${target} was writable by others (mode ${mode}); made it private (0700)`,
  );
}

/** A journal must be the one asked for: a file copied over another order's is refused by name. */
export function checkedJournal(
  journal: Journal,
  origin: string,
  name: string,
  key: Buffer | undefined,
): Journal {
  if (journal.name !== name) {
    throw new JournalFormatError(
      `the journal stored for order ${name} records order ${journal.name}: it was replaced or copied`,
    );
  }
  if (journal.origin !== new URL(origin).origin) {
    throw new JournalFormatError(
      `the journal stored for order ${name} at ${new URL(origin).origin} records origin ${journal.origin}`,
    );
  }
  return openJournal(journal, key);
}
