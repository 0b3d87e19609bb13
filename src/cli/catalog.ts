import { checkEndpoint, requestedEndpoint } from '../api/endpoint.js';
import {
  catalogCacheDir,
  catalogCachePath,
  readCachedCatalog,
  writeCachedCatalog,
} from '../catalog/cache.js';
import { catalogUnavailable } from '../catalog/online.js';
import { readCatalog } from '../catalog/read.js';
import { renderCatalogText } from '../catalog/render.js';
import type { CatalogSnapshot } from '../catalog/types.js';
import { ExitCode, UsageError } from '../errors.js';
import { chooseStateLocation } from '../state/open.js';
import { commonOptions, parseCommandArgs, parseOutputFormat } from './args.js';
import type { CommandContext } from './context.js';

const HELP = `Usage: orderform catalog [PRODUCT_SPEC] [options]

Lists the Product Catalog: product specifications, their offerings (currency, billing period,
default), the service specifications allowed in each, their billing cycles, attributes and
prices. Only GET requests; cached per endpoint for 5 minutes under the state dir.

Options:
  --endpoint URL          API endpoint (default: $HOSTWAY_API_URL)
  --emulator              read the bundled emulator's sample catalog
  --state LOCATION        the cache lives beside the recorded state (a directory; default:
                          $ORDERFORM_STATE, else .orderform; --state-dir DIR is the same)
  --refresh               read the catalog again instead of using the cache
  -o, --output FORMAT     text | json
  --allow-insecure-http   allow a non-loopback http:// endpoint (with a warning)

Examples:
  orderform catalog --emulator                            the bundled sample catalog
  orderform catalog core.plan.vps.virtuozzo.u101 --endpoint https://api.hostway.com
  orderform catalog core.plan.vps.virtuozzo.u101 --output json --refresh
`;

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export async function runCatalog(ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs('catalog', ctx.argv, {
    ...commonOptions,
    refresh: { type: 'boolean' },
  });
  if (values.help) {
    ctx.stdout.write(HELP);
    return ExitCode.ok;
  }
  const output = parseOutputFormat('catalog', values.output, ['text', 'json'] as const);
  const [product, ...extra] = positionals;
  if (extra.length > 0) throw new UsageError(`catalog: one product specification at most; got '${extra[0]}'`);
  if (product !== undefined && !ID.test(product)) {
    throw new UsageError(`catalog: '${product}' is not a product specification id`, {
      hint: 'e.g. orderform catalog core.plan.vps.virtuozzo.u101',
    });
  }
  if (values.emulator && values.endpoint !== undefined)
    throw new UsageError('catalog: use either --endpoint or --emulator, not both');
  let emulator: { url: string; close(): Promise<void> } | undefined;
  try {
    let raw = requestedEndpoint(values.endpoint, ctx.env);
    if (values.emulator) {
      emulator = await (await import('../emulator/index.js')).startEmulator({ port: 0 });
      raw = emulator.url;
    }
    if (raw === undefined) {
      throw new UsageError(
        'catalog: no endpoint: pass --endpoint URL, set HOSTWAY_API_URL, or use --emulator',
      );
    }
    const choice = checkEndpoint(raw, values['allow-insecure-http'] === true);
    if (choice.warning) ctx.stderr.write(`${choice.warning}\n`);
    const endpoint = choice.endpoint;
    const state = chooseStateLocation(values, ctx.env, ctx.cwd);
    const cacheDir = catalogCacheDir(state.kind === 'local' ? state.dir : state.url);
    const cachePath = catalogCachePath(cacheDir, endpoint, product ?? '*');
    let catalog: CatalogSnapshot | undefined =
      values.refresh || values.emulator
        ? undefined
        : await readCachedCatalog(cachePath, endpoint, new Date());
    const cached = catalog !== undefined;
    if (catalog === undefined) {
      try {
        catalog = await readCatalog(
          endpoint,
          { products: product === undefined ? 'all' : [product], services: 'allowed' },
          { timeoutMs: 30_000, signal: ctx.signal },
        );
      } catch (error) {
        throw catalogUnavailable(endpoint, error);
      }
      if (!values.emulator) await writeCachedCatalog(cachePath, catalog);
    }
    if (output === 'json')
      ctx.stdout.write(`${JSON.stringify({ kind: 'catalog', cached, ...catalog }, null, 2)}\n`);
    else ctx.stdout.write(renderCatalogText(catalog, { cached }));
    const unknown = product !== undefined && catalog.products[product] === null;
    if (unknown) {
      throw new UsageError(`catalog: there is no product specification '${product}' at ${endpoint}`, {
        hint: "Run 'orderform catalog' without an argument to list them all.",
      });
    }
    return ExitCode.ok;
  } finally {
    await emulator?.close();
  }
}
