import type { Agent } from 'node:http';
import axiosModule from 'axios';
import { HttpCookieAgent, HttpsCookieAgent } from 'http-cookie-agent/http';
import * as toughCookie from 'tough-cookie';

// The HTTP stack is bundled into apply's chunk by scripts/build.mjs (one pre-linked file loads
// faster than axios's many modules and their CommonJS dependencies resolved one by one). The
// build maps every import of tough-cookie to its CommonJS build, so http-cookie-agent (CommonJS)
// and this module share one CookieJar class.
export const axios = axiosModule;
export const isAxiosError = axios.isAxiosError;
export const { CookieJar } = toughCookie;
export type CookieJar = toughCookie.CookieJar;

/** The agents one order's requests go through: cookies from and into `jar`, connections kept alive. */
export interface CookieAgents {
  http: Agent;
  https: Agent;
}

/**
 * Agents that send `jar`'s cookies and store the ones answered, and keep connections open between
 * requests: against an HTTPS API, a new connection per request would cost a TCP and a TLS
 * handshake (two more round trips) before every call. Free sockets are unreferenced by Node, so
 * they never keep the process alive.
 */
export function cookieAgents(jar: CookieJar): CookieAgents {
  // http-cookie-agent's types name tough-cookie's CommonJS declarations and ours its ESM ones;
  // at run time they are one class (see above).
  const cookies = { jar: jar as never };
  return {
    http: new HttpCookieAgent({ cookies, keepAlive: true }),
    https: new HttpsCookieAgent({ cookies, keepAlive: true }),
  };
}
