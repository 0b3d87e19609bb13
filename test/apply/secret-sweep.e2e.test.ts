import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expectExit, runCli } from '../helpers/e2e.js';
import { SECRETS, type WholeOrderSpace, wholeOrderSpace } from '../helpers/whole-order.js';

/**
 * SPEC §7: the password and the card data reach the API and nothing else. Every command runs on
 * the full new-account order, and all its output and every file it wrote is searched for each
 * secret in every spelling that could leak it.
 */

function spellings(value: string): string[] {
  return [
    value,
    Buffer.from(value).toString('base64').replace(/=+$/, ''),
    encodeURIComponent(value),
    JSON.stringify(value).slice(1, -1),
  ];
}

/** Finds a secret spelling; short all-digit ones only where no hex or digit touches them (ids, ports). */
function leaks(text: string, spelling: string): boolean {
  if (spelling.length > 6) return text.includes(spelling);
  const escaped = spelling.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![0-9A-Za-z])${escaped}(?![0-9A-Za-z])`).test(text);
}

async function filesBelow(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(join(entry.parentPath, entry.name));
  }
  return out;
}

let space: WholeOrderSpace | undefined;
afterEach(async () => {
  await space?.close();
  space = undefined;
});

describe('secrets never leak', () => {
  it('appear in no output and no written file of validate, plan, apply, status and a failed apply', async () => {
    space = await wholeOrderSpace();
    const { dir, manifest, emulator } = space;
    const endpoint = emulator.url;
    const outputs: string[] = [];
    const run = async (args: string[], code: number) => {
      const result = await runCli(args, { cwd: dir, env: SECRETS });
      expectExit(result, code);
      outputs.push(result.stdout, result.stderr);
      return result;
    };
    await run(['validate', manifest], 0);
    await run(['validate', manifest, '-o', 'json'], 0);
    await run(['plan', manifest, '--endpoint', endpoint], 0);
    await run(['plan', manifest, '--endpoint', endpoint, '-o', 'json'], 0);
    await run(['plan', manifest, '--endpoint', endpoint, '-o', 'markdown', '-v'], 0);
    await run(['plan', manifest, '--endpoint', endpoint, '--out', 'plan.json'], 0);
    // A hostile answer quotes the card number back: it is scrubbed from every message.
    emulator.injectFault({
      kind: 'status',
      status: 400,
      method: 'PUT',
      path: '/paymentInfo$',
      message: `card ${SECRETS.CARD_NUMBER} with ${SECRETS.CARD_CVV} declined`,
    });
    const failed = await run(['apply', 'plan.json', '--yes', '--verbose'], 1);
    expect(failed.stderr).toContain('declined');
    await run(['status', manifest, '--endpoint', endpoint], 0);
    await run(['apply', manifest, '--endpoint', endpoint, '--yes', '--verbose', '-o', 'json'], 0);
    await run(['apply', manifest, '--endpoint', endpoint, '--yes'], 0);
    await run(['status', manifest, '--endpoint', endpoint, '--refresh', '-o', 'json'], 0);
    await run(['status', manifest, '--endpoint', endpoint], 0);
    await run(['apply', manifest, '--endpoint', endpoint, '--yes', '--dry-run'], 0);
    await writeFile(join(dir, 'outputs.txt'), outputs.join('\n'));

    // The sweep means something only if the secrets were really sent.
    const payments = emulator.requests().filter((r) => r.method === 'PUT' && r.path.endsWith('/paymentInfo'));
    expect(payments.length).toBe(2);
    expect(
      payments.every((r) => (r.body as { accountNumber?: string }).accountNumber === SECRETS.CARD_NUMBER),
    ).toBe(true);
    const users = emulator.requests().filter((r) => r.method === 'PUT' && r.path.endsWith('/account/user'));
    expect((users[0]!.body as { password?: string }).password).toBe(SECRETS.ACCOUNT_PASSWORD);

    const files = await filesBelow(dir);
    expect(files.some((f) => f.includes('.orderform'))).toBe(true);
    expect(files.some((f) => f.endsWith('plan.json'))).toBe(true);
    let searched = 0;
    for (const file of files) {
      if (file === manifest) continue;
      const text = await readFile(file, 'utf8');
      searched += text.length;
      for (const value of Object.values(SECRETS)) {
        for (const spelling of spellings(value)) {
          expect(leaks(text, spelling), `${spelling} (of ${value.length} characters) in ${file}`).toBe(false);
        }
      }
    }
    expect(searched).toBeGreaterThan(10_000);
    // The journal noticed the secrets without keeping them: a keyed fingerprint per secret step.
    const journal = files.find((f) => f.endsWith('web-vps-full.json'))!;
    const steps = JSON.parse(await readFile(journal, 'utf8')).steps;
    expect(steps.payment.secretFingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(steps['account-user'].secretFingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(steps['contact:regular'].secretFingerprint).toBeUndefined();
  });
});
