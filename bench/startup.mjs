// Start-up and plan-size benchmark. Prints figures; it asserts nothing (machines here are shared
// and noisy, so compare the ratio printed in one run, not absolute times).
//
//   npm run build && node bench/startup.mjs [runs]
//
// 1. Median wall time of `orderform validate manifests/vps-virtuozzo.yaml` against `node -e 0`
//    (target: ratio <= 2.0).
// 2. `orderform plan` on a generated manifest of 2,000 services (target: under 1 s).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED_ADDONS } from './seed.mjs';

const root = new URL('..', import.meta.url).pathname;
const runs = Number(process.argv[2] ?? 21);
const cli = join(root, 'bin/orderform.js');

function time(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

function compare(label, args) {
  const baseline = [];
  const measured = [];
  time(['-e', '0']);
  time(args);
  // Interleaved, so both see the same machine load.
  for (let i = 0; i < runs; i++) {
    baseline.push(time(['-e', '0']));
    measured.push(time(args));
  }
  const b = median(baseline);
  const m = median(measured);
  console.log(
    `${label.padEnd(44)} ${m.toFixed(1).padStart(7)} ms   node -e 0 ${b.toFixed(1).padStart(6)} ms   ratio ${(m / b).toFixed(2)}`,
  );
  return m / b;
}

function generatedManifest(services) {
  const addons = SEED_ADDONS;
  const lines = [
    'apiVersion: orderform/v1',
    'kind: Order',
    'metadata:',
    '  name: bench-2000',
    'spec:',
    '  account: { currency: USD, language: en-US }',
    '  products:',
    '    - offering: core.plan.vps.virtuozzo.u101/offerings/USD-1',
    '      services:',
  ];
  let count = 0;
  for (let s = 0; count < services; s++) {
    lines.push(
      `        - id: server${s}`,
      `          name: vps-${s}`,
      '          serviceSpecification: core.vps.virtuozzo.server.u100',
      '          billingCycle: 1',
      '          services:',
    );
    count += 1;
    for (const addon of addons) {
      if (count >= services) break;
      lines.push(`            - serviceSpecification: ${addon}`);
      count += 1;
    }
  }
  return `${lines.join('\n')}\n`;
}

console.log(`orderform start-up (median of ${runs} runs, ${process.version})`);
compare('validate manifests/vps-virtuozzo.yaml', [cli, 'validate', 'manifests/vps-virtuozzo.yaml']);
compare('plan manifests/vps-virtuozzo.yaml', [cli, 'plan', 'manifests/vps-virtuozzo.yaml']);

const dir = mkdtempSync(join(tmpdir(), 'orderform-bench-'));
try {
  const file = join(dir, 'bench-2000.yaml');
  writeFileSync(file, generatedManifest(2000));
  const times = Array.from({ length: Math.max(5, Math.floor(runs / 3)) }, () =>
    time([cli, 'plan', file, '--output', 'json']),
  );
  console.log(
    `${'plan, generated manifest of 2,000 services'.padEnd(44)} ${median(times).toFixed(1).padStart(7)} ms   (target: under 1000 ms)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
