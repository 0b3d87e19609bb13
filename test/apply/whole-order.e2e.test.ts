import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { RecordedRequest } from '../../src/emulator/index.js';
import { expectExit, runCli } from '../helpers/e2e.js';
import { SECRETS, type WholeOrderSpace, wholeOrderSpace } from '../helpers/whole-order.js';

/** The whole new-account order, placed by the built CLI against the emulator with --require-contact. */

const ADDRESS = {
  street1: '1 Main St',
  city: 'Chicago',
  state: 'IL',
  postalCode: '60601',
  countryCode: 'US',
};

function sent(requests: readonly RecordedRequest[], method: string, suffix: RegExp): RecordedRequest {
  const found = requests.filter((r) => r.method === method && suffix.test(r.path.replace(/\?.*$/, '')));
  expect(found, `${method} ${suffix}`).toHaveLength(1);
  return found[0]!;
}

let space: WholeOrderSpace | undefined;
afterEach(async () => {
  await space?.close();
  space = undefined;
});

describe('the whole new-account order', () => {
  it('is placed with --require-contact, every body as sent, the secrets only on the wire', async () => {
    space = await wholeOrderSpace();
    const result = await runCli(['apply', space.manifest, '--endpoint', space.emulator.url, '--yes'], {
      cwd: space.dir,
      env: SECRETS,
    });
    expectExit(result, 0);
    const requests = space.emulator.requests();
    expect(sent(requests, 'PUT', /\/account$/).body).toEqual({ currency: 'USD', language: 'en-US' });
    expect(sent(requests, 'PUT', /\/orders\/[0-9a-f]+\/attributes$/).body).toEqual([
      { name: 'AffiliateId', value: 'partner-42' },
    ]);
    expect(sent(requests, 'PUT', /\/account\/attributes$/).body).toEqual([
      { name: 'partner_account_id', value: 'build-7' },
    ]);
    expect(sent(requests, 'PUT', /\/account\/user$/).body).toEqual({
      userName: 'ops@example.com',
      password: SECRETS.ACCOUNT_PASSWORD,
    });
    expect(sent(requests, 'PUT', /\/contactInfo\/regular$/).body).toEqual({
      name: { firstName: 'Ada', lastName: 'Lovelace' },
      address: ADDRESS,
      contactMedia: { email1: 'ops@example.com', phone1: '+1.3125550100' },
    });
    expect(sent(requests, 'PUT', /\/contactInfo\/billing$/).body).toEqual({
      name: { firstName: 'Ada', lastName: 'Lovelace' },
      address: ADDRESS,
      contactMedia: { email1: 'billing@example.com' },
    });
    expect(sent(requests, 'PUT', /\/paymentInfo$/).body).toEqual({
      paymentInfoType: 'credit_card',
      accountNumber: SECRETS.CARD_NUMBER,
      verificationNumber: SECRETS.CARD_CVV,
      cardHolderName: 'Ada Lovelace',
      creditCardType: 'visa',
      expirationDate: '2029-12',
      billingAddress: ADDRESS,
    });
    expect(sent(requests, 'POST', /\/account\/products$/).body).toMatchObject({
      displayName: 'Front-end VPS',
      partnerId: 'partner-42',
    });
    // The order is validated, then submitted last: after every account sub-resource and service.
    const actions = requests.filter((r) => r.method === 'POST' && /\/action$/.test(r.path));
    expect(actions.map((r) => (r.body as { action?: string }).action)).toEqual(['validate', 'submit']);
    const submit = actions[1]!;
    expect(submit.status).toBe(202);
    expect(Math.max(...requests.filter((r) => r !== submit).map((r) => r.seq))).toBeLessThan(submit.seq);

    const [order] = space.emulator.state().orders;
    expect(order?.status).toBe('Processing');
    expect(order?.whole.user).toEqual({ userName: 'ops@example.com' });
    expect(order?.whole.payment?.accountNumber).toBe('************4444');
    const services = order?.products[0]?.services ?? [];
    const ip = services.find((s) => s.serviceSpecification === 'core.vps.virtuozzo.ip');
    const powerpack = services.find((s) => s.serviceSpecification === 'core.vps.virtuozzo.powerpack');
    const server = services.find((s) => s.serviceSpecification === 'core.vps.virtuozzo.server.u100');
    expect(server?.attributes).toEqual({ hostname: 'web01.example.com', osTemplate: 'centos-7' });
    const powerpackPost = requests.find(
      (r) =>
        r.method === 'POST' &&
        (r.body as { serviceSpecification?: string })?.serviceSpecification?.endsWith('powerpack'),
    );
    expect((powerpackPost!.body as { associatedTo?: string[] }).associatedTo).toEqual([ip?.url]);
    expect(powerpack).toBeDefined();

    // Placed: a secret rotated since (a new card in the CI's secret store) sends nothing and is no conflict.
    const before = space.emulator.requests().length;
    const rotated = await runCli(['apply', space.manifest, '--endpoint', space.emulator.url, '--yes'], {
      cwd: space.dir,
      env: { ...SECRETS, CARD_NUMBER: '5500000000000004', ACCOUNT_PASSWORD: 'Rotated-pass-42' },
    });
    expectExit(rotated, 0);
    expect(rotated.stdout).toContain('No changes');
    expect(space.emulator.requests()).toHaveLength(before);
  });

  it('is refused by the emulator at submit without the contacts --require-contact asks for', async () => {
    space = await wholeOrderSpace();
    const seed = fileURLToPath(new URL('../../manifests/vps-virtuozzo.yaml', import.meta.url));
    const result = await runCli(['apply', seed, '--endpoint', space.emulator.url, '--yes'], {
      cwd: space.dir,
    });
    expectExit(result, 1);
    expect(result.stderr).toContain('Contact info type regular is not set');
    expect(result.stderr).toContain('Contact info type billing is not set');
    expect(result.stderr).toContain('Payment info is not set');
  });

  it('reads the secrets again on resume: a missing one is exit 3, a changed one exit 5, nothing sent', async () => {
    space = await wholeOrderSpace();
    const { dir, emulator } = space;
    emulator.injectFault({
      kind: 'status',
      status: 400,
      method: 'POST',
      path: '/action$',
      message: 'Try later',
    });
    const args = ['apply', space.manifest, '--endpoint', emulator.url, '--yes'];
    expectExit(await runCli(args, { cwd: dir, env: SECRETS }), 1);
    const before = emulator.requests().length;

    const { CARD_CVV: _cvv, ...withoutCvv } = SECRETS;
    const missing = await runCli(args, { cwd: dir, env: withoutCvv });
    expectExit(missing, 3);
    expect(missing.stderr).toContain('the secret variable CARD_CVV is not set; nothing was sent');

    const changed = await runCli(args, { cwd: dir, env: { ...SECRETS, CARD_NUMBER: '5500000000000004' } });
    expectExit(changed, 5);
    expect(changed.stderr).toContain(
      'secret values changed since these steps were sent: payment (CARD_CVV, CARD_NUMBER)',
    );
    expect(changed.stderr).not.toContain('5500000000000004');
    expect(emulator.requests().length).toBe(before);

    const resumed = await runCli(args, { cwd: dir, env: SECRETS });
    expectExit(resumed, 0);
    const after = emulator.requests().slice(before);
    // Only what was left: the refused validate, sent again, and the submit.
    expect(
      after.map(
        (r) =>
          `${r.method} ${r.path.replace(/\/orders\/[0-9a-f]+/, '/orders/X')} ${(r.body as { action?: string }).action}`,
      ),
    ).toEqual(['POST /orders/X/action validate', 'POST /orders/X/action submit']);
  });

  it('settles a PUT left in doubt by a dropped connection by sending it again', async () => {
    space = await wholeOrderSpace();
    const { dir, emulator } = space;
    emulator.injectFault({ kind: 'commit-then-drop', method: 'PUT', path: '/paymentInfo$' });
    emulator.injectFault({ kind: 'drop-before', method: 'PUT', path: '/contactInfo/billing$' });
    const result = await runCli(['apply', space.manifest, '--endpoint', emulator.url, '--yes'], {
      cwd: dir,
      env: SECRETS,
    });
    expectExit(result, 0);
    const puts = (suffix: string) =>
      emulator.requests().filter((r) => r.method === 'PUT' && r.path.endsWith(suffix));
    expect(puts('/paymentInfo').map((r) => r.fault)).toEqual(['commit-then-drop', null]);
    expect(puts('/contactInfo/billing').map((r) => r.fault)).toEqual(['drop-before', null]);
    expect(emulator.state().orders.filter((o) => o.status === 'Processing')).toHaveLength(1);
  });
});
