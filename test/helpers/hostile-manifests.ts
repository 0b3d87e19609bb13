/**
 * A generator of hostile manifests, each with the outcome orderform must give as data: every
 * one is refused with a located message naming the problem (exit 3), in bounded time, and
 * none crashes the loader. Adding a case means adding an entry here.
 */
import { SEED_YAML } from './manifest.js';

export interface HostileManifest {
  name: string;
  text: () => string;
  /** The message of some issue; undefined when the manifest is valid. */
  expect: RegExp | undefined;
  /** Line of that issue, when it is certain. */
  line?: number;
}

const HEAD = 'apiVersion: orderform/v1\nkind: Order\nmetadata:\n  name: hostile\n';

function rows(count: number, perLine: number, item: (i: number) => string): string {
  const out: string[] = [];
  for (let i = 0; i < count; i += perLine) {
    const row: string[] = [];
    for (let j = i; j < Math.min(count, i + perLine); j++) row.push(item(j));
    out.push(row.join(', '));
  }
  return out.join(',\n  ');
}

const seedWith = (from: string, to: string): string => {
  if (!SEED_YAML.includes(from)) throw new Error(`seed has no ${from}`);
  return SEED_YAML.replace(from, to);
};

export const HOSTILE_MANIFESTS: readonly HostileManifest[] = [
  {
    name: '150k open flow sequences',
    text: () => '--- [\n'.repeat(150_000),
    expect: /more than 1000 YAML documents/,
    line: 1001,
  },
  { name: '150k lines of a: 1', text: () => 'a: 1\n'.repeat(150_000), expect: /more than 50000 lines/ },
  {
    name: '40k duplicate keys',
    text: () => `${HEAD}spec:\n${'  a: 1\n'.repeat(40_000)}`,
    expect: /this map has 40000 keys; the limit is 1000/,
  },
  {
    name: '900 duplicate keys',
    text: () => `${HEAD}spec:\n${'  a: 1\n'.repeat(900)}`,
    expect: /duplicate key 'a': it is already set on line 6/,
  },
  {
    name: '100k unknown keys, one per line',
    text: () =>
      `${HEAD}spec:\n${Array.from({ length: 100_000 }, (_, i) => `  ${i.toString(36)}: 1\n`).join('')}`,
    expect: /more than 50000 lines/,
  },
  {
    name: '100k unknown keys in one flow map',
    text: () => `${HEAD}spec: {${rows(100_000, 500, (i) => `k${i.toString(36)}: 1`)}}\n`,
    expect: /this map has 100000 keys; the limit is 1000/,
    line: 5,
  },
  {
    name: '30k anchors and 30k aliases',
    text: () =>
      `${HEAD}spec: {a: [${rows(30_000, 500, (i) => `&a${i} ${i}`)}],\n  b: [${rows(30_000, 500, (i) => `*a${i}`)}]}\n`,
    expect: /this list has 30000 items|alias bomb/,
  },
  {
    name: 'an alias bomb',
    text: () => {
      const lines = [HEAD, 'x0: &x0 [a, a, a, a, a, a, a, a, a, a]\n'];
      for (let i = 1; i < 9; i++)
        lines.push(
          `x${i}: &x${i} [${Array(10)
            .fill(`*x${i - 1}`)
            .join(', ')}]\n`,
        );
      return lines.join('');
    },
    expect: /alias bomb/,
  },
  {
    name: 'nesting 10k deep',
    text: () => `${HEAD}spec: ${'['.repeat(10_000)}`,
    expect: /nested too deeply|YAML/,
  },
  {
    name: '900 unknown keys at many places',
    text: () =>
      `${HEAD}spec:\n  account: {currency: USD, language: en-US}\n${Array.from({ length: 900 }, (_, i) => `  bad${i}: 1\n`).join('')}`,
    expect: /801 more problems in this file from here on \(only the first 100 are listed\)/,
  },
  {
    name: 'ESC in a name',
    text: () => seedWith('VPS Virtuozzo Test', '"VPS \\e[2J Test"'),
    expect: /U\+001B \(ESC\)/,
    line: 14,
  },
  {
    name: 'OSC in a name',
    text: () => seedWith('VPS Virtuozzo Test', '"x\\e]0;pwned\\a"'),
    expect: /U\+001B \(ESC\)/,
  },
  {
    name: 'BEL in a name',
    text: () => seedWith('VPS Virtuozzo Test', '"ding\\a"'),
    expect: /U\+0007 \(BEL\)/,
  },
  { name: 'NUL in a name', text: () => seedWith('VPS Virtuozzo Test', '"a\\0b"'), expect: /U\+0000 \(NUL\)/ },
  {
    name: 'C1 CSI in a name',
    text: () => seedWith('VPS Virtuozzo Test', '"a\\x9b2J"'),
    expect: /U\+009B \(CSI\)/,
  },
  {
    name: 'bidi override in a name',
    text: () => seedWith('VPS Virtuozzo Test', 'abc\u202Edcb'),
    expect: /U\+202E \(bidi control\)/,
  },
  {
    name: 'bidi isolate in a description',
    text: () => seedWith('  name: web-vps-01', '  name: web-vps-01\n  description: "a\\u2066b"'),
    expect: /U\+2066/,
  },
  {
    name: 'ESC in a key',
    text: () => seedWith('    currency: USD', '    "cur\\erency": USD'),
    expect: /a key holds U\+001B/,
  },
  {
    name: 'a serviceSpecification URL with a query',
    text: () =>
      seedWith(
        'core.vps.virtuozzo.ip',
        'https://api.hostway.com/serviceSpecifications/core.vps.virtuozzo.ip?x=1',
      ),
    expect: /must not contain a query/,
  },
  {
    name: 'a serviceSpecification URL with a fragment',
    text: () =>
      seedWith(
        'core.vps.virtuozzo.ip',
        'https://api.hostway.com/serviceSpecifications/core.vps.virtuozzo.ip#f',
      ),
    expect: /must not contain a query \(\?\) or a fragment/,
  },
  {
    name: 'a serviceSpecification URL with %2F..%2F',
    text: () =>
      seedWith('core.vps.virtuozzo.ip', 'https://api.hostway.com/serviceSpecifications/x%2F..%2Forders'),
    expect: /encoded/,
  },
  {
    name: 'an offering URL with %2e%2e',
    text: () =>
      seedWith(
        'core.plan.vps.virtuozzo.u101/offerings/USD-1',
        'https://api.hostway.com/productSpecifications/core.plan.vps.virtuozzo.u101/offerings/%2e%2e',
      ),
    expect: /'\.' or '\.\.' path segments|encoded/,
  },
  {
    name: 'a byte-order mark and CRLF line ends',
    text: () => `\uFEFF${SEED_YAML.replace(/\n/g, '\r\n')}`,
    expect: undefined,
  },
  { name: 'the seed order', text: () => SEED_YAML, expect: undefined },
];
