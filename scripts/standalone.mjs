// Renders a JSON Schema as ajv standalone validation code: an ES module that esbuild bundles
// with no ajv compiler in it. Every schema orderform checks at run time goes through here, at
// build time (`npm run generate`), so no command ever imports or runs ajv's compiler.
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormats from 'ajv-formats';

/**
 * The standalone validator of `schema` as ESM source, exported as `exportName`.
 * `annotations`: keywords that only carry text for messages (registered so strict mode allows them).
 */
export function renderStandalone(
  schema,
  exportName,
  { banner, annotations = [], formats = false, ajvOptions = {} },
) {
  const ajv = new Ajv2020({
    code: { source: true, esm: true, lines: true },
    allErrors: true, // every problem of a file is reported at once
    strict: true,
    ...ajvOptions,
  });
  // ajv-formats makes the generated code require its format functions, turned into an import below.
  if (formats) addFormats.default(ajv);
  for (const keyword of annotations) ajv.addKeyword({ keyword, schemaType: 'string' });
  ajv.addSchema(schema);
  const code = standaloneCode.default(ajv, { [exportName]: schema.$id });

  // Standalone ESM output still calls require() for ajv's small runtime helpers (and ajv-formats'
  // format functions); turn each into a default import of the CommonJS module so the bundle stays
  // pure ESM. Node and esbuild give module.exports as the default import, vitest unwraps its
  // `default`: accept both.
  const imports = new Map();
  const body = code
    .replace(/^"use strict";\n?/, '')
    .replace(
      /require\("(ajv\/dist\/runtime\/([A-Za-z0-9_]+)|ajv-formats\/dist\/(formats))"\)(\.default)?/g,
      (_match, module, runtime, formatsModule, dflt) => {
        const local = runtime === undefined ? `ajvFormats_${formatsModule}` : `ajvRuntime_${runtime}`;
        imports.set(local, `${module}.js`);
        return dflt ? `(${local}.default ?? ${local})` : local;
      },
    );
  if (/\brequire\(/.test(body)) throw new Error(`standalone ${exportName} still calls require()`);
  const importLines = [...imports].map(
    ([local, module]) => `import ${local} from ${JSON.stringify(module)};`,
  );
  return `${banner}${importLines.join('\n')}${importLines.length > 0 ? '\n' : ''}${body}`;
}
