import { createHash } from 'node:crypto';
import { formatDocumentPath } from '../manifest/paths.js';
import type { DocumentPath, LoadedManifest, Product, Service, TopService } from '../manifest/types.js';
import { isVpsVirtuozzoPlan, isVpsVirtuozzoServer } from '../manifest/urls.js';
import { criticalPathLength, sortSteps } from './graph.js';
import { locationPlaceholder } from './template.js';
import {
  type JsonValue,
  type OrderPlan,
  type OrderPlanState,
  PLAN_FORMAT,
  PLAN_VERSION,
  type Plan,
  type PlanStep,
  type Template,
} from './types.js';

export interface CompileOptions {
  /** The endpoint URL, or null to keep `{endpoint}` placeholders in the plan. */
  endpoint: string | null;
  /** Recorded state per metadata.name; orders without an entry get `{kind: 'unknown'}`. */
  states?: ReadonlyMap<string, OrderPlanState>;
  /** Injected clock, so plans are reproducible in tests. */
  now?: () => Date;
}

/** Turns validated manifests into the versioned plan that apply executes. Pure. */
export function compilePlan(manifests: readonly LoadedManifest[], options: CompileOptions): Plan {
  const endpoint = options.endpoint === null ? '{endpoint}' : options.endpoint.replace(/\/+$/, '');
  return {
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    createdAt: (options.now?.() ?? new Date()).toISOString(),
    endpoint: options.endpoint === null ? null : endpoint,
    orders: manifests.map((loaded) =>
      compileOrder(
        loaded,
        endpoint,
        options.states?.get(loaded.manifest.metadata.name) ?? { kind: 'unknown' },
      ),
    ),
  };
}

function compileOrder(loaded: LoadedManifest, endpoint: string, state: OrderPlanState): OrderPlan {
  const { manifest } = loaded;
  const builder = new StepBuilder(loaded);
  const order = locationPlaceholder('order');

  builder.add({
    id: 'order',
    kind: 'create-order',
    method: 'POST',
    url: `${endpoint}/orders`,
    body: {},
    dependsOn: [],
    creates: 'order',
    label: 'create order',
    path: ['metadata', 'name'],
  });

  const account = manifest.spec.account;
  builder.add({
    id: 'account',
    kind: 'set-account',
    method: 'PUT',
    url: `${order}/account`,
    body:
      'number' in account
        ? { accountNumber: account.number }
        : { currency: account.currency, language: account.language },
    dependsOn: ['order'],
    label:
      'number' in account
        ? `use account ${account.number}`
        : `new account (${account.currency}, ${account.language})`,
    path: ['spec', 'account'],
  });

  // Handles first, so relatedTo can name a service declared later in the file.
  const handles = new Map<string, string>();
  manifest.spec.products.forEach((product, p) => {
    const productHandle = product.id ?? String(p);
    walkServices(product.services ?? [], [], (service, indexes) => {
      if (service.id !== undefined) handles.set(service.id, serviceStepId(productHandle, service, indexes));
    });
  });

  manifest.spec.products.forEach((product, p) => {
    compileProduct(builder, product, p, endpoint, handles);
  });

  builder.add({
    id: 'submit',
    kind: 'submit',
    method: 'POST',
    url: `${order}/action`,
    body: { action: 'submit' },
    dependsOn: builder.ids(),
    label: 'submit order',
    path: ['metadata', 'name'],
  });

  const steps = sortSteps(builder.steps, loaded.document);
  return {
    name: manifest.metadata.name,
    ...(manifest.metadata.description === undefined ? {} : { description: manifest.metadata.description }),
    source: { file: loaded.file, document: loaded.document },
    manifestHash: loaded.hash,
    steps,
    criticalPath: criticalPathLength(steps),
    state,
  };
}

function compileProduct(
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

function walkServices(
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

export function fingerprintStep(step: Pick<PlanStep, 'method' | 'url' | 'body'>): string {
  return createHash('sha256')
    .update(JSON.stringify([step.method, step.url, step.body]))
    .digest('hex')
    .slice(0, 16);
}

interface StepInput extends Omit<PlanStep, 'fingerprint' | 'source' | 'creates'> {
  creates?: PlanStep['creates'];
  path: DocumentPath;
}

class StepBuilder {
  readonly steps: PlanStep[] = [];
  constructor(private readonly loaded: LoadedManifest) {}

  add({ path, creates, ...input }: StepInput): void {
    const position = this.loaded.positionOf(path);
    this.steps.push({
      ...input,
      ...(creates === undefined ? {} : { creates }),
      source: {
        file: this.loaded.file,
        line: position.line,
        column: position.column,
        path: formatDocumentPath(path),
      },
      fingerprint: fingerprintStep(input),
    });
  }

  ids(): string[] {
    return this.steps.map((step) => step.id);
  }
}
