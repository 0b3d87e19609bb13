import { credentialsFromEnv } from '../api/credentials.js';
import { checkEndpoint, requestedEndpoint } from '../api/endpoint.js';
import { ConflictError, ExitCode, UsageError } from '../errors.js';
import type { StateBackend } from '../state/backend.js';
import { describeHolder } from '../state/holder.js';
import {
  inDoubtSteps,
  redactJournal,
  renderStateList,
  renderStateShow,
  summarizeJournal,
} from '../state/journal-summary.js';
import { migrateState } from '../state/migrate.js';
import { chooseStateLocation, openStateBackend, parseStateLocation } from '../state/open.js';
import { commonOptions, parseCommandArgs, parseOutputFormat } from './args.js';
import type { CommandContext } from './context.js';
import { importOrder } from './state-import.js';

const stateOptions = {
  ...commonOptions,
  force: { type: 'boolean' },
  yes: { type: 'boolean', short: 'y' },
  to: { type: 'string' },
} as const;

const HELP = `Usage: orderform state <list|show|rm|import|migrate|unlock> [args] [options]

Reads and repairs the recorded state (a directory or PostgreSQL; see --state).

  list                      every recorded order: state, revision, order URL, lock holder
  show NAME                 one order's record, step by step (the cookie is never shown)
  rm NAME [--force]         forget an order's record; refused while steps are in doubt unless --force
  import NAME ORDER_URL     adopt a placed order after reading it from the API (--endpoint)
  migrate --to LOCATION     copy every record to another state and check nothing was lost
  unlock NAME [--yes]       remove a lock whose holder is gone for sure

Options:
  --state LOCATION     a directory or postgres:// URL (default: $ORDERFORM_STATE, else .orderform)
  --endpoint URL       the endpoint's records only (needed by import; chooses among several origins)
  -o, --output FORMAT  text | json

Examples:
  orderform state list                                    every recorded order in .orderform
  orderform state show web-vps-01 --state "$ORDERFORM_STATE"
  orderform state migrate --to postgres://ci@db.internal/orderform
  orderform state unlock web-vps-01 --yes                 after checking its holder is gone
`;

export async function runState(ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs('state', ctx.argv, stateOptions);
  if (values.help || positionals.length === 0) {
    ctx.stdout.write(HELP);
    return values.help ? ExitCode.ok : ExitCode.invalidInput;
  }
  const output = parseOutputFormat('state', values.output, ['text', 'json'] as const);
  const [action, ...args] = positionals as [string, ...string[]];
  const arity: Record<string, number> = { list: 0, show: 1, rm: 1, import: 2, migrate: 0, unlock: 1 };
  if (!Object.hasOwn(arity, action))
    throw new UsageError(`state: unknown action '${action}'`, { hint: HELP.split('\n')[0] });
  if (args.length !== arity[action])
    throw new UsageError(`state ${action}: expected ${arity[action]} argument(s); got ${args.length}`);
  const rawEndpoint = requestedEndpoint(values.endpoint, ctx.env);
  const endpoint =
    rawEndpoint === undefined
      ? undefined
      : checkEndpoint(rawEndpoint, values['allow-insecure-http'] === true).endpoint;
  const warn = (line: string): void => {
    ctx.stderr.write(`${line}\n`);
  };
  const target = action === 'migrate' ? migrateTarget(values.to, ctx.cwd) : undefined;
  const state = await openStateBackend(chooseStateLocation(values, ctx.env, ctx.cwd), ctx.env, warn);
  const print = (json: unknown, text: string): number => {
    ctx.stdout.write(output === 'json' ? `${JSON.stringify(json, null, 2)}\n` : text);
    return ExitCode.ok;
  };
  try {
    switch (action) {
      case 'list': {
        const entries = await Promise.all(
          (await state.list()).map(async (e) => summarizeJournal(e, await holderOf(state, e.origin, e.name))),
        );
        return print(
          { kind: 'state-list', location: state.location, orders: entries },
          renderStateList(state.location, entries),
        );
      }
      case 'show': {
        const found = await findOne(state, args[0]!, endpoint);
        const entry = summarizeJournal(found, await holderOf(state, found.origin, found.name));
        const journal = found.kind === 'stored' ? found.journal : undefined;
        return print(
          { kind: 'state-show', ...entry, journal: journal && redactJournal(journal) },
          renderStateShow(entry, journal),
        );
      }
      case 'rm': {
        const found = await findOne(state, args[0]!, endpoint);
        const lock = await state.lock(found.origin, found.name, { waitMs: 0 });
        try {
          const journal = found.kind === 'stored' ? await state.read(found.origin, found.name) : undefined;
          const doubt = journal ? inDoubtSteps(journal) : [];
          if (doubt.length > 0 && !values.force) {
            throw new ConflictError(
              `order ${found.name} has steps in doubt (${doubt.join(', ')}): they may have created resources`,
              {
                hint: 'Run apply to settle them, or pass --force to forget the record anyway.',
              },
            );
          }
          await state.forget(found.origin, found.name);
        } finally {
          await lock.release();
        }
        return print(
          { kind: 'state-rm', name: found.name, origin: found.origin },
          `Forgot order ${found.name} at ${found.origin}.\n`,
        );
      }
      case 'unlock': {
        // A lock may be left without a journal (a run killed before its first write).
        const origin = endpoint
          ? new URL(endpoint).origin
          : (await findOne(state, args[0]!, endpoint)).origin;
        const holder = await state.lockHolder(origin, args[0]!);
        if (holder === undefined)
          return print(
            { kind: 'state-unlock', name: args[0], removed: false },
            `Order ${args[0]} is not locked.\n`,
          );
        const who = describeHolder(holder, new Date());
        if (!values.yes) {
          throw new UsageError(
            `state unlock: order ${args[0]} is locked by ${who}; pass --yes to remove the lock`,
            {
              hint: 'Only when that holder is gone for sure: two applies at once could place the order twice.',
            },
          );
        }
        const removed = await state.unlock(origin, args[0]!);
        return print(
          { kind: 'state-unlock', name: args[0], removed, holder },
          `Removed the lock of order ${args[0]} (held by ${who}).\n`,
        );
      }
      case 'migrate': {
        const to = await openStateBackend(target!, ctx.env, warn);
        try {
          const report = await migrateState(state, to);
          return print(
            report,
            `Copied ${report.copied.length} order record(s) from ${report.from} to ${report.to}${report.unchanged.length > 0 ? ` (${report.unchanged.length} already there)` : ''}; every one read back intact.\n`,
          );
        } finally {
          await to.close();
        }
      }
      default: {
        if (endpoint === undefined)
          throw new UsageError('state import: name the endpoint with --endpoint URL or HOSTWAY_API_URL');
        const result = await importOrder(state, {
          name: args[0]!,
          orderUrl: args[1]!,
          endpoint,
          env: ctx.env,
          credentials: credentialsFromEnv(ctx.env, 'state import'),
        });
        return print(
          result,
          `Imported order ${result.name}: ${result.orderUrl} (status ${result.status}).\n`,
        );
      }
    }
  } finally {
    await state.close();
  }
}

function migrateTarget(to: string | undefined, cwd: string) {
  if (to === undefined) throw new UsageError('state migrate: name the target with --to LOCATION');
  return parseStateLocation(to, cwd);
}

async function holderOf(state: StateBackend, origin: string, name: string): Promise<string | null> {
  // A damaged local record is known by its directory only: there is no origin to lock.
  if (!/^[a-z]+:\/\//.test(origin)) return null;
  const holder = await state.lockHolder(origin, name);
  return holder ? describeHolder(holder, new Date()) : null;
}

async function findOne(state: StateBackend, name: string, endpoint: string | undefined) {
  const origin = endpoint === undefined ? undefined : new URL(endpoint).origin;
  const found = (await state.list(name)).filter((e) => origin === undefined || e.origin === origin);
  if (found.length === 0)
    throw new UsageError(
      `state: no order ${name} recorded in ${state.location}${origin ? ` for ${origin}` : ''}`,
    );
  if (found.length > 1) {
    throw new UsageError(
      `state: order ${name} is recorded for several endpoints (${found.map((e) => e.origin).join(', ')})`,
      {
        hint: 'Choose one with --endpoint URL.',
      },
    );
  }
  return found[0]!;
}
