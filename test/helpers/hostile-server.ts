import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

/**
 * A hostile HTTP server for tests: a reverse proxy in front of the real emulator that serves
 * honestly except for the requests a behaviour picks, where it lies. Emulator URLs in headers and
 * bodies are rewritten to the proxy's origin, so orderform only ever talks to the proxy.
 */
export type Behaviour =
  /** Pass the request to the emulator (it commits), then answer `status` instead of its answer. */
  | { kind: 'lie-after-commit'; status: number; body?: string; contentType?: string }
  /** Answer `status` headers at once, then one byte every `everyMs`, never ending. */
  | { kind: 'trickle'; status: number; everyMs: number }
  /** Pass the request on, then point the Location at another origin. */
  | { kind: 'foreign-location'; origin: string }
  /** Answer 400 with `body(authorization, cookie)`: the request's secrets echoed in some encoding. */
  | { kind: 'echo'; body: (authorization: string, cookie: string) => string; contentType: string }
  /** Answer 200 with a small gzip body that inflates to `bytes`. */
  | { kind: 'gzip-bomb'; status: number; bytes: number }
  /** Answer a redirect to `location`. */
  | { kind: 'redirect'; status: number; location: string };

export interface HostileRule {
  method: string;
  /** Matches the path (no query). */
  path: RegExp;
  /** Which matching request (1-based); every one when undefined. */
  nth?: number;
  behaviour: Behaviour;
}

export interface HostileServer {
  url: string;
  /** Requests that reached the proxy, in order. */
  seen: { method: string; path: string }[];
  close(): Promise<void>;
}

export async function startHostileServer(
  upstream: string,
  rules: readonly HostileRule[],
): Promise<HostileServer> {
  const seen: { method: string; path: string }[] = [];
  const counts = new Map<HostileRule, number>();
  const timers = new Set<NodeJS.Timeout>();
  let self = '';
  const pick = (req: IncomingMessage): Behaviour | undefined => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    for (const rule of rules) {
      if (rule.method !== req.method || !rule.path.test(path)) continue;
      const count = (counts.get(rule) ?? 0) + 1;
      counts.set(rule, count);
      if (rule.nth === undefined || rule.nth === count) return rule.behaviour;
    }
    return undefined;
  };
  const server = createServer((req, res) => {
    seen.push({ method: req.method ?? '', path: req.url ?? '' });
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const behaviour = pick(req);
      void serve(req, res, body, behaviour);
    });
  });
  const serve = async (req: IncomingMessage, res: ServerResponse, body: Buffer, b: Behaviour | undefined) => {
    switch (b?.kind) {
      case 'trickle': {
        res.writeHead(b.status, { 'Content-Type': 'application/json' });
        const timer = setInterval(() => res.write(' '), b.everyMs);
        timers.add(timer);
        res.on('close', () => {
          clearInterval(timer);
          timers.delete(timer);
        });
        return;
      }
      case 'echo': {
        const text = b.body(String(req.headers.authorization ?? ''), String(req.headers.cookie ?? ''));
        res.writeHead(400, { 'Content-Type': b.contentType });
        res.end(text);
        return;
      }
      case 'gzip-bomb': {
        res.writeHead(b.status, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
        res.end(gzipSync(Buffer.alloc(b.bytes, 0x20)));
        return;
      }
      case 'redirect':
        res.writeHead(b.status, { Location: b.location });
        res.end();
        return;
      default:
        break;
    }
    // The emulator checks that URLs in bodies are its own: it must see its origin, not ours.
    const answer = await forward(
      upstream,
      self,
      req,
      Buffer.from(body.toString('utf8').split(self).join(upstream)),
    );
    if (b?.kind === 'lie-after-commit') {
      res.writeHead(b.status, { 'Content-Type': b.contentType ?? 'text/html' });
      res.end(b.body ?? '<html><head><title>See Other</title></head></html>');
      return;
    }
    const headers = { ...answer.headers };
    if (b?.kind === 'foreign-location' && typeof headers.location === 'string') {
      headers.location = headers.location.replace(self, b.origin);
    }
    res.writeHead(answer.status, headers);
    res.end(answer.body);
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  self = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: self,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearInterval(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function forward(
  upstream: string,
  self: string,
  req: IncomingMessage,
  body: Buffer,
): Promise<{ status: number; headers: Record<string, string | string[]>; body: string }> {
  const target = new URL(req.url ?? '/', upstream);
  return new Promise((resolve, reject) => {
    const out = httpRequest(
      target,
      {
        method: req.method,
        headers: { ...req.headers, host: target.host, 'content-length': String(body.length) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const headers: Record<string, string | string[]> = {};
          for (const [name, value] of Object.entries(res.headers)) {
            if (value === undefined || name === 'content-length' || name === 'transfer-encoding') continue;
            headers[name] = Array.isArray(value) ? value : value.split(upstream).join(self);
          }
          resolve({
            status: res.statusCode ?? 502,
            headers,
            body: Buffer.concat(chunks).toString('utf8').split(upstream).join(self),
          });
        });
      },
    );
    out.on('error', reject);
    out.end(body);
  });
}
