// Generated from schemas/catalog.schema.json by `npm run generate`. Do not edit.
/** One error of the precompiled validator (the fields of ajv's ErrorObject that orderform reads). */
export interface CatalogSchemaError {
  keyword: string;
  /** JSON Pointer of the value in the document. */
  instancePath: string;
  /** JSON Pointer of the failing keyword in schemas/catalog.schema.json. */
  schemaPath: string;
  params: Record<string, unknown>;
  /** For propertyNames errors: the offending key. */
  propertyName?: string;
  message?: string;
}

/** With `verbose`: the failing value and the schema node that refused it. */
export interface CatalogSchemaVerboseError extends CatalogSchemaError {
  data: unknown;
  parentSchema: { errorMessage?: string };
}

export interface CatalogSchemaValidator {
  (data: unknown): boolean;
  errors?: CatalogSchemaVerboseError[] | null;
}

export declare const validateCatalogSchema: CatalogSchemaValidator;
