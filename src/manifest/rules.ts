import type { Issue } from '../errors.js';
import { type Finding, finding } from './finding.js';
import { formatDocumentPath } from './paths.js';
import { checkRelatedToCycles } from './rules-cycles.js';
import { checkWholeOrder } from './rules-order.js';
import { closestMatch } from './suggest.js';
import { collectEntries, type ProductEntry, type ServiceEntry } from './tree.js';
import type { DocumentPath, LoadedManifest, OrderManifest } from './types.js';
import {
  checkAbsoluteUrl,
  isAbsoluteUrl,
  isVpsVirtuozzoPlan,
  isVpsVirtuozzoServer,
  isVpsVirtuozzoService,
  serviceSpecificationIdOf,
} from './urls.js';

export interface RuleOptions {
  endpoint?: string | undefined;
  allowForeignUrls?: boolean | undefined;
}

type PositionOf = (path: DocumentPath) => { line: number; column: number };

/** The meaning checks that follow the schema, for one schema-valid manifest. */
export function checkManifestRules(
  manifest: OrderManifest,
  options: RuleOptions,
  positionOf: PositionOf,
): Finding[] {
  const entries = collectEntries(manifest);
  return [
    ...checkUniqueIds(entries.products, entries.services, positionOf),
    ...checkRelatedTo(entries.products, entries.services),
    ...checkRelatedToCycles(entries.services),
    ...checkVpsTree(manifest, entries.services),
    ...checkUrls(manifest, entries.services, options),
    ...checkWholeOrder(manifest, entries.services),
  ];
}

/** Products and services share one namespace of ids. */
export function checkUniqueIds(
  products: readonly ProductEntry[],
  services: readonly ServiceEntry[],
  positionOf: PositionOf,
): Finding[] {
  const firstUse = new Map<string, DocumentPath>();
  const findings: Finding[] = [];
  const owners = [
    ...products.map((p) => ({ id: p.id, path: p.path })),
    ...services.map((s) => ({ id: s.service.id, path: s.path })),
  ].sort((a, b) => comparePaths(a.path, b.path));
  for (const { id, path } of owners) {
    if (id === undefined) continue;
    const first = firstUse.get(id);
    if (first === undefined) {
      firstUse.set(id, path);
      continue;
    }
    const { line } = positionOf([...first, 'id']);
    findings.push(
      finding(
        [...path, 'id'],
        `duplicate id '${id}': ${formatDocumentPath(first)} (line ${line}) already uses it`,
      ),
    );
  }
  return findings;
}

export function checkRelatedTo(
  products: readonly ProductEntry[],
  services: readonly ServiceEntry[],
): Finding[] {
  const serviceIds = new Map<string, ServiceEntry>();
  for (const entry of services) if (entry.service.id !== undefined) serviceIds.set(entry.service.id, entry);
  const productIds = new Set(products.flatMap((p) => (p.id === undefined ? [] : [p.id])));
  const findings: Finding[] = [];
  for (const entry of services) {
    entry.service.relatedTo?.forEach((ref, index) => {
      const path = [...entry.path, 'relatedTo', index];
      const target = serviceIds.get(ref);
      if (target === entry) {
        findings.push(finding(path, `a service cannot be relatedTo itself ('${ref}')`));
      } else if (target !== undefined && target === entry.parent) {
        findings.push(
          finding(
            path,
            `relatedTo '${ref}' is redundant: it is this service's parent, which it is related to already`,
          ),
        );
      } else if (target === undefined && productIds.has(ref)) {
        findings.push(finding(path, `relatedTo '${ref}' names a product; relatedTo must name a service`));
      } else if (target === undefined) {
        const suggestion = closestMatch(ref, serviceIds.keys());
        const known = [...serviceIds.keys()];
        const hint =
          suggestion !== undefined
            ? ` (did you mean '${suggestion}'?)`
            : known.length > 0
              ? `; service ids in this order: ${known.join(', ')}`
              : '; no service in this order has an id';
        findings.push(finding(path, `relatedTo '${ref}' names no service in this order${hint}`));
      }
    });
  }
  return findings;
}

/**
 * The seed's VPS Virtuozzo rule: add-ons exist only as children of a server, and a server sits
 * directly under its product.
 */
export function checkVpsTree(manifest: OrderManifest, services: readonly ServiceEntry[]): Finding[] {
  const findings: Finding[] = [];
  for (const entry of services) {
    const product = manifest.spec.products[entry.product];
    if (!product || !isVpsVirtuozzoPlan(product.offering ?? '')) continue;
    const spec = entry.service.serviceSpecification;
    const path = [...entry.path, 'serviceSpecification'];
    const specId = serviceSpecificationIdOf(spec);
    if (isVpsVirtuozzoServer(spec)) {
      if (entry.parent !== undefined) {
        findings.push(
          finding(
            path,
            `the server service ${specId} must sit directly under the product, not under ${entry.parent.label}`,
          ),
        );
      }
    } else if (isVpsVirtuozzoService(spec) && !hasServerAncestor(entry)) {
      findings.push(
        finding(
          path,
          `${specId} must sit under a core.vps.virtuozzo.server.* service: the API adds VPS Virtuozzo add-ons only as children of a server`,
        ),
      );
    }
  }
  return findings;
}

function hasServerAncestor(entry: ServiceEntry): boolean {
  for (let up = entry.parent; up !== undefined; up = up.parent) {
    if (isVpsVirtuozzoServer(up.service.serviceSpecification)) return true;
  }
  return false;
}

export function checkUrls(
  manifest: OrderManifest,
  services: readonly ServiceEntry[],
  options: RuleOptions,
): Finding[] {
  const values = [
    ...manifest.spec.products.flatMap((product, p) => [
      ...(product.offering === undefined
        ? []
        : [{ value: product.offering, path: ['spec', 'products', p, 'offering'] }]),
      ...(product.existingProduct === undefined
        ? []
        : [{ value: product.existingProduct, path: ['spec', 'products', p, 'existingProduct'] }]),
    ]),
    ...services.map((s) => ({
      value: s.service.serviceSpecification,
      path: [...s.path, 'serviceSpecification'],
    })),
  ];
  return values.flatMap(({ value, path }) => {
    if (!isAbsoluteUrl(value)) return [];
    const problem = checkAbsoluteUrl(value, options.endpoint, options.allowForeignUrls === true);
    return problem === undefined ? [] : [finding(path, `${String(path[path.length - 1])} URL ${problem}`)];
  });
}

/** metadata.name is the order's key: unique across every input. Reported at the later use. */
export function checkUniqueNames(manifests: readonly LoadedManifest[]): Issue[] {
  const first = new Map<string, LoadedManifest>();
  const issues: Issue[] = [];
  for (const loaded of manifests) {
    const name = loaded.manifest.metadata.name;
    const earlier = first.get(name);
    if (earlier === undefined) {
      first.set(name, loaded);
      continue;
    }
    const there = earlier.positionOf(['metadata', 'name']);
    const doc = earlier.document > 0 ? ` (document ${earlier.document + 1})` : '';
    const { line, column } = loaded.positionOf(['metadata', 'name']);
    issues.push({
      kind: 'issue',
      file: loaded.file,
      line,
      column,
      path: 'metadata.name',
      document: loaded.document,
      message: `metadata.name '${name}' is already used by ${earlier.file}:${there.line}:${there.column}${doc}; each order needs its own name`,
    });
  }
  return issues;
}

function comparePaths(a: DocumentPath, b: DocumentPath): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}
