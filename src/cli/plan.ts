import { resolve } from 'node:path';
import { ExitCode, UsageError } from '../errors.js';
import { loadValidManifests } from '../manifest/load.js';
import { compilePlan } from '../plan/compile.js';
import { writePlanFile } from '../plan/file.js';
import { renderPlanMarkdown } from '../plan/render-markdown.js';
import { renderPlanText } from '../plan/render-text.js';
import { readPlanStates } from '../plan/states.js';
import { hasChanges } from '../plan/summary.js';
import { commonOptions, parseCommandArgs, parseOutputFormat } from './args.js';
import type { CommandContext } from './context.js';
import { checkEndpoint, requestedEndpoint } from './endpoint.js';
import { useColor } from './style.js';

const HELP = `Usage: orderform plan <paths...> [options]

Prints the exact calls apply would make, in order, with the recorded state of each order.
Sends nothing.

Options:
  --endpoint URL          API endpoint (default: $HOSTWAY_API_URL); without one, URLs show {endpoint}
  --emulator              plan for the bundled emulator (its URL is chosen when apply runs)
  --state-dir DIR         recorded state to read (default: .orderform)
  --output FORMAT         text | json | markdown (a pull-request comment)
  --out FILE              also save the plan as versioned JSON for 'orderform apply FILE'
  --detailed-exitcode     exit 0 when nothing would change, 2 when something would
  --allow-foreign-urls    allow absolute URLs on another origin than the endpoint
  --allow-insecure-http   allow a plain-HTTP endpoint that is not a loopback address
  --no-color, --verbose
`;

export async function runPlan(ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs('plan', ctx.argv, {
    ...commonOptions,
    out: { type: 'string' },
    'detailed-exitcode': { type: 'boolean' },
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

  const manifests = await loadValidManifests(positionals, {
    cwd: ctx.cwd,
    env: ctx.env,
    endpoint: endpoint?.endpoint,
    allowForeignUrls: values['allow-foreign-urls'],
    signal: ctx.signal,
  });
  let plan = compilePlan(manifests, { endpoint: endpoint?.endpoint ?? null });
  if (endpoint) {
    const stateDir = resolve(ctx.cwd, values['state-dir'] ?? '.orderform');
    plan = { ...plan, orders: await readPlanStates(stateDir, endpoint.endpoint, plan.orders) };
  }

  if (values.out !== undefined) await writePlanFile(resolve(ctx.cwd, values.out), plan);
  if (output === 'json') ctx.stdout.write(`${JSON.stringify(plan, null, 2)}\n`);
  else if (output === 'markdown') ctx.stdout.write(renderPlanMarkdown(plan));
  else {
    ctx.stdout.write(
      renderPlanText(plan, { color: useColor(ctx, values['no-color']), verbose: values.verbose ?? false }),
    );
    if (values.out !== undefined)
      ctx.stdout.write(
        `Saved the plan to ${values.out}; run 'orderform apply ${values.out}' to execute exactly this plan.\n`,
      );
  }
  return values['detailed-exitcode'] && hasChanges(plan.orders) ? ExitCode.changesPending : ExitCode.ok;
}
