import { appendFile } from 'node:fs/promises';
import type { Issue } from '../errors.js';

/**
 * GitHub Actions speaks through workflow commands on the job's output and a Markdown file for the
 * step summary. Rendering is pure; only `appendStepSummary` touches the file system.
 */

export function isGithubActions(env: NodeJS.ProcessEnv): boolean {
  return env.GITHUB_ACTIONS === 'true';
}

/** A command's message ends at the line break: %, CR and LF must be escaped or the rest is lost. */
export function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Properties are separated by ',' and end at '::', so those characters are escaped too. */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * A problem about a whole file (unreadable, empty directory, not an orderform plan) carries no
 * real position: the loaders give those line 1, column 1 and an empty document path.
 */
export function isFileLevel(issue: Issue): boolean {
  return issue.path === '' && issue.line === 1 && issue.column === 1;
}

/** `::error file=…,line=…,col=…,title=orderform::…`, so the problem lands on the pull request's diff. */
export function renderIssueAnnotation(issue: Issue): string {
  const properties = [`file=${escapeCommandProperty(issue.file)}`];
  if (!isFileLevel(issue)) properties.push(`line=${issue.line}`, `col=${issue.column}`);
  properties.push('title=orderform');
  const where = issue.path === '' ? '' : `${issue.path}: `;
  const doc = issue.document > 0 ? `(document ${issue.document + 1}) ` : '';
  return `::error ${properties.join(',')}::${escapeCommandData(`${doc}${where}${issue.message}`)}`;
}

export function renderIssueAnnotations(issues: readonly Issue[]): string {
  return issues.length === 0 ? '' : `${issues.map(renderIssueAnnotation).join('\n')}\n`;
}

/**
 * Appends a Markdown report to the job's step summary when the runner asks for one. A summary
 * that cannot be written is worth a warning, not a failed apply after its orders were placed.
 */
export async function appendStepSummary(
  ctx: { env: NodeJS.ProcessEnv; stderr: { write(text: string): unknown } },
  markdown: string,
): Promise<void> {
  const path = ctx.env.GITHUB_STEP_SUMMARY;
  if (path === undefined || path === '') return;
  try {
    await appendFile(path, markdown.endsWith('\n') ? `${markdown}\n` : `${markdown}\n\n`, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    ctx.stderr.write(`warning: cannot append to GITHUB_STEP_SUMMARY (${path}): ${reason}\n`);
  }
}
