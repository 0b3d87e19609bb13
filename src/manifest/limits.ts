import type { Issue } from '../errors.js';

/**
 * Limits on a manifest's shape, checked on the raw text before the YAML parser sees it. The
 * parser's cost grows with lines and documents, and 1 MiB of `a: 1` (150k lines) or of `--- [`
 * (150k documents) took seconds to minutes. Real manifests are a few hundred lines: a
 * 2,000-service order is about 2,600.
 */
export const MAX_LINES = 50_000;
export const MAX_DOCUMENTS = 1_000;
/** Problems listed per file; the rest are counted in one closing line. */
export const MAX_ISSUES_PER_FILE = 100;

/** What may follow `---` at the start of a line that opens a document ('' at the end of the text). */
const DOCUMENT_END = /^[ \t\r\n]?$/;

/** The first limit the text breaks, as a located issue; undefined when it keeps them all. */
export function checkSourceLimits(text: string, file: string): Issue | undefined {
  let line = 1;
  let documents = 0;
  let lineStart = 0;
  for (;;) {
    const end = text.indexOf('\n', lineStart);
    if (text.startsWith('---', lineStart) && DOCUMENT_END.test(text.charAt(lineStart + 3))) {
      documents += 1;
      if (documents > MAX_DOCUMENTS) {
        return at(
          file,
          line,
          `the file holds more than ${MAX_DOCUMENTS} YAML documents ('---'); the limit is ${MAX_DOCUMENTS} per file`,
        );
      }
    }
    if (end === -1) return undefined;
    line += 1;
    if (line > MAX_LINES && end + 1 < text.length) {
      return at(file, line, `the file has more than ${MAX_LINES} lines; the limit is ${MAX_LINES} per file`);
    }
    lineStart = end + 1;
  }
}

/** Keeps the first MAX_ISSUES_PER_FILE issues (already sorted) and counts the rest on one line. */
export function capIssues(issues: readonly Issue[], file: string): Issue[] {
  if (issues.length <= MAX_ISSUES_PER_FILE) return [...issues];
  const kept = issues.slice(0, MAX_ISSUES_PER_FILE);
  const next = issues[MAX_ISSUES_PER_FILE]!;
  const rest = issues.length - MAX_ISSUES_PER_FILE;
  kept.push({
    kind: 'issue',
    file,
    line: next.line,
    column: next.column,
    path: '',
    document: next.document,
    message: `${rest} more problem${rest === 1 ? '' : 's'} in this file from here on (only the first ${MAX_ISSUES_PER_FILE} are listed)`,
  });
  return kept;
}

function at(file: string, line: number, message: string): Issue {
  return { kind: 'issue', file, line, column: 1, path: '', document: 0, message };
}
