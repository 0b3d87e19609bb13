import { UsageError } from '../errors.js';
import { nonEmpty } from './endpoint.js';
import type { Credentials } from './types.js';

/**
 * The partner credentials from HOSTWAY_USERNAME and HOSTWAY_PASSWORD (sent as HTTP Basic). Both
 * or neither: one without the other is a typo that would otherwise send requests anonymously,
 * so it is refused (exit 3) before anything is sent. The one place they are read.
 */
export function credentialsFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  command: string,
): Credentials | undefined {
  const username = nonEmpty(env.HOSTWAY_USERNAME);
  const password = nonEmpty(env.HOSTWAY_PASSWORD);
  if (username === undefined && password === undefined) return undefined;
  if (username === undefined || password === undefined) {
    throw new UsageError(`${command}: set both HOSTWAY_USERNAME and HOSTWAY_PASSWORD, or neither`);
  }
  return { username, password };
}
