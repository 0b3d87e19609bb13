import { execFileSync, spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI, SEED_MANIFEST, workspace } from '../helpers/e2e.js';

const hasScript = (() => {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** Runs the CLI on a pseudo-terminal (util-linux `script`), so stdout is a TTY and listr2 draws. */
function onTerminal(args: string[], input?: string): Promise<{ code: number | null; output: string }> {
  const command = `stty cols 200 rows 60; exec ${[process.execPath, CLI, ...args].map((a) => `'${a}'`).join(' ')}`;
  return new Promise((resolve) => {
    const child = spawn('script', ['-qec', command, '/dev/null'], {
      env: { ...process.env, CI: '', NO_COLOR: '1' },
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    if (input !== undefined) {
      // Answer once the prompt is up; the terminal echoes what is typed.
      const answer = setInterval(() => {
        if (!output.includes('[y/N]')) return;
        clearInterval(answer);
        child.stdin?.end(input);
      }, 20);
      child.on('close', () => clearInterval(answer));
    }
    let output = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
    });
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe.skipIf(!hasScript)('apply on a terminal', () => {
  it('draws the listr2 task tree, then the summary', async () => {
    const { code, output } = await onTerminal(['apply', '--emulator', SEED_MANIFEST]);
    expect(code).toBe(0);
    expect(output).toContain('✔ web-vps-01');
    expect(output).toMatch(/✔ add service core\.vps\.virtuozzo\.ip -> …\/[0-9a-f]{40}/);
    expect(output).toContain('✔ submit order');
    expect(output).not.toContain('not run');
    expect(output).toMatch(/web-vps-01: placed {2}http:\/\/127\.0\.0\.1:\d+\/orders\//);
  });

  it('asks before placing real orders: only "yes" goes ahead', async () => {
    const ws = await workspace();
    try {
      const args = [
        'apply',
        ws.manifest,
        '--endpoint',
        ws.emulator.url,
        '--state-dir',
        `${ws.dir}/.orderform`,
      ];
      const declined = await onTerminal(args, 'no\n');
      expect(declined.code).toBe(1);
      expect(declined.output).toContain('About to place 1 order at');
      expect(declined.output).toContain('web-vps-01: 13 requests');
      expect(declined.output).toContain('not confirmed; nothing was sent');
      expect(ws.emulator.requests()).toHaveLength(0);

      const accepted = await onTerminal(args, 'yes\n');
      expect(accepted.code).toBe(0);
      expect(ws.emulator.state().orders.filter((o) => o.status !== 'new')).toHaveLength(1);
    } finally {
      await ws.close();
    }
  });
});
