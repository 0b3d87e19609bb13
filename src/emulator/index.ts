import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadCatalog } from './catalog-store.js';
import { resetCore } from './control-routes.js';
import type { EmulatorCore } from './core.js';
import { FaultBook, parseFaultRule } from './faults.js';
import { Links } from './links.js';
import { RequestLog } from './recorder.js';
import { createHandler } from './server.js';
import { snapshotState } from './snapshot.js';
import { OrderStore } from './store.js';
import type { Emulator, EmulatorOptions } from './types.js';

export { CatalogError } from './catalog-store.js';
export type * from './types.js';

/**
 * Starts the OrderAPI + Product Catalog emulator on a real HTTP port.
 * Throws CatalogError for an unusable catalog and an Error for a bad fault rule or option.
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const host = options.host ?? '127.0.0.1';
  const latencyMs = options.latencyMs ?? 0;
  if (!Number.isInteger(latencyMs) || latencyMs < 0)
    throw new Error(`latencyMs must be a whole number >= 0; got ${latencyMs}`);
  const faults = new FaultBook();
  for (const rule of options.faults ?? []) faults.arm(parseFaultRule(rule));
  const core: EmulatorCore = {
    catalog: loadCatalog(options.catalog),
    store: new OrderStore(options.readOnlyAfterSubmit ?? true),
    faults,
    log: new RequestLog(options.maxRecordedRequests ?? 10_000),
    links: new Links('http://127.0.0.1', options.trailingSlash ?? false),
    policy: {
      requireContact: options.requireContact ?? false,
      franchiseLists: options.franchiseLists ?? true,
      readOnlyAfterSubmit: options.readOnlyAfterSubmit ?? true,
    },
    latencyMs,
    waits: new Map(),
    closing: false,
    staleQuote: options.staleQuote ?? 'reject',
  };
  const server = createServer({ keepAliveTimeout: 5_000 }, createHandler(core));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  core.links = new Links(`http://${originHost(address)}:${address.port}`, options.trailingSlash ?? false);

  let closed: Promise<void> | undefined;
  return {
    url: core.links.origin,
    close() {
      closed ??= new Promise<void>((resolve) => {
        core.closing = true;
        for (const [timer, finish] of core.waits) {
          clearTimeout(timer);
          finish();
        }
        core.waits.clear();
        server.close(() => resolve());
        // Keep-alive sockets would otherwise hold close() open until they time out.
        server.closeAllConnections();
      });
      return closed;
    },
    requests: () => core.log.list(),
    state: () => snapshotState(core.store, core.links),
    injectFault: (rule) => {
      core.faults.arm(rule);
    },
    reset: () => resetCore(core),
  };
}

/** The host part of the origin: a wildcard bind is reached through loopback; IPv6 needs brackets. */
function originHost(address: AddressInfo): string {
  if (address.address === '0.0.0.0') return '127.0.0.1';
  if (address.address === '::') return '[::1]';
  return address.family === 'IPv6' ? `[${address.address}]` : address.address;
}
