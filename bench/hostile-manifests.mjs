// Times `orderform validate` on hostile manifests under the 1 MiB size limit. Prints figures;
// asserts nothing. Each run gets SIGKILL after a deadline, so a regression shows as "killed".
//
//   npm run build && node bench/hostile-manifests.mjs [deadline-seconds]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'bin/orderform.js');
const deadlineMs = Number(process.argv[2] ?? 120) * 1000;

const head = 'apiVersion: orderform/v1\nkind: Order\nmetadata:\n  name: hostile\n';
/** `count` items, `perLine` to a line, so the line limit does not hide the cost per item. */
const rows = (count, perLine, item) => {
  const out = [];
  for (let i = 0; i < count; i += perLine) {
    const row = [];
    for (let j = i; j < Math.min(count, i + perLine); j++) row.push(item(j));
    out.push(row.join(', '));
  }
  return out;
};
const cases = {
  'unknown keys (100k, block)': () => {
    const lines = [head, 'spec:\n  account: {currency: USD, language: en-US}\n'];
    for (let i = 0; i < 100_000; i++) lines.push(`  ${i.toString(36)}: 1\n`);
    return lines.join('');
  },
  'unknown keys (100k, flow)': () =>
    `${head}spec: {account: {currency: USD, language: en-US},\n  ${rows(100_000, 500, (i) => `${i.toString(36)}: 1`).join(',\n  ')}}\n`,
  'anchors + aliases (30k, block)': () => {
    const lines = [head, 'spec:\n  anchors:\n'];
    for (let i = 0; i < 30_000; i++) lines.push(`    - &a${i} ${i}\n`);
    lines.push('  aliases:\n');
    for (let i = 0; i < 30_000; i++) lines.push(`    - *a${i}\n`);
    return lines.join('');
  },
  'anchors + aliases (30k, flow)': () => {
    const anchors = rows(30_000, 500, (i) => `&a${i} ${i}`).join(',\n  ');
    const aliases = rows(30_000, 500, (i) => `*a${i}`).join(',\n  ');
    return `${head}spec: {anchors: [${anchors}],\n  aliases: [${aliases}]}\n`;
  },
  'open flow sequences (150k)': () => '--- [\n'.repeat(150_000),
  'a: 1 lines (150k)': () => 'a: 1\n'.repeat(150_000),
};

const dir = mkdtempSync(join(tmpdir(), 'orderform-hostile-'));
try {
  for (const [label, make] of Object.entries(cases)) {
    const file = join(dir, 'm.yaml');
    const text = make();
    writeFileSync(file, text);
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [cli, 'validate', file], {
      encoding: 'utf8',
      timeout: deadlineMs,
      killSignal: 'SIGKILL',
      maxBuffer: 256 * 1024 * 1024,
    });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const outcome = result.signal ? `killed after ${deadlineMs / 1000} s` : `exit ${result.status}`;
    const lines = result.stderr.split('\n').filter((l) => l !== '').length;
    console.log(
      `${label.padEnd(30)} ${(text.length / 1024).toFixed(0).padStart(5)} KiB  ${(ms / 1000).toFixed(2).padStart(7)} s  ${outcome}, ${lines} stderr lines`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
