import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CLI, ROOT } from '../helpers/cli.js';

/** GitHub's expression opener, `$` and `{`, kept apart so no linter takes it for a template slip. */
const EXPR = '$' + '{';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
}
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
};

/**
 * Runs the action's own "Run orderform" script with bash, as the runner would: inputs arrive as
 * the environment its `env:` maps them to, and the installed bin is this checkout's CLI.
 */
function runStep(inputs: Record<string, string>, work: string) {
  const step = action.runs.steps.find((s) => s.id === 'run')!;
  const runnerTemp = join(work, `runner-${Math.random().toString(16).slice(2)}`);
  mkdirSync(join(runnerTemp, 'orderform/node_modules/.bin'), { recursive: true });
  symlinkSync(CLI, join(runnerTemp, 'orderform/node_modules/.bin/orderform'));
  const githubOutput = join(runnerTemp, 'github-output');
  writeFileSync(githubOutput, '');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: githubOutput,
    NO_COLOR: '1',
  };
  for (const key of ['HOSTWAY_API_URL', 'CI', 'GITHUB_ACTIONS', 'GITHUB_STEP_SUMMARY']) delete env[key];
  for (const [name, expression] of Object.entries(step.env ?? {})) {
    const input = expression.match(/^\$\{\{ inputs\.([\w-]+) \}\}$/)?.[1];
    expect(input, `${name} maps an input`).toBeDefined();
    env[name] = inputs[input!] ?? action.inputs[input!]?.default ?? '';
  }
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
  });
  const outputs = Object.fromEntries(
    readFileSync(githubOutput, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string]),
  );
  return { ...result, outputs };
}

describe('action.yml', () => {
  const work = mkdtempSync(join(tmpdir(), 'orderform-action-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('is a composite action that sets up Node, installs the package and exposes the exit code', () => {
    expect(action.runs.using).toBe('composite');
    expect(action.runs.steps[0]!.uses).toMatch(/^actions\/setup-node@v\d+$/);
    expect(action.runs.steps[1]!.run).toContain('npm install');
    expect(action.runs.steps[1]!.run).toContain('--ignore-scripts');
    expect(Object.keys(action.inputs)).toEqual(
      expect.arrayContaining(['command', 'paths', 'state', 'endpoint', 'args', 'version']),
    );
    expect(action.outputs['exit-code']!.value).toBe(`${EXPR}{ steps.run.outputs.exit-code }}`);
    // No input is spliced into a script: they reach the shell as environment variables.
    for (const step of action.runs.steps) expect(step.run ?? '').not.toContain(`${EXPR}{`);
  });

  it('runs validate on the paths and reports the exit code', () => {
    const ok = runStep(
      { command: 'validate', paths: 'manifests/vps-virtuozzo.yaml manifests/two-products.yaml' },
      work,
    );
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('2 orders in 2 files: valid');
    expect(ok.outputs['exit-code']).toBe('0');
    const bad = runStep(
      { command: 'validate', paths: 'test/fixtures/manifests/invalid/billing-cycle-out-of-range' },
      work,
    );
    expect(bad.status).toBe(3);
    expect(bad.outputs['exit-code']).toBe('3');
  });

  it('passes state, endpoint and extra args, and keeps stdout in the output file', () => {
    const result = runStep(
      {
        command: 'plan',
        paths: 'manifests/vps-virtuozzo.yaml',
        state: join(work, 'state'),
        endpoint: 'https://api.hostway.com',
        args: '--output markdown --offline',
      },
      work,
    );
    expect(result.status).toBe(0);
    const comment = readFileSync(result.outputs['output-file']!, 'utf8');
    expect(comment).toContain('### orderform plan');
    expect(comment).toContain('Endpoint: `https://api.hostway.com`');
  });

  it('refuses an unknown command and never evaluates input as shell', () => {
    const result = runStep(
      { command: 'plan', paths: 'manifests/$(touch pwned)', args: '`touch pwned2`' },
      work,
    );
    expect(result.status).toBe(3);
    expect(() => readFileSync(join(ROOT, 'pwned'))).toThrow();
    const unknown = runStep({ command: 'rm -rf' }, work);
    expect(unknown.status).toBe(3);
    expect(unknown.stdout).toContain('::error title=orderform::command must be');
  });
});
