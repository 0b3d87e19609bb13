// Every input fixture (test/fixtures/manifests; see test/helpers/fixture-cases.ts), run
// in-process through the CLI's command entry: the same command, rendering and exit code as the
// bin, without a process start per case. test/cli/validate-fixtures.e2e.test.ts runs some of
// them through the built CLI too.
import { afterAll, describe, it } from 'vitest';
import { cases, expectInvalid, expectValid, runCase, scratchDir } from '../helpers/fixture-cases.js';
import { runInProcess } from '../helpers/in-process.js';

const scratch = scratchDir();
afterAll(scratch.remove);

describe('invalid manifests: exit 3 with located, plain-words errors', () => {
  it('has at least 35 cases', ({ expect }) => {
    expect(cases('invalid').length).toBeGreaterThanOrEqual(35);
  });

  it.concurrent.for(cases('invalid'))('%s', async (name, { expect }) => {
    const { result, expectedFile } = await runCase('invalid', name, scratch.path, runInProcess);
    expectInvalid(expect, result, expectedFile);
  });
});

describe('valid manifests: exit 0', () => {
  it.concurrent.for(cases('valid'))('%s', async (name, { expect }) => {
    const { result, expectedFile } = await runCase('valid', name, scratch.path, runInProcess);
    expectValid(expect, result, expectedFile);
  });
});
