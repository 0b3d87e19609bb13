import { connect } from '../api/connect.js';
import { credentialsFromEnv } from '../api/credentials.js';
import { checkEndpoint, requestedEndpoint } from '../api/endpoint.js';
import { type CancelResult, cancelOrder } from '../apply/cancel-order.js';
import { ConflictError, ExitCode, exitCodeOf, UsageError } from '../errors.js';
import { loadValidManifests } from '../manifest/load.js';
import { chooseStateLocation, openStateBackend } from '../state/open.js';
import { commonOptions, parseCommandArgs, parseOutputFormat } from './args.js';
import type { CommandContext } from './context.js';
import { parseDuration } from './duration.js';

const cancelOptions = {
  ...commonOptions,
  'lock-timeout': { type: 'string' },
} as const;

const HELP = `Usage: orderform cancel <paths...> [options]

Deletes the open (unsubmitted) order recorded for each manifest (DELETE {order}), e.g. one the
price guard stopped, and records it cancelled: the next apply starts a new order. A submitted
order cannot be cancelled (exit 5).

Options:
  --endpoint URL          API endpoint (default: $HOSTWAY_API_URL)
  --state LOCATION        where progress is recorded: a directory or postgres:// URL
                          (default: $ORDERFORM_STATE, else .orderform; --state-dir DIR is the same)
  --lock-timeout DURATION wait this long for an order locked by another apply (default: 0)
  -o, --output FORMAT     text | json
  --allow-insecure-http   allow a non-loopback http:// endpoint (with a warning)
  -v, --verbose           log every request (headers redacted) to stderr

Examples:
  orderform cancel manifests/web.yaml --endpoint https://api.hostway.com
  orderform cancel manifests/ --state "$ORDERFORM_STATE" --output json
`;

export async function runCancel(ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs('cancel', ctx.argv, cancelOptions);
  if (values.help) {
    ctx.stdout.write(HELP);
    return ExitCode.ok;
  }
  const output = parseOutputFormat('cancel', values.output, ['text', 'json'] as const);
  if (positionals.length === 0) throw new UsageError('cancel: name the manifests of the orders to cancel');
  if (values.emulator) {
    throw new UsageError(
      'cancel: --emulator starts a new, empty emulator; pass --endpoint of the running one',
    );
  }
  const credentials = credentialsFromEnv(ctx.env, 'cancel');
  const raw = requestedEndpoint(values.endpoint, ctx.env);
  if (raw === undefined)
    throw new UsageError('cancel: no endpoint: pass --endpoint URL or set HOSTWAY_API_URL');
  const choice = checkEndpoint(raw, values['allow-insecure-http'] === true);
  if (choice.warning) ctx.stderr.write(`${choice.warning}\n`);
  const endpoint = choice.endpoint;
  const manifests = await loadValidManifests(positionals, {
    cwd: ctx.cwd,
    env: ctx.env,
    endpoint,
    allowForeignUrls: values['allow-foreign-urls'],
  });
  const log = values.verbose ? (line: string) => ctx.stderr.write(`debug: ${line}\n`) : undefined;
  const state = await openStateBackend(chooseStateLocation(values, ctx.env, ctx.cwd), ctx.env, (line) =>
    ctx.stderr.write(`${line}\n`),
  );
  const lockWaitMs = parseDuration('cancel: --lock-timeout', values['lock-timeout'], 0);
  const results: CancelResult[] = [];
  try {
    for (const loaded of manifests) {
      results.push(
        await cancelOrder(loaded.manifest.metadata.name, {
          state,
          endpoint,
          manifestHash: loaded.hash,
          lockWaitMs,
          createClient: (cookies) => connect({ credentials, cookies, log }),
        }),
      );
    }
  } finally {
    await state.close();
  }
  const submitted = results.filter((r) => r.kind === 'submitted');
  const refusal =
    submitted.length === 0
      ? undefined
      : new ConflictError(
          `${submitted.map((r) => r.name).join(', ')}: submitted orders cannot be cancelled through the OrderAPI`,
          { hint: 'A submitted order is being provisioned; contact Hostway to cancel it.' },
        );
  const exitCode = refusal === undefined ? ExitCode.ok : exitCodeOf(refusal);
  if (output === 'json') {
    ctx.stdout.write(`${JSON.stringify({ kind: 'cancel-report', exitCode, orders: results }, null, 2)}\n`);
    return exitCode;
  }
  ctx.stdout.write(results.map(renderCancelResult).join(''));
  if (refusal !== undefined) throw refusal;
  return exitCode;
}

/** One line per order. Pure. */
export function renderCancelResult(result: CancelResult): string {
  switch (result.kind) {
    case 'cancelled':
      return `${result.name}: cancelled: deleted the open order ${result.orderUrl}; the next apply starts a new order\n`;
    case 'already-gone':
      return `${result.name}: the open order ${result.orderUrl} was already gone; recorded as cancelled\n`;
    case 'nothing-to-cancel':
      return `${result.name}: no open order is recorded; nothing to cancel\n`;
    case 'submitted':
      return `${result.name}: cannot be cancelled: order ${result.orderUrl} has been submitted\n`;
  }
}
