import type pg from 'pg';
import { ConflictError } from '../errors.js';

/**
 * Versioned migrations, applied in order on first use. Append only: a released migration is
 * never edited, so every database moves through the same steps.
 */
const MIGRATIONS: readonly ((schema: string) => string)[] = [
  (s) => `
    CREATE TABLE ${s}.journals (
      origin     text        NOT NULL,
      name       text        NOT NULL,
      revision   integer     NOT NULL,
      placed     boolean     NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      journal    jsonb       NOT NULL,
      PRIMARY KEY (origin, name)
    );
    CREATE TABLE ${s}.locks (
      origin      text        NOT NULL,
      name        text        NOT NULL,
      backend_pid integer     NOT NULL,
      holder      jsonb       NOT NULL,
      since       timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (origin, name)
    );`,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export function isSchemaName(name: string): boolean {
  return SCHEMA_NAME.test(name);
}

/** Brings the schema to the current version; concurrent runners wait for one another. */
export async function migrate(client: pg.ClientBase, schema: string): Promise<void> {
  const s = `"${schema}"`;
  await client.query('BEGIN');
  try {
    // One migrator at a time per database: the others find the work done.
    await client.query("SELECT pg_advisory_xact_lock(hashtext('orderform-migrate'))");
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${s}.migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const { rows } = await client.query<{ version: number | null }>(
      `SELECT max(version) AS version FROM ${s}.migrations`,
    );
    const current = rows[0]?.version ?? 0;
    if (current > MIGRATIONS.length) {
      throw new ConflictError(
        `the state schema ${schema} is at version ${current}, newer than this orderform knows (${MIGRATIONS.length})`,
      );
    }
    for (let version = current + 1; version <= MIGRATIONS.length; version += 1) {
      await client.query(MIGRATIONS[version - 1]!(s));
      await client.query(`INSERT INTO ${s}.migrations (version) VALUES ($1)`, [version]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
