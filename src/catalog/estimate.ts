import type { LoadedManifest } from '../manifest/types.js';
import type { CatalogOffering, CatalogPrice } from '../shared/catalog-entries.js';
import { formatCents, toCents } from '../shared/money.js';
import type { OrderEstimate } from '../shared/order-estimate.js';
import { collectCatalogRefs } from './refs.js';
import type { CatalogSnapshot } from './types.js';

/** The estimate of one order, or undefined when its products are not in the catalog. Pure. */
export function estimateOrder(loaded: LoadedManifest, catalog: CatalogSnapshot): OrderEstimate | undefined {
  const lines: { step: string; label: string; oneTime: number; recurring: number; months: number }[] = [];
  let currency: string | undefined;
  let complete = true;
  for (const ref of collectCatalogRefs(loaded, catalog.endpoint)) {
    const offering = catalog.products[ref.productSpec]?.offerings.find((o) => o.id === ref.offering);
    if (offering === undefined) return undefined;
    currency ??= offering.currency;
    const plan = feesFor(offering, undefined);
    lines.push({
      step: ref.step,
      label: `${ref.productSpec} (${ref.offering})`,
      oneTime: plan.setup,
      recurring: plan.recurring,
      months: offering.billingPeriod,
    });
    for (const service of ref.services) {
      const fees = feesFor(offering, service.spec);
      if (!fees.found) complete = false;
      // Service fees are per month; a service billed every N months is charged N months at a time.
      const months = service.billingCycle ?? 1;
      lines.push({
        step: service.step,
        label: service.spec,
        oneTime: fees.setup * service.quantity,
        recurring: fees.recurring * months * service.quantity,
        months,
      });
    }
  }
  if (currency === undefined) return undefined;
  const byPeriod = new Map<number, number>();
  let oneTime = 0;
  for (const line of lines) {
    oneTime += line.oneTime;
    byPeriod.set(line.months, (byPeriod.get(line.months) ?? 0) + line.recurring);
  }
  const recurringFirst = [...byPeriod.values()].reduce((sum, amount) => sum + amount, 0);
  return {
    kind: 'estimate',
    currency,
    oneTime: formatCents(oneTime),
    recurring: [...byPeriod.entries()]
      .sort(([a], [b]) => a - b)
      .map(([months, amount]) => ({ months, amount: formatCents(amount) })),
    total: formatCents(oneTime + recurringFirst),
    lines: lines.map((line) => ({
      ...line,
      oneTime: formatCents(line.oneTime),
      recurring: formatCents(line.recurring),
    })),
    complete,
  };
}

function feesFor(
  offering: CatalogOffering,
  service: string | undefined,
): { setup: number; recurring: number; found: boolean } {
  const mine = offering.prices.filter((p: CatalogPrice) => p.service === service);
  const sum = (name: string): number =>
    mine.filter((p) => p.name === name).reduce((total, p) => total + toCents(p.amount), 0);
  return { setup: sum('setup_fee'), recurring: sum('recurring'), found: mine.length > 0 };
}
