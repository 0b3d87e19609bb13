import { createRequire } from 'node:module';
import type AxiosStatic from 'axios';
import type * as ToughCookie from 'tough-cookie';

// axios and tough-cookie are loaded through their CommonJS builds: axios's is one file where its
// ESM entry is ~80 modules plus CommonJS dependencies that Node must lex, which costs ~70 ms of
// start-up on every apply. Loading tough-cookie the same way also gives http-cookie-agent (used
// by axios-cookiejar-support, CommonJS) the very same CookieJar class instead of a second copy.
const requireCjs = createRequire(import.meta.url);

export const axios = requireCjs('axios') as typeof AxiosStatic;
export const isAxiosError = axios.isAxiosError;
export const { CookieJar } = requireCjs('tough-cookie') as typeof ToughCookie;
export type CookieJar = ToughCookie.CookieJar;
