import { describe, expect, it } from 'vitest';
import type { OrderManifest } from '../../src/manifest/types.js';
import { compilePlan } from '../../src/plan/compile.js';
import { hasChanges, summarizeOrder } from '../../src/plan/order-action.js';
import { renderPlanMarkdown } from '../../src/plan/render-markdown.js';
import { renderPlanText } from '../../src/plan/render-text.js';
import type { OrderPlanState, Plan } from '../../src/plan/types.js';
import { loadedManifest, seedManifest } from '../helpers/plan.js';

const endpoint = 'https://api.hostway.com';
const now = () => new Date('2026-01-01T00:00:00Z');

function planWith(manifests: OrderManifest[], states: Record<string, OrderPlanState> = {}): Plan {
  return compilePlan(
    manifests.map((m) => loadedManifest(m)),
    { endpoint, now, states: new Map(Object.entries(states)) },
  );
}

/** One VPS order with `servers` servers of six add-ons each. */
function bigManifest(name: string, servers: number): OrderManifest {
  const manifest = seedManifest(name);
  const template = manifest.spec.products[0].services![0]!;
  manifest.spec.products[0].services = Array.from({ length: servers }, (_, i) => ({
    ...template,
    id: `server${i}`,
  }));
  return manifest;
}

describe('renderPlanText', () => {
  it('prints one line per request, in a tree, with totals and the critical path', () => {
    const text = renderPlanText(planWith([seedManifest()]), { color: false, verbose: false });
    const requestLines = text.split('\n').filter((line) => /^ {2}\+ /.test(line));
    expect(requestLines).toHaveLength(13);
    expect(text).toContain('+ order');
    expect(text).toMatch(
      /\+ {5}vps\/ip +POST \{steps\.vps\.location\}\/services \{"name":"VPS Virtuozzo Test"/,
    );
    expect(text).toContain('PUT  {steps.order.location}/account {"currency":"USD","language":"en-US"}');
    expect(text).toContain('Plan: 1 order to place (13 requests), 0 unchanged; critical path 7 round trips.');
    expect(text).not.toContain('\u001b[');
  });

  it('shows a placed order as no changes and a half-done one with what remains', () => {
    const plan = planWith([seedManifest('placed'), seedManifest('halfway')], {
      placed: { kind: 'placed', revision: 12, orderUrl: `${endpoint}/orders/1` },
      halfway: {
        kind: 'partial',
        revision: 4,
        steps: { order: 'done', account: 'done', 'product:vps': 'in-doubt' },
      },
    });
    const text = renderPlanText(plan, { color: false, verbose: false });
    expect(text).toContain(`no changes: already placed (${endpoint}/orders/1)`);
    expect(text).toContain('11 requests to send, 2 already done, 1 in doubt');
    expect(text).toMatch(/ = order /);
    expect(text).toMatch(/ \? vps /);
    expect(hasChanges(plan.orders)).toBe(true);
    expect(hasChanges(plan.orders.slice(0, 1))).toBe(false);
    expect(summarizeOrder(plan.orders[1]!)).toEqual({ kind: 'place', toSend: 11, done: 2, inDoubt: 1 });
  });

  it('colours only when asked', () => {
    expect(renderPlanText(planWith([seedManifest()]), { color: true, verbose: true })).toContain(
      '\u001b[32m+\u001b[0m',
    );
  });
});

describe('renderPlanMarkdown', () => {
  it('renders a table and collapsed details for a pull-request comment', () => {
    const markdown = renderPlanMarkdown(planWith([seedManifest()]));
    expect(markdown).toContain(
      '| `web-vps-01` | `manifests/test.yaml` | 13 requests to send | 7 round trips | – |',
    );
    expect(markdown).toContain('<details><summary><code>web-vps-01</code>: 13 requests</summary>');
    expect(markdown).toContain('+ order  POST https://api.hostway.com/orders {}');
    expect(markdown.split('<details>').length).toBe(markdown.split('</details>').length);
  });

  it('stays under the 65,536-character comment limit for large plans and says what it left out', () => {
    const plan = planWith([
      bigManifest('big', 400),
      ...Array.from({ length: 30 }, (_, i) => bigManifest(`o${i}`, 20)),
    ]);
    const steps = plan.orders.reduce((sum, order) => sum + order.steps.length, 0);
    expect(steps).toBeGreaterThan(5000);
    const markdown = renderPlanMarkdown(plan);
    expect(markdown.length).toBeLessThan(65_536);
    expect(markdown).toMatch(/more requests; run `orderform plan` for the full list|more orders? not shown/);
    // Every order still appears in the summary table.
    for (const order of plan.orders) expect(markdown).toContain(`| \`${order.name}\` |`);
    // Fences and details stay balanced after truncation.
    expect(markdown.split('<details>').length).toBe(markdown.split('</details>').length);
  });

  it('widens the code fence when a value holds backticks', () => {
    const manifest = seedManifest();
    manifest.spec.products[0].services![0]!.attributes = { note: 'has ``` inside' };
    const markdown = renderPlanMarkdown(planWith([manifest]));
    expect(markdown).toContain('````text');
  });
});
