import type { Command } from './context.js';

/**
 * Every command, once: the usage overview, `orderform help <command>` and the "did you mean"
 * for a mistyped name are all made from this list, so adding a command is adding one entry.
 * Each command is its own chunk: validate and plan never load the HTTP or terminal-UI stacks.
 */
export interface CommandEntry {
  name: string;
  /** What follows the name in the overview, e.g. `<paths...>`. */
  args: string;
  summary: string;
  load: () => Promise<Command>;
}

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'validate',
    args: '<paths...>',
    summary: 'check manifests; sends nothing',
    load: async () => (await import('./validate.js')).runValidate,
  },
  {
    name: 'plan',
    args: '<paths...>',
    summary: 'print the exact calls apply would make',
    load: async () => (await import('./plan.js')).runPlan,
  },
  {
    name: 'apply',
    args: '<paths...|plan.json>',
    summary: 'place the orders',
    load: async () => (await import('./apply.js')).runApply,
  },
  {
    name: 'status',
    args: '<paths...>',
    summary: 'what the recorded state says about each order',
    load: async () => (await import('./status.js')).runStatus,
  },
  {
    name: 'emulator',
    args: '',
    summary: 'run the local OrderAPI emulator in the foreground',
    load: async () => (await import('./emulator.js')).runEmulator,
  },
  {
    name: 'catalog',
    args: '[PRODUCT_SPEC]',
    summary: 'browse the Product Catalog: offerings, services, cycles, prices',
    load: async () => (await import('./catalog.js')).runCatalog,
  },
  {
    name: 'cancel',
    args: '<paths...>',
    summary: 'delete an open (unsubmitted) order',
    load: async () => (await import('./cancel.js')).runCancel,
  },
  {
    name: 'state',
    args: 'list|show|rm|import|migrate|unlock',
    summary: 'read and repair the recorded state',
    load: async () => (await import('./state.js')).runState,
  },
];

export function findCommand(name: string): CommandEntry | undefined {
  return COMMANDS.find((entry) => entry.name === name);
}

/** The command lines of the usage overview, aligned. Pure. */
export function renderCommandList(
  commands: readonly Pick<CommandEntry, 'name' | 'args' | 'summary'>[] = COMMANDS,
): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const argsWidth = Math.max(...commands.map((c) => c.args.length));
  return commands
    .map((c) => `  orderform ${c.name.padEnd(width)} ${c.args.padEnd(argsWidth)}  ${c.summary}`.trimEnd())
    .join('\n');
}
