// Benchmark of `orderform apply` on the seed order against the emulator with 100 ms latency.
// Run after a build (npm run bench:apply builds first). Prints apply's wall time against the ideal
// (critical path of round trips x latency + the CLI's start-up, measured as `orderform --version`)
// and where the rest goes: when the first request arrives after the process starts, the per-hop
// gap (from a response to the next request it lets start), and the time from the last response
// to the process's exit. The same flow done strictly one request at a time is the baseline.
//
// BENCH_BASELINE=<dir> also measures the CLI in <dir>/bin/orderform.js (e.g. an older build),
// interleaved run by run with this one, so both see the same machine load: compare the ratios.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '../dist/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifest = join(root, 'manifests/vps-virtuozzo.yaml');
const LATENCY_MS = 100;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const builds = [{ label: 'this build', cli: join(root, 'bin/orderform.js') }];
if (process.env.BENCH_BASELINE)
  builds.push({ label: 'baseline', cli: join(resolve(process.env.BENCH_BASELINE), 'bin/orderform.js') });

function run(cli, args) {
  return new Promise((done, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [cli, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ended = performance.now();
      if (code !== 0) reject(new Error(`orderform ${args.join(' ')} exited ${code}\n${stderr}`));
      else done({ started, ended, ms: ended - started, stdout });
    });
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Where an apply run's time went, from the requests the emulator recorded (same clock). */
function timeline(result, requests) {
  const sorted = [...requests].sort((a, b) => a.startedAt - b.startedAt);
  const gaps = sorted.slice(1).map((request) => {
    const answered = sorted.filter((r) => r.finishedAt <= request.startedAt).map((r) => r.finishedAt);
    return request.startedAt - Math.max(...answered);
  });
  return {
    firstRequest: sorted[0].startedAt - result.started,
    hop: median(gaps),
    exit: result.ended - Math.max(...sorted.map((r) => r.finishedAt)),
  };
}

/** The seed flow as a plain script would do it: one request after another, no parallelism. */
async function sequential(endpoint) {
  const started = performance.now();
  const json = { 'Content-Type': 'application/json; charset=UTF-8' };
  const create = await fetch(`${endpoint}/orders`, { method: 'POST', headers: json, body: '{}' });
  const cookie = create.headers.get('set-cookie').split(';')[0];
  const order = create.headers.get('location').replace(/\/$/, '');
  const send = async (method, url, body) => {
    const response = await fetch(url, {
      method,
      headers: { ...json, Cookie: cookie },
      body: JSON.stringify(body),
    });
    await response.arrayBuffer();
    if (response.status >= 300) throw new Error(`${method} ${url}: ${response.status}`);
    return response.headers.get('location')?.replace(/\/$/, '');
  };
  await send('PUT', `${order}/account`, { currency: 'USD', language: 'en-US' });
  const offering = `${endpoint}/productSpecifications/core.plan.vps.virtuozzo.u101/offerings/USD-1`;
  const product = await send('POST', `${order}/account/products`, { offering });
  const spec = (id) => `${endpoint}/serviceSpecifications/${id}`;
  const base = { name: 'VPS Virtuozzo Test', billingCycle: 1 };
  const server = await send('POST', `${product}/services`, {
    ...base,
    serviceSpecification: spec('core.vps.virtuozzo.server.u100'),
  });
  for (const id of [
    'controlpanel.plesk9-10domain',
    'additional_memory.256mb',
    'additional_disk.10gb',
    'additional_bandwidth.1000gb',
    'ip',
    'powerpack',
  ]) {
    await send('POST', `${product}/services`, {
      ...base,
      serviceSpecification: spec(`core.vps.virtuozzo.${id}`),
      relatedTo: [server],
    });
  }
  await send('POST', `${order}/action`, { action: 'submit' });
  return performance.now() - started;
}

const emulator = await startEmulator({ port: 0, latencyMs: LATENCY_MS });
const scratch = await mkdtemp(join(tmpdir(), 'orderform-bench-'));
try {
  const planned = JSON.parse(
    (await run(builds[0].cli, ['plan', manifest, '--endpoint', emulator.url, '--output', 'json'])).stdout,
  );
  const criticalPath = planned.orders[0].criticalPath;
  const samples = builds.map(() => ({ startup: [], wide: [], narrow: [], first: [], hop: [], exit: [] }));
  let n = 0;
  const apply = async (cli, extra) => {
    emulator.reset();
    n += 1;
    const state = ['--state-dir', join(scratch, `state-${n}`)];
    const result = await run(cli, [
      'apply',
      manifest,
      '--endpoint',
      emulator.url,
      '--yes',
      ...state,
      ...extra,
    ]);
    return { ms: result.ms, ...timeline(result, emulator.requests()) };
  };
  // Interleaved, so a burst of load elsewhere on the machine hits every build alike.
  for (let i = 0; i < RUNS; i += 1) {
    for (const [b, build] of builds.entries()) {
      const s = samples[b];
      s.startup.push((await run(build.cli, ['--version'])).ms);
      const wide = await apply(build.cli, ['--parallelism', '8']);
      s.wide.push(wide.ms);
      s.first.push(wide.firstRequest);
      s.hop.push(wide.hop);
      s.exit.push(wide.exit);
      s.narrow.push((await apply(build.cli, ['--parallelism', '4'])).ms);
    }
  }
  const plain = [];
  for (let i = 0; i < RUNS; i += 1) {
    emulator.reset();
    plain.push(await sequential(emulator.url));
  }

  const f = (ms) => `${Math.round(ms)} ms`;
  console.log(
    `orderform apply benchmark: seed order, emulator latency ${LATENCY_MS} ms, median of ${RUNS} runs`,
  );
  console.log(`  critical path: ${criticalPath} round trips`);
  for (const [b, build] of builds.entries()) {
    const s = samples[b];
    const ideal = criticalPath * LATENCY_MS + median(s.startup);
    console.log(`${build.label} (${build.cli})`);
    console.log(`  start-up (orderform --version)                  ${f(median(s.startup))}`);
    console.log(`  ideal (critical path x latency + start-up)      ${f(ideal)}`);
    console.log(
      `  apply, --parallelism 8                          ${f(median(s.wide))}   ratio ${(median(s.wide) / ideal).toFixed(2)} (target <= 1.15)`,
    );
    console.log(
      `    first request after process start            ${f(median(s.first))}   per-hop gap ${median(s.hop).toFixed(1)} ms   last response to exit ${f(median(s.exit))}`,
    );
    console.log(
      `  apply, --parallelism 4                          ${f(median(s.narrow))}   ratio ${(median(s.narrow) / ideal).toFixed(2)} (6 add-ons need 2 rounds of 4)`,
    );
  }
  console.log(
    `plain script, one request at a time (11 calls)    ${f(median(plain))}   (+ start-up: ${f(median(plain) + median(samples[0].startup))})`,
  );
} finally {
  await emulator.close();
  await rm(scratch, { recursive: true, force: true });
}
