// Emulator throughput benchmark. Prints figures; it asserts nothing (machines here are shared and
// noisy). Target: at least 2,000 requests/s on a 2-core machine.
//
//   npm run build && node bench/emulator.mjs [--seconds 5] [--clients 16]
//
// The emulator (dist/index.js) runs in a child process, so its peak RSS is its own and it gets
// a core of its own; this process plays the clients over loopback with keep-alive connections.
// Each client repeats the seed page's full order flow (POST /orders without a cookie, so a new
// OwnerId each time, account, product, server, six add-ons relatedTo it, submit: 11 requests)
// until the time is up, and checks every status.
import { fork } from 'node:child_process';
import { Agent, request } from 'node:http';
import { parseArgs } from 'node:util';
import { SEED_ADDONS } from './seed.mjs';

if (process.argv[2] === '--server') {
  await runServer();
} else {
  await runBench();
}

async function runServer() {
  const { startEmulator } = await import('../dist/index.js');
  const emulator = await startEmulator({ port: 0 });
  process.send({ kind: 'ready', url: emulator.url });
  process.on('message', async (message) => {
    if (message?.kind !== 'stop') return;
    const usage = process.resourceUsage();
    const orders = emulator.state().orders.length;
    await emulator.close();
    process.send({
      kind: 'stopped',
      maxRssKb: usage.maxRSS,
      cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
      orders,
    });
    process.disconnect();
  });
}

async function runBench() {
  const { values } = parseArgs({
    options: { seconds: { type: 'string', default: '5' }, clients: { type: 'string', default: '16' } },
  });
  const seconds = Math.min(Number(values.seconds), 60);
  const clients = Math.min(Number(values.clients), 64);

  const server = fork(new URL(import.meta.url).pathname, ['--server'], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = (kind) => new Promise((resolve) => server.on('message', (m) => m.kind === kind && resolve(m)));
  const { url } = await next('ready');
  const origin = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: clients });

  const send = (method, path, body, cookie) =>
    new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const headers = {};
      if (payload !== undefined) {
        headers['Content-Type'] = 'application/json; charset=UTF-8';
        headers['Content-Length'] = Buffer.byteLength(payload);
      }
      if (cookie !== undefined) headers.Cookie = cookie;
      const started = performance.now();
      const req = request(
        { host: origin.hostname, port: origin.port, method, path, headers, agent },
        (res) => {
          res.resume();
          res.on('end', () => {
            latencies.push(performance.now() - started);
            resolve(res);
          });
        },
      );
      req.on('error', reject);
      req.end(payload);
    });

  const latencies = [];
  let requests = 0;
  let flows = 0;
  const expect = (res, status, what) => {
    requests += 1;
    if (res.statusCode !== status) throw new Error(`${what}: expected ${status}, got ${res.statusCode}`);
    return res;
  };
  const pathOf = (location) => new URL(location).pathname;
  const addons = SEED_ADDONS;

  async function flow() {
    const created = expect(await send('POST', '/orders', {}), 201, 'POST /orders');
    const cookie = `${created.headers['set-cookie'][0].split(';')[0]}; Path=/`;
    const order = pathOf(created.headers.location);
    expect(
      await send('PUT', `${order}/account`, { currency: 'USD', language: 'en-US' }, cookie),
      204,
      'PUT account',
    );
    const offering = `${url}/productSpecifications/core.plan.vps.virtuozzo.u101/offerings/USD-1`;
    const product = expect(
      await send('POST', `${order}/account/products`, { offering }, cookie),
      201,
      'POST product',
    );
    const services = `${pathOf(product.headers.location)}/services`;
    const serviceSpecification = `${url}/serviceSpecifications/core.vps.virtuozzo.server.u100`;
    const server = expect(
      await send(
        'POST',
        services,
        { name: 'VPS Virtuozzo Test', serviceSpecification, billingCycle: 1 },
        cookie,
      ),
      201,
      'POST server',
    );
    const relatedTo = [server.headers.location];
    for (const addon of addons) {
      const body = {
        name: 'VPS Virtuozzo Test',
        serviceSpecification: `${url}/serviceSpecifications/${addon}`,
        billingCycle: 1,
        relatedTo,
      };
      expect(await send('POST', services, body, cookie), 201, `POST ${addon}`);
    }
    expect(await send('POST', `${order}/action`, { action: 'submit' }, cookie), 202, 'submit');
    flows += 1;
  }

  // Warm-up, not counted.
  for (let i = 0; i < 20; i++) await flow();
  requests = 0;
  flows = 0;
  latencies.length = 0;

  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < deadline) await flow();
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();

  const stopped = next('stopped');
  server.send({ kind: 'stop' });
  const { maxRssKb, cpuMs, orders } = await stopped;
  latencies.sort((a, b) => a - b);
  const pct = (p) =>
    latencies[Math.min(latencies.length - 1, Math.floor((latencies.length * p) / 100))].toFixed(2);

  console.log(
    `emulator bench: ${clients} clients, ${elapsed.toFixed(1)} s, full seed flow (11 requests) per order`,
  );
  console.log(
    `  requests/s:        ${Math.round(requests / elapsed)} (${requests} requests, ${flows} orders, every status as expected)`,
  );
  console.log(`  latency p50 / p99: ${pct(50)} ms / ${pct(99)} ms`);
  console.log(`  emulator peak RSS: ${(maxRssKb / 1024).toFixed(1)} MiB (${orders} orders held)`);
  console.log(`  emulator CPU:      ${(cpuMs / 1000).toFixed(1)} s`);
  console.log(`  bench peak RSS:    ${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MiB (clients)`);
}
