import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { ensureBuilt } from './helpers/dist.js';
import { havePostgres, type PgCluster, startPgCluster } from './helpers/postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL server for the state backend's tests ('' when none, outside CI). */
    pgUrl: string;
    /** Its data directory when this run started it (restart tests need it), else ''. */
    pgDataDir: string;
  }
}

let cluster: PgCluster | undefined;

// End-to-end tests spawn the built CLI, so dist/ must match the sources under test: it is built
// here unless it is newer than every source. Nothing rebuilds it while tests run. Only the e2e
// project has this setup: `--project unit` neither builds nor starts PostgreSQL.
// PostgreSQL: ORDERFORM_TEST_PG_URL when given, else a throwaway cluster; under CI a missing
// PostgreSQL fails the run instead of skipping its tests.
export default async function setup(project: TestProject): Promise<() => void> {
  ensureBuilt(fileURLToPath(new URL('..', import.meta.url)));
  const given = process.env.ORDERFORM_TEST_PG_URL;
  const ci = process.env.CI !== undefined && !['', '0', 'false'].includes(process.env.CI);
  if (given) {
    project.provide('pgUrl', given);
    project.provide('pgDataDir', '');
  } else if (havePostgres()) {
    cluster = await startPgCluster();
    project.provide('pgUrl', cluster.url);
    project.provide('pgDataDir', cluster.dataDir);
  } else if (ci) {
    throw new Error('PostgreSQL is required under CI: install postgresql or set ORDERFORM_TEST_PG_URL');
  } else {
    console.warn('PostgreSQL not found: its state-backend tests are skipped (they run under CI)');
    project.provide('pgUrl', '');
    project.provide('pgDataDir', '');
  }
  return () => cluster?.stop();
}
