import { type Document, LineCounter, parseAllDocuments, type YAMLError } from 'yaml';
import type { Issue } from '../errors.js';
import { createLocator, type SourceLocator } from './positions.js';

export interface ParsedDocument {
  /** Index in the YAML stream (0-based), as users count `---` separated documents. */
  index: number;
  doc: Document;
  locator: SourceLocator;
  /** True when the YAML itself is broken: its content must not be checked further. */
  broken: boolean;
}

/**
 * Parses a YAML stream with positions. Syntax errors are located issues; warnings count as
 * errors too (a manifest must be unambiguous). Empty documents (a stray `---`) are dropped.
 */
export function parseYamlStream(
  text: string,
  file: string,
): { documents: ParsedDocument[]; issues: Issue[] } {
  const lineCounter = new LineCounter();
  // Duplicate keys are reported by the resolver, which also catches `1:` next to `"1":`.
  const stream = parseAllDocuments(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: false,
    strict: true,
  });
  const documents: ParsedDocument[] = [];
  const issues: Issue[] = [];
  if (!Array.isArray(stream)) return { documents, issues };
  stream.forEach((doc, index) => {
    const locator = createLocator(doc, lineCounter);
    const at = (offset: number, message: string): void => {
      const { line, column } = locator.offsetPosition(offset);
      issues.push({ kind: 'issue', file, line, column, path: '', document: index, message });
    };
    let broken = false;
    let lastOffset = -1;
    for (const error of doc.errors) {
      broken = true;
      // The parser often reports one mistake twice at the same place; once is enough.
      if (error.pos[0] !== lastOffset) at(error.pos[0], describeYamlError(error));
      lastOffset = error.pos[0];
    }
    // Unresolved tags are reported by the resolver, with the tag named.
    for (const warning of doc.warnings) {
      if (warning.code !== 'TAG_RESOLVE_FAILED') at(warning.pos[0], describeYamlError(warning));
    }
    const version = doc.directives?.yaml;
    if (version?.explicit && version.version !== '1.2') {
      broken = true;
      at(
        doc.range[0],
        `YAML ${version.version} is not supported: remove the %YAML directive (manifests are YAML 1.2)`,
      );
    }
    if (!broken && isEmptyDocument(doc)) return;
    documents.push({ index, doc, locator, broken });
  });
  return { documents, issues };
}

function isEmptyDocument(doc: Document): boolean {
  const contents = doc.contents as { range?: [number, number, number]; value?: unknown; tag?: string } | null;
  if (contents === null) return true;
  const range = contents.range;
  return (
    contents.value === null && contents.tag === undefined && range !== undefined && range[0] === range[1]
  );
}

function describeYamlError(error: YAMLError): string {
  const first = error.message.split('\n')[0] ?? error.message;
  if (error.code === 'RESOURCE_EXHAUSTION') return 'the YAML is nested too deeply to read';
  return `YAML syntax error: ${first.replace(/\.$/, '')}`;
}
