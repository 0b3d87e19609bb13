import { stat } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/cli/duration.js';
import { UsageError } from '../../src/errors.js';
import { describeHolder } from '../../src/state/holder.js';
import {
  chooseRunStateLocation,
  chooseStateLocation,
  openStateBackend,
  parseStateLocation,
} from '../../src/state/open.js';

describe('state locations', () => {
  it('a path or file: URL is a local directory, resolved against the working directory', () => {
    expect(parseStateLocation('.orderform', '/work')).toEqual({ kind: 'local', dir: '/work/.orderform' });
    expect(parseStateLocation('file:///var/lib/orderform', '/work')).toEqual({
      kind: 'local',
      dir: '/var/lib/orderform',
    });
  });

  it('postgres:// and postgresql:// are PostgreSQL, with ?schema= taken out and the password never shown', () => {
    const location = parseStateLocation(
      'postgresql://ci:s3cret@db:5432/ops?sslmode=require&schema=infra',
      '/',
    );
    expect(location).toMatchObject({ kind: 'postgres', schema: 'infra' });
    if (location.kind !== 'postgres') throw new Error('postgres expected');
    expect(location.url).toBe('postgresql://ci:s3cret@db:5432/ops?sslmode=require');
    expect(location.display).not.toContain('s3cret');
    expect(parseStateLocation('postgres://db/ops', '/')).toMatchObject({ schema: 'orderform' });
    expect(() => parseStateLocation('postgres://db/ops?schema=Robert%27);DROP', '/')).toThrow(UsageError);
    expect(() => parseStateLocation('mysql://db/ops', '/')).toThrow(UsageError);
  });

  it('--state, then --state-dir, then ORDERFORM_STATE, then .orderform; both flags at once is a usage error', () => {
    const env = { ORDERFORM_STATE: 'postgres://db/ops' };
    expect(chooseStateLocation({ state: 'a' }, env, '/w')).toEqual({ kind: 'local', dir: '/w/a' });
    expect(chooseStateLocation({ 'state-dir': 'b' }, env, '/w')).toEqual({ kind: 'local', dir: '/w/b' });
    expect(chooseStateLocation({}, env, '/w')).toMatchObject({ kind: 'postgres' });
    expect(chooseStateLocation({}, {}, '/w')).toEqual({ kind: 'local', dir: '/w/.orderform' });
    expect(() => chooseStateLocation({ state: 'a', 'state-dir': 'b' }, {}, '/w')).toThrow(UsageError);
  });

  it('against the emulator: a temporary state unless the command line names one; ORDERFORM_STATE is not used', async () => {
    const env = { ORDERFORM_STATE: 'postgres://db/ops' };
    expect(chooseRunStateLocation({}, env, '/w', true)).toEqual({ kind: 'temporary' });
    expect(chooseRunStateLocation({ 'state-dir': 'b' }, env, '/w', true)).toEqual({
      kind: 'local',
      dir: '/w/b',
    });
    expect(chooseRunStateLocation({}, env, '/w', false)).toMatchObject({ kind: 'postgres' });
    const state = await openStateBackend({ kind: 'temporary' }, {}, () => undefined);
    expect((await stat(state.location)).isDirectory()).toBe(true);
    await state.close();
    await expect(stat(state.location)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('--lock-timeout durations', () => {
  it('reads 0, seconds, minutes and milliseconds, and refuses the rest', () => {
    expect(parseDuration('--lock-timeout', undefined, 0)).toBe(0);
    expect(parseDuration('--lock-timeout', '0', 0)).toBe(0);
    expect(parseDuration('--lock-timeout', '30', 0)).toBe(30_000);
    expect(parseDuration('--lock-timeout', '10m', 0)).toBe(600_000);
    expect(parseDuration('--lock-timeout', '250ms', 0)).toBe(250);
    for (const bad of ['-1s', 'soon', '2d', '25h']) {
      expect(() => parseDuration('--lock-timeout', bad, 0)).toThrow(UsageError);
    }
  });
});

describe('lock holders in messages', () => {
  it('name user@host, pid, age, renewal and CI job', () => {
    const now = new Date('2026-01-01T12:00:00Z');
    const text = describeHolder(
      {
        owner: 'ci@r1',
        host: 'r1',
        pid: 9,
        since: '2026-01-01T11:50:00Z',
        renewedAt: '2026-01-01T11:59:30Z',
        ciJobUrl: 'https://github.com/a/b/actions/runs/1',
      },
      now,
    );
    expect(text).toBe(
      'ci@r1, pid 9, since 2026-01-01T11:50:00Z (10m ago), last renewed 30s ago, CI job https://github.com/a/b/actions/runs/1',
    );
  });
});
