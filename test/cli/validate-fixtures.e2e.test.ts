// Smoke cases of the input fixtures through the built CLI, as a user runs it: arguments, an
// environment variable, a generated oversized file and a directory tree, each with the same
// expectations as the in-process run of every case (test/manifest/fixtures.test.ts).
import { afterAll, describe, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { cases, expectInvalid, expectValid, runCase, scratchDir } from '../helpers/fixture-cases.js';

const INVALID = [
  'billing-cycle-out-of-range',
  'foreign-origin-url-from-env',
  'missing-path',
  'oversized-file',
];
const VALID = ['directory-tree', 'multi-document', 'variables'];

const scratch = scratchDir();
afterAll(scratch.remove);

describe.concurrent('orderform validate (built CLI) on fixture cases', () => {
  it('picks cases that exist', ({ expect }) => {
    expect(cases('invalid')).toEqual(expect.arrayContaining(INVALID));
    expect(cases('valid')).toEqual(expect.arrayContaining(VALID));
  });

  it.for(INVALID)('invalid: %s', async (name, { expect }) => {
    const { result, expectedFile } = await runCase('invalid', name, scratch.path, runCli);
    expectInvalid(expect, result, expectedFile);
  });

  it.for(VALID)('valid: %s', async (name, { expect }) => {
    const { result, expectedFile } = await runCase('valid', name, scratch.path, runCli);
    expectValid(expect, result, expectedFile);
  });
});
