import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../src/api/client.js';
import { ApiFailure } from '../../src/api/failure.js';
import { addService, getOrder, setAccount, UnsafeLocationError } from '../../src/api/operations.js';

/** A small real server whose routes misbehave in the ways the client must survive. */
const seen: { url: string; headers: IncomingMessage['headers'] }[] = [];
let base = '';
const server = createServer((req: IncomingMessage, res: ServerResponse) => {
  seen.push({ url: req.url ?? '', headers: req.headers });
  req.resume();
  const route = req.url ?? '';
  if (route === '/login') {
    res.writeHead(201, { 'Set-Cookie': 'OwnerId=owner-secret-value; Path=/', Location: '/login/1' });
    res.end();
  } else if (route === '/unauthorized') {
    res.writeHead(401, { 'Content-Type': 'text/plain' });
    res.end('This server could not verify that you\nare authorized to access the document requested.');
  } else if (route === '/busy') {
    res.writeHead(503, { 'Content-Type': 'application/json', 'Retry-After': '7' });
    res.end(JSON.stringify({ serviceUnavailable: { message: 'Try later', code: 503 } }));
  } else if (route === '/huge') {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(`"${'x'.repeat(5000)}"`);
  } else if (route === '/slow') {
    setTimeout(() => res.end('{}'), 2000);
  } else if (route === '/redirect') {
    res.writeHead(302, { Location: 'http://example.invalid/' });
    res.end();
  } else if (route === '/echo') {
    res.writeHead(400, { 'Content-Type': 'text/plain' });
    res.end(`Bad cookie: ${req.headers.cookie}; auth ${req.headers.authorization}`);
  } else if (route === '/orders/1') {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ order: { Status: 'Processing' } }));
  } else if (route.endsWith('/services')) {
    res.writeHead(201, { Location: 'http://evil.example/services/1' });
    res.end();
  } else {
    res.writeHead(204);
    res.end();
  }
});

let connections = 0;
server.on('connection', () => {
  connections += 1;
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
});

const options = { timeoutMs: 500, maxBodyBytes: 1000 };
const failure = async (promise: Promise<unknown>): Promise<ApiFailure> => {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ApiFailure);
  return error as ApiFailure;
};

describe('createHttpClient', () => {
  it('keeps cookies per client, sends Basic auth, and logs with secrets redacted', async () => {
    const lines: string[] = [];
    const credentials = { username: 'ops', password: 'pw-secret-1' };
    const client = createHttpClient({ ...options, credentials, log: (line) => lines.push(line) });
    await client.send({ method: 'POST', url: `${base}/login`, body: {} }, {});
    await client.send({ method: 'PUT', url: `${base}/anything`, body: { a: 1 } }, {});
    const other = createHttpClient(options);
    await other.send({ method: 'GET', url: `${base}/anything` }, {});
    const [, second, third] = seen.slice(-3);
    expect(second?.headers.cookie).toBe('OwnerId=owner-secret-value');
    expect(second?.headers['content-type']).toBe('application/json; charset=UTF-8');
    expect(second?.headers.authorization).toBe(`Basic ${Buffer.from('ops:pw-secret-1').toString('base64')}`);
    expect(third?.headers.cookie).toBeUndefined();
    const log = lines.join('\n');
    expect(log).toContain('← 201 POST');
    expect(log).toContain('"set-cookie":"[redacted]"');
    expect(log).not.toContain('owner-secret-value');
    expect(log).not.toContain('pw-secret-1');
    expect(JSON.stringify(client.exportCookies())).toContain('owner-secret-value');
    client.clearCookies();
    await client.send({ method: 'GET', url: `${base}/anything` }, {});
    expect(seen.at(-1)?.headers.cookie).toBeUndefined();
  });

  it('scrubs secrets a server echoes in an error body', async () => {
    const credentials = { username: 'ops', password: 'pw-secret-1' };
    const client = createHttpClient({ ...options, credentials });
    await client.send({ method: 'POST', url: `${base}/login`, body: {} }, {});
    const error = await failure(getOrder(client, `${base}/echo`));
    expect(error.message).toContain('Bad cookie: OwnerId=[redacted]; auth Basic [redacted]');
    expect(error.message).not.toContain('owner-secret-value');
  });

  it('keeps its connection open between requests, and opens another once the server closed it', async () => {
    const client = createHttpClient(options);
    const before = connections;
    await client.send({ method: 'POST', url: `${base}/login`, body: {} }, {});
    for (let i = 0; i < 4; i += 1) await client.send({ method: 'GET', url: `${base}/anything` }, {});
    expect(connections - before).toBe(1);
    expect(seen.at(-1)?.headers.cookie).toBe('OwnerId=owner-secret-value');
    // A server that drops idle connections (a restart, an idle timeout) costs a new one, not a failure.
    server.closeIdleConnections();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const answer = await client.send({ method: 'PUT', url: `${base}/anything`, body: { a: 1 } }, {});
    expect(answer.status).toBe(204);
    expect(connections - before).toBe(2);
    expect(seen.at(-1)?.headers.cookie).toBe('OwnerId=owner-secret-value');
    // Another order's client never shares the connection or the cookie.
    const other = createHttpClient(options);
    await other.send({ method: 'GET', url: `${base}/anything` }, {});
    expect(connections - before).toBe(3);
    expect(seen.at(-1)?.headers.cookie).toBeUndefined();
    client.clearCookies();
    expect(JSON.stringify(client.exportCookies())).not.toContain('owner-secret-value');
  });

  it('restores a saved jar', async () => {
    const first = createHttpClient(options);
    await first.send({ method: 'POST', url: `${base}/login`, body: {} }, {});
    const resumed = createHttpClient({ ...options, cookies: first.exportCookies() });
    await resumed.send({ method: 'GET', url: `${base}/anything` }, {});
    expect(seen.at(-1)?.headers.cookie).toBe('OwnerId=owner-secret-value');
    const broken = createHttpClient({ ...options, cookies: { nonsense: true } });
    await broken.send({ method: 'GET', url: `${base}/anything` }, {});
    expect(seen.at(-1)?.headers.cookie).toBeUndefined();
  });
});

describe('operations', () => {
  const client = () => createHttpClient(options);
  const call = (path: string) => ({ step: 'account', url: `${base}${path}`, body: {}, endpoint: base });

  it('report a text/plain 401 readably, final', async () => {
    const error = await failure(setAccount(client(), call('/unauthorized')));
    expect(error.message).toBe(
      `step account: PUT ${base}/unauthorized answered 401 Unauthorized: This server could not verify that you are authorized to access the document requested.`,
    );
    expect(error.transient).toBe(false);
    expect(error.hint).toContain('OwnerId');
  });

  it('report a 503 as transient with its Retry-After and message', async () => {
    const error = await failure(setAccount(client(), call('/busy')));
    expect(error.reason).toEqual({ kind: 'status', status: 503, retryAfter: '7', envelope: true });
    expect(error.transient).toBe(true);
    expect(error.apiMessage).toBe('Try later');
  });

  it('enforce the body size limit and the timeout', async () => {
    const large = await failure(getOrder(client(), `${base}/huge`));
    expect(large.reason.kind).toBe('bad-response');
    expect(large.transient).toBe(false);
    const slow = await failure(getOrder(client(), `${base}/slow`));
    expect(slow.reason).toEqual({ kind: 'timeout' });
    expect(slow.transient).toBe(true);
  });

  it('never follow redirects and classify connection failures as transient', async () => {
    const redirected = await failure(getOrder(client(), `${base}/redirect`));
    expect(redirected.status).toBe(302);
    const refused = await failure(getOrder(client(), 'http://127.0.0.1:1/orders/1'));
    expect(refused.reason).toEqual({ kind: 'network', code: 'ECONNREFUSED' });
    expect(refused.transient).toBe(true);
  });

  it('read the order status, and stop on a Location off the endpoint', async () => {
    expect(await getOrder(client(), `${base}/orders/1`)).toEqual({ status: 'Processing' });
    const error = await addService(client(), { ...call('/p/1/services'), step: 'service:ip' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UnsafeLocationError);
    expect((error as Error).message).toContain(
      "http://evil.example/services/1 is not on the endpoint's origin",
    );
  });
});
