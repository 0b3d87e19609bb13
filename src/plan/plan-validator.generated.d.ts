// Generated from schemas/plan.schema.json by `npm run generate`. Do not edit.
/** One error of the precompiled validator (the fields of ajv's ErrorObject that orderform reads). */
export interface PlanSchemaError {
  keyword: string;
  /** JSON Pointer of the value in the document. */
  instancePath: string;
  /** JSON Pointer of the failing keyword in schemas/plan.schema.json. */
  schemaPath: string;
  params: Record<string, unknown>;
  /** For propertyNames errors: the offending key. */
  propertyName?: string;
  message?: string;
}

export interface PlanValidator {
  (data: unknown): boolean;
  errors?: PlanSchemaError[] | null;
}

export declare const validatePlan: PlanValidator;
