// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are manifest text with ${VAR} references
import { describe, expect, it } from 'vitest';
import { interpolate, parseTemplate, retypePlainScalar } from '../../src/manifest/interpolate.js';

describe('interpolate', () => {
  const env = { NAME: 'web', EMPTY: '', CYCLE: '12' };

  it('substitutes ${VAR} and ${VAR:-default}', () => {
    expect(interpolate('${NAME}-01', env).value).toBe('web-01');
    expect(interpolate('${MISSING:-db}-01', env).value).toBe('db-01');
    expect(interpolate('${NAME:-db}', env).value).toBe('web');
  });

  it('uses the default for a variable that is set but empty, as the shell does', () => {
    expect(interpolate('${EMPTY:-x}', env).value).toBe('x');
    expect(interpolate('[${EMPTY}]', env).value).toBe('[]');
  });

  it('reads $$ as a literal $ and leaves a lone $ alone', () => {
    expect(interpolate('$$5 and $5 and $', env).value).toBe('$5 and $5 and $');
    expect(interpolate('$${NAME}', env).value).toBe('${NAME}');
  });

  it('never substitutes again inside a substituted value', () => {
    expect(interpolate('${A}', { A: '${NAME}' }).value).toBe('${NAME}');
  });

  it('takes a default verbatim up to the first closing brace', () => {
    expect(interpolate('${X:-a b: [c]}', env).value).toBe('a b: [c]');
  });

  it('reports an unset variable without default, naming it, at its offset', () => {
    const result = interpolate('name-${STAGE}', env);
    expect(result.problems).toEqual([
      expect.objectContaining({
        offset: 5,
        source: '${STAGE}',
        message: expect.stringContaining('variable STAGE is not set'),
      }),
    ]);
  });

  it('reports unclosed and malformed references', () => {
    expect(parseTemplate('a ${NAME').problems[0]?.message).toMatch(/has no closing '}'/);
    for (const bad of ['${}', '${1X}', '${A-B}', '${A:?x}', '${ A }']) {
      expect(parseTemplate(bad).problems[0]?.message, bad).toMatch(/^bad variable reference/);
    }
  });

  it('flags a string that is exactly one reference', () => {
    expect(interpolate('${CYCLE}', env).single).toBe(true);
    expect(interpolate('${CYCLE:-1}', {}).single).toBe(true);
    expect(interpolate('x${CYCLE}', env).single).toBe(false);
    expect(interpolate('${CYCLE}${CYCLE}', env).single).toBe(false);
  });
});

describe('retypePlainScalar (YAML 1.2 core schema)', () => {
  it.each([
    ['1', 1],
    ['-7', -7],
    ['0x1F', 31],
    ['0o17', 15],
    ['1.5', 1.5],
    ['1e3', 1000],
    ['true', true],
    ['FALSE', false],
    ['', null],
    ['~', null],
    ['null', null],
    ['yes', 'yes'],
    ['1,2', '1,2'],
    ['[a, b]', '[a, b]'],
    ['{a: 1}', '{a: 1}'],
    ['a: b', 'a: b'],
  ])('%j → %j', (text, value) => {
    expect(retypePlainScalar(text)).toEqual(value);
  });
});
