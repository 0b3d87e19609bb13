import { describe, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';
import { runCli } from '../helpers/cli.js';

describe.concurrent('help', () => {
  it('every command has an Examples section, and `help <command>` is `<command> --help`', async ({
    expect,
  }) => {
    expect(COMMANDS.length).toBeGreaterThanOrEqual(5);
    // Both forms of every command at once: each run is a process start, and none depends on another.
    const runs = await Promise.all(
      COMMANDS.map(async ({ name }) => ({
        name,
        flag: await runCli([name, '--help']),
        help: await runCli(['help', name]),
      })),
    );
    for (const { name, flag, help } of runs) {
      expect(flag.code, name).toBe(0);
      expect(help.code, name).toBe(0);
      expect(flag.stdout, name).toMatch(/\nExamples:\n {2}orderform /);
      expect(help.stdout).toBe(flag.stdout);
    }
  });

  it('lists every command in the overview', async ({ expect }) => {
    const result = await runCli(['help']);
    expect(result.code).toBe(0);
    for (const { name } of COMMANDS) expect(result.stdout).toMatch(new RegExp(`\\n {2}orderform ${name} `));
    expect(result.stdout).toContain('orderform help     <command>');
  });

  it('suggests the nearest command for a typo, and nothing for a stranger word', async ({ expect }) => {
    const typo = await runCli(['aply', 'order.yaml']);
    expect(typo.code).toBe(3);
    expect(typo.stderr).toContain("error: unknown command 'aply'\nhint: did you mean 'orderform apply'?");
    const viaHelp = await runCli(['help', 'valdate']);
    expect(viaHelp.code).toBe(3);
    expect(viaHelp.stderr).toContain("did you mean 'orderform validate'?");
    const stranger = await runCli(['frobnicate']);
    expect(stranger.code).toBe(3);
    expect(stranger.stderr).not.toContain('did you mean');
  });
});
