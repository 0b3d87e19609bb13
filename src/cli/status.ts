import { connect } from '../api/connect.js';
import { credentialsFromEnv } from '../api/credentials.js';
import { checkEndpoint, requestedEndpoint } from '../api/endpoint.js';
import type { Credentials } from '../api/types.js';
import { ExitCode, UsageError } from '../errors.js';
import { loadValidManifests } from '../manifest/load.js';
import { compilePlan } from '../plan/compile.js';
import { describeHolder } from '../state/holder.js';
import { chooseStateLocation, openStateBackend } from '../state/open.js';
import { findRecordedOrders, untrustedStateError } from '../state/order-state.js';
import { findRecordedUrlProblem } from '../state/recorded-urls.js';
import {
  describeRecordedOrder,
  renderStatusText,
  type StatusEntry,
  type StatusRecord,
} from '../state/status-report.js';
import { commonOptions, parseCommandArgs, parseOutputFormat } from './args.js';
import type { CommandContext } from './context.js';

const statusOptions = { ...commonOptions, refresh: { type: 'boolean' } } as const;

const HELP = `Usage: orderform status <paths...> [options]

What the recorded state says about each manifest's order: not applied, partial (k of n steps,
in doubt), or placed, with the order URL and every created URL. Reads the state dir only.

Options:
  --endpoint URL       only the state recorded for this endpoint (default: $HOSTWAY_API_URL, else all)
  --state LOCATION     where apply records progress: a directory or postgres:// URL
                       (default: $ORDERFORM_STATE, else .orderform; --state-dir DIR is the same)
  --refresh            ask the API for each recorded order's live status (GET /orders/{id})
  -o, --output FORMAT  text | json

Examples:
  orderform status manifests/
  orderform status manifests/ --endpoint https://api.hostway.com --refresh
  orderform status order.yaml --state-dir ci-state/ --output json
`;

export async function runStatus(ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs('status', ctx.argv, statusOptions);
  if (values.help) {
    ctx.stdout.write(HELP);
    return ExitCode.ok;
  }
  const output = parseOutputFormat('status', values.output, ['text', 'json'] as const);
  if (positionals.length === 0) throw new UsageError('status: name the manifests (files or directories)');
  if (values.emulator) {
    throw new UsageError('status: --emulator has no recorded state (it forgets everything on exit)');
  }
  const rawEndpoint = requestedEndpoint(values.endpoint, ctx.env);
  const endpoint =
    rawEndpoint === undefined
      ? null
      : checkEndpoint(rawEndpoint, values['allow-insecure-http'] === true).endpoint;
  const location = chooseStateLocation(values, ctx.env, ctx.cwd);
  // Only --refresh talks to the API; then the credentials are checked as apply checks them.
  const credentials = values.refresh ? credentialsFromEnv(ctx.env, 'status') : undefined;
  const manifests = await loadValidManifests(positionals, {
    cwd: ctx.cwd,
    env: ctx.env,
    endpoint: endpoint ?? undefined,
    allowForeignUrls: values['allow-foreign-urls'] === true,
    signal: ctx.signal,
  });

  const state = await openStateBackend(location, ctx.env, (line) => ctx.stderr.write(`${line}\n`));
  const entries: StatusEntry[] = [];
  try {
    for (const manifest of manifests) {
      const name = manifest.manifest.metadata.name;
      const records: StatusRecord[] = [];
      for (const journal of await findRecordedOrders(state, endpoint, name)) {
        // Fingerprints depend on the endpoint, so compare against the plan for the journal's endpoint.
        const [order] = compilePlan([manifest], { endpoint: journal.endpoint }).orders;
        const problem = findRecordedUrlProblem(journal, order!, journal.endpoint);
        if (problem) throw untrustedStateError(state.location, name, problem);
        const record = describeRecordedOrder(journal, order!);
        const holder = await state.lockHolder(journal.origin, name);
        if (holder) record.lockedBy = describeHolder(holder, new Date());
        if (values.refresh && record.orderUrl) {
          record.live = await refreshOrder(record.orderUrl, journal.cookies, credentials);
        }
        records.push(record);
      }
      entries.push({
        name,
        file: manifest.file,
        state: records.length === 0 ? 'not-applied' : 'recorded',
        records,
      });
    }
  } finally {
    await state.close();
  }
  ctx.stdout.write(
    output === 'json'
      ? `${JSON.stringify({ kind: 'status-report', orders: entries }, null, 2)}\n`
      : renderStatusText(entries),
  );
  return ExitCode.ok;
}

async function refreshOrder(
  orderUrl: string,
  cookies: unknown,
  credentials: Credentials | undefined,
): Promise<{ status: string | null; error?: string }> {
  const [client, { getOrder }] = await Promise.all([
    connect({ cookies, credentials }),
    import('../api/operations.js'),
  ]);
  try {
    const { status } = await getOrder(client, orderUrl);
    return { status: status ?? null };
  } catch (error) {
    return { status: null, error: error instanceof Error ? error.message : String(error) };
  }
}
