// validate must start fast: its bundle chunks must not pull in the ajv compiler (the validator
// is precompiled) nor the HTTP and terminal-UI stacks. dist/ is built by the global setup.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The files loaded for `orderform validate`: cli.js, the validate chunk, and their static imports. */
function validateChunks(): Map<string, string> {
  const cli = readFileSync(`${DIST}cli.js`, 'utf8');
  const chunk = /import\("\.\/(validate-[A-Z0-9]+\.js)"\)/.exec(cli)?.[1];
  if (chunk === undefined) throw new Error('no validate chunk in dist/cli.js');
  const files = new Map<string, string>();
  const pending = ['cli.js', chunk];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (files.has(file)) continue;
    const text = readFileSync(`${DIST}${file}`, 'utf8');
    files.set(file, text);
    for (const match of text.matchAll(/^import\s[^;]*?from\s*"\.\/([^"]+)";/gm))
      if (match[1]) pending.push(match[1]);
  }
  return files;
}

describe('the validate command bundle', () => {
  it('loads neither ajv itself nor axios, tough-cookie or listr2', () => {
    const text = [...validateChunks().values()].join('\n');
    expect(text).toContain('validateOrderManifest');
    expect(text).not.toMatch(/node_modules\/ajv\/dist\/(?:core|compile|2020|ajv)\b/);
    expect(text).not.toMatch(/from\s*"(?:axios|http-cookie-agent|tough-cookie|listr2)"/);
    expect(text).not.toMatch(/import\(\s*"(?:axios|tough-cookie|listr2)"/);
  });
});
