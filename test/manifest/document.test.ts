// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are manifest text with ${VAR} references
import { describe, expect, it } from 'vitest';
import { hashManifest } from '../../src/manifest/hash.js';
import { brief, edit, parse, SEED_YAML } from '../helpers/manifest.js';

describe('parseManifestSource', () => {
  it('returns the seed manifest with its positions and hash', () => {
    const { manifests, issues } = parse(SEED_YAML);
    expect(issues).toEqual([]);
    const [loaded] = manifests;
    expect(loaded?.manifest.spec.products[0]?.services?.[0]?.billingCycle).toBe(1);
    expect(loaded?.positionOf(['spec', 'products', 0, 'offering'])).toEqual({ line: 11, column: 17 });
    expect(loaded?.positionOf(['spec', 'products', 0, 'services', 0, 'services', 1])).toEqual({
      line: 19,
      column: 15,
    });
    // Missing nodes fall back to the nearest ancestor that exists.
    expect(loaded?.positionOf(['spec', 'products', 0, 'promoCode'])).toEqual({ line: 10, column: 7 });
    expect(loaded?.positionOf(['spec', 'products', 7, 'offering'])).toEqual({ line: 10, column: 5 });
    expect(loaded?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('hashes the resolved content: key order, comments and variables do not matter', () => {
    const reordered = edit(
      '    currency: USD\n    language: en-US\n',
      '    language: en-US # comment\n    currency: ${CUR}\n',
    );
    const a = parse(SEED_YAML).manifests[0]?.hash;
    const b = parse(reordered, { env: { CUR: 'USD' } }).manifests[0]?.hash;
    expect(b).toBe(a);
    expect(parse(edit('billingCycle: 1', 'billingCycle: 12')).manifests[0]?.hash).not.toBe(a);
    expect(hashManifest({ b: 1, a: [{ d: 1, c: 2 }] })).toBe(hashManifest({ a: [{ c: 2, d: 1 }], b: 1 }));
  });

  it('reads each document of a multi-document file as its own order', () => {
    const text = `${SEED_YAML}---\n${edit('name: web-vps-01', 'name: web-vps-02')}---\n`;
    const { manifests, issues } = parse(text);
    expect(issues).toEqual([]);
    expect(manifests.map((m) => [m.document, m.manifest.metadata.name])).toEqual([
      [0, 'web-vps-01'],
      [1, 'web-vps-02'],
    ]);
  });

  it('locates a problem in a later document with its document index', () => {
    const text = `${SEED_YAML}---\n${edit('billingCycle: 1', 'billingCycle: 0', edit('web-vps-01', 'web-vps-02'))}`;
    const { manifests, issues } = parse(text);
    expect(manifests).toHaveLength(1);
    expect(issues).toEqual([
      expect.objectContaining({
        document: 1,
        line: 36,
        column: 25,
        path: 'spec.products[0].services[0].billingCycle',
      }),
    ]);
  });

  it('types a plain scalar that is one reference as YAML would; quoted ones stay strings', () => {
    const text = edit(
      'billingCycle: 1',
      'billingCycle: ${CYCLE:-1}\n          quantity: ${QTY}\n          name: "${CYCLE:-1}"',
    );
    const plain = parse(text.replace('          name: VPS Virtuozzo Test\n', ''), { env: { QTY: '3' } });
    expect(plain.issues).toEqual([]);
    const service = plain.manifests[0]?.manifest.spec.products[0]?.services?.[0];
    expect(service).toMatchObject({ billingCycle: 1, quantity: 3, name: '1' });
  });

  it('never parses a substituted value as YAML structure', () => {
    const text = edit('name: VPS Virtuozzo Test', 'name: ${NAME}');
    const { manifests } = parse(text, {
      env: { NAME: 'x\n          billingCycle: 99\n          injected: [1]' },
    });
    const service = manifests[0]?.manifest.spec.products[0]?.services?.[0];
    expect(service?.name).toContain('injected');
    expect(service?.billingCycle).toBe(1);
  });

  it('does not substitute in keys', () => {
    const { issues } = parse(edit('billingCycle: 1', '${KEY}: 1'), { env: { KEY: 'billingCycle' } });
    expect(brief(issues)).toEqual([
      '16:11 spec.products[0].services[0]["${KEY}"]: unknown key \'${KEY}\'; expected one of: id, name, serviceSpecification, billingCycle, quantity, promoCode, attributes, relatedTo, associatedTo, services',
    ]);
  });

  it('reports an unset variable at the reference itself, and nothing more about that value', () => {
    const { issues } = parse(edit('currency: USD', 'currency: ${CUR}'));
    expect(brief(issues)).toEqual([
      '7:15 spec.account.currency: variable CUR is not set; set it in the environment or give a default: ${CUR:-value}',
    ]);
  });

  it('refuses an alias bomb quickly', () => {
    let text = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 12; i++)
      text += `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]\n`;
    const started = performance.now();
    const { issues } = parse(text);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(issues.map((i) => i.message)).toEqual([expect.stringContaining('alias bomb')]);
    expect(issues[0]).toMatchObject({ line: 4, path: 'a3[7]' });
  });

  it('allows small reuse through anchors, and reports problems at the anchor', () => {
    const text = edit(
      '          billingCycle: 1\n',
      '          billingCycle: 1\n          attributes: &attrs {owner: ops, size: {a: 1}}\n',
    ).replace(
      '            - serviceSpecification: core.vps.virtuozzo.ip\n',
      '            - serviceSpecification: core.vps.virtuozzo.ip\n              attributes: *attrs\n',
    );
    const { issues } = parse(text);
    expect(brief(issues)).toEqual([
      '17:49 spec.products[0].services[0].attributes.size: size must be a string, a number, true or false, or a list of those; got a map',
    ]);
  });

  it('rejects duplicate keys, including 1 and "1"', () => {
    const { issues } = parse(`${SEED_YAML}x:\n  1: a\n  "1": b\n`);
    expect(issues.map((i) => i.message)).toEqual([
      "unknown key 'x'; expected one of: apiVersion, kind, metadata, spec",
      "duplicate key '1': it is already set on line 21",
    ]);
  });

  it('does not let a bad key hide the other problems of its map', () => {
    const { issues } = parse(edit('kind: Order\n', '? [odd]\n: key\n'));
    expect(issues.map((i) => i.message)).toEqual([
      "missing required key 'kind'",
      'map keys must be plain text (no lists, maps, aliases or empty keys)',
    ]);
  });

  it('rejects custom tags and non-core explicit tags but accepts core ones', () => {
    const bad = parse(
      edit('name: web-vps-01', 'name: !secret web-vps-01\n  description: !!timestamp 2024-01-01'),
    );
    expect(bad.issues.map((i) => i.message)).toEqual([
      "tag '!secret' is not allowed: manifests hold plain YAML values only",
      "tag '!!timestamp' is not allowed: manifests hold plain YAML values only",
    ]);
    expect(parse(edit('name: web-vps-01', 'name: !!str web-vps-01')).issues).toEqual([]);
  });

  it('rejects non-finite numbers and odd keys', () => {
    const { issues } = parse(edit('billingCycle: 1', 'billingCycle: .inf\n          ? [a]\n          : b'));
    expect(issues.map((i) => i.message)).toEqual([
      "'.inf' is not allowed: numbers must be finite",
      'map keys must be plain text (no lists, maps, aliases or empty keys)',
    ]);
  });

  it('reports an empty file, and skips empty documents between orders', () => {
    expect(brief(parse('').issues)).toEqual([expect.stringMatching(/^1:1 : the file is empty/)]);
    expect(brief(parse('# nothing\n---\n').issues)).toEqual([
      expect.stringMatching(/^1:1 : the file is empty/),
    ]);
    expect(parse(`---\n${SEED_YAML}---\n---\n`).issues).toEqual([]);
  });

  it('locates YAML syntax errors', () => {
    expect(brief(parse(edit('name: web-vps-01', 'name: "web-vps-01')).issues)).toEqual([
      expect.stringMatching(/^\d+:\d+ : YAML syntax error: /),
    ]);
  });
});
