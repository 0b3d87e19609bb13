// Fleet benchmark: apply of 100 generated seed-like orders in one run against the emulator at
// 50 ms latency with --parallelism 16, once with local state and once with PostgreSQL.
// Prints each wall time against the ideal (the rounds the parallelism allows x latency, never
// less than one order's critical path, + the CLI's start-up), and the cost of one durable state
// write in each backend (the real backends, bundled from src/ on the fly).
// PostgreSQL: ORDERFORM_BENCH_PG_URL, else a throwaway cluster (Debian's postgresql, as the tests).
import { execFileSync, spawn } from 'node:child_process';
import { chownSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { startEmulator } from '../dist/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'bin/orderform.js');
const ORDERS = Number(process.env.BENCH_ORDERS ?? 100);
const LATENCY_MS = 50;
const PARALLELISM = 16;
const WRITES = 200;

function run(args, cwd) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [cli, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stdout.resume();
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`orderform ${args.join(' ')} exited ${code}\n${stderr}`));
      else resolve(performance.now() - started);
    });
  });
}

function runJson(args, cwd) {
  return JSON.parse(execFileSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' }));
}

const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
function pgRun(binary, args, cwd) {
  const asRoot = process.getuid?.() === 0;
  return execFileSync(
    asRoot ? 'runuser' : join(PG_BIN, binary),
    asRoot ? ['-u', 'postgres', '--', join(PG_BIN, binary), ...args] : args,
    {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
}
async function startCluster() {
  const dir = mkdtempSync(join(tmpdir(), 'orderform-bench-pg-'));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, uid);
  }
  pgRun('initdb', ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres', '--no-sync'], dir);
  const port = await new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`;
  pgRun('pg_ctl', ['-D', join(dir, 'data'), '-o', options, '-l', join(dir, 'log'), '-w', 'start'], dir);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      pgRun('pg_ctl', ['-D', join(dir, 'data'), '-m', 'immediate', '-w', 'stop'], dir);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The real state backends, bundled from the sources (they are not an entry of dist/). */
async function loadStateModule(work) {
  const outfile = join(work, 'state.mjs');
  await build({
    entryPoints: [join(root, 'src/state/open.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    external: ['pg-native'],
    logLevel: 'warning',
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  return import(outfile);
}

async function writeCost(state, location) {
  const backend = await state.openStateBackend(state.parseStateLocation(location, root), {}, () => undefined);
  const endpoint = 'http://127.0.0.1:1';
  const lock = await backend.lock(endpoint, 'bench', { waitMs: 0 });
  const record = {
    format: 'orderform-journal',
    version: 1,
    name: 'bench',
    origin: endpoint,
    endpoint,
    manifestHash: 'h',
    revision: 0,
    createdAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
    abandonedOrders: [],
    steps: {},
  };
  for (let i = 0; i < 11; i += 1) {
    record.steps[`service:${i}`] = {
      kind: 'add-service',
      fingerprint: 'f',
      status: 'done',
      method: 'POST',
      url: `${endpoint}/x`,
      startedAt: record.createdAt,
      attempts: 1,
      location: `${endpoint}/x/${i}`,
    };
  }
  const times = [];
  for (let i = 0; i < WRITES; i += 1) {
    record.revision += 1;
    const started = performance.now();
    await backend.write(record);
    times.push(performance.now() - started);
  }
  await lock.release();
  await backend.close();
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], p95: times[Math.floor(times.length * 0.95)] };
}

const work = mkdtempSync(join(tmpdir(), 'orderform-fleet-'));
const manifests = join(work, 'manifests');
mkdirSync(manifests);
const seed = readFileSync(join(root, 'manifests/vps-virtuozzo.yaml'), 'utf8');
for (let i = 0; i < ORDERS; i += 1) {
  const name = `fleet-${String(i).padStart(3, '0')}`;
  writeFileSync(join(manifests, `${name}.yaml`), seed.replace(/name: web-vps-01/, `name: ${name}`));
}
const cluster = process.env.ORDERFORM_BENCH_PG_URL ? undefined : await startCluster();
const pgUrl = process.env.ORDERFORM_BENCH_PG_URL ?? cluster.url;
try {
  const startup = [];
  for (let i = 0; i < 5; i += 1) startup.push(await run(['--version'], work));
  startup.sort((a, b) => a - b);
  const startupMs = startup[2];
  // Requests per order and the critical path come from the plan itself (today 13 and 7: order,
  // product, server, add-ons, quote, validate, submit), so the ideal follows the plan's steps.
  const planned = await runJson(
    ['plan', join(manifests, 'fleet-000.yaml'), '--offline', '--output', 'json'],
    work,
  );
  const REQUESTS_PER_ORDER = planned.orders[0].steps.length;
  const CRITICAL_PATH = planned.orders[0].criticalPath;
  const rounds = Math.max(CRITICAL_PATH, Math.ceil((ORDERS * REQUESTS_PER_ORDER) / PARALLELISM));
  const ideal = rounds * LATENCY_MS + startupMs;
  console.log(
    `${ORDERS} orders x ${REQUESTS_PER_ORDER} requests, ${LATENCY_MS} ms latency, --parallelism ${PARALLELISM}`,
  );
  console.log(
    `ideal: ${rounds} rounds x ${LATENCY_MS} ms + start-up ${startupMs.toFixed(0)} ms = ${ideal.toFixed(0)} ms`,
  );
  const state = await loadStateModule(work);
  for (const [label, location] of [
    ['local', join(work, 'state')],
    ['postgres', `${pgUrl}${pgUrl.includes('?') ? '&' : '?'}schema=fleet_${process.pid}`],
  ]) {
    const emulator = await startEmulator({ port: 0, latencyMs: LATENCY_MS });
    try {
      const ms = await run(
        [
          'apply',
          manifests,
          '--endpoint',
          emulator.url,
          '--yes',
          '--parallelism',
          String(PARALLELISM),
          '--state',
          location,
        ],
        work,
      );
      const placed = emulator.state().orders.filter((order) => order.status !== 'new').length;
      const cost = await writeCost(
        state,
        `${location.replace('fleet_', 'fleetw_')}${label === 'local' ? '-writes' : ''}`,
      );
      console.log(
        `${label.padEnd(8)} apply ${ms.toFixed(0)} ms (${(ms / ideal).toFixed(2)}x ideal), ${placed} orders placed; one durable write: median ${cost.median.toFixed(2)} ms, p95 ${cost.p95.toFixed(2)} ms`,
      );
    } finally {
      await emulator.close();
    }
  }
} finally {
  cluster?.stop();
  rmSync(work, { recursive: true, force: true });
}
