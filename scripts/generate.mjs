// Regenerates the files derived from the schemas under schemas/. Each schema is the single source
// of truth; test/manifest/generated.test.ts runs `node scripts/generate.mjs --check`, which fails
// when these files drift from it.
//
//   src/manifest/order.generated.ts               TypeScript types of the manifest (json-schema-to-typescript)
//   src/manifest/order-validator.generated.js     precompiled ajv validators (standalone ESM code) of
//   src/plan/plan-validator.generated.js          schemas/order, plan and catalog .schema.json,
//   src/emulator/catalog-validator.generated.js   each with its .d.ts
//
// Every validator is precompiled, so no command imports ajv's compiler at run time: importing and
// compiling ajv costs ~180 ms and ~300 KB of bundle, loading the standalone code a few ms.
import { readFileSync, writeFileSync } from 'node:fs';
import { compile } from 'json-schema-to-typescript';
import { renderStandalone } from './standalone.mjs';

const root = new URL('..', import.meta.url).pathname;
const readSchema = (name) => JSON.parse(readFileSync(`${root}schemas/${name}`, 'utf8'));
const schema = readSchema('order.schema.json');
const planSchema = readSchema('plan.schema.json');
const catalogSchema = readSchema('catalog.schema.json');
const bannerOf = (name) => `// Generated from schemas/${name} by \`npm run generate\`. Do not edit.\n`;
const banner = bannerOf('order.schema.json');

export const generatedFiles = {
  types: 'src/manifest/order.generated.ts',
  validator: 'src/manifest/order-validator.generated.js',
  validatorTypes: 'src/manifest/order-validator.generated.d.ts',
  planValidator: 'src/plan/plan-validator.generated.js',
  planValidatorTypes: 'src/plan/plan-validator.generated.d.ts',
  catalogValidator: 'src/emulator/catalog-validator.generated.js',
  catalogValidatorTypes: 'src/emulator/catalog-validator.generated.d.ts',
};

export async function renderManifestTypes() {
  return (
    banner +
    (await compile(schema, 'OrderManifest', {
      bannerComment: '',
      additionalProperties: false,
      format: false,
    }))
  );
}

/** The manifest's standalone validator as an ES module that esbuild can bundle (no `require`). */
export function renderManifestValidator() {
  return renderStandalone(schema, 'validateOrderManifest', {
    banner,
    // Message annotations read by editors (and by src/manifest/schema-messages.ts); no validation.
    annotations: ['patternErrorMessage', 'errorMessage'],
    ajvOptions: {
      // topService adds `required` to the properties of the service it refers to.
      strictRequired: false,
      allowUnionTypes: true,
    },
  });
}

export function renderManifestValidatorTypes() {
  return `${banner}import type { OrderManifest } from './order.generated.js';

${schemaErrorType('ManifestSchemaError', 'order.schema.json')}
export interface ManifestValidator {
  (data: unknown): data is OrderManifest;
  errors?: ManifestSchemaError[] | null;
}

export declare const validateOrderManifest: ManifestValidator;
`;
}

/** The fields of ajv's ErrorObject that orderform reads, for the .d.ts of a standalone validator. */
const schemaErrorType = (
  name,
  schemaFile,
) => `/** One error of the precompiled validator (the fields of ajv's ErrorObject that orderform reads). */
export interface ${name} {
  keyword: string;
  /** JSON Pointer of the value in the document. */
  instancePath: string;
  /** JSON Pointer of the failing keyword in schemas/${schemaFile}. */
  schemaPath: string;
  params: Record<string, unknown>;
  /** For propertyNames errors: the offending key. */
  propertyName?: string;
  message?: string;
}
`;

/** The saved plan's validator; formats (createdAt's date-time) come from ajv-formats' functions. */
export function renderPlanValidator() {
  return renderStandalone(planSchema, 'validatePlan', {
    banner: bannerOf('plan.schema.json'),
    formats: true,
  });
}

export function renderPlanValidatorTypes() {
  return `${bannerOf('plan.schema.json')}${schemaErrorType('PlanSchemaError', 'plan.schema.json')}
export interface PlanValidator {
  (data: unknown): boolean;
  errors?: PlanSchemaError[] | null;
}

export declare const validatePlan: PlanValidator;
`;
}

/**
 * The catalog's validator. `verbose` puts each failing node (`parentSchema`) and value (`data`)
 * on its error, so the emulator words a problem with the node's `errorMessage` and shows the value.
 */
export function renderCatalogValidator() {
  return renderStandalone(catalogSchema, 'validateCatalogSchema', {
    banner: bannerOf('catalog.schema.json'),
    annotations: ['errorMessage'],
    ajvOptions: { verbose: true },
  });
}

export function renderCatalogValidatorTypes() {
  return `${bannerOf('catalog.schema.json')}${schemaErrorType('CatalogSchemaError', 'catalog.schema.json')}
/** With \`verbose\`: the failing value and the schema node that refused it. */
export interface CatalogSchemaVerboseError extends CatalogSchemaError {
  data: unknown;
  parentSchema: { errorMessage?: string };
}

export interface CatalogSchemaValidator {
  (data: unknown): boolean;
  errors?: CatalogSchemaVerboseError[] | null;
}

export declare const validateCatalogSchema: CatalogSchemaValidator;
`;
}

async function renderAll() {
  return {
    [generatedFiles.types]: await renderManifestTypes(),
    [generatedFiles.validator]: renderManifestValidator(),
    [generatedFiles.validatorTypes]: renderManifestValidatorTypes(),
    [generatedFiles.planValidator]: renderPlanValidator(),
    [generatedFiles.planValidatorTypes]: renderPlanValidatorTypes(),
    [generatedFiles.catalogValidator]: renderCatalogValidator(),
    [generatedFiles.catalogValidatorTypes]: renderCatalogValidatorTypes(),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = await renderAll();
  if (process.argv.includes('--check')) {
    const stale = Object.entries(files).filter(([file, text]) => {
      try {
        return readFileSync(`${root}${file}`, 'utf8') !== text;
      } catch {
        return true;
      }
    });
    for (const [file] of stale) console.error(`${file} is out of date with its schema under schemas/`);
    if (stale.length > 0) {
      console.error('Run `npm run generate` and commit the result.');
      process.exit(1);
    }
  } else {
    for (const [file, text] of Object.entries(files)) writeFileSync(`${root}${file}`, text);
  }
}
