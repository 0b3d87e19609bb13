import { catalogRuleProblems } from './catalog-rules.js';
import type { CatalogData } from './catalog-types.js';
import { type CatalogSchemaVerboseError, validateCatalogSchema } from './catalog-validator.generated.js';

/**
 * Checks a catalog document against schemas/catalog.schema.json (precompiled at build time) and
 * the rules across its fields, and returns every problem at once, each naming the JSON path, so
 * a user's `--catalog FILE` fails with a message they can act on instead of odd answers later.
 */
export function validateCatalog(
  input: unknown,
): { kind: 'ok'; catalog: CatalogData } | { kind: 'invalid'; problems: string[] } {
  const errors = validateCatalogSchema(input) ? [] : (validateCatalogSchema.errors ?? []);
  const problems = errors.flatMap((error) => problemOf(error, input) ?? []);
  // A value the schema refused has its problem already: the rules do not judge it again.
  const refused = new Set(errors.filter(refusesValue).map((error) => jsonPath(input, error.instancePath)));
  problems.push(...catalogRuleProblems(input, refused));
  if (problems.length > 0) return { kind: 'invalid', problems };

  const { franchise, productSpecifications, serviceSpecifications, notice } = input as CatalogData;
  // A copy of the parts the emulator serves (JSON round trip: `$comment`s may hold anything), so
  // a caller changing its object later does not change the running emulator's catalog.
  const catalog: CatalogData = JSON.parse(
    JSON.stringify({ franchise, productSpecifications, serviceSpecifications }),
  );
  if (notice !== undefined) catalog.notice = notice;
  return { kind: 'ok', catalog };
}

/** One line per problem: `$.path: what it must be; got value`, worded by the schema's errorMessage. */
function problemOf(error: CatalogSchemaVerboseError, root: unknown): string | null {
  const at = jsonPath(root, error.instancePath);
  const phrase = error.parentSchema.errorMessage;
  switch (error.keyword) {
    case 'required':
      return `${at}: missing '${String(error.params.missingProperty)}'`;
    case 'additionalProperties':
      return `${at}.${String(error.params.additionalProperty)}: unknown key`;
    case 'propertyNames':
      return null; // the key's own error (below) names it
    case 'minItems':
      return `${at}: must not be empty`;
  }
  if (error.propertyName !== undefined)
    return `${at}.${error.propertyName}: key ${phrase ?? error.message ?? 'is invalid'}`;
  if (phrase === undefined && error.keyword === 'type') {
    const type = String(error.params.type);
    return `${at}: must be ${type === 'object' || type === 'array' ? 'an' : 'a'} ${type}`;
  }
  return `${at}: ${phrase ?? error.message ?? 'is invalid'}; got ${JSON.stringify(error.data)}`;
}

/** Errors about the value at instancePath itself, not about its keys or items. */
function refusesValue(error: CatalogSchemaVerboseError): boolean {
  return !['required', 'additionalProperties', 'propertyNames', 'minItems'].includes(error.keyword);
}

/** `/productSpecifications/0/id` as `$.productSpecifications[0].id`, the paths users read. */
function jsonPath(root: unknown, pointer: string): string {
  let path = '$';
  let node = root;
  for (const raw of pointer === '' ? [] : pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    path += Array.isArray(node) ? `[${key}]` : `.${key}`;
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined;
  }
  return path;
}
