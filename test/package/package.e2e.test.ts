// The package as a user gets it: `npm pack` the clone (dist/ is built by the global setup),
// install the tarball in an empty project with no registry access, then run the installed bin
// and import the library. A tarball that misses a file, needs a build step or a dependency it
// does not declare fails here.
import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const run = promisify(execFile);
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const work = mkdtempSync(join(tmpdir(), 'orderform-package-'));
const project = join(work, 'project');
const installed = join(project, 'node_modules', pkg.name);
const bin = join(project, 'node_modules', '.bin', 'orderform');
let files: string[] = [];

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The environment of a user's shell: none of the clone's or the test runner's settings. */
function userEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1' };
  if (process.env.npm_config_cache) env.npm_config_cache = process.env.npm_config_cache;
  return env;
}

async function orderform(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(bin, args, { cwd: project, env: userEnv() });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

beforeAll(async () => {
  // --ignore-scripts: dist/ is already built, and rebuilding it would pull it from under the
  // other test files spawning the CLI right now.
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], {
    cwd: ROOT,
    env: { ...process.env, npm_config_loglevel: 'error' },
  });
  const [packed] = JSON.parse(stdout) as [{ filename: string; files: { path: string }[] }];
  files = packed.files.map((file) => file.path);
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), '{ "name": "consumer", "private": true, "type": "module" }\n');
  await run(
    'npm',
    ['install', '--offline', '--ignore-scripts', '--no-audit', '--no-fund', join(work, packed.filename)],
    { cwd: project, env: userEnv() },
  );
}, 60_000);

describe('the published package', () => {
  it('holds only what runs: dist, types, schemas, the sample catalog, manifests, README, LICENSE', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'LICENSE',
        'README.md',
        'package.json',
        'bin/orderform.js',
        'dist/cli.js',
        'dist/index.js',
        'dist/types/index.d.ts',
        'dist/catalog.sample.json',
        'schemas/order.schema.json',
        'manifests/vps-virtuozzo.yaml',
      ]),
    );
    const unexpected = files.filter((file) => !/^(bin|dist|schemas|manifests)\/|^[^/]+$/.test(file));
    expect(unexpected).toEqual([]);
    expect(files.filter((file) => /\.(ts|map)$/.test(file) && !file.endsWith('.d.ts'))).toEqual([]);
  });

  it('installs with no dependencies at all', () => {
    const modules = readdirSync(join(project, 'node_modules')).filter((name) => !name.startsWith('.'));
    expect(modules).toEqual([pkg.name]);
  });

  it('runs the bin: --version (through npx), validate, plan', async () => {
    const version = await run('npx', ['--offline', 'orderform', '--version'], {
      cwd: project,
      env: userEnv(),
    });
    expect(version.stdout).toBe(`${pkg.version}\n`);

    const seed = join(installed, 'manifests/vps-virtuozzo.yaml');
    const validate = await orderform(['validate', seed]);
    expect(validate, validate.stderr).toMatchObject({ code: 0 });
    expect(validate.stdout).toContain('valid; nothing was sent');

    // --offline: the catalog check would read https://api.hostway.com, which CI cannot reach.
    const plan = await orderform(['plan', seed, '--endpoint', 'https://api.hostway.com', '--offline']);
    expect(plan, plan.stderr).toMatchObject({ code: 0 });
    expect(plan.stdout).toMatch(/POST +https:\/\/api\.hostway\.com\/orders/);
  });

  it('places the seed order with apply --emulator', async () => {
    const apply = await orderform([
      'apply',
      '--emulator',
      join(installed, 'manifests/vps-virtuozzo.yaml'),
      '--output',
      'json',
    ]);
    expect(apply, apply.stderr).toMatchObject({ code: 0 });
    const report = JSON.parse(apply.stdout) as { orders: { result: string; resources: unknown[] }[] };
    expect(report.orders).toHaveLength(1);
    expect(report.orders[0]).toMatchObject({ result: 'placed' });
  });

  it("names the installed sample catalog in the emulator's --catalog hint", async () => {
    writeFileSync(join(project, 'bad-catalog.json'), '{"productSpecifications": 1}\n');
    const emulator = await orderform(['emulator', '--port', '0', '--catalog', 'bad-catalog.json']);
    expect(emulator.code).toBe(3);
    const hint = /^hint: See (\S+) for the expected format\.$/m.exec(emulator.stderr)?.[1];
    expect(hint, emulator.stderr).toBe(join(installed, 'dist/catalog.sample.json'));
    expect(existsSync(hint!)).toBe(true);
  });

  it('imports as a library: load, compile, apply against the emulator', async () => {
    const script = join(project, 'use.mjs');
    writeFileSync(
      script,
      `import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as orderform from '${pkg.name}';
const { applyPlan, compilePlan, loadValidManifests, startEmulator, VERSION } = orderform;
const emulator = await startEmulator({ port: 0 });
try {
  const manifests = await loadValidManifests(['node_modules/${pkg.name}/manifests/vps-virtuozzo.yaml'], {
    cwd: process.cwd(), env: {}, endpoint: emulator.url,
  });
  const plan = compilePlan(manifests, { endpoint: emulator.url });
  const stateDir = await mkdtemp(join(tmpdir(), 'orderform-library-'));
  const result = await applyPlan(plan, { state: stateDir });
  const again = await applyPlan(plan, { state: stateDir });
  const agents = new Set(emulator.requests().map((r) => r.headers['user-agent']));
  console.log(JSON.stringify({
    exports: Object.keys(orderform).sort(), version: VERSION, exitCode: result.exitCode,
    results: [result.orders[0].result, again.orders[0].result], requests: emulator.requests().length,
    agents: [...agents],
  }));
} finally {
  await emulator.close();
}
`,
    );
    const { stdout } = await run(process.execPath, [script], { cwd: project, env: userEnv() });
    const out = JSON.parse(stdout) as Record<string, unknown>;
    expect(out.exports).toEqual(
      expect.arrayContaining(['applyPlan', 'compilePlan', 'loadManifests', 'startEmulator', 'InputError']),
    );
    expect(out).toMatchObject({
      version: pkg.version,
      exitCode: 0,
      results: ['placed', 'already-placed'],
      requests: 13,
      agents: [`orderform/${pkg.version}`],
    });
  });

  it('type-checks a TypeScript consumer against the shipped .d.ts files (skipLibCheck off)', async () => {
    writeFileSync(
      join(project, 'use.ts'),
      `import { applyPlan, compilePlan, loadManifests, type Plan, startEmulator } from '${pkg.name}';
const { manifests, issues } = await loadManifests(['a.yaml'], { cwd: '.', env: {} });
const plan: Plan = compilePlan(manifests, { endpoint: 'https://api.hostway.com' });
const result = await applyPlan(plan, { state: '.orderform', parallelism: 8 });
const emulator = await startEmulator({ port: 0, latencyMs: 5 });
export const seen: [number, number, string] = [issues.length, result.exitCode, emulator.url];
// @ts-expect-error applyPlan needs a state dir
await applyPlan(plan, {});
`,
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          exactOptionalPropertyTypes: true,
          skipLibCheck: false,
          noEmit: true,
          types: ['node'],
          typeRoots: [join(ROOT, 'node_modules/@types')],
        },
        files: ['use.ts'],
      }),
    );
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    const result = await run(process.execPath, [tsc, '-p', project]).catch(
      (error: { stdout?: string; code?: number }) => ({ stdout: error.stdout ?? '', code: error.code }),
    );
    expect(result.stdout).toBe('');
  });
});
