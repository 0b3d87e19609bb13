import { renderChanges } from './diff.js';
import { stepDisplayNames } from './display.js';
import { describeAction, stepDepth, stepState, summarizeOrder } from './order-action.js';
import { renderEstimateLines } from './render-estimate.js';
import type { OrderPlan, Plan, PlanStep, StepState } from './types.js';

export interface TextStyle {
  color: boolean;
  /** Print each request's source position in the manifest. */
  verbose: boolean;
}

const codes = { green: 32, yellow: 33, red: 31, dim: 2, bold: 1, cyan: 36 } as const;
type Paint = (code: keyof typeof codes, text: string) => string;

function painter(color: boolean): Paint {
  return color ? (code, text) => `\u001b[${codes[code]}m${text}\u001b[0m` : (_code, text) => text;
}

const marks: Record<StepState, { mark: string; code: keyof typeof codes }> = {
  pending: { mark: '+', code: 'green' },
  done: { mark: '=', code: 'dim' },
  'in-doubt': { mark: '?', code: 'yellow' },
};

/** The plan as people read it: one line per request, in a tree, with totals. Pure. */
export function renderPlanText(plan: Plan, style: TextStyle): string {
  const paint = painter(style.color);
  const nothing = renderNothingToDo(plan);
  if (nothing !== undefined && !style.verbose) return `${nothing}\n`;
  const lines: string[] = [];
  lines.push(`Endpoint: ${plan.endpoint ?? '{endpoint} (chosen when apply runs)'}`);
  for (const order of plan.orders) {
    lines.push('', ...renderOrder(order, style, paint));
  }
  lines.push('', renderTotals(plan, paint));
  lines.push(
    paint(
      'dim',
      'Legend: + to send, = done before, ? in doubt. {steps.X.location} is the Location returned by step X.',
    ),
  );
  return `${lines.join('\n')}\n`;
}

function renderOrder(order: OrderPlan, style: TextStyle, paint: Paint): string[] {
  const action = summarizeOrder(order);
  const source = `${order.source.file}${order.source.document > 0 ? ` #${order.source.document + 1}` : ''}`;
  const header = `${paint('bold', `Order ${order.name}`)} ${paint('dim', `(${source})`)}`;
  if (action.kind === 'no-changes') return [header, `  ${paint('dim', describeAction(action))}`];
  if (action.kind === 'refused') {
    const diff = action.changes === undefined ? [] : renderChanges(action.changes);
    return [
      header,
      `  ${paint('red', describeAction(action))}`,
      ...diff.map(
        (line) =>
          `    ${paint(line.startsWith('-') ? 'red' : line.startsWith('+') ? 'green' : 'yellow', line)}`,
      ),
      `  ${paint('dim', 'A placed order cannot be changed; give the manifest a new metadata.name to place another.')}`,
    ];
  }
  const names = stepDisplayNames(order.steps);
  const nameOf = (step: PlanStep): string => names.get(step.id) ?? step.id;
  const width = Math.max(...order.steps.map((step) => nameOf(step).length + 2 * stepDepth(step)));
  const lines = [header, `  ${describeAction(action)}; critical path ${order.criticalPath} round trips`];
  for (const step of order.steps) {
    const { mark, code } = marks[stepState(order, step)];
    const id = `${'  '.repeat(stepDepth(step))}${nameOf(step)}`.padEnd(width);
    const where =
      style.verbose && step.source
        ? paint('dim', `  # ${step.source.file}:${step.source.line}:${step.source.column}`)
        : '';
    lines.push(`  ${paint(code, mark)} ${paint('cyan', id)}  ${renderRequest(step, names)}${where}`);
  }
  if (order.estimate !== undefined) lines.push(...renderEstimateLines(order.estimate, names));
  return lines;
}

/** One line when every order is already placed: `No changes: 3 orders already placed.` */
export function renderNothingToDo(plan: Pick<Plan, 'orders'>): string | undefined {
  if (plan.orders.length === 0) return undefined;
  if (!plan.orders.every((order) => summarizeOrder(order).kind === 'no-changes')) return undefined;
  const n = plan.orders.length;
  return `No changes: ${n === 1 ? '1 order' : `${n} orders`} already placed.`;
}

/** `POST {steps.order.location}/account/products {"offering":"…"}` */
export function renderRequest(step: PlanStep, names?: ReadonlyMap<string, string>): string {
  // A secret shows as (secret NAME): people see which variable, never a value (there is none).
  const body = JSON.stringify(step.body).replace(/"\{secret\.([A-Za-z_][A-Za-z0-9_]*)\}"/g, '(secret $1)');
  const text = `${step.method.padEnd(4)} ${step.url} ${body}`;
  // References read with the names the plan shows: {steps.server.location}, not {steps.service:server.location}.
  return names === undefined
    ? text
    : text.replace(/\{steps\.([^{}]+?)\.location\}/g, (whole, id: string) =>
        names.has(id) ? `{steps.${names.get(id)}.location}` : whole,
      );
}

export function renderTotals(plan: Plan, paint: Paint = painter(false)): string {
  let place = 0;
  let unchanged = 0;
  let refused = 0;
  let requests = 0;
  for (const order of plan.orders) {
    const action = summarizeOrder(order);
    if (action.kind === 'place') {
      place += 1;
      requests += action.toSend;
    } else if (action.kind === 'no-changes') unchanged += 1;
    else refused += 1;
  }
  const critical = Math.max(0, ...plan.orders.map((order) => order.criticalPath));
  const parts = [
    `${place} order${place === 1 ? '' : 's'} to place (${requests} request${requests === 1 ? '' : 's'})`,
    `${unchanged} unchanged`,
  ];
  if (refused > 0) parts.push(paint('red', `${refused} refused`));
  return `${paint('bold', 'Plan:')} ${parts.join(', ')}; critical path ${critical} round trips.`;
}
