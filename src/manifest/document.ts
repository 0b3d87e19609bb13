import type { Issue } from '../errors.js';
import { type Finding, locateFinding } from './finding.js';
import { hashManifest } from './hash.js';
import { parseYamlStream } from './parse.js';
import { partialManifest } from './partial.js';
import { formatDocumentPath } from './paths.js';
import { resolveDocument } from './resolve.js';
import { checkManifestRules } from './rules.js';
import { checkManifestSchema } from './schema.js';
import { allowUnsetSecrets, extractSecrets } from './secrets.js';
import type { LoadedManifest } from './types.js';

export interface SourceOptions {
  env: Readonly<Record<string, string | undefined>>;
  endpoint?: string | undefined;
  allowForeignUrls?: boolean | undefined;
}

/**
 * Everything the loader does to one file's text, without touching the file system: YAML with
 * positions, variables, schema, rules. Returns the documents without problems and every problem.
 */
export function parseManifestSource(
  text: string,
  file: string,
  options: SourceOptions,
): { manifests: LoadedManifest[]; issues: Issue[] } {
  const { documents, issues } = parseYamlStream(text, file);
  const manifests: LoadedManifest[] = [];
  if (documents.length === 0 && issues.length === 0) {
    issues.push({
      kind: 'issue',
      file,
      line: 1,
      column: 1,
      path: '',
      document: 0,
      message: 'the file is empty: expected an Order manifest (apiVersion: orderform/v1, kind: Order)',
    });
  }
  for (const { index, doc, locator, broken } of documents) {
    if (broken) continue;
    const where = { file, document: index, locator };
    const resolved = resolveDocument(doc, text, options.env);
    // Before the schema sees the document: its messages quote values, and secrets must not be.
    const secrets = extractSecrets(doc, resolved.value, options.env);
    resolved.spoilt.push(...secrets.spoilt);
    const findings: Finding[] = [...allowUnsetSecrets(resolved.findings, secrets), ...secrets.findings];
    if (resolved.value !== undefined) {
      const schema = checkManifestSchema(resolved.value);
      // Rules also run on a document that failed the schema (on its well-typed parts), so all
      // of a file's problems come at once; a rule problem at a node the schema already faults
      // would only repeat it.
      const manifest = schema.kind === 'valid' ? schema.manifest : partialManifest(resolved.value);
      const schemaFindings = schema.kind === 'valid' ? [] : schema.findings;
      const ruleFindings = checkManifestRules(manifest, options, locator.valueAt).filter(
        (rule) =>
          !schemaFindings.some((f) => isWithin(formatDocumentPath(f.path), formatDocumentPath(rule.path))),
      );
      // A value broken by a bad `${...}` would only repeat that problem in other terms.
      const spoilt = resolved.spoilt.map(formatDocumentPath);
      findings.push(
        ...[...schemaFindings, ...ruleFindings].filter(
          (f) => !spoilt.some((p) => isWithin(formatDocumentPath(f.path), p)),
        ),
      );
      if (findings.length === 0 && schema.kind === 'valid') {
        manifests.push({
          kind: 'manifest',
          file,
          document: index,
          manifest: schema.manifest,
          hash: hashManifest(schema.manifest),
          positionOf: locator.valueAt,
        });
      }
    }
    issues.push(...findings.map((f) => locateFinding(f, where)));
  }
  return { manifests, issues: sortIssues(dedupe(issues)) };
}

function isWithin(path: string, base: string): boolean {
  return path === base || path.startsWith(`${base}.`) || path.startsWith(`${base}[`);
}

// An alias expands the same node more than once; its problems are reported once.
function dedupe(issues: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.document}:${issue.line}:${issue.column}:${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort((a, b) => a.document - b.document || a.line - b.line || a.column - b.column);
}
