import type { Account, DocumentPath, OrderManifest, Product, Service } from '../manifest/types.js';
import type { JsonValue } from '../shared/json-value.js';
import type { StepBuilder } from './step-builder.js';
import { locationPlaceholder } from './template.js';

/**
 * The whole order's calls beyond the seed (SPEC §8): account sub-resources, order attributes,
 * product billing cycles and promotions. Every one is a PUT that replaces what it names, so a
 * PUT in doubt is settled by sending it again. Secret values are already `{secret.NAME}`
 * placeholders in the manifest (src/manifest/secret-placeholders.ts); the bodies carry them as they are.
 */

const CONTACT_TYPES = ['regular', 'billing', 'administrator', 'technical'] as const;

/** Account sub-resources: each waits for the account PUT that creates the account. */
export function compileAccountCalls(builder: StepBuilder, account: Account): void {
  const order = locationPlaceholder('order');
  const path: DocumentPath = ['spec', 'account'];
  if (account.attributes !== undefined) {
    builder.add({
      id: 'account-attributes',
      kind: 'set-account-attributes',
      method: 'PUT',
      url: `${order}/account/attributes`,
      body: nameValueList(account.attributes),
      dependsOn: ['order', 'account'],
      label: `set account attributes ${Object.keys(account.attributes).join(', ')}`,
      path: [...path, 'attributes'],
    });
  }
  if (account.user !== undefined) {
    builder.add({
      id: 'account-user',
      kind: 'set-account-user',
      method: 'PUT',
      url: `${order}/account/user`,
      body: { userName: account.user.userName, password: account.user.password },
      dependsOn: ['order', 'account'],
      label: `set account user ${account.user.userName}`,
      path: [...path, 'user'],
    });
  }
  for (const type of CONTACT_TYPES) {
    const contact = account.contactInfo?.[type];
    if (contact === undefined) continue;
    builder.add({
      id: `contact:${type}`,
      kind: 'set-contact',
      method: 'PUT',
      url: `${order}/account/contactInfo/${type}`,
      body: contact as unknown as JsonValue,
      dependsOn: ['order', 'account'],
      label: `set ${type} contact`,
      path: [...path, 'contactInfo', type],
    });
  }
  if (account.paymentInfo !== undefined) {
    builder.add({
      id: 'payment',
      kind: 'set-payment',
      method: 'PUT',
      url: `${order}/account/paymentInfo`,
      body: account.paymentInfo as unknown as JsonValue,
      dependsOn: ['order', 'account'],
      label: `set payment info (${account.paymentInfo.paymentInfoType})`,
      path: [...path, 'paymentInfo'],
    });
  }
}

/** Order attributes: PUT {order}/attributes once the order exists. */
export function compileOrderAttributes(builder: StepBuilder, manifest: OrderManifest): void {
  const attributes = manifest.spec.attributes;
  if (attributes === undefined) return;
  builder.add({
    id: 'order-attributes',
    kind: 'set-order-attributes',
    method: 'PUT',
    url: `${locationPlaceholder('order')}/attributes`,
    body: nameValueList(attributes),
    dependsOn: ['order'],
    label: `set order attributes ${Object.keys(attributes).join(', ')}`,
    path: ['spec', 'attributes'],
  });
}

/** A product's own calls after it is added: its billing cycle, and the promotion of an existing one. */
export function compileProductCalls(
  builder: StepBuilder,
  product: Product,
  productStep: string,
  productPath: DocumentPath,
): void {
  const handle = productStep.slice('product:'.length);
  const url = locationPlaceholder(productStep);
  if (product.billingCycle !== undefined) {
    builder.add({
      id: `product-cycle:${handle}`,
      kind: 'set-product',
      method: 'PUT',
      url,
      body: { billingCycle: product.billingCycle },
      dependsOn: [productStep],
      label: `set billing cycle ${product.billingCycle} of product ${handle}`,
      path: [...productPath, 'billingCycle'],
    });
  }
  if (product.promoCode !== undefined && product.offering === undefined) {
    builder.add({
      id: `promotion:${handle}`,
      kind: 'set-promotion',
      method: 'PUT',
      url: `${url}/promotion`,
      body: { promoCode: product.promoCode },
      dependsOn: [productStep],
      label: `apply promotion ${product.promoCode} to product ${handle}`,
      path: [...productPath, 'promoCode'],
    });
  }
}

/** Step ids of the services a service is associatedTo (ids the rules checked). */
export function associatedSteps(service: Service, handles: ReadonlyMap<string, string>): string[] {
  return (service.associatedTo ?? []).flatMap((id) => {
    const step = handles.get(id);
    return step === undefined ? [] : [step];
  });
}

/** The API's attribute list form: [{"name","value"}, ...] in the manifest's order. */
export function nameValueList(attributes: Readonly<Record<string, string>>): JsonValue {
  return Object.entries(attributes).map(([name, value]) => ({ name, value }));
}
