import type { Dirent } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { ApplyStoppedError, InputError, type Issue } from '../errors.js';
import { parseManifestSource } from './document.js';
import { checkUniqueNames } from './rules.js';
import type { LoadedManifest, LoadOptions, LoadResult } from './types.js';
import { decodeUtf8 } from './utf8.js';

/** Manifests larger than this are refused before they are read. */
export const MAX_MANIFEST_BYTES = 1024 * 1024;

const MANIFEST_FILE = /\.ya?ml$/i;

interface ManifestFile {
  /** Absolute path, to read it and to spot the same file named twice. */
  absolute: string;
  /** As reported: relative to the working directory when below it, else as the user named it. */
  display: string;
}

/**
 * Reads manifests from files and directories: the only module that reads them. Every problem
 * of every file is collected; the manifests returned are the documents without any.
 */
export async function loadManifests(paths: readonly string[], options: LoadOptions): Promise<LoadResult> {
  const issues: Issue[] = [];
  const files = await collectManifestFiles(paths, options.cwd, issues);
  const loaded: LoadedManifest[] = [];
  for (const file of files) {
    await yieldToSignals(options.signal);
    const text = await readManifestText(file, issues);
    if (text === undefined) continue;
    const result = parseManifestSource(text, file.display, options);
    // Loops, not push(...spread): spreading 150k items overflows the call stack.
    for (const manifest of result.manifests) loaded.push(manifest);
    for (const issue of result.issues) issues.push(issue);
  }
  const nameIssues = checkUniqueNames(loaded);
  for (const issue of nameIssues) issues.push(issue);
  const rejected = new Set(nameIssues.map((issue) => `${issue.file}\0${issue.document}`));
  const manifests = loaded.filter((m) => !rejected.has(`${m.file}\0${m.document}`));
  // Group by file in input order, then by place in the file.
  const order = new Map(files.map((file, index) => [file.display, index]));
  issues.sort(
    (a, b) =>
      (order.get(a.file) ?? -1) - (order.get(b.file) ?? -1) ||
      a.document - b.document ||
      a.line - b.line ||
      a.column - b.column,
  );
  return { manifests, issues };
}

/** Like loadManifests, but any problem is an InputError carrying all of them. */
export async function loadValidManifests(
  paths: readonly string[],
  options: LoadOptions,
): Promise<LoadedManifest[]> {
  const { manifests, issues } = await loadManifests(paths, options);
  if (issues.length > 0) throw new InputError(issues);
  return manifests;
}

/**
 * Lets a pending SIGINT/SIGTERM be handled between files (parsing one file is synchronous and
 * bounded by the limits of ./limits.ts), and stops reading once it was.
 */
async function yieldToSignals(signal: AbortSignal | undefined): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  if (signal?.aborted) {
    throw new ApplyStoppedError(
      `stopped by ${String(signal.reason)} while reading manifests; nothing was sent`,
    );
  }
}

function displayName(cwd: string, absolute: string, asGiven: string): string {
  const rel = relative(cwd, absolute);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : asGiven;
}

function fileIssue(file: string, message: string, line = 1, column = 1): Issue {
  return { kind: 'issue', file, line, column, path: '', document: 0, message };
}

async function collectManifestFiles(
  paths: readonly string[],
  cwd: string,
  issues: Issue[],
): Promise<ManifestFile[]> {
  const files: ManifestFile[] = [];
  const seen = new Set<string>();
  const add = (file: ManifestFile): void => {
    if (seen.has(file.absolute)) return;
    seen.add(file.absolute);
    files.push(file);
  };
  for (const given of paths) {
    const absolute = resolve(cwd, given);
    const display = displayName(cwd, absolute, given);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(absolute);
    } catch (error) {
      issues.push(fileIssue(display, describeFsError(error, 'no such file or directory')));
      continue;
    }
    if (info.isFile()) {
      add({ absolute, display });
    } else if (info.isDirectory()) {
      const found = await walkDirectory(absolute, issues, display);
      if (found.length === 0)
        issues.push(fileIssue(display, 'the directory holds no manifests (*.yaml or *.yml files)'));
      for (const file of found)
        add({ absolute: file, display: displayName(cwd, file, join(given, relative(absolute, file))) });
    } else {
      issues.push(fileIssue(display, 'not a file or a directory'));
    }
  }
  return files;
}

/** Every *.yaml / *.yml below `dir`, sorted; dot-directories, dot-files and node_modules skipped. */
async function walkDirectory(dir: string, issues: Issue[], display: string): Promise<string[]> {
  const found: string[] = [];
  const pending = [dir];
  for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
    let entries: Dirent[];
    try {
      entries = await readdir(current, { withFileTypes: true });
    } catch (error) {
      issues.push(
        fileIssue(join(display, relative(dir, current)), describeFsError(error, 'cannot read the directory')),
      );
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(current, entry.name);
      // Symbolic links to directories are not followed: they could loop.
      if (entry.isDirectory()) pending.push(path);
      else if (MANIFEST_FILE.test(entry.name) && (entry.isFile() || entry.isSymbolicLink())) found.push(path);
    }
  }
  return found.sort();
}

async function readManifestText(file: ManifestFile, issues: Issue[]): Promise<string | undefined> {
  let bytes: Uint8Array;
  try {
    const handle = await open(file.absolute, 'r');
    try {
      const { size } = await handle.stat();
      if (size > MAX_MANIFEST_BYTES) {
        issues.push(
          fileIssue(
            file.display,
            `the file is too large: ${size} bytes; the limit is 1 MiB (${MAX_MANIFEST_BYTES} bytes)`,
          ),
        );
        return undefined;
      }
      // Read at most one byte past the limit, in case the file grows while it is read.
      const buffer = Buffer.alloc(MAX_MANIFEST_BYTES + 1);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      if (bytesRead > MAX_MANIFEST_BYTES) {
        issues.push(
          fileIssue(file.display, `the file is too large; the limit is 1 MiB (${MAX_MANIFEST_BYTES} bytes)`),
        );
        return undefined;
      }
      bytes = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    issues.push(fileIssue(file.display, describeFsError(error, 'cannot read the file')));
    return undefined;
  }
  const decoded = decodeUtf8(bytes);
  if (decoded.kind === 'invalid') {
    issues.push(
      fileIssue(
        file.display,
        `the file is not valid UTF-8 (bad byte at offset ${decoded.offset}); save it as UTF-8`,
        decoded.line,
        decoded.column,
      ),
    );
    return undefined;
  }
  return decoded.text;
}

function describeFsError(error: unknown, fallback: string): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ENOTDIR') return 'no such file or directory (a part of the path is not a directory)';
  return fallback;
}
