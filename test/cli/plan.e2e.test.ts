import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { loadPlanFile } from '../../src/plan/file.js';
import type { Plan } from '../../src/plan/types.js';
import { runCli } from '../helpers/cli.js';

const SEED = 'manifests/vps-virtuozzo.yaml';
const ENDPOINT = 'https://api.hostway.com';
const work = mkdtempSync(join(tmpdir(), 'orderform-plan-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.concurrent('orderform plan', () => {
  it('prints one line per request of the seed order, with totals', async ({ expect }) => {
    const result = await runCli([
      'plan',
      SEED,
      '--endpoint',
      ENDPOINT,
      '--offline',
      '--state-dir',
      join(work, 'state'),
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').filter((line) => /^ {2}\+ /.test(line))).toHaveLength(13);
    expect(result.stdout).toContain(`POST ${ENDPOINT}/orders {}`);
    expect(result.stdout).toContain('"relatedTo":["{steps.server.location}"]');
    expect(result.stdout).toContain('critical path 7 round trips');
  });

  it('keeps {endpoint} references when no endpoint is given', async ({ expect }) => {
    const result = await runCli(['plan', SEED]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('POST {endpoint}/orders {}');
  });

  it('writes JSON that saves and loads back as the same versioned plan', async ({ expect }) => {
    const out = join(work, 'plan.json');
    const result = await runCli([
      'plan',
      SEED,
      '--endpoint',
      ENDPOINT,
      '--offline',
      '--output',
      'json',
      '--out',
      out,
    ]);
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as Plan;
    expect(printed).toMatchObject({ format: 'orderform-plan', version: 1, endpoint: ENDPOINT });
    const saved = await loadPlanFile(out);
    expect(saved).toEqual(printed);
    expect(readFileSync(out, 'utf8')).not.toMatch(/OwnerId|Authorization/i);
  });

  it('renders Markdown for a pull-request comment', async ({ expect }) => {
    const result = await runCli([
      'plan',
      'manifests',
      '--output',
      'markdown',
      '--endpoint',
      ENDPOINT,
      '--offline',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('### orderform plan');
    expect(result.stdout).toContain('<details>');
    expect(result.stdout.length).toBeLessThan(65_536);
  });

  it('exits 2 with --detailed-exitcode when something would change', async ({ expect }) => {
    const result = await runCli([
      'plan',
      SEED,
      '--endpoint',
      ENDPOINT,
      '--detailed-exitcode',
      '--offline',
      '--state-dir',
      join(work, 's2'),
    ]);
    expect(result.code).toBe(2);
  });

  it('refuses a plain-HTTP endpoint that is not loopback, unless told', async ({ expect }) => {
    const refused = await runCli(['plan', SEED, '--endpoint', 'http://api.example.test']);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('refusing plain http:// to api.example.test');
    const allowed = await runCli([
      'plan',
      SEED,
      '--endpoint',
      'http://api.example.test',
      '--allow-insecure-http',
      '--offline',
    ]);
    expect(allowed.code).toBe(0);
    expect(allowed.stderr).toContain('warning: sending to http://api.example.test over plain http');
  });

  it('rejects an unsupported --output and a missing path with exit 3', async ({ expect }) => {
    expect((await runCli(['plan', SEED, '--output', 'yaml'])).code).toBe(3);
    const none = await runCli(['plan']);
    expect(none.code).toBe(3);
    expect(none.stderr).toContain('name at least one manifest');
  });

  it('with --offline sends nothing to the endpoint; without, an unusable catalog is exit 1', async ({
    expect,
  }) => {
    let requests = 0;
    const server = createServer((_req, res) => {
      requests += 1;
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const result = await runCli([
        'plan',
        'manifests',
        '--endpoint',
        `http://127.0.0.1:${port}`,
        '--offline',
      ]);
      expect(result.code).toBe(0);
      expect(requests).toBe(0);
      // This server answers every catalog GET with an empty 200: not a catalog, never a silent pass.
      const online = await runCli(['plan', 'manifests', '--endpoint', `http://127.0.0.1:${port}`]);
      expect(online.code, online.stderr).toBe(1);
      expect(online.stderr).toContain(`error: the catalog at http://127.0.0.1:${port} could not be read`);
      expect(online.stderr).toContain('--offline');
      expect(online.stdout).toBe('');
    } finally {
      server.close();
    }
  });
});
