// Regenerates the files derived from schemas/order.schema.json. The schema is the single source
// of truth; test/manifest/generated.test.ts fails when these files drift from it.
import { readFileSync, writeFileSync } from 'node:fs';
import { compile } from 'json-schema-to-typescript';

const root = new URL('..', import.meta.url).pathname;
const schema = JSON.parse(readFileSync(`${root}schemas/order.schema.json`, 'utf8'));

export async function renderManifestTypes() {
  const banner = '// Generated from schemas/order.schema.json by `npm run generate`. Do not edit.\n';
  return (
    banner +
    (await compile(schema, 'OrderManifest', {
      bannerComment: '',
      additionalProperties: false,
      format: false,
    }))
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(`${root}src/manifest/order.generated.ts`, await renderManifestTypes());
}
