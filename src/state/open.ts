import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../errors.js';
import type { StateBackend } from './backend.js';
import { LocalStateBackend } from './local.js';
import { stateKeyFrom } from './seal.js';
import { TemporaryStateBackend } from './temporary.js';

/** Where the state is: a local directory or a PostgreSQL URL (parsed, not yet connected). Pure. */
export type StateLocation =
  | { kind: 'local'; dir: string }
  | { kind: 'postgres'; url: string; schema: string; display: string };

/**
 * `--state` (or its alias `--state-dir`), else ORDERFORM_STATE, else `.orderform`: a path or
 * `file:` URL is a directory; `postgres://` or `postgresql://` is PostgreSQL, with an optional
 * `?schema=` (default `orderform`) and everything else (sslmode, PG* defaults) left to pg.
 */
export function parseStateLocation(raw: string, cwd: string): StateLocation {
  if (/^postgres(ql)?:\/\//i.test(raw)) {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new UsageError('--state: the PostgreSQL URL is not a valid URL');
    }
    const schema = url.searchParams.get('schema') ?? 'orderform';
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
      throw new UsageError(`--state: schema must be a lowercase SQL identifier; got '${schema}'`);
    }
    url.searchParams.delete('schema');
    const display = new URL(url.href);
    if (display.password !== '') display.password = '***';
    display.search = '';
    return {
      kind: 'postgres',
      url: url.href,
      schema,
      display: `${display.href}${schema === 'orderform' ? '' : ` (schema ${schema})`}`,
    };
  }
  if (/^file:/i.test(raw)) {
    try {
      return { kind: 'local', dir: fileURLToPath(raw) };
    } catch {
      throw new UsageError(`--state: '${raw}' is not a usable file: URL`);
    }
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) {
    throw new UsageError(`--state: unsupported location '${raw.split(':')[0]}://...'`, {
      hint: 'Use a directory, a file: URL, or a postgres:// URL.',
    });
  }
  return { kind: 'local', dir: resolve(cwd, raw) };
}

/** The one resolver of `--state` / `--state-dir` and their defaults, for every command. */
export function chooseStateLocation(
  values: { state?: string | undefined; 'state-dir'?: string | undefined },
  env: NodeJS.ProcessEnv,
  cwd: string,
): StateLocation {
  if (values.state !== undefined && values['state-dir'] !== undefined) {
    throw new UsageError('--state and --state-dir are the same option: give one');
  }
  const raw = values.state ?? values['state-dir'] ?? (env.ORDERFORM_STATE || undefined) ?? '.orderform';
  return parseStateLocation(raw, cwd);
}

/**
 * Against the in-process emulator, which forgets everything when the command ends, the state is
 * a temporary directory unless the command line names one (ORDERFORM_STATE, meant for the real
 * API, is not used then).
 */
export function chooseRunStateLocation(
  values: { state?: string | undefined; 'state-dir'?: string | undefined },
  env: NodeJS.ProcessEnv,
  cwd: string,
  emulator: boolean,
): StateLocation | TemporaryLocation {
  const explicit = values.state !== undefined || values['state-dir'] !== undefined;
  if (emulator && !explicit) return { kind: 'temporary' };
  return chooseStateLocation(values, env, cwd);
}

/** A fresh temporary directory, removed when the backend closes. */
export interface TemporaryLocation {
  kind: 'temporary';
}

/** Opens a backend; PostgreSQL's driver is loaded only when it is used. */
export async function openStateBackend(
  location: StateLocation | TemporaryLocation,
  env: NodeJS.ProcessEnv,
  warn: (line: string) => void,
): Promise<StateBackend> {
  const key = stateKeyFrom(env);
  if (location.kind === 'local') return new LocalStateBackend(location.dir, key, warn);
  if (location.kind === 'temporary') {
    return TemporaryStateBackend.create(key, warn);
  }
  const { PostgresStateBackend } = await import('./postgres.js');
  return new PostgresStateBackend(location.display, { connectionString: location.url }, location.schema, key);
}
