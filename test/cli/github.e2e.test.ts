import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  escapeCommandData,
  escapeCommandProperty,
  renderIssueAnnotation,
  renderIssueAnnotations,
} from '../../src/cli/github.js';
import type { Issue } from '../../src/errors.js';
import { runCli } from '../helpers/cli.js';

const BAD = 'test/fixtures/manifests/invalid/billing-cycle-out-of-range';
const EMPTY_DIR = 'test/fixtures/manifests/invalid/directory-without-manifests/configs';
const GITHUB = { GITHUB_ACTIONS: 'true' };

const issue = (fields: Partial<Issue>): Issue => ({
  kind: 'issue',
  file: 'order.yaml',
  line: 3,
  column: 5,
  path: 'spec.account',
  document: 0,
  message: 'wrong',
  ...fields,
});

describe('workflow commands (pure)', () => {
  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    expect(escapeCommandData('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext: a, b');
    expect(escapeCommandProperty('dir:a,b%\n')).toBe('dir%3Aa%2Cb%25%0A');
  });

  it('names file, line and column, with the path in the message', () => {
    expect(renderIssueAnnotation(issue({ file: 'm/a,b:c.yaml', message: 'line1\nline2 100%' }))).toBe(
      '::error file=m/a%2Cb%3Ac.yaml,line=3,col=5,title=orderform::spec.account: line1%0Aline2 100%25',
    );
  });

  it('leaves line and column out for a problem about the whole file', () => {
    const text = renderIssueAnnotation(issue({ line: 1, column: 1, path: '', message: 'cannot read' }));
    expect(text).toBe('::error file=order.yaml,title=orderform::cannot read');
  });

  it('says which document of a multi-document file', () => {
    expect(renderIssueAnnotations([issue({ document: 1 })])).toBe(
      '::error file=order.yaml,line=3,col=5,title=orderform::(document 2) spec.account: wrong\n',
    );
  });
});

describe('under GitHub Actions', () => {
  const work = mkdtempSync(join(tmpdir(), 'orderform-github-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('validate prints each problem as an ::error annotation too, in text and JSON modes', async () => {
    for (const extra of [[], ['--output', 'json']]) {
      const result = await runCli(['validate', BAD, ...extra], { env: GITHUB });
      expect(result.code).toBe(3);
      expect(result.stderr).toContain(
        `::error file=${BAD}/order.yaml,line=16,col=25,title=orderform::spec.products[0].services[0].billingCycle: billingCycle must be an integer from 1 to 120; got 0`,
      );
      expect(result.stderr.match(/^::error /gm)).toHaveLength(2);
    }
  });

  it('annotates file-level problems without a line, and plan and apply problems alike', async () => {
    const validate = await runCli(['validate', EMPTY_DIR], { env: GITHUB });
    expect(validate.stderr).toMatch(/^::error file=[^,\n]*configs,title=orderform::/m);
    const plan = await runCli(['plan', BAD], { env: GITHUB });
    expect(plan.code).toBe(3);
    expect(plan.stderr.match(/^::error file=.*line=\d+,col=\d+,title=orderform::/gm)).toHaveLength(2);
    const apply = await runCli(['apply', '--emulator', BAD], { env: GITHUB });
    expect(apply.code).toBe(3);
    expect(apply.stderr.match(/^::error /gm)).toHaveLength(2);
  });

  it('prints no workflow commands outside GitHub Actions', async () => {
    const result = await runCli(['validate', BAD]);
    expect(result.code).toBe(3);
    expect(result.stderr).not.toContain('::error');
  });

  it('plan --output markdown on invalid input is a comment that lists the problems', async () => {
    const result = await runCli(['plan', BAD, '--output', 'markdown']);
    expect(result.code).toBe(3);
    expect(result.stdout).toContain('### orderform plan');
    expect(result.stdout).toContain('2 problems found in the input');
    expect(result.stdout).toContain(
      '| `test/fixtures/manifests/invalid/billing-cycle-out-of-range/order.yaml:19:29` |',
    );
    expect(result.stdout).toContain('got 121');
  });

  it('plan and apply append their Markdown reports to GITHUB_STEP_SUMMARY', async () => {
    const summary = join(work, 'summary.md');
    const env = { GITHUB_STEP_SUMMARY: summary };
    const plan = await runCli(['plan', 'manifests/vps-virtuozzo.yaml'], { env });
    expect(plan.code).toBe(0);
    const apply = await runCli(['apply', '--emulator', 'manifests/vps-virtuozzo.yaml'], { env });
    expect(apply.code).toBe(0);
    const invalid = await runCli(['plan', BAD], { env });
    expect(invalid.code).toBe(3);
    const text = readFileSync(summary, 'utf8');
    const [planPart, applyPart, invalidPart] = text.split(/^(?=### orderform )/m);
    expect(planPart).toContain('| `web-vps-01` |');
    expect(applyPart).toMatch(
      /\| `web-vps-01` \| :white_check_mark: placed \| `http:\/\/127\.0\.0\.1:\d+\/orders\//,
    );
    expect(applyPart).toContain('core.vps.virtuozzo.ip');
    expect(applyPart).not.toMatch(/OwnerId|Cookie/i);
    expect(invalidPart).toContain('2 problems found in the input');
  });

  it('warns, and still succeeds, when the step summary cannot be written', async () => {
    const env = { GITHUB_STEP_SUMMARY: join(work, 'no-such-dir', 'summary.md') };
    const result = await runCli(['plan', 'manifests/vps-virtuozzo.yaml'], { env });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('warning: cannot append to GITHUB_STEP_SUMMARY');
  });
});
