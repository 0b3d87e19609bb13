import { requestedEndpoint } from '../api/endpoint.js';
import { ExitCode, InputError, isInputError, UsageError } from '../errors.js';
import { loadManifests } from '../manifest/load.js';
import type { LoadedManifest, Service, TopService } from '../manifest/types.js';
import { parseCommandArgs, parseOutputFormat } from './args.js';
import type { CommandContext } from './context.js';
import { isGithubActions, renderIssueAnnotations } from './github.js';

const USAGE = `Usage: orderform validate <paths...> [options]

Checks manifests (files, or directories of *.yaml / *.yml) against the schema and the rules.
Nothing is sent over the network, unless --online asks the endpoint's Product Catalog (GETs only).

Options:
  --endpoint URL          refuse absolute URLs on another origin (default: $HOSTWAY_API_URL)
  --allow-foreign-urls    accept absolute URLs on another origin than the endpoint
  --online                also check offerings, services, billing cycles and required attributes
                          against the endpoint's catalog (exit 1 when it cannot be read)
  -o, --output FORMAT     text | json
  --no-color              plain output
  -v, --verbose           also print each order's manifest hash
  -h, --help              this help

Examples:
  orderform validate manifests/                      every *.yaml / *.yml below manifests/
  orderform validate order.yaml --output json        machine-readable issues
  GITHUB_ACTIONS=true orderform validate manifests/  also as ::error annotations on the pull request
`;

const options = {
  endpoint: { type: 'string' },
  'allow-foreign-urls': { type: 'boolean' },
  output: { type: 'string', short: 'o' },
  'no-color': { type: 'boolean' },
  verbose: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
  online: { type: 'boolean' },
} as const;

export async function runValidate(ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs('validate', ctx.argv, options);
  if (values.help) {
    ctx.stdout.write(USAGE);
    return ExitCode.ok;
  }
  const output = parseOutputFormat('validate', values.output, ['text', 'json'] as const);
  if (positionals.length === 0) {
    throw new UsageError('validate: no manifests given', {
      hint: 'Run `orderform validate manifests/` or name files.',
    });
  }
  const endpoint = requestedEndpoint(values.endpoint, ctx.env);
  if (endpoint !== undefined && !/^https?:\/\/[^/]/i.test(endpoint)) {
    const source = values.endpoint === undefined ? 'HOSTWAY_API_URL' : '--endpoint';
    throw new UsageError(`validate: ${source} must be an http(s) URL`);
  }
  if (values.online && endpoint === undefined) {
    throw new UsageError('validate: --online needs an endpoint: pass --endpoint URL or set HOSTWAY_API_URL');
  }
  const loaded = await loadManifests(positionals, {
    cwd: ctx.cwd,
    env: ctx.env,
    endpoint,
    allowForeignUrls: values['allow-foreign-urls'] === true,
    signal: ctx.signal,
  });
  const { manifests } = loaded;
  let issues = loaded.issues;
  if (values.online && endpoint !== undefined && issues.length === 0) {
    const { checkManifestsOnline } = await import('../catalog/online.js');
    try {
      await checkManifestsOnline(manifests, endpoint.replace(/\/+$/, ''), ctx.signal);
    } catch (error) {
      if (!isInputError(error)) throw error;
      issues = [...error.issues];
    }
  }

  if (output === 'json') {
    const body =
      issues.length > 0
        ? { valid: false, issues }
        : { valid: true, orders: manifests.map((m) => ({ ...summarize(m), hash: m.hash })) };
    ctx.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
    // The JSON report is not thrown, so it does not pass the entry's annotations: add them here.
    if (isGithubActions(ctx.env)) ctx.stderr.write(renderIssueAnnotations(issues));
    return issues.length > 0 ? ExitCode.invalidInput : ExitCode.ok;
  }
  if (issues.length > 0) throw new InputError(issues);
  if (values.online) ctx.stdout.write(`Checked against the catalog at ${endpoint}.\n`);
  ctx.stdout.write(
    renderValidateText(manifests, {
      color: useColor(ctx, values['no-color'] === true),
      verbose: values.verbose === true,
    }),
  );
  return ExitCode.ok;
}

interface OrderSummary {
  file: string;
  document: number;
  name: string;
  products: number;
  services: number;
}

export function summarize(loaded: LoadedManifest): OrderSummary {
  const count = (list: readonly (Service | TopService)[] | undefined): number =>
    (list ?? []).reduce((sum, service) => sum + 1 + count(service.services), 0);
  const products = loaded.manifest.spec.products;
  return {
    file: loaded.file,
    document: loaded.document,
    name: loaded.manifest.metadata.name,
    products: products.length,
    services: products.reduce((sum, product) => sum + count(product.services), 0),
  };
}

/** `ok  <file>  <name>  (N products, M services)` per order, then a total. Pure. */
export function renderValidateText(
  manifests: readonly LoadedManifest[],
  style: { color: boolean; verbose: boolean },
): string {
  const ok = style.color ? '\u001b[32mok\u001b[39m' : 'ok';
  const perFile = new Map<string, number>();
  for (const m of manifests) perFile.set(m.file, (perFile.get(m.file) ?? 0) + 1);
  const lines = manifests.map((loaded) => {
    const s = summarize(loaded);
    const where = (perFile.get(s.file) ?? 0) > 1 ? `${s.file}#${s.document + 1}` : s.file;
    const counts = `(${plural(s.products, 'product')}, ${plural(s.services, 'service')})`;
    const line = `${ok}  ${where}  ${s.name}  ${counts}`;
    return style.verbose ? `${line}\n    sha256 ${loaded.hash}` : line;
  });
  lines.push(
    `${plural(manifests.length, 'order')} in ${plural(perFile.size, 'file')}: valid; nothing was sent.`,
  );
  return `${lines.join('\n')}\n`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function useColor(ctx: CommandContext, noColor: boolean): boolean {
  return !noColor && ctx.stdout.isTTY === true && ctx.env.NO_COLOR === undefined && ctx.env.TERM !== 'dumb';
}
