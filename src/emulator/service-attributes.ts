import { attributeMap } from './body.js';
import type { ServiceSpecificationSpec } from './catalog-types.js';
import { badRequest } from './error-answers.js';
import { postDataError } from './http-io.js';

/**
 * Service attributes are checked against the service specification's type hints (the body of
 * OPTIONS .../attributes): a specification without hints takes no attributes.
 */
export function checkServiceAttributes(
  spec: ServiceSpecificationSpec | undefined,
  value: unknown,
  key: string,
): Record<string, unknown> {
  const attributes = attributeMap(value, key);
  const types = attributeTypesOf(spec);
  if (types === undefined) {
    if (Object.keys(attributes).length === 0) return {};
    throw badRequest(
      'No attributes defined for the provided service specification',
      `${spec?.id ?? 'This service specification'} takes no attributes`,
    );
  }
  for (const [name, item] of Object.entries(attributes)) {
    const type = types[name];
    if (type === undefined)
      throw postDataError(`Unknown attribute '${name}'; ${spec?.id} takes ${Object.keys(types).join(', ')}`);
    const ok =
      type === 'Integer'
        ? typeof item === 'number' && Number.isInteger(item)
        : type === 'Boolean'
          ? typeof item === 'boolean'
          : typeof item === 'string';
    if (!ok) throw postDataError(`Attribute '${name}' must be of type ${type}`);
  }
  return structuredClone(attributes);
}

/** GET on a specification without attributes is refused as documented. */
export function requireAttributes(spec: ServiceSpecificationSpec | undefined): void {
  if (attributeTypesOf(spec) === undefined)
    throw badRequest('No attributes defined for the provided service specification');
}

/**
 * The type hints OPTIONS .../attributes shows (`{"hostname":"String"}`), from the specification's
 * attribute list; undefined when the specification takes no attributes.
 */
export function attributeTypesOf(
  spec: ServiceSpecificationSpec | undefined,
): Record<string, string> | undefined {
  if (spec?.attributes === undefined || spec.attributes.length === 0) return undefined;
  return Object.fromEntries(spec.attributes.map((attribute) => [attribute.name, attribute.type]));
}
