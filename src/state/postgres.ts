import { createHash } from 'node:crypto';
import pg from 'pg';
import { ApplyStoppedError, ConflictError } from '../errors.js';
import type { DamagedJournal, LockHolder, OrderLock, StateBackend, StoredJournal } from './backend.js';
import { currentHolder, parseHolder } from './holder.js';
import { type Journal, JournalFormatError, parseJournal } from './journal-format.js';
import { checkedJournal } from './local.js';
import { lockedError } from './lock.js';
import { migrate } from './pg-schema.js';
import { sealJournal } from './seal.js';

const POLL_MS = 250;

/**
 * The state in PostgreSQL. Each journal write is one committed statement. An order's lock is a
 * session advisory lock held on a connection kept for locks only: when the runner dies, its
 * connection drops and PostgreSQL releases the lock, so the next runner proceeds at once. The
 * `locks` table only names holders for messages; the advisory lock is the truth.
 */
export class PostgresStateBackend implements StateBackend {
  readonly kind = 'postgres';
  private readonly pool: pg.Pool;
  private ready: Promise<void> | undefined;
  private lockClient: Promise<pg.Client> | undefined;
  /** Set when the lock connection drops: the locks it held are gone, so no write may follow. */
  private lockLost: Error | undefined;
  private readonly held = new Set<string>();
  private readonly s: string;

  constructor(
    readonly location: string,
    private readonly config: pg.ClientConfig,
    private readonly schema: string,
    private readonly key: Buffer | undefined,
  ) {
    this.s = `"${schema}"`;
    this.pool = new pg.Pool({ ...config, max: 8 });
    // An idle connection dropped by a restart must not crash the process; the next query reconnects.
    this.pool.on('error', () => undefined);
  }

  async lock(endpoint: string, name: string, options: { waitMs: number }): Promise<OrderLock> {
    const origin = new URL(endpoint).origin;
    await this.migrated();
    const client = await this.lockConnection();
    const key = lockKey(this.schema, origin, name);
    const deadline = Date.now() + options.waitMs;
    for (;;) {
      const { rows } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [key]);
      if (rows[0]?.ok) break;
      if (Date.now() >= deadline) {
        const holder = await this.lockHolder(origin, name);
        throw lockedError(name, holder ?? unknownHolder(), undefined);
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    const id = `${origin}\n${name}`;
    this.held.add(id);
    await client.query(
      `INSERT INTO ${this.s}.locks (origin, name, backend_pid, holder) VALUES ($1, $2, pg_backend_pid(), $3)
       ON CONFLICT (origin, name) DO UPDATE SET backend_pid = EXCLUDED.backend_pid, holder = EXCLUDED.holder, since = now()`,
      [origin, name, JSON.stringify(currentHolder())],
    );
    return {
      release: async () => {
        if (!this.held.delete(id) || this.lockLost) return;
        await client
          .query(
            `DELETE FROM ${this.s}.locks WHERE origin = $1 AND name = $2 AND backend_pid = pg_backend_pid()`,
            [origin, name],
          )
          .catch(() => undefined);
        await client.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => undefined);
      },
    };
  }

  async lockHolder(endpoint: string, name: string): Promise<LockHolder | undefined> {
    const origin = new URL(endpoint).origin;
    await this.migrated();
    const [hi, lo] = lockKeyParts(lockKey(this.schema, origin, name));
    // Only a session that really holds the advisory lock counts; a row left by a dead runner does not.
    const { rows } = await this.pool.query<{ holder: unknown; pid: number }>(
      `SELECT l.holder, a.pid FROM pg_locks a LEFT JOIN ${this.s}.locks l
         ON l.origin = $3 AND l.name = $4 AND l.backend_pid = a.pid
       WHERE a.locktype = 'advisory' AND a.granted AND a.classid = $1::oid AND a.objid = $2::oid AND a.objsubid = 1`,
      [hi, lo, origin, name],
    );
    const row = rows[0];
    if (row === undefined) return undefined;
    return row.holder === null
      ? { ...unknownHolder(), owner: `PostgreSQL session ${row.pid}` }
      : parseHolder(row.holder);
  }

  /** Ends the session holding the lock (PostgreSQL then releases it); needs the right to signal it. */
  async unlock(endpoint: string, name: string): Promise<boolean> {
    const origin = new URL(endpoint).origin;
    await this.migrated();
    const [hi, lo] = lockKeyParts(lockKey(this.schema, origin, name));
    const { rows } = await this.pool.query<{ ended: boolean }>(
      `SELECT pg_terminate_backend(pid) AS ended FROM pg_locks
       WHERE locktype = 'advisory' AND granted AND classid = $1::oid AND objid = $2::oid AND objsubid = 1`,
      [hi, lo],
    );
    await this.pool.query(`DELETE FROM ${this.s}.locks WHERE origin = $1 AND name = $2`, [origin, name]);
    return rows.some((row) => row.ended);
  }

  async read(origin: string, name: string): Promise<Journal | undefined> {
    await this.migrated();
    const { rows } = await this.pool.query<{ journal: unknown }>(
      `SELECT journal FROM ${this.s}.journals WHERE origin = $1 AND name = $2`,
      [new URL(origin).origin, name],
    );
    if (rows[0] === undefined) return undefined;
    return checkedJournal(parseJournal(JSON.stringify(rows[0].journal)), origin, name, this.key);
  }

  async write(journal: Journal): Promise<void> {
    const text = JSON.stringify(sealJournal(journal, this.key));
    const { origin, name, revision } = journal;
    if (this.lockLost && this.held.has(`${origin}\n${name}`)) {
      throw new ApplyStoppedError(
        `lost the connection that held the lock of order ${name}: ${this.lockLost.message}`,
      );
    }
    await this.migrated();
    // The revision only grows: a write from a runner that lost its lock cannot undo a newer one.
    const result = await this.pool.query(
      `INSERT INTO ${this.s}.journals (origin, name, revision, placed, journal) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (origin, name) DO UPDATE
         SET revision = EXCLUDED.revision, placed = EXCLUDED.placed, journal = EXCLUDED.journal, updated_at = now()
         WHERE ${this.s}.journals.revision < EXCLUDED.revision`,
      [origin, name, revision, journal.placed !== undefined, text],
    );
    if (result.rowCount !== 1) {
      throw new ConflictError(
        `the journal of order ${name} moved on in ${this.location} while this apply ran`,
      );
    }
  }

  async list(name?: string): Promise<(StoredJournal | DamagedJournal)[]> {
    await this.migrated();
    const { rows } = await this.pool.query<{ origin: string; name: string; journal: unknown }>(
      `SELECT origin, name, journal FROM ${this.s}.journals ${name === undefined ? '' : 'WHERE name = $1'} ORDER BY origin, name`,
      name === undefined ? [] : [name],
    );
    return rows.map((row) => {
      try {
        const journal = checkedJournal(
          parseJournal(JSON.stringify(row.journal)),
          row.origin,
          row.name,
          this.key,
        );
        return { kind: 'stored', origin: row.origin, name: row.name, journal };
      } catch (error) {
        if (!(error instanceof JournalFormatError)) throw error;
        return { kind: 'damaged', origin: row.origin, name: row.name, problem: error.message };
      }
    });
  }

  async forget(endpoint: string, name: string): Promise<void> {
    await this.migrated();
    await this.pool.query(`DELETE FROM ${this.s}.journals WHERE origin = $1 AND name = $2`, [
      new URL(endpoint).origin,
      name,
    ]);
  }

  async close(): Promise<void> {
    const client = await this.lockClient?.catch(() => undefined);
    await client?.end().catch(() => undefined);
    await this.pool.end().catch(() => undefined);
  }

  private migrated(): Promise<void> {
    this.ready ??= (async () => {
      const client = await this.pool.connect();
      try {
        await migrate(client, this.schema);
      } finally {
        client.release();
      }
    })();
    return this.ready;
  }

  private lockConnection(): Promise<pg.Client> {
    this.lockClient ??= (async () => {
      const client = new pg.Client({ ...this.config, application_name: 'orderform lock' });
      client.on('error', (error) => {
        this.lockLost = error;
      });
      client.on('end', () => {
        this.lockLost ??= new Error('the connection ended');
      });
      await client.connect();
      return client;
    })();
    return this.lockClient;
  }
}

function unknownHolder(): LockHolder {
  return { owner: 'unknown', host: '', pid: 0, since: 'unknown time' };
}

/** The advisory lock key of one order: 64 bits of a hash of schema, origin and name. */
export function lockKey(schema: string, origin: string, name: string): string {
  const digest = createHash('sha256')
    .update(`${schema}\n${new URL(origin).origin}\n${name}`)
    .digest();
  return digest.readBigInt64BE(0).toString();
}

/** How pg_locks shows a bigint advisory key: the high and low 32 bits as oids. */
function lockKeyParts(key: string): [string, string] {
  const value = BigInt.asUintN(64, BigInt(key));
  return [(value >> 32n).toString(), (value & 0xffffffffn).toString()];
}
