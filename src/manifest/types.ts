import type { Issue } from '../errors.js';
import type { OrderManifest } from './order.generated.js';

export type { Account, OrderManifest, Product, Service, TopService } from './order.generated.js';

/** A path inside a YAML document: keys and array indexes, e.g. ['spec', 'products', 0, 'offering']. */
export type DocumentPath = readonly (string | number)[];

/** One schema-valid Order document, after variable substitution. */
export interface LoadedManifest {
  kind: 'manifest';
  /** The file as the user named it (relative to the working directory when it lies below it). */
  file: string;
  /** Index of the document in a multi-document file (0-based). */
  document: number;
  manifest: OrderManifest;
  /** sha256 (hex) of the canonical JSON of `manifest`: same resolved content, same hash. */
  hash: string;
  /** Line and column (1-based) of the node at `path`, or of its nearest ancestor that exists. */
  positionOf(path: DocumentPath): { line: number; column: number };
}

export interface LoadResult {
  /** The documents without any problem (a document with an issue is left out). */
  manifests: LoadedManifest[];
  /** Every problem found, across all files; empty when all inputs are valid. */
  issues: Issue[];
}

export interface LoadOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** The endpoint URL when known; enables the foreign-origin check on absolute URLs. */
  endpoint?: string | undefined;
  /** Let absolute offering/serviceSpecification URLs point at another origin than the endpoint. */
  allowForeignUrls?: boolean | undefined;
  /** Aborted on SIGINT/SIGTERM: reading stops between files. */
  signal?: AbortSignal | undefined;
}
