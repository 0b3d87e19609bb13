import type { CatalogOffering } from '../shared/catalog-entries.js';
import type { CatalogProduct, CatalogService, CatalogSnapshot } from './types.js';

/** `orderform catalog` as people read it: each product, its offerings, its services. Pure. */
export function renderCatalogText(catalog: CatalogSnapshot, source: { cached: boolean }): string {
  const lines = [
    `Catalog at ${catalog.endpoint} (read ${catalog.fetchedAt}${source.cached ? ', cached; --refresh reads it again' : ''})`,
  ];
  for (const product of Object.values(catalog.products)) {
    if (product === null) continue;
    lines.push('', `${product.id}  ${product.name}`, '  offerings:');
    for (const offering of product.offerings) lines.push(`    ${renderOffering(offering)}`);
    lines.push('  services:');
    for (const id of product.services) {
      const service = catalog.services[id];
      lines.push(...(service ? renderService(service, product) : [`    ${id}  (not readable)`]));
    }
  }
  const missing = Object.entries(catalog.products).filter(([, p]) => p === null);
  for (const [id] of missing) lines.push('', `${id}: no such product specification`);
  lines.push('', 'Prices are what the catalog lists; the quote apply reads before submitting is binding.');
  return `${lines.join('\n')}\n`;
}

function renderOffering(offering: CatalogOffering): string {
  const plan = offering.prices.filter((p) => p.service === undefined);
  const fee = (name: string) => plan.find((p) => p.name === name)?.amount ?? '?';
  const months = `${offering.billingPeriod} month${offering.billingPeriod === 1 ? '' : 's'}`;
  return `${offering.id.padEnd(8)} ${offering.currency}  ${months.padEnd(9)} ${offering.default ? 'default ' : '        '} setup ${fee('setup_fee')}, recurring ${fee('recurring')}`;
}

function renderService(service: CatalogService, product: CatalogProduct): string[] {
  const cycles = service.billingCycles
    .map((c) => (c === service.defaultCycle ? `${c}*` : String(c)))
    .join(', ');
  const lines = [`    ${service.id}  ${service.name}  (billing cycles: ${cycles})`];
  const byCurrency = new Map<string, string>();
  for (const offering of product.offerings) {
    if (byCurrency.has(offering.currency)) continue;
    const fees = offering.prices.filter((p) => p.service === service.id);
    if (fees.length === 0) continue;
    const setup = fees.find((p) => p.name === 'setup_fee')?.amount ?? '0.00';
    const monthly = fees.find((p) => p.name === 'recurring')?.amount ?? '0.00';
    byCurrency.set(offering.currency, `${offering.currency} setup ${setup}, ${monthly}/month`);
  }
  if (byCurrency.size > 0) lines.push(`      prices: ${[...byCurrency.values()].join('; ')}`);
  if (service.attributes.length > 0) {
    const attributes = service.attributes.map(
      (a) => `${a.name} (${a.type}${a.required ? ', required' : ''})`,
    );
    lines.push(`      attributes: ${attributes.join(', ')}`);
  }
  return lines;
}
