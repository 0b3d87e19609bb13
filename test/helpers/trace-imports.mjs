// Preloaded with `node --import` by tests: writes every module URL the process resolves, one per
// line, to the file named by ORDERFORM_TRACE_IMPORTS. Covers ESM imports and CommonJS requires.
import { appendFileSync } from 'node:fs';
import Module, { register } from 'node:module';

const out = process.env.ORDERFORM_TRACE_IMPORTS;
if (out) {
  register(
    `data:text/javascript,${encodeURIComponent(`
      import { appendFileSync } from 'node:fs';
      export async function resolve(specifier, context, next) {
        const result = await next(specifier, context);
        appendFileSync(${JSON.stringify(out)}, result.url + '\\n');
        return result;
      }`)}`,
  );
  const load = Module._load;
  Module._load = function traced(request, parent, isMain) {
    try {
      appendFileSync(out, `${Module._resolveFilename(request, parent, isMain)}\n`);
    } catch {
      // Built-ins and unresolvable requests are left to Node's own error.
    }
    return load.apply(this, [request, parent, isMain]);
  };
}
