import { ExitCode, exitCodeOf, isInputError, renderError } from '../errors.js';
import { closestMatch } from '../manifest/suggest.js';
import { VERSION } from '../version.js';
import { COMMANDS, findCommand, renderCommandList } from './commands.js';
import type { CommandContext } from './context.js';
import { isGithubActions, renderIssueAnnotations } from './github.js';

const USAGE = `orderform ${VERSION}: declarative orders for the Hostway OrderAPI

Usage:
${renderCommandList([...COMMANDS, { name: 'help', args: '<command>', summary: 'help for a command, with examples' }])}

Common options:
  --endpoint URL       API endpoint (default: $HOSTWAY_API_URL)
  --emulator           start the bundled emulator in-process and use it as the endpoint
  --state LOCATION     where apply records progress: a directory or postgres:// URL
                       (default: $ORDERFORM_STATE, else .orderform; --state-dir DIR is the same)
  --output FORMAT      text | json (plan also: markdown)
  --no-color           plain output
  --verbose            more detail
  -h, --help           help for a command

Exit codes: 0 ok, 1 apply failed (resumable), 2 changes pending (plan --detailed-exitcode),
3 invalid input, 4 locked, 5 conflict with recorded state, 6 refused by the price guard
(nothing bought; the order stays open), 70 internal error.
`;

export async function runCommand(name: string | undefined, ctx: CommandContext): Promise<number> {
  if (name === 'help' && ctx.argv.length > 0) {
    // `orderform help plan` is `orderform plan --help`.
    return runCommand(ctx.argv[0], { ...ctx, argv: ['--help'] });
  }
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    ctx.stdout.write(USAGE);
    return name === undefined ? ExitCode.invalidInput : ExitCode.ok;
  }
  if (name === '--version' || name === '-V') {
    ctx.stdout.write(`${VERSION}\n`);
    return ExitCode.ok;
  }
  const entry = findCommand(name);
  if (!entry) {
    const nearest = closestMatch(
      name,
      COMMANDS.map((c) => c.name),
    );
    const hint = nearest === undefined ? '' : `hint: did you mean 'orderform ${nearest}'?\n`;
    ctx.stderr.write(`error: unknown command '${name}'\n${hint}\n${USAGE}`);
    return ExitCode.invalidInput;
  }
  try {
    const command = await entry.load();
    return await command(ctx);
  } catch (error) {
    // Every input problem passes here, so this is where they also become pull-request annotations.
    if (isInputError(error) && isGithubActions(ctx.env))
      ctx.stderr.write(renderIssueAnnotations(error.issues));
    ctx.stderr.write(renderError(error));
    return exitCodeOf(error);
  }
}

/** The process entry: wires the real streams and signals, returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const controller = new AbortController();
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals): void => {
    signals += 1;
    if (signals > 1) process.exit(ExitCode.applyFailed);
    process.stderr.write(`\nReceived ${signal}: finishing requests in flight, starting no new ones.\n`);
    controller.abort(signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const [name, ...rest] = argv;
  const code = await runCommand(name, {
    argv: rest,
    env: process.env,
    cwd: process.cwd(),
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    signal: controller.signal,
  });
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  return code;
}
