import type { DocumentPath, Product, Service, TopService } from '../manifest/types.js';
import { isVpsVirtuozzoPlan, isVpsVirtuozzoServer } from '../manifest/urls.js';
import type { JsonValue } from '../shared/json-value.js';
import { associatedSteps, compileProductCalls } from './compile-account.js';
import type { StepBuilder } from './step-builder.js';
import { locationPlaceholder } from './template.js';
import type { Template } from './types.js';

/** The add-product step of one product and the add-service steps of its service tree. */
export function compileProduct(
  builder: StepBuilder,
  product: Product,
  p: number,
  endpoint: string,
  handles: ReadonlyMap<string, string>,
): void {
  const productHandle = product.id ?? String(p);
  const productStep = `product:${productHandle}`;
  const productPath = ['spec', 'products', p];
  const body: Record<string, JsonValue> =
    product.offering === undefined
      ? { existingProductUrl: product.existingProduct ?? '' }
      : { offering: expandUrl(product.offering, `${endpoint}/productSpecifications/`) };
  // An existing product is added by its URL alone; its promotion is a call of its own.
  if (product.promoCode !== undefined && product.offering !== undefined) body.promoCode = product.promoCode;
  if (product.displayName !== undefined) body.displayName = product.displayName;
  if (product.partnerId !== undefined) body.partnerId = product.partnerId;
  builder.add({
    id: productStep,
    kind: 'add-product',
    method: 'POST',
    url: `${locationPlaceholder('order')}/account/products`,
    body,
    dependsOn: ['order'],
    creates: 'product',
    label:
      product.offering === undefined
        ? `add existing product ${product.existingProduct ?? ''}`
        : `add product ${product.offering}`,
    path: productPath,
  });
  compileProductCalls(builder, product, productStep, productPath);

  const topServices: readonly TopService[] = product.services ?? [];
  // VPS Virtuozzo: the server service is created before any other service of the product.
  const servers = isVpsVirtuozzoPlan(product.offering ?? '')
    ? topServices.flatMap((service, s) =>
        isVpsVirtuozzoServer(service.serviceSpecification)
          ? [serviceStepId(productHandle, service, [s])]
          : [],
      )
    : [];

  const visit = (
    service: Service,
    indexes: number[],
    parent: { step: string; name: string; billingCycle?: number } | null,
  ) => {
    const stepId = serviceStepId(productHandle, service, indexes);
    const name = service.name ?? parent?.name ?? '';
    const billingCycle = service.billingCycle ?? parent?.billingCycle;
    const related: string[] = [];
    if (parent) related.push(parent.step);
    for (const id of service.relatedTo ?? []) {
      const target = handles.get(id);
      if (target !== undefined && !related.includes(target)) related.push(target);
    }
    const body: Record<string, JsonValue> = {
      name,
      serviceSpecification: expandUrl(service.serviceSpecification, `${endpoint}/serviceSpecifications/`),
    };
    if (billingCycle !== undefined) body.billingCycle = billingCycle;
    if (related.length > 0) body.relatedTo = related.map(locationPlaceholder);
    if (service.quantity !== undefined) body.quantity = service.quantity;
    if (service.promoCode !== undefined) body.promoCode = service.promoCode;
    if (service.attributes !== undefined) body.attributes = service.attributes as JsonValue;
    const associated = associatedSteps(service, handles);
    if (associated.length > 0) body.associatedTo = associated.map(locationPlaceholder);

    const dependsOn = [productStep, ...related, ...associated.filter((id) => !related.includes(id))];
    // A service under a server already waits for it; others in a VPS product wait for every server.
    if (parent === null && !servers.includes(stepId)) {
      for (const server of servers) if (!dependsOn.includes(server)) dependsOn.push(server);
    }
    const path: DocumentPath = [
      ...productPath,
      'services',
      ...indexes.flatMap((i, depth) => (depth === 0 ? [i] : ['services', i])),
    ];
    builder.add({
      id: stepId,
      kind: 'add-service',
      method: 'POST',
      url: `${locationPlaceholder(productStep)}/services`,
      body,
      dependsOn,
      creates: 'service',
      label: `add service ${service.serviceSpecification}${parent ? '' : ` "${name}"`}`,
      path,
    });
    (service.services ?? []).forEach((child, c) => {
      visit(child, [...indexes, c], {
        step: stepId,
        name,
        ...(billingCycle === undefined ? {} : { billingCycle }),
      });
    });
  };
  topServices.forEach((service, s) => {
    visit(service, [s], null);
  });
}

/** Stable step id of a service: its handle, or its position in the product's tree. */
export function serviceStepId(productHandle: string, service: Service, indexes: readonly number[]): string {
  return service.id !== undefined ? `service:${service.id}` : `service:${productHandle}/${indexes.join('/')}`;
}

export function walkServices(
  services: readonly Service[],
  indexes: number[],
  visit: (s: Service, indexes: number[]) => void,
): void {
  services.forEach((service, i) => {
    const here = [...indexes, i];
    visit(service, here);
    walkServices(service.services ?? [], here, visit);
  });
}

function expandUrl(value: string, base: Template): Template {
  return /^https?:\/\//i.test(value) ? value : `${base}${value}`;
}
