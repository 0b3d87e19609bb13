import type { DocumentPath, Product, Service, TopService } from '../manifest/types.js';
import { isVpsVirtuozzoPlan, isVpsVirtuozzoServer } from '../manifest/urls.js';
import type { StepBuilder } from './step-builder.js';
import { locationPlaceholder } from './template.js';
import type { JsonValue, Template } from './types.js';

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
  const body: Record<string, JsonValue> = {
    offering: expandUrl(product.offering, `${endpoint}/productSpecifications/`),
  };
  if (product.promoCode !== undefined) body.promoCode = product.promoCode;
  if (product.displayName !== undefined) body.displayName = product.displayName;
  builder.add({
    id: productStep,
    kind: 'add-product',
    method: 'POST',
    url: `${locationPlaceholder('order')}/account/products`,
    body,
    dependsOn: ['order'],
    creates: 'product',
    label: `add product ${product.offering}`,
    path: productPath,
  });

  const topServices: readonly TopService[] = product.services ?? [];
  // VPS Virtuozzo: the server service is created before any other service of the product.
  const servers = isVpsVirtuozzoPlan(product.offering)
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

    const dependsOn = [productStep, ...related];
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
