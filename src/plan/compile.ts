import type { LoadedManifest } from '../manifest/types.js';
import { compileAccountCalls, compileOrderAttributes } from './compile-account.js';
import { compileProduct, serviceStepId, walkServices } from './compile-product.js';
import { compileQuoteAndSubmit, maxTotalOf } from './compile-quote.js';
import { criticalPathLength, sortSteps } from './graph.js';
import { StepBuilder } from './step-builder.js';
import { locationPlaceholder } from './template.js';
import { type OrderPlan, type OrderPlanState, PLAN_FORMAT, PLAN_VERSION, type Plan } from './types.js';

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

  compileOrderAttributes(builder, manifest);
  compileAccountCalls(builder, account);

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

  compileQuoteAndSubmit(builder);

  const steps = sortSteps(builder.steps, loaded.document);
  return {
    name: manifest.metadata.name,
    ...(manifest.metadata.description === undefined ? {} : { description: manifest.metadata.description }),
    source: { file: loaded.file, document: loaded.document },
    manifestHash: loaded.hash,
    steps,
    criticalPath: criticalPathLength(steps),
    state,
    ...maxTotalOf(manifest),
  };
}
