import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's PostgreSQL; PG_BIN overrides. */
export const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

export interface PgCluster {
  url: string;
  dataDir: string;
  /** Runs a PostgreSQL binary (pg_ctl, pg_dump) as the cluster's owner. */
  run(binary: string, args: string[]): string;
  /** Restarts the server (connections are cut), waiting until it accepts connections again. */
  restart(): void;
  stop(): void;
}

/** Runs a PostgreSQL binary as the cluster's owner (`postgres` when this process is root). */
export function runPgBinary(binary: string, args: string[], cwd: string = tmpdir()): string {
  const asRoot = process.getuid?.() === 0;
  return execFileSync(
    asRoot ? 'runuser' : join(PG_BIN, binary),
    asRoot ? ['-u', 'postgres', '--', join(PG_BIN, binary), ...args] : args,
    { encoding: 'utf8', cwd, stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

/** A fresh schema name per test: tests share one cluster and never see each other's records. */
export function pgStateUrl(base: string, label: string): string {
  const url = new URL(base);
  url.searchParams.set(
    'schema',
    `t_${label.replace(/[^a-z0-9]/g, '_')}_${process.pid}_${Math.floor(Math.random() * 1e9)}`,
  );
  return url.href;
}

export function havePostgres(): boolean {
  return existsSync(join(PG_BIN, 'initdb')) && existsSync(join(PG_BIN, 'pg_ctl'));
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * A throwaway cluster: initdb into a temp dir, trust auth, loopback only, a free port. initdb
 * refuses to run as root, so as root it runs as the `postgres` user.
 */
export async function startPgCluster(): Promise<PgCluster> {
  const root = mkdtempSync(join(tmpdir(), 'orderform-pg-'));
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot
    ? Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim())
    : undefined;
  if (owner !== undefined) chownSync(root, owner, owner);
  const run = (binary: string, args: string[]): string => runPgBinary(binary, args, root);
  const dataDir = join(root, 'data');
  run('initdb', ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const port = await freePort();
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=on`;
  run('pg_ctl', ['-D', dataDir, '-o', options, '-l', join(root, 'log'), '-w', 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    dataDir,
    run,
    // -l: a server started with our pipe as its stdout would keep execFileSync waiting forever.
    restart: () => run('pg_ctl', ['-D', dataDir, '-l', join(root, 'log'), '-m', 'fast', '-w', 'restart']),
    stop() {
      try {
        run('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
}
