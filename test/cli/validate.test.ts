import { PassThrough, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/cli/context.js';
import { runValidate } from '../../src/cli/validate.js';
import { renderError, UsageError } from '../../src/errors.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BAD = 'test/fixtures/manifests/invalid/billing-cycle-out-of-range/order.yaml';
const FOREIGN = 'test/fixtures/manifests/valid/foreign-urls-allowed/order.yaml';

function sink(isTTY = false): Writable & { text: () => string; isTTY: boolean } {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  return Object.assign(stream, { text: () => text, isTTY });
}

async function run(argv: string[], env: NodeJS.ProcessEnv = {}, tty = false) {
  const stdout = sink(tty);
  const stderr = sink();
  const ctx: CommandContext = {
    argv,
    env,
    cwd: ROOT,
    stdout,
    stderr,
    stdin: new PassThrough(),
    signal: new AbortController().signal,
  };
  try {
    const code = await runValidate(ctx);
    return { code, stdout: stdout.text(), stderr: stderr.text() };
  } catch (error) {
    return { code: 'thrown' as const, error, stdout: stdout.text(), stderr: renderError(error) };
  }
}

describe('orderform validate', () => {
  it('prints one line per order and a total', async () => {
    const result = await run(['manifests/vps-virtuozzo.yaml', 'manifests/two-products.yaml']);
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout:
        'ok  manifests/vps-virtuozzo.yaml  web-vps-01  (1 product, 7 services)\n' +
        'ok  manifests/two-products.yaml  shop-vps-pair  (2 products, 11 services)\n' +
        '2 orders in 2 files: valid; nothing was sent.\n',
    });
  });

  it('prints hashes with --verbose and colours only on a terminal', async () => {
    expect((await run(['manifests/vps-server-only.yaml', '-v'])).stdout).toMatch(
      /^ {4}sha256 [0-9a-f]{64}$/m,
    );
    expect((await run(['manifests/vps-server-only.yaml'], {}, true)).stdout).toMatch(/^\u001b\[32mok/);
    expect((await run(['manifests/vps-server-only.yaml', '--no-color'], {}, true)).stdout).toMatch(/^ok /);
    expect((await run(['manifests/vps-server-only.yaml'], { NO_COLOR: '1' }, true)).stdout).toMatch(/^ok /);
  });

  it('answers in JSON on stdout, valid or not', async () => {
    const good = await run(['manifests/vps-server-only.yaml', '--output', 'json']);
    expect(good.code).toBe(0);
    expect(JSON.parse(good.stdout)).toEqual({
      valid: true,
      orders: [
        {
          file: 'manifests/vps-server-only.yaml',
          document: 0,
          name: 'build-vps-01',
          products: 1,
          services: 1,
          hash: expect.stringMatching(/^[0-9a-f]{64}$/),
        },
      ],
    });
    const bad = await run([BAD, '-o', 'json']);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toBe('');
    expect(JSON.parse(bad.stdout)).toEqual({
      valid: false,
      issues: [
        expect.objectContaining({
          file: BAD,
          line: 16,
          column: 25,
          path: 'spec.products[0].services[0].billingCycle',
        }),
        expect.objectContaining({ file: BAD, line: 19, column: 29 }),
      ],
    });
  });

  it('throws every issue as one InputError in text mode', async () => {
    const result = await run([BAD]);
    expect(result.code).toBe('thrown');
    expect(result.stderr).toBe(
      `error: ${BAD}:16:25: spec.products[0].services[0].billingCycle: billingCycle must be an integer from 1 to 120; got 0\n` +
        `error: ${BAD}:19:29: spec.products[0].services[0].services[0].billingCycle: billingCycle must be an integer from 1 to 120; got 121\n` +
        '2 problems found in the input; nothing was sent.\n',
    );
  });

  it('takes the endpoint from HOSTWAY_API_URL unless --endpoint is given', async () => {
    expect((await run([FOREIGN], { HOSTWAY_API_URL: 'https://api.hostway.com' })).code).toBe('thrown');
    expect(
      (await run([FOREIGN, '--allow-foreign-urls'], { HOSTWAY_API_URL: 'https://api.hostway.com' })).code,
    ).toBe(0);
    expect(
      (
        await run([FOREIGN, '--endpoint', 'https://catalog.example.net'], {
          HOSTWAY_API_URL: 'https://api.hostway.com',
        })
      ).code,
    ).toBe(0);
    expect((await run([FOREIGN], { HOSTWAY_API_URL: '' })).code).toBe(0);
  });

  it('refuses bad usage with exit 3', async () => {
    for (const argv of [
      [],
      ['x.yaml', '--output', 'yaml'],
      ['x.yaml', '--bogus'],
      ['x.yaml', '--endpoint', 'ftp://x'],
    ]) {
      const result = await run(argv);
      expect(result.error, argv.join(' ')).toBeInstanceOf(UsageError);
      expect((result.error as UsageError).exitCode).toBe(3);
    }
  });

  it('prints its help', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: orderform validate <paths\.\.\.>/);
  });
});
