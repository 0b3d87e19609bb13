import type { Issue } from '../../src/errors.js';
import { parseManifestSource, type SourceOptions } from '../../src/manifest/document.js';

/** The seed order as YAML text; `edit` tweaks it for a case. */
export const SEED_YAML = `apiVersion: orderform/v1
kind: Order
metadata:
  name: web-vps-01
spec:
  account:
    currency: USD
    language: en-US
  products:
    - id: vps
      offering: core.plan.vps.virtuozzo.u101/offerings/USD-1
      services:
        - id: server
          name: VPS Virtuozzo Test
          serviceSpecification: core.vps.virtuozzo.server.u100
          billingCycle: 1
          services:
            - serviceSpecification: core.vps.virtuozzo.ip
            - serviceSpecification: core.vps.virtuozzo.powerpack
`;

export function edit(from: string, to: string, text = SEED_YAML): string {
  if (!text.includes(from)) throw new Error(`fixture text has no '${from}'`);
  return text.replace(from, to);
}

/** Parses text as the loader would, with no environment unless given. */
export function parse(text: string, options: Partial<SourceOptions> = {}) {
  return parseManifestSource(text, 'm.yaml', { env: {}, ...options });
}

/** `line:col path: message` per issue: compact to compare. */
export function brief(issues: readonly Issue[]): string[] {
  return issues.map((i) => `${i.line}:${i.column} ${i.path}: ${i.message}`);
}
