import { execFileSync, spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPurchase } from '../../src/apply/confirm.js';
import { terminalColumns } from '../../src/apply/view-listr.js';
import { startEmulator } from '../../src/emulator/index.js';
import { compilePlan } from '../../src/plan/compile.js';
import { CLI, runCli, SEED_MANIFEST, workspace } from '../helpers/e2e.js';
import { loadedManifest, seedManifest } from '../helpers/plan.js';

const hasScript = (() => {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** The CLI on a pseudo-terminal of the given width (util-linux `script`). */
function onTerminal(
  columns: number,
  args: string[],
  input?: string,
): Promise<{ code: number | null; output: string }> {
  const command = `stty cols ${columns} rows 60; exec ${[process.execPath, CLI, ...args].map((a) => `'${a}'`).join(' ')}`;
  return new Promise((resolve) => {
    const child = spawn('script', ['-qec', command, '/dev/null'], {
      env: { ...process.env, CI: '', NO_COLOR: '1' },
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    let output = '';
    if (input !== undefined) {
      const answer = setInterval(() => {
        if (!output.includes('[y/N]')) return;
        clearInterval(answer);
        child.stdin?.end(input);
      }, 20);
      child.on('close', () => clearInterval(answer));
    }
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
    });
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('the terminal', () => {
  it('takes 80 columns when the terminal reports none', () => {
    expect(terminalColumns(0)).toBe(80);
    expect(terminalColumns(undefined)).toBe(80);
    expect(terminalColumns(132)).toBe(132);
  });

  it.skipIf(!hasScript)(
    'draws the task tree in whole words on a terminal that reports 0 columns',
    async () => {
      const { code, output } = await onTerminal(0, ['apply', '--emulator', SEED_MANIFEST]);
      expect(code).toBe(0);
      expect(output).toContain('✔ submit order');
      const lines = output.split(/\r?\n/);
      const tiny = lines.filter((line) => line.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '').trim().length === 1);
      expect(tiny.length).toBeLessThan(5);
    },
  );

  it.skipIf(!hasScript)('shows what is about to be bought before asking', async () => {
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
      const declined = await onTerminal(200, args, 'no\n');
      expect(declined.code).toBe(1);
      const prompt = declined.output.slice(0, declined.output.indexOf('[y/N]'));
      expect(prompt).toContain('web-vps-01: 13 requests');
      expect(prompt).toContain('account  new account (USD, en-US)');
      expect(prompt).toContain('product  vps: core.plan.vps.virtuozzo.u101/offerings/USD-1');
      expect(prompt).toContain('service  server: core.vps.virtuozzo.server.u100, billed every 1 month');
      expect(prompt).toContain('service  vps/ip: core.vps.virtuozzo.ip, billed every 1 month');
      expect(ws.emulator.requests()).toHaveLength(0);
    } finally {
      await ws.close();
    }
  });

  it('lists products, services and billing cycles in the confirmation (pure)', () => {
    const manifest = seedManifest();
    manifest.spec.products[0]!.services![0]!.billingCycle = 12;
    const plan = compilePlan([loadedManifest(manifest)], { endpoint: 'https://api.example.test' });
    const lines = renderPurchase('https://api.example.test', [{ order: plan.orders[0]!, requests: 11 }]);
    expect(lines[0]).toBe('About to place 1 order at https://api.example.test:');
    expect(lines).toContain(
      '    service  vps/plesk: core.vps.virtuozzo.controlpanel.plesk9-10domain, billed every 12 months',
    );
    expect(lines.filter((line) => line.startsWith('    service  '))).toHaveLength(7);
  });
});

describe('apply output', () => {
  it('prints one line when there is nothing to do, and the details with --verbose', async () => {
    const ws = await workspace();
    try {
      expect((await ws.apply()).code).toBe(0);
      const again = await ws.apply();
      expect(again.code).toBe(0);
      expect(again.stdout).toBe('No changes: 1 order already placed.\n');
      const verbose = await ws.apply(['--verbose']);
      expect(verbose.stdout).toContain('web-vps-01: already placed (no changes)');
      expect(verbose.stdout).toMatch(/service {2}vps\/ip \(core\.vps\.virtuozzo\.ip\): http:/);
    } finally {
      await ws.close();
    }
  });

  it('--verbose shows that Authorization and Cookie were sent, redacted', async () => {
    const ws = await workspace();
    const password = 'Pa55-w0rd-S3cret';
    try {
      const result = await ws.apply(['--verbose'], {
        HOSTWAY_USERNAME: 'ops@partner',
        HOSTWAY_PASSWORD: password,
      });
      expect(result.code).toBe(0);
      expect(result.stderr).toContain('"Authorization":"[redacted]"');
      expect(result.stderr).toMatch(/→ POST http:\S+\/services .*"Cookie":"\[redacted\]"/);
      const owner = ws.emulator.state().orders[0]!.owner;
      for (const secret of [password, owner, Buffer.from(`ops@partner:${password}`).toString('base64')]) {
        expect(result.stderr).not.toContain(secret);
        expect(result.stdout).not.toContain(secret);
      }
    } finally {
      await ws.close();
    }
  });

  it('a failed apply --emulator does not claim progress is saved', async () => {
    const ws = await workspace();
    try {
      const bad = join(ws.dir, 'bad.yaml');
      const { readFile } = await import('node:fs/promises');
      await writeFile(
        bad,
        (await readFile(ws.manifest, 'utf8')).replace(/virtuozzo\.ip$/m, 'virtuozzo.nosuchthing'),
      );
      const summary = join(ws.dir, 'summary.md');
      const result = await runCli(['apply', '--emulator', bad], {
        cwd: ws.dir,
        env: { GITHUB_STEP_SUMMARY: summary },
      });
      expect(result.code).toBe(1);
      const all = `${result.stdout}${result.stderr}${await readFile(summary, 'utf8')}`;
      expect(all).toContain('nothing is saved');
      expect(all).not.toMatch(/progress (is )?saved|finished steps are kept/);
      expect(result.stderr).toContain('step vps/nosuchthing: POST');
    } finally {
      await ws.close();
    }
  });
});

describe('orderform emulator', () => {
  it('on a busy port is a plain error: exit 3, no stack trace', async () => {
    const busy = await startEmulator({ port: 0 });
    try {
      const port = new URL(busy.url).port;
      const result = await runCli(['emulator', '--port', port], { cwd: process.cwd() });
      expect(result.code).toBe(3);
      expect(result.stderr).toContain(
        `error: emulator: cannot listen on 127.0.0.1:${port}: the port is already in use`,
      );
      expect(result.stderr).toContain('hint: Choose another --port');
      expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
    } finally {
      await busy.close();
    }
  });
});
