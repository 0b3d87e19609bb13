import { type Document, isScalar } from 'yaml';
import schemaJson from '../../schemas/order.schema.json' with { type: 'json' };
import { type Finding, finding } from './finding.js';
import type { DocumentPath } from './types.js';

/**
 * Secrets in manifests (SPEC §7). user.password, paymentInfo.accountNumber and
 * .verificationNumber, and whatever else the schema marks `writeOnly`, must be written as
 * `${VAR}`. In the loaded manifest each becomes the placeholder `{secret.VAR}`: the plan, its
 * renderings, saved plans and the manifest hash hold the name, never the value, which apply
 * reads from the environment when it builds the request. Messages here never quote a value.
 */

type SchemaNode = { [key: string]: unknown };
const ROOT = schemaJson as unknown as SchemaNode;
const REFERENCE = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$/;

/** Paths the schema marks writeOnly; '*' stands for any array index. */
export const SECRET_PATHS: readonly (readonly string[])[] = collectWriteOnly(ROOT, [], new Set());

export function secretPlaceholder(name: string): string {
  return `{secret.${name}}`;
}

export interface SecretScan {
  findings: Finding[];
  /** Paths whose problems are reported here; other checks must not judge (or quote) them. */
  spoilt: DocumentPath[];
  /** Secret references whose variable may be unset until apply. */
  unsetAllowed: DocumentPath[];
}

/** Drops the substitution's "variable X is not set" for secret references: apply checks them. */
export function allowUnsetSecrets<T extends { path: DocumentPath; message: string }>(
  findings: readonly T[],
  scan: SecretScan,
): T[] {
  const allowed = new Set(scan.unsetAllowed.map((path) => path.join('\0')));
  return findings.filter(
    (f) => !(allowed.has(f.path.join('\0')) && /^variable \w+ is not set/.test(f.message)),
  );
}

/**
 * Replaces every secret in `value` (the resolved document, changed in place) by its placeholder
 * and checks how it is written and, for the password, the documented rules on its value.
 */
export function extractSecrets(
  doc: Document,
  value: unknown,
  env: Readonly<Record<string, string | undefined>>,
): SecretScan {
  const scan: SecretScan = { findings: [], spoilt: [], unsetAllowed: [] };
  for (const pattern of SECRET_PATHS) {
    for (const path of concretePaths(value, pattern)) {
      const holder = parentOf(value, path);
      const key = path[path.length - 1] as string;
      if (holder === undefined || holder[key] === undefined) continue;
      scan.spoilt.push(path);
      const node = doc.getIn(path, true);
      const match = isScalar(node) && typeof node.value === 'string' ? REFERENCE.exec(node.value) : null;
      const name = match?.[1];
      if (name === undefined) {
        holder[key] = '(secret)';
        scan.findings.push(
          finding(
            path,
            `${key} is a secret: write it as \${VARIABLE} (e.g. ${key}: "\${${suggestedName(path)}}") and set the variable in the environment, so the value never sits in the manifest`,
          ),
        );
        continue;
      }
      holder[key] = secretPlaceholder(name);
      const secret = env[name];
      // Only apply needs the value (and reads it again then): validate and plan work without it,
      // so a pull-request job never needs the card data.
      scan.unsetAllowed.push(path);
      if (secret !== undefined && key === 'password')
        scan.findings.push(...checkPassword(secret, name, path));
    }
  }
  return scan;
}

/** The documented account password rules, judged without ever printing the value. */
export function checkPassword(password: string, name: string, path: DocumentPath): Finding[] {
  const problems: string[] = [];
  if (password.length < 8 || password.length > 50)
    problems.push(`be 8 to 50 characters long (it has ${password.length})`);
  if (!/[A-Za-z]/.test(password)) problems.push('contain a letter');
  if (!/[0-9]/.test(password)) problems.push('contain a digit');
  if (/[&`'"\\/<>$]/.test(password)) problems.push('contain none of & ` \' " \\ / < > $');
  if (problems.length === 0) return [];
  return [finding(path, `the password in ${name} must ${problems.join(', ')}`)];
}

function suggestedName(path: DocumentPath): string {
  const key = String(path[path.length - 1]);
  if (key === 'password') return 'ACCOUNT_PASSWORD';
  if (key === 'accountNumber') return 'CARD_NUMBER';
  if (key === 'verificationNumber') return 'CARD_CVV';
  return key.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
}

function collectWriteOnly(node: SchemaNode, path: string[], refs: Set<string>): string[][] {
  const ref = node.$ref;
  if (typeof ref === 'string') {
    // A recursive definition (services under services) is walked once per branch.
    if (refs.has(ref)) return [];
    const target = (ROOT.$defs as Record<string, SchemaNode>)[ref.replace('#/$defs/', '')];
    const fromRef = target === undefined ? [] : collectWriteOnly(target, path, new Set([...refs, ref]));
    return [...fromRef, ...collectWriteOnly({ ...node, $ref: undefined }, path, refs)];
  }
  if (node.writeOnly === true) return [path];
  const found: string[][] = [];
  for (const branch of ['oneOf', 'anyOf', 'allOf'] as const) {
    const list = node[branch];
    if (Array.isArray(list))
      for (const item of list) found.push(...collectWriteOnly(item as SchemaNode, path, refs));
  }
  const properties = node.properties as Record<string, SchemaNode> | undefined;
  for (const [key, child] of Object.entries(properties ?? {}))
    found.push(...collectWriteOnly(child, [...path, key], refs));
  if (node.items !== null && typeof node.items === 'object')
    found.push(...collectWriteOnly(node.items as SchemaNode, [...path, '*'], refs));
  const unique = new Map(found.map((p) => [p.join('\0'), p]));
  return [...unique.values()];
}

function concretePaths(value: unknown, pattern: readonly string[]): DocumentPath[] {
  let paths: (string | number)[][] = [[]];
  for (const segment of pattern.slice(0, -1)) {
    paths = paths.flatMap((path) => {
      const here = valueAt(value, path);
      if (segment === '*') return Array.isArray(here) ? here.map((_, i) => [...path, i]) : [];
      return isObject(here) && segment in here ? [[...path, segment]] : [];
    });
  }
  const last = pattern[pattern.length - 1];
  return last === undefined ? [] : paths.map((path) => [...path, last]);
}

function parentOf(value: unknown, path: DocumentPath): Record<string, unknown> | undefined {
  const parent = valueAt(value, path.slice(0, -1));
  return isObject(parent) ? parent : undefined;
}

function valueAt(value: unknown, path: DocumentPath): unknown {
  let here = value;
  for (const segment of path)
    here = isObject(here) || Array.isArray(here) ? (here as never)[segment] : undefined;
  return here;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
