// Benchmark of `orderform apply` on the seed order against the emulator with 100 ms latency.
// Run after a build (npm run bench:apply builds first). Prints apply's wall time, the ideal
// (critical path of round trips x latency + the CLI's start-up, measured as `orderform --version`),
// their ratio (target <= 1.3), and the same flow done strictly one request at a time.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '../dist/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'bin/orderform.js');
const manifest = join(root, 'manifests/vps-virtuozzo.yaml');
const LATENCY_MS = 100;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function run(args, cwd = root) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [cli, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (code !== 0) reject(new Error(`orderform ${args.join(' ')} exited ${code}\n${stderr}`));
      else resolve({ ms, stdout });
    });
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

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
  const startup = [];
  for (let i = 0; i < RUNS; i += 1) startup.push((await run(['--version'])).ms);
  const planned = JSON.parse(
    (await run(['plan', manifest, '--endpoint', emulator.url, '--output', 'json'])).stdout,
  );
  const criticalPath = planned.orders[0].criticalPath;
  const ideal = criticalPath * LATENCY_MS + median(startup);

  const applyTimes = async (extra) => {
    const times = [];
    for (let i = 0; i < RUNS; i += 1) {
      emulator.reset();
      const stateDir = join(scratch, `state-${extra.join('')}-${i}`);
      times.push(
        (
          await run([
            'apply',
            manifest,
            '--endpoint',
            emulator.url,
            '--yes',
            '--state-dir',
            stateDir,
            ...extra,
          ])
        ).ms,
      );
    }
    return median(times);
  };
  const applyDefault = await applyTimes([]);
  const applyWide = await applyTimes(['--parallelism', '8']);
  const plain = [];
  for (let i = 0; i < RUNS; i += 1) {
    emulator.reset();
    plain.push(await sequential(emulator.url));
  }

  const f = (ms) => `${Math.round(ms)} ms`;
  console.log(
    `orderform apply benchmark: seed order, emulator latency ${LATENCY_MS} ms, median of ${RUNS} runs`,
  );
  console.log(`  CLI start-up (orderform --version)              ${f(median(startup))}`);
  console.log(`  critical path                                   ${criticalPath} round trips`);
  console.log(`  ideal (critical path x latency + start-up)      ${f(ideal)}`);
  console.log(
    `  apply, --parallelism 8                          ${f(applyWide)}   ratio ${(applyWide / ideal).toFixed(2)} (target <= 1.30)`,
  );
  console.log(
    `  apply, default --parallelism 4                  ${f(applyDefault)}   ratio ${(applyDefault / ideal).toFixed(2)} (6 add-ons need 2 rounds of 4)`,
  );
  console.log(
    `  plain script, one request at a time (11 calls)  ${f(median(plain))}   (+ start-up: ${f(median(plain) + median(startup))})`,
  );
} finally {
  await emulator.close();
  await rm(scratch, { recursive: true, force: true });
}
