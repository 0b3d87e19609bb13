import { attributeMap } from './body.js';
import type { ServiceSpecificationSpec } from './catalog-types.js';
import { badRequest } from './errors.js';
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
  const types = spec?.attributeTypes;
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
  if (spec?.attributeTypes === undefined)
    throw badRequest('No attributes defined for the provided service specification');
}
