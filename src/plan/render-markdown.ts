import { renderChanges } from './diff.js';
import { stepDisplayNames } from './display.js';
import { describeAction, stepDepth, stepState, summarizeOrder } from './order-action.js';
import { ESTIMATE_NOTE, renderEstimateCell } from './render-estimate.js';
import { renderRequest, renderTotals } from './render-text.js';
import type { OrderPlan, Plan } from './types.js';

/** Pull-request comments are capped at 65,536 characters; stay well below. */
export const MARKDOWN_BUDGET = 60_000;

const stateMark = { pending: '+', done: '=', 'in-doubt': '?' } as const;

/** A summary for a pull-request comment: a table, then each order's requests collapsed. Pure. */
export function renderPlanMarkdown(plan: Plan, budget = MARKDOWN_BUDGET): string {
  const head: string[] = [
    '### orderform plan',
    '',
    `Endpoint: ${plan.endpoint === null ? '_chosen when apply runs_' : `\`${plan.endpoint}\``}`,
    '',
    '| Order | Source | What apply does | Critical path | Price |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const order of plan.orders) {
    head.push(
      `| \`${cell(order.name)}\` | \`${cell(order.source.file)}\` | ${cell(describeAction(summarizeOrder(order)))} | ${order.criticalPath} round trips | ${cell(renderEstimateCell(order.estimate))} |`,
    );
  }
  head.push('', renderTotals(plan).replace('Plan:', '**Plan:**'), '');
  if (plan.orders.some((order) => order.estimate !== undefined))
    head.push(`<sub>Price: ${ESTIMATE_NOTE}.</sub>`, '');
  const tail = [
    '',
    '<sub>+ to send, = done before, ? in doubt; `{steps.X.location}` is the Location returned by step X.</sub>',
    '',
  ];

  let remaining = budget - length(head) - length(tail) - 200;
  const details: string[] = [];
  let omitted = 0;
  for (const order of plan.orders) {
    const action = summarizeOrder(order);
    if (action.kind === 'refused') {
      const block = renderConflict(order.name, renderChanges(action.changes ?? []), Math.max(0, remaining));
      details.push(block);
      remaining -= block.length + 1;
      continue;
    }
    if (action.kind !== 'place') continue;
    const block = renderOrderDetails(order, Math.max(0, remaining));
    if (block === undefined) {
      omitted += 1;
      continue;
    }
    details.push(block);
    remaining -= block.length + 1;
  }
  if (omitted > 0) {
    details.push(
      `_${omitted} more order${omitted === 1 ? '' : 's'} not shown to keep this comment short; run \`orderform plan\` for all._`,
    );
  }
  return [...head, ...details, ...tail].join('\n');
}

/** A conflict is what the reviewer must see: shown open, as a diff, cut to the budget. */
function renderConflict(name: string, diff: readonly string[], budget: number): string {
  const open = `**:x: \`${name}\`: apply will refuse (exit 5).** The manifest changed requests already applied; a placed order cannot be changed, so give the manifest a new \`metadata.name\` to place another.\n\n\`\`\`diff`;
  const shown: string[] = [];
  let used = open.length + 200;
  for (const line of diff) {
    if (used + line.length + 1 > budget) break;
    shown.push(line.replace(/`/g, "'"));
    used += line.length + 1;
  }
  if (shown.length < diff.length)
    shown.push(`… ${diff.length - shown.length} more lines; run \`orderform plan\`.`);
  return [open, ...shown, '```', ''].join('\n');
}

/** The order's requests in a collapsed block, cut to the budget; undefined when not even the frame fits. */
function renderOrderDetails(order: OrderPlan, budget: number): string | undefined {
  const names = stepDisplayNames(order.steps);
  const lines = order.steps.map(
    (step) =>
      `${stateMark[stepState(order, step)]} ${'  '.repeat(stepDepth(step))}${names.get(step.id) ?? step.id}  ${renderRequest(step, names)}`,
  );
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(lines) + 1));
  const open = `<details><summary><code>${html(order.name)}</code>: ${order.steps.length} requests</summary>\n\n${fence}text`;
  const close = `${fence}\n\n</details>\n`;
  const frame = open.length + close.length + 120;
  if (frame > budget) return undefined;
  const shown: string[] = [];
  let used = frame;
  for (const line of lines) {
    if (used + line.length + 1 > budget) break;
    shown.push(line);
    used += line.length + 1;
  }
  if (shown.length < lines.length) {
    shown.push(`… ${lines.length - shown.length} more requests; run \`orderform plan\` for the full list.`);
  }
  return [open, ...shown, close].join('\n');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function longestBacktickRun(lines: readonly string[]): number {
  let longest = 0;
  for (const line of lines)
    for (const run of line.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

function length(lines: readonly string[]): number {
  return lines.reduce((sum, line) => sum + line.length + 1, 0);
}
