import type { Issue } from '../errors.js';
import { type Finding, locateFinding } from './finding.js';
import { hashManifest } from './hash.js';
import { capIssues, checkSourceLimits } from './limits.js';
import { parseYamlStream } from './parse.js';
import { partialManifest } from './partial.js';
import { formatDocumentPath } from './paths.js';
import { resolveDocument } from './resolve.js';
import { checkManifestRules } from './rules.js';
import { checkManifestSchema } from './schema.js';
import { allowUnsetSecrets, extractSecrets } from './secret-placeholders.js';
import type { DocumentPath, LoadedManifest } from './types.js';

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
  const tooBig = checkSourceLimits(text, file);
  if (tooBig !== undefined) return { manifests: [], issues: [tooBig] };
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
    for (const spoilt of secrets.spoilt) resolved.spoilt.push(spoilt);
    const findings: Finding[] = allowUnsetSecrets(resolved.findings, secrets).concat(secrets.findings);
    if (resolved.value !== undefined) {
      const schema = checkManifestSchema(resolved.value);
      // Rules also run on a document that failed the schema (on its well-typed parts), so all
      // of a file's problems come at once; a rule problem at a node the schema already faults
      // would only repeat it.
      const manifest = schema.kind === 'valid' ? schema.manifest : partialManifest(resolved.value);
      const schemaFindings = schema.kind === 'valid' ? [] : schema.findings;
      const faulted = ancestorsOf(schemaFindings.map((f) => f.path));
      const ruleFindings = checkManifestRules(manifest, options, locator.valueAt).filter(
        (rule) => !faulted.has(formatDocumentPath(rule.path)),
      );
      // A value broken by a bad `${...}` would only repeat that problem in other terms.
      const spoilt = new Set(resolved.spoilt.map(formatDocumentPath));
      for (const f of [...schemaFindings, ...ruleFindings]) {
        if (!prefixesOf(f.path).some((p) => spoilt.has(p))) findings.push(f);
      }
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
    for (const f of findings) issues.push(locateFinding(f, where));
  }
  return { manifests, issues: capIssues(sortIssues(dedupe(issues)), file) };
}

/** Every path at or above one of `paths`, formatted: a set lookup instead of a scan per finding. */
function ancestorsOf(paths: readonly DocumentPath[]): Set<string> {
  const out = new Set<string>();
  for (const path of paths) for (const prefix of prefixesOf(path)) out.add(prefix);
  return out;
}

function prefixesOf(path: DocumentPath): string[] {
  const out: string[] = [];
  for (let i = 0; i <= path.length; i++) out.push(formatDocumentPath(path.slice(0, i)));
  return out;
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
