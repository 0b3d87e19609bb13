import { fileURLToPath } from 'node:url';
import type { HostileRule } from './hostile-server.js';
import { BASIC_TOKEN, HOSTILE_PASSWORD, SECRET_ENCODINGS } from './secret-encodings.js';

/** One hostile-server scenario and the outcome apply must give, as data. */
export interface ServerCase {
  name: string;
  rules: HostileRule[];
  args?: string[];
  env?: NodeJS.ProcessEnv;
  expect: {
    exit: number;
    /** Text stderr must hold. */
    stderr?: RegExp;
    /** The emulator ends with exactly one submitted seed order (no duplicate service). */
    exactlyOneOrder?: boolean;
    /** Upper bound on the whole run. */
    maxMs?: number;
    /** A second apply (honest server) finishes the order exactly once. */
    resumes?: boolean;
  };
}

const SERVICES = /\/services$/;
const PRODUCTS = /\/account\/products$/;
const ORDERS = /^\/orders$/;

const echoBody = (encode: (s: string) => string) => (authorization: string) =>
  `{"badRequest":{"message":"POST data error near ${encode(authorization)} / ${encode(HOSTILE_PASSWORD)}","code":400}}`;

export const SERVER_CASES: readonly ServerCase[] = [
  {
    name: 'a 500 trickling a byte every 500 ms on every attempt',
    rules: [{ method: 'POST', path: ORDERS, behaviour: { kind: 'trickle', status: 500, everyMs: 500 } }],
    args: ['--timeout', '1500'],
    env: { ORDERFORM_RETRY_ATTEMPTS: '3' },
    expect: { exit: 1, stderr: /timed out/, maxMs: 20_000 },
  },
  {
    // The timeout must not depend on an object the garbage collector may take: with collection
    // forced, a timeout made of AbortSignal.timeout inside AbortSignal.any never fires.
    name: 'a 500 trickling a byte every 500 ms while the garbage collector runs',
    rules: [{ method: 'POST', path: ORDERS, behaviour: { kind: 'trickle', status: 500, everyMs: 500 } }],
    args: ['--timeout', '1500'],
    env: {
      ORDERFORM_RETRY_ATTEMPTS: '3',
      NODE_OPTIONS: `--import=${fileURLToPath(new URL('./force-gc.mjs', import.meta.url))}`,
    },
    expect: { exit: 1, stderr: /timed out/, maxMs: 20_000 },
  },
  {
    name: 'a 200 trickling forever, bounded by --retry-time',
    rules: [{ method: 'PUT', path: /\/account$/, behaviour: { kind: 'trickle', status: 200, everyMs: 300 } }],
    args: ['--timeout', '1000', '--retry-time', '1500'],
    env: { ORDERFORM_RETRY_ATTEMPTS: '100' },
    expect: { exit: 1, stderr: /timed out/, maxMs: 20_000, resumes: true },
  },
  ...[303, 409, 400, 302, 410].map(
    (status): ServerCase => ({
      name: `a service created, then answered ${status} by a proxy`,
      rules: [{ method: 'POST', path: SERVICES, nth: 2, behaviour: { kind: 'lie-after-commit', status } }],
      expect: { exit: 0, exactlyOneOrder: true },
    }),
  ),
  {
    name: 'a product created, then answered 409 in the API envelope',
    rules: [
      {
        method: 'POST',
        path: PRODUCTS,
        nth: 1,
        behaviour: {
          kind: 'lie-after-commit',
          status: 409,
          contentType: 'application/json',
          body: '{"conflict":{"message":"conflict","code":409}}',
        },
      },
    ],
    expect: { exit: 0, exactlyOneOrder: true },
  },
  {
    name: 'a foreign Location on a service',
    rules: [
      {
        method: 'POST',
        path: SERVICES,
        nth: 1,
        behaviour: { kind: 'foreign-location', origin: 'http://evil.example' },
      },
    ],
    expect: {
      exit: 1,
      stderr: /not on the endpoint's origin; apply stopped: no request was started after this answer/,
      resumes: true,
    },
  },
  {
    name: 'a gzip bomb answering POST /orders',
    rules: [
      {
        method: 'POST',
        path: ORDERS,
        nth: 1,
        behaviour: { kind: 'gzip-bomb', status: 201, bytes: 64 * 1024 * 1024 },
      },
    ],
    expect: { exit: 1, stderr: /larger than the size limit/, resumes: true },
  },
  {
    name: 'a redirect to another origin',
    rules: [
      {
        method: 'POST',
        path: ORDERS,
        nth: 1,
        behaviour: { kind: 'redirect', status: 307, location: 'http://evil.example/orders' },
      },
    ],
    expect: { exit: 1, stderr: /answered 307/, resumes: true },
  },
  ...SECRET_ENCODINGS.map(
    ({ name, encode }): ServerCase => ({
      name: `credentials echoed in a 400 body: ${name}`,
      rules: [
        {
          method: 'POST',
          path: PRODUCTS,
          behaviour: { kind: 'echo', contentType: 'application/json', body: echoBody(encode) },
        },
      ],
      expect: { exit: 1, stderr: /POST data error near/ },
    }),
  ),
];

export const SECRETS = [HOSTILE_PASSWORD, BASIC_TOKEN];
