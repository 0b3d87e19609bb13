import { createHash } from 'node:crypto';
import { formatDocumentPath } from '../manifest/paths.js';
import type { DocumentPath, LoadedManifest } from '../manifest/types.js';
import type { PlanStep } from './types.js';

export function fingerprintStep(step: Pick<PlanStep, 'method' | 'url' | 'body'>): string {
  return createHash('sha256')
    .update(JSON.stringify([step.method, step.url, step.body]))
    .digest('hex')
    .slice(0, 16);
}

export interface StepInput extends Omit<PlanStep, 'fingerprint' | 'source' | 'creates'> {
  creates?: PlanStep['creates'];
  path: DocumentPath;
}

export class StepBuilder {
  readonly steps: PlanStep[] = [];
  constructor(private readonly loaded: LoadedManifest) {}

  add({ path, creates, ...input }: StepInput): void {
    const position = this.loaded.positionOf(path);
    this.steps.push({
      ...input,
      ...(creates === undefined ? {} : { creates }),
      source: {
        file: this.loaded.file,
        line: position.line,
        column: position.column,
        path: formatDocumentPath(path),
      },
      fingerprint: fingerprintStep(input),
    });
  }

  ids(): string[] {
    return this.steps.map((step) => step.id);
  }
}
