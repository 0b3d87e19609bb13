import { describe, expect, it } from 'vitest';
import { fillSecrets, readPlanSecrets, secretFingerprint, secretNamesOf } from '../../src/apply/secrets.js';
import type { Plan, PlanStep } from '../../src/plan/types.js';

const step = (body: PlanStep['body']): PlanStep => ({
  id: 'payment',
  kind: 'set-payment',
  method: 'PUT',
  url: '{steps.order.location}/account/paymentInfo',
  body,
  dependsOn: [],
  label: 'payment',
  fingerprint: '0000000000000000',
});

const plan = (body: PlanStep['body']): Plan => ({
  format: 'orderform-plan',
  version: 1,
  createdAt: '',
  endpoint: null,
  orders: [
    {
      name: 'o',
      source: { file: 'f', document: 0 },
      manifestHash: '',
      steps: [step(body)],
      criticalPath: 1,
      state: { kind: 'new' },
    },
  ],
});

describe('plan secrets', () => {
  const body = {
    accountNumber: '{secret.CARD}',
    verificationNumber: '{secret.CVV}',
    note: 'x {secret.CARD}',
  };

  it('are named by their placeholders and filled only from the values read', () => {
    expect(secretNamesOf(body)).toEqual(['CARD', 'CVV']);
    const secrets = readPlanSecrets(plan(body), { CARD: '4111', CVV: '012', OTHER: 'x' });
    expect(fillSecrets(body, secrets)).toEqual({
      accountNumber: '4111',
      verificationNumber: '012',
      note: 'x 4111',
    });
    expect([...secrets.values.keys()]).toEqual(['CARD', 'CVV']);
  });

  it('stop apply when a variable is missing or names orderform credentials', () => {
    expect(() => readPlanSecrets(plan(body), { CARD: '4111' })).toThrow(
      'the secret variable CVV is not set; nothing was sent',
    );
    expect(() =>
      readPlanSecrets(plan({ password: '{secret.HOSTWAY_PASSWORD}' }), { HOSTWAY_PASSWORD: 'p' }),
    ).toThrow('asks for HOSTWAY_PASSWORD, which is not a manifest secret');
  });

  it('fingerprint with a key: equal values equal, another value or key differs, none without secrets', () => {
    const key = Buffer.from('k1');
    const values = (card: string) => readPlanSecrets(plan(body), { CARD: card, CVV: '012' });
    const a = secretFingerprint(key, step(body), values('4111'));
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(secretFingerprint(key, step(body), values('4111'))).toBe(a);
    expect(secretFingerprint(key, step(body), values('5500'))).not.toBe(a);
    expect(secretFingerprint(Buffer.from('k2'), step(body), values('4111'))).not.toBe(a);
    expect(secretFingerprint(key, step({ a: 'b' }), values('4111'))).toBeUndefined();
  });
});
