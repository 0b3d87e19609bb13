import type { ApplyReport, OrderReport } from './report.js';

const RESULT: Record<OrderReport['result'], string> = {
  placed: ':white_check_mark: placed',
  'already-placed': ':heavy_minus_sign: already placed (no changes)',
  'dry-run': ':test_tube: dry run (nothing sent)',
  failed: ':x: failed (progress saved; run apply again to resume)',
  stopped: ':warning: stopped (progress saved; run apply again to resume)',
};

/** Well under the 65,536 characters a step summary or comment may hold. */
const BUDGET = 60_000;

/**
 * apply's closing summary as Markdown, for the GitHub step summary: a table of orders, then each
 * order's created resources collapsed. Holds URLs only, never cookies or credentials. Pure.
 */
export function renderApplyMarkdown(
  report: Omit<ApplyReport, 'kind'>,
  options: { resumable?: boolean } = {},
): string {
  const lines = [
    `### orderform apply${report.dryRun ? ' (dry run)' : ''}`,
    '',
    `Endpoint: \`${code(report.endpoint)}\`; exit code ${report.exitCode}`,
    '',
    '| Order | Result | Order URL |',
    '| --- | --- | --- |',
  ];
  for (const order of report.orders) {
    const conflict = order.errors.some((error) => error.code === 'conflict');
    const result =
      conflict && (order.result === 'failed' || order.result === 'stopped')
        ? `:x: ${order.result} (conflict with the recorded state)`
        : (order.result === 'failed' || order.result === 'stopped') && options.resumable === false
          ? `:x: ${order.result} (nothing is saved: the --emulator run ended with it)`
          : RESULT[order.result];
    lines.push(
      `| \`${code(order.name)}\` | ${result} | ${order.orderUrl ? `\`${code(order.orderUrl)}\`` : ''} |`,
    );
  }
  lines.push('');
  let used = lines.join('\n').length + 200;
  for (const order of report.orders) {
    const block = renderOrderBlock(order);
    if (block === '') continue;
    if (used + block.length > BUDGET) {
      lines.push('_More orders not shown to keep this summary short; see the job log._', '');
      break;
    }
    lines.push(block);
    used += block.length + 1;
  }
  return `${lines.join('\n')}\n`;
}

function renderOrderBlock(order: OrderReport): string {
  const parts: string[] = [];
  for (const error of order.errors) parts.push(`- :x: ${cell(error.message)}`);
  const resources = order.resources.filter((resource) => resource.kind !== 'order');
  if (resources.length > 0) {
    parts.push(
      '',
      `<details><summary><code>${html(order.name)}</code>: ${resources.length} resource${resources.length === 1 ? '' : 's'}</summary>`,
      '',
      '| Kind | Name | What | URL |',
      '| --- | --- | --- | --- |',
      ...resources.map(
        (resource) =>
          `| ${resource.kind} | \`${code(resource.name)}\` | ${cell(resource.label.replace(/^add (product|service) /, ''))} | \`${code(resource.url)}\` |`,
      ),
      '',
      '</details>',
    );
  }
  return parts.length === 0 ? '' : `${parts.join('\n')}\n`;
}

/** A refusal before anything ran (lock, conflict, no confirmation) as a step summary. Pure. */
export function renderApplyRefusalMarkdown(error: { message: string; hint?: string | undefined }): string {
  const lines = ['### orderform apply', '', `:x: ${cell(error.message)}`];
  if (error.hint) lines.push('', `_${cell(error.hint)}_`);
  return `${lines.join('\n')}\n`;
}

function cell(text: string): string {
  return html(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function code(text: string): string {
  return text.replace(/`/g, "'").replace(/\|/g, '\\|');
}
