import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { expectExit, workspace } from '../helpers/e2e.js';

describe('a TLS certificate error', () => {
  it('is permanent: exit 1 at once, the problem in words, no retries', async () => {
    const keys = await mkdtemp(join(tmpdir(), 'orderform-tls-'));
    const ws = await workspace();
    try {
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-days',
          '1',
          '-subj',
          '/CN=127.0.0.1',
          '-keyout',
          join(keys, 'key.pem'),
          '-out',
          join(keys, 'cert.pem'),
        ],
        { stdio: 'ignore' },
      );
      let connections = 0;
      const server = createServer(
        { key: await readFile(join(keys, 'key.pem')), cert: await readFile(join(keys, 'cert.pem')) },
        (_req, res) => {
          res.writeHead(500);
          res.end();
        },
      );
      server.on('connection', () => {
        connections += 1;
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      try {
        const endpoint = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
        const result = await runCli(['apply', ws.manifest, '--endpoint', endpoint, '--yes'], {
          cwd: ws.dir,
          env: { ORDERFORM_RETRY_BASE_MS: '2000', ORDERFORM_RETRY_CAP_MS: '2000' },
        });
        expectExit(result, 1);
        expect(result.stderr).toMatch(
          /TLS certificate was refused \(the certificate is self-signed; DEPTH_ZERO_SELF_SIGNED_CERT\)/,
        );
        expect(connections).toBe(1);
      } finally {
        server.closeAllConnections();
        server.close();
      }
    } finally {
      await ws.close();
      await rm(keys, { recursive: true, force: true });
    }
  });
});
