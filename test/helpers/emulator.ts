import { afterAll, beforeAll, expect } from 'vitest';
import type { Emulator, EmulatorOptions } from '../../src/emulator/index.js';
import { startEmulator } from '../../src/emulator/index.js';

/** Plain fetch helpers: the emulator is tested with Node's own HTTP client, not orderform's. */

/** What the helpers need of an emulator: in-process or a spawned CLI. */
export type Origin = Pick<Emulator, 'url'>;

export const JSON_TYPE = 'application/json; charset=UTF-8';
export const HEX40 = /^[0-9a-f]{40}$/;
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: tests inspect answer bodies field by field
  json(): any;
}

export interface CallOptions {
  body?: unknown;
  /** Raw body text, sent as is. */
  raw?: string;
  cookie?: string;
  contentType?: string | null;
}

export async function call(method: string, url: string, options: CallOptions = {}): Promise<Answer> {
  const headers: Record<string, string> = {};
  const hasBody = options.body !== undefined || options.raw !== undefined;
  if (hasBody && options.contentType !== null) headers['Content-Type'] = options.contentType ?? JSON_TYPE;
  if (options.cookie !== undefined) headers.Cookie = options.cookie;
  const init: RequestInit = { method, headers, redirect: 'manual' };
  const body = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (body !== undefined) init.body = body;
  const response = await fetch(url, init);
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) };
}

/** Joins a child path onto a resource URL whether or not it ends with '/'. */
export function under(url: string, child: string): string {
  return `${url.replace(/\/$/, '')}/${child}`;
}

export function envelope(answer: Answer, type: string, code: number): { message: string; details: string } {
  expect(answer.status).toBe(code);
  expect(answer.headers.get('content-type')).toBe(JSON_TYPE);
  const body = answer.json();
  expect(Object.keys(body)).toEqual([type]);
  expect(body[type]).toMatchObject({ code, guid: expect.stringMatching(UUID) });
  expect(typeof body[type].message).toBe('string');
  expect(typeof body[type].details).toBe('string');
  return body[type];
}

export function expectUnauthorized(answer: Answer): void {
  expect(answer.status).toBe(401);
  expect(answer.headers.get('content-type')).toMatch(/^text\/plain/);
  expect(answer.text).toContain(
    'This server could not verify that you are authorized to access the document requested',
  );
}

export const spec = (emu: Origin, id: string): string => `${emu.url}/serviceSpecifications/${id}`;
export const offering = (emu: Origin, ps: string, id: string): string =>
  `${emu.url}/productSpecifications/${ps}/offerings/${id}`;

import { SEED_ADDONS, SEED_PLAN, SEED_SERVER } from './seed.js';

export const VPS = SEED_PLAN;
export const SERVER = SEED_SERVER;
export const ADDONS = SEED_ADDONS;

export interface OpenOrder {
  orderUrl: string;
  cookie: string;
  productUrl: string;
  serverUrl: string;
}

/** A new order with a USD account, the seed's VPS product and its server service. */
export async function openVpsOrder(emu: Origin, account = true): Promise<OpenOrder> {
  const created = await call('POST', `${emu.url}/orders`, { body: {} });
  const orderUrl = created.headers.get('location')!;
  const cookie = created.headers.get('set-cookie')!.split(';')[0]!;
  if (account)
    await call('PUT', under(orderUrl, 'account'), { cookie, body: { currency: 'USD', language: 'en-US' } });
  const product = await call('POST', under(orderUrl, 'account/products'), {
    cookie,
    body: { offering: offering(emu, VPS, 'USD-1') },
  });
  const productUrl = product.headers.get('location')!;
  const server = await call('POST', under(productUrl, 'services'), {
    cookie,
    body: { name: 'VPS Virtuozzo Test', serviceSpecification: spec(emu, SERVER), billingCycle: 1 },
  });
  expect(server.status).toBe(201);
  return { orderUrl, cookie, productUrl, serverUrl: server.headers.get('location')! };
}

/** Starts an emulator for the file's tests and closes it after them. */
export function useEmulator(options: EmulatorOptions = {}): () => Emulator {
  let emulator: Emulator | undefined;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, ...options });
  });
  afterAll(async () => {
    await emulator?.close();
  });
  return () => emulator!;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
