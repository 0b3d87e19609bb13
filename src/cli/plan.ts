import { resolve } from 'node:path';
import { checkEndpoint, requestedEndpoint } from '../api/endpoint.js';
import { ConflictError, ExitCode, isInputError, UsageError } from '../errors.js';
import { loadValidManifests } from '../manifest/load.js';
import { compilePlan } from '../plan/compile.js';
import { withEstimates } from '../plan/estimates.js';
import { writePlanFile } from '../plan/file.js';
import { hasChanges, hasConflicts } from '../plan/order-action.js';
import { renderIssuesMarkdown } from '../plan/render-issues-markdown.js';
import { renderPlanMarkdown } from '../plan/render-markdown.js';
import { renderPlanText } from '../plan/render-text.js';
import { chooseStateLocation, openStateBackend } from '../state/open.js';
import { readPlanStates } from '../state/plan-state.js';
import { commonOptions, parseCommandArgs, parseOutputFormat } from './args.js';
import type { CommandContext } from './context.js';
import { appendStepSummary } from './github.js';
import { useColor } from './style.js';

const HELP = `Usage: orderform plan <paths...> [options]

Prints the exact calls apply would make, in order, with the recorded state of each order.
With an endpoint it first checks the manifests against the Product Catalog (GET requests
only) and shows a price estimate; it never sends anything that changes an order.

Options:
  --endpoint URL          API endpoint (default: $HOSTWAY_API_URL); without one, URLs show {endpoint}
  --emulator              plan for the bundled emulator (its URL is chosen when apply runs)
  --state LOCATION        recorded state to read: a directory or postgres:// URL
                          (default: $ORDERFORM_STATE, else .orderform; --state-dir DIR is the same)
  --output FORMAT         text | json | markdown (a pull-request comment)
  --out FILE              also save the plan as versioned JSON for 'orderform apply FILE'
  --detailed-exitcode     exit 0 when nothing would change, 2 when something would
  --offline               with an endpoint, skip the catalog check and the price estimate
  --allow-foreign-urls    allow absolute URLs on another origin than the endpoint
  --allow-insecure-http   allow a plain-HTTP endpoint that is not a loopback address
  --no-color, --verbose

Examples:
  orderform plan manifests/ --endpoint https://api.hostway.com
  orderform plan manifests/ --output markdown > plan.md        a pull-request comment
  orderform plan manifests/ --out plan.json                    then: orderform apply plan.json
  orderform plan manifests/ --detailed-exitcode                exit 2 when apply would send anything

Exit codes: 0 nothing to change (or changes without --detailed-exitcode), 2 changes pending,
3 invalid input, 5 apply would refuse (a placed order whose manifest changed).
`;

export async function runPlan(ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs('plan', ctx.argv, {
    ...commonOptions,
    out: { type: 'string' },
    'detailed-exitcode': { type: 'boolean' },
    offline: { type: 'boolean' },
  });
  if (values.help) {
    ctx.stdout.write(HELP);
    return ExitCode.ok;
  }
  if (positionals.length === 0)
    throw new UsageError('plan: name at least one manifest file or directory', { hint: HELP.split('\n')[0] });
  const output = parseOutputFormat('plan', values.output, ['text', 'json', 'markdown'] as const);
  if (values.emulator && values.endpoint !== undefined)
    throw new UsageError('plan: use either --endpoint or --emulator, not both');
  const raw = values.emulator ? undefined : requestedEndpoint(values.endpoint, ctx.env);
  const endpoint = raw === undefined ? undefined : checkEndpoint(raw, values['allow-insecure-http'] === true);
  if (endpoint?.warning) ctx.stderr.write(`${endpoint.warning}\n`);

  let manifests: Awaited<ReturnType<typeof loadValidManifests>>;
  let estimates: Awaited<ReturnType<typeof import('../catalog/online.js').checkManifestsOnline>> | undefined;
  try {
    manifests = await loadValidManifests(positionals, {
      cwd: ctx.cwd,
      env: ctx.env,
      endpoint: endpoint?.endpoint,
      allowForeignUrls: values['allow-foreign-urls'],
      signal: ctx.signal,
    });
    estimates =
      endpoint && values.offline !== true
        ? await (await import('../catalog/online.js')).checkManifestsOnline(
            manifests,
            endpoint.endpoint,
            ctx.signal,
          )
        : undefined;
  } catch (error) {
    // A pull-request comment made from this output must say what is wrong, never be empty.
    if (isInputError(error)) {
      const markdown = renderIssuesMarkdown(error.issues);
      if (output === 'markdown') ctx.stdout.write(markdown);
      await appendStepSummary(ctx, markdown);
    }
    throw error;
  }
  let plan = compilePlan(manifests, { endpoint: endpoint?.endpoint ?? null });
  if (estimates !== undefined) plan = withEstimates(plan, estimates);
  if (endpoint) {
    const location = chooseStateLocation(values, ctx.env, ctx.cwd);
    const state = await openStateBackend(location, ctx.env, (line) => ctx.stderr.write(`${line}\n`));
    try {
      plan = { ...plan, orders: await readPlanStates(state, endpoint.endpoint, plan.orders) };
    } finally {
      await state.close();
    }
  }

  if (values.out !== undefined) await writePlanFile(resolve(ctx.cwd, values.out), plan);
  const markdown = renderPlanMarkdown(plan);
  await appendStepSummary(ctx, markdown);
  if (output === 'json') ctx.stdout.write(`${JSON.stringify(plan, null, 2)}\n`);
  else if (output === 'markdown') ctx.stdout.write(markdown);
  else {
    ctx.stdout.write(
      renderPlanText(plan, { color: useColor(ctx, values['no-color']), verbose: values.verbose ?? false }),
    );
    if (values.out !== undefined)
      ctx.stdout.write(
        `Saved the plan to ${values.out}; run 'orderform apply ${values.out}' to execute exactly this plan.\n`,
      );
  }
  // A plan that apply will refuse must not pass a pull request: exit as apply would.
  if (hasConflicts(plan.orders)) {
    const refused = plan.orders.filter((order) => order.state.kind === 'changed').map((order) => order.name);
    throw new ConflictError(
      `apply would refuse ${refused.join(', ')}: the manifest changed requests already applied (see the plan)`,
      {
        hint: 'A placed order cannot be changed; give the manifest a new metadata.name to place another order.',
      },
    );
  }
  return values['detailed-exitcode'] && hasChanges(plan.orders) ? ExitCode.changesPending : ExitCode.ok;
}
