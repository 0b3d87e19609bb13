import axiosModule from 'axios';
import * as toughCookie from 'tough-cookie';

// The HTTP stack is bundled into apply's chunk by scripts/build.mjs (one pre-linked file loads
// faster than axios's many modules and their CommonJS dependencies resolved one by one). The
// build maps every import of tough-cookie to its CommonJS build, so http-cookie-agent (behind
// axios-cookiejar-support, CommonJS) and this module share one CookieJar class.
export const axios = axiosModule;
export const isAxiosError = axios.isAxiosError;
export const { CookieJar } = toughCookie;
export type CookieJar = toughCookie.CookieJar;
