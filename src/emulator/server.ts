import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { isCatalogPath, routeCatalog } from './catalog-routes.js';
import { routeControl } from './control-routes.js';
import type { ApiContext, EmulatorCore } from './core.js';
import { EmulatorRefusal, notFound } from './error-answers.js';
import {
  failureReply,
  ownerFromCookie,
  type ParsedBody,
  parseBodyText,
  parseJsonBody,
  type Reply,
  readBody,
  recordableBody,
} from './http-io.js';
import { splitPath } from './links.js';
import { routeOrders, routeShorthand } from './order-routes.js';
import { flattenHeaders } from './recorder.js';
import type { FaultRule } from './types.js';

export const CONTROL_PREFIX = '/__emulator';

export function createHandler(core: EmulatorCore): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handle(core, req, res).catch((error: unknown) => {
      // Only a bug gets here (routing errors are answered); never leave the client hanging.
      if (!res.headersSent)
        send(res, failureReply(new EmulatorRefusal(500, 'Internal emulator error', String(error))));
      else res.destroy();
    });
  };
}

async function handle(core: EmulatorCore, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const startedAt = performance.now();
  const rawUrl = req.url ?? '/';
  const query = rawUrl.indexOf('?');
  const pathname = query < 0 ? rawUrl : rawUrl.slice(0, query);
  const method = req.method ?? 'GET';
  const read = await readBody(req);

  if (pathname === CONTROL_PREFIX || pathname.startsWith(`${CONTROL_PREFIX}/`)) {
    const text = read.kind === 'ok' ? read.text : null;
    send(
      res,
      routeControl(core, method, pathname.slice(CONTROL_PREFIX.length), rawUrl.slice(pathname.length), text),
    );
    return;
  }

  const owner = ownerFromCookie(req.headers.cookie);
  const parsed = read.kind === 'ok' ? parseBodyText(read.text) : { ok: false as const };
  const entry = core.log.open({
    method,
    path: rawUrl,
    headers: flattenHeaders(req.headers),
    body: read.kind === 'ok' ? recordableBody(read.text, parsed) : '(body over the size limit, not recorded)',
    status: null,
    responseHeaders: {},
    startedAt,
    finishedAt: startedAt,
    owner,
    fault: null,
  });

  const segments = splitPath(pathname);
  const fault = core.faults.decide(
    method,
    pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname,
  );
  if (fault !== null) entry.fault = fault.kind;
  if (fault?.kind === 'drop-before') {
    entry.finishedAt = performance.now();
    req.socket.destroy();
    return;
  }

  let reply: Reply;
  if (fault?.kind === 'status') {
    reply = statusFaultReply(fault);
  } else if (read.kind === 'too-large') {
    reply = failureReply(new EmulatorRefusal(413, 'Request entity too large', 'Bodies are limited to 1 MiB'));
    reply.headers.Connection = 'close';
  } else {
    reply = route(core, method, segments, rawUrl.slice(pathname.length), owner, req, read.text, parsed);
  }
  entry.status = reply.status;
  if (reply.headers.Location !== undefined) entry.responseHeaders.location = reply.headers.Location;
  if (reply.headers['Set-Cookie'] !== undefined)
    entry.responseHeaders['set-cookie'] = reply.headers['Set-Cookie'];

  if (fault?.kind === 'commit-then-drop') {
    entry.finishedAt = performance.now();
    req.socket.destroy();
    return;
  }
  if (core.latencyMs > 0) await delay(core, core.latencyMs);
  if (core.closing) {
    req.socket.destroy();
    return;
  }
  send(res, reply);
  entry.finishedAt = performance.now();
}

function route(
  core: EmulatorCore,
  method: string,
  segments: string[] | null,
  search: string,
  owner: string | null,
  req: IncomingMessage,
  text: string,
  parsed: ParsedBody,
): Reply {
  const ctx: ApiContext = core;
  try {
    if (segments === null) throw notFound('The path has an empty segment');
    const [first, ...rest] = segments;
    const query = new URLSearchParams(search);
    const routeReq = {
      method,
      segments: rest,
      owner,
      query,
      body: () => parseJsonBody(req.headers, text, parsed),
    };
    if (first === 'orders') return routeOrders(ctx, routeReq);
    if (first === 'order') return routeShorthand(ctx, routeReq);
    if (isCatalogPath(first)) return routeCatalog(core.catalog, core.links, method, segments, query);
    throw notFound();
  } catch (error) {
    if (error instanceof EmulatorRefusal) return failureReply(error);
    return failureReply(
      new EmulatorRefusal(
        500,
        'Internal emulator error',
        error instanceof Error ? error.message : String(error),
      ),
    );
  }
}

function statusFaultReply(fault: Extract<FaultRule, { kind: 'status' }>): Reply {
  const headers: Record<string, string> = {};
  const retryAfter = fault.retryAfter ?? (fault.status === 429 || fault.status === 503 ? 1 : undefined);
  if (retryAfter !== undefined) headers['Retry-After'] = String(retryAfter);
  return failureReply(
    new EmulatorRefusal(
      fault.status,
      fault.message ?? 'Injected fault',
      'Fault injected by the orderform emulator',
      headers,
    ),
  );
}

export function send(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string | number> = { ...reply.headers };
  if (reply.status !== 204) headers['Content-Length'] = Buffer.byteLength(reply.body);
  res.writeHead(reply.status, headers);
  res.end(reply.status === 204 ? undefined : reply.body);
}

function delay(core: EmulatorCore, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      core.waits.delete(timer);
      resolve();
    }, ms);
    core.waits.set(timer, resolve);
  });
}
