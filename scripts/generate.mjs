// Regenerates the files derived from schemas/order.schema.json. The schema is the single source
// of truth; test/manifest/generated.test.ts runs `node scripts/generate.mjs --check`, which fails
// when these files drift from it.
//
//   src/manifest/order.generated.ts            TypeScript types (json-schema-to-typescript)
//   src/manifest/order-validator.generated.js  precompiled ajv validator (standalone ESM code)
//   src/manifest/order-validator.generated.d.ts
//
// The validator is precompiled so that `validate` and `plan` never import ajv at run time:
// importing and compiling ajv costs ~180 ms, loading the standalone code a few.
import { readFileSync, writeFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { compile } from 'json-schema-to-typescript';

const root = new URL('..', import.meta.url).pathname;
const schema = JSON.parse(readFileSync(`${root}schemas/order.schema.json`, 'utf8'));
const banner = '// Generated from schemas/order.schema.json by `npm run generate`. Do not edit.\n';

export const generatedFiles = {
  types: 'src/manifest/order.generated.ts',
  validator: 'src/manifest/order-validator.generated.js',
  validatorTypes: 'src/manifest/order-validator.generated.d.ts',
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

/** The standalone validator as an ES module that esbuild can bundle (no `require`). */
export function renderManifestValidator() {
  const ajv = new Ajv2020({
    code: { source: true, esm: true, lines: true },
    allErrors: true, // every problem of a file is reported at once
    strict: true,
    // topService adds `required` to the properties of the service it refers to.
    strictRequired: false,
    allowUnionTypes: true,
  });
  // Message annotations read by editors (and by src/manifest/schema-messages.ts); no validation.
  ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });
  ajv.addKeyword({ keyword: 'errorMessage', schemaType: 'string' });
  ajv.addSchema(schema);
  const code = standaloneCode.default(ajv, { validateOrderManifest: schema.$id });

  // Standalone ESM output still calls require() for ajv's small runtime helpers; turn each into
  // a default import of the CommonJS module so the bundle stays pure ESM. Node and esbuild give
  // module.exports as the default import, vitest unwraps its `default`: accept both.
  const imports = new Map();
  const body = code
    .replace(/^"use strict";\n?/, '')
    .replace(
      /require\("(ajv\/dist\/runtime\/([A-Za-z0-9_]+))"\)(\.default)?/g,
      (_match, module, name, dflt) => {
        const local = `ajvRuntime_${name}`;
        imports.set(local, `${module}.js`);
        return dflt ? `(${local}.default ?? ${local})` : local;
      },
    );
  if (/\brequire\(/.test(body)) throw new Error('standalone validator still calls require()');
  const importLines = [...imports].map(
    ([local, module]) => `import ${local} from ${JSON.stringify(module)};`,
  );
  return `${banner}${importLines.join('\n')}${importLines.length > 0 ? '\n' : ''}${body}`;
}

export function renderManifestValidatorTypes() {
  return `${banner}import type { OrderManifest } from './order.generated.js';

/** One error of the precompiled validator (the fields of ajv's ErrorObject that orderform reads). */
export interface ManifestSchemaError {
  keyword: string;
  /** JSON Pointer of the value in the document, e.g. /spec/products/0/offering. */
  instancePath: string;
  /** JSON Pointer of the failing keyword in schemas/order.schema.json, e.g. #/$defs/service/required. */
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
`;
}

async function renderAll() {
  return {
    [generatedFiles.types]: await renderManifestTypes(),
    [generatedFiles.validator]: renderManifestValidator(),
    [generatedFiles.validatorTypes]: renderManifestValidatorTypes(),
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
    for (const [file] of stale) console.error(`${file} is out of date with schemas/order.schema.json`);
    if (stale.length > 0) {
      console.error('Run `npm run generate` and commit the result.');
      process.exit(1);
    }
  } else {
    for (const [file, text] of Object.entries(files)) writeFileSync(`${root}${file}`, text);
  }
}
