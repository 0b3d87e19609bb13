import type { Issue } from '../errors.js';

/** Well under the 65,536 characters GitHub allows in a comment, like the plan itself. */
const BUDGET = 60_000;

/**
 * The Markdown `plan --output markdown` prints when the input is invalid: a pull-request comment
 * that says what is wrong, never an empty one. Pure.
 */
export function renderIssuesMarkdown(issues: readonly Issue[], title = 'orderform plan'): string {
  const head = [
    `### ${title}`,
    '',
    `:x: **${issues.length} problem${issues.length === 1 ? '' : 's'} found in the input**; no plan was made and nothing was sent.`,
    '',
    '| Where | Path | Problem |',
    '| --- | --- | --- |',
  ];
  const rows: string[] = [];
  let used = head.join('\n').length + 200;
  for (const issue of issues) {
    const doc = issue.document > 0 ? ` (document ${issue.document + 1})` : '';
    const row = `| \`${code(`${issue.file}:${issue.line}:${issue.column}`)}\`${doc} | ${
      issue.path === '' ? '' : `\`${code(issue.path)}\``
    } | ${cell(issue.message)} |`;
    if (used + row.length + 1 > BUDGET) break;
    rows.push(row);
    used += row.length + 1;
  }
  const omitted = issues.length - rows.length;
  const tail =
    omitted > 0
      ? ['', `_${omitted} more problem${omitted === 1 ? '' : 's'}; run \`orderform validate\` for all._`]
      : [];
  return `${[...head, ...rows, ...tail].join('\n')}\n`;
}

function cell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ');
}

/** Inside a code span only '|' (the table) and backticks (the span) need care. */
function code(text: string): string {
  return text.replace(/`/g, "'").replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
