import { constants } from 'node:fs';
import { chmod, mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { StateBackend } from './backend.js';
import { type Journal, type JournalPaths, parseJournal } from './journal-format.js';

/** Where a journal's writes go: called with the whole journal, resolves once it is durable. */
export type JournalSink = (journal: Journal) => Promise<void>;

/**
 * The journal of one order, kept in memory and written through to disk. `update` resolves only
 * once a write that contains the change is durable (temp file, fsync, rename, fsync of the
 * directory), which is what makes it write-ahead: a step is sent only after "started" is on disk.
 * Updates are coalesced into one write: a write starts one macrotask after the first change that
 * needs it, so everything decided in the same turn (a step's result and the "started" records of
 * the steps it unblocks, or parallel siblings) shares one fsync. The journal is always written
 * whole and in order, so a later change never lands on disk without the earlier ones.
 */
export class JournalStore {
  private pendingWrite: Promise<void> | null = null;
  private chain: Promise<void> = Promise.resolve();

  private constructor(
    private readonly sink: JournalSink,
    private readonly data: Journal,
    /** Whether the journal was on disk when opened (false: a fresh one, not yet written). */
    readonly existed: boolean,
  ) {}

  /** Opens the journal under `paths` (creating the directories with mode 0700); `fresh` when none exists. */
  static async open(paths: JournalPaths, fresh: () => Journal): Promise<JournalStore> {
    await ensurePrivateDir(paths.dir);
    const existing = await readJournalFile(paths.journal);
    let sequence = 0;
    const sink: JournalSink = (journal) => {
      sequence += 1;
      return writeFileAtomic(paths.journal, `${JSON.stringify(journal, null, 2)}\n`, sequence);
    };
    return new JournalStore(sink, existing ?? fresh(), existing !== undefined);
  }

  /** Opens an order's journal in a state backend (the caller holds the order's lock). */
  static async load(
    backend: StateBackend,
    origin: string,
    name: string,
    fresh: () => Journal,
  ): Promise<JournalStore> {
    const existing = await backend.read(origin, name);
    return new JournalStore((journal) => backend.write(journal), existing ?? fresh(), existing !== undefined);
  }

  get current(): Readonly<Journal> {
    return this.data;
  }

  /** Applies `change` in memory now and resolves when it is on disk. */
  update(change: (journal: Journal) => void): Promise<void> {
    change(this.data);
    if (this.pendingWrite === null) {
      const write = this.chain.then(nextMacrotask).then(() => {
        this.pendingWrite = null;
        return this.write();
      });
      this.pendingWrite = write;
      this.chain = write.catch(() => undefined);
    }
    return this.pendingWrite;
  }

  private async write(): Promise<void> {
    this.data.revision += 1;
    this.data.updatedAt = new Date().toISOString();
    // Sinks serialize the journal before their first await: later changes wait for the next write.
    await this.sink(this.data);
  }
}

/** Lets the promise reactions of the current turn run first, so their updates join the write. */
function nextMacrotask(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export async function readJournalFile(path: string): Promise<Journal | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return parseJournal(text);
}

export async function ensurePrivateDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  // mkdir's mode is filtered by the umask and ignored for directories that already exist.
  await chmod(dir, 0o700);
}

/**
 * Replaces `path` with `text` so that a crash at any moment leaves either the old or the new
 * content, never a torn file; the file is created 0600 because it holds the order's cookie.
 */
export async function writeFileAtomic(path: string, text: string, sequence = 0): Promise<void> {
  // Unique without a random source: this process's pid, its write count and the clock.
  const temporary = `${path}.${process.pid}.${sequence}.${Date.now().toString(36)}.tmp`;
  const handle = await open(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await handle.close();
  await rename(temporary, path);
  await syncDir(dirname(path));
}

async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, constants.O_RDONLY);
  try {
    await handle.sync();
  } catch (error) {
    // Some file systems refuse fsync on directories; the rename itself has still happened.
    if (!['EINVAL', 'EISDIR', 'EPERM'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    await handle.close();
  }
}
