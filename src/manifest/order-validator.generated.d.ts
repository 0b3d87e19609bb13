// Generated from schemas/order.schema.json by `npm run generate`. Do not edit.
import type { OrderManifest } from './order.generated.js';

/** One error of the precompiled validator (the fields of ajv's ErrorObject that orderform reads). */
export interface ManifestSchemaError {
  keyword: string;
  /** JSON Pointer of the value in the document. */
  instancePath: string;
  /** JSON Pointer of the failing keyword in schemas/order.schema.json. */
  schemaPath: string;
  params: Record<string, unknown>;
  /** For propertyNames errors: the offending key. */
  propertyName?: string;
  message?: string;
}

export interface ManifestValidator {
  (data: unknown): data is OrderManifest;
  errors?: ManifestSchemaError[] | null;
}

export declare const validateOrderManifest: ManifestValidator;
