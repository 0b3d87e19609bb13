import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/plan/compile.js';
import { checkPlanInvariants } from '../../src/plan/file.js';
import { loadedManifest, seedManifest } from '../helpers/plan.js';

function wholeOrder() {
  const manifest = seedManifest();
  manifest.spec.attributes = { AffiliateId: 'p-42' };
  manifest.spec.account = {
    currency: 'USD',
    language: 'en-US',
    attributes: { partner_account_id: 'b-7', tier: 'gold' },
    user: { userName: 'ops', password: '{secret.PW}' },
    contactInfo: {
      billing: { name: { last: 'L' }, address: { countryCode: 'US' }, contactMedia: { email1: 'a@b.c' } },
    },
    paymentInfo: { paymentInfoType: 'offline' },
  };
  manifest.spec.products.push({
    id: 'old',
    existingProduct: 'https://api.hostway.com/accounts/a1/products/p9',
    promoCode: 'SPRING',
  });
  manifest.spec.products[0]!.billingCycle = 12;
  return compilePlan([loadedManifest(manifest)], { endpoint: 'https://api.hostway.com' }).orders[0]!;
}

describe('the whole order in the plan', () => {
  it('puts account sub-resources after the account PUT, product calls after their product, submit last', () => {
    const order = wholeOrder();
    const step = (id: string) => order.steps.find((s) => s.id === id)!;
    for (const id of ['account-attributes', 'account-user', 'contact:billing', 'payment'])
      expect(step(id)).toMatchObject({ method: 'PUT', dependsOn: ['order', 'account'] });
    expect(step('order-attributes')).toMatchObject({
      url: '{steps.order.location}/attributes',
      body: [{ name: 'AffiliateId', value: 'p-42' }],
      dependsOn: ['order'],
    });
    expect(step('account-attributes').body).toEqual([
      { name: 'partner_account_id', value: 'b-7' },
      { name: 'tier', value: 'gold' },
    ]);
    expect(step('product-cycle:vps')).toMatchObject({
      url: '{steps.product:vps.location}',
      body: { billingCycle: 12 },
      dependsOn: ['product:vps'],
    });
    expect(step('product:old').body).toEqual({
      existingProductUrl: 'https://api.hostway.com/accounts/a1/products/p9',
    });
    expect(step('promotion:old')).toMatchObject({
      url: '{steps.product:old.location}/promotion',
      body: { promoCode: 'SPRING' },
    });
    expect(step('account-user').body).toEqual({ userName: 'ops', password: '{secret.PW}' });
    const submit = order.steps.at(-1)!;
    expect(submit.id).toBe('submit');
    expect(submit.dependsOn.sort()).toEqual(
      order.steps
        .slice(0, -1)
        .map((s) => s.id)
        .sort(),
    );
    expect(
      checkPlanInvariants({
        format: 'orderform-plan',
        version: 1,
        createdAt: '',
        endpoint: null,
        orders: [order],
      }),
    ).toEqual([]);
  });
});
