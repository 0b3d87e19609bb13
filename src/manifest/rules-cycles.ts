import { type Finding, finding } from './finding.js';
import type { ServiceEntry } from './tree.js';

interface Edge {
  to: ServiceEntry;
  /** Index in the source's relatedTo list, or undefined for the link to its parent. */
  relatedTo: number | undefined;
}

interface Hop {
  from: ServiceEntry;
  edge: Edge;
}

/**
 * A service is created after its parent and after every service it is relatedTo, so a loop
 * through relatedTo and parent links can never be placed. One finding per loop, at the
 * relatedTo entry that closes it, naming every service on it.
 */
export function checkRelatedToCycles(services: readonly ServiceEntry[]): Finding[] {
  const byId = new Map<string, ServiceEntry>();
  for (const entry of services) if (entry.service.id !== undefined) byId.set(entry.service.id, entry);
  const edges = new Map<ServiceEntry, Edge[]>();
  for (const entry of services) {
    const out: Edge[] = entry.parent ? [{ to: entry.parent, relatedTo: undefined }] : [];
    entry.service.relatedTo?.forEach((ref, index) => {
      const to = byId.get(ref);
      // Self and parent references are reported (and skipped) by checkRelatedTo.
      if (to !== undefined && to !== entry && to !== entry.parent) out.push({ to, relatedTo: index });
    });
    edges.set(entry, out);
  }

  const state = new Map<ServiceEntry, 'open' | 'done'>();
  const reported = new Set<ServiceEntry>();
  const findings: Finding[] = [];
  for (const root of services) {
    if (state.has(root)) continue;
    // Iterative depth-first search; `trail` holds the open path with the edge taken at each step.
    const trail: { entry: ServiceEntry; next: number; via: Edge | undefined }[] = [
      { entry: root, next: 0, via: undefined },
    ];
    state.set(root, 'open');
    while (trail.length > 0) {
      const top = trail[trail.length - 1];
      if (top === undefined) break;
      const edge = edges.get(top.entry)?.[top.next++];
      if (edge === undefined) {
        state.set(top.entry, 'done');
        trail.pop();
        continue;
      }
      const seen = state.get(edge.to);
      if (seen === undefined) {
        state.set(edge.to, 'open');
        trail.push({ entry: edge.to, next: 0, via: edge });
      } else if (seen === 'open') {
        const start = trail.findIndex((step) => step.entry === edge.to);
        const loop: Hop[] = [];
        for (let k = start; k < trail.length - 1; k++)
          loop.push({ from: trail[k]!.entry, edge: trail[k + 1]!.via! });
        loop.push({ from: top.entry, edge });
        if (loop.every((hop) => reported.has(hop.from))) continue;
        for (const hop of loop) reported.add(hop.from);
        findings.push(describeLoop(loop));
      }
    }
  }
  return findings;
}

function describeLoop(loop: readonly Hop[]): Finding {
  // Start at the first relatedTo link, the one the user can remove; every loop has one since
  // parent links alone form a tree.
  const first = Math.max(
    0,
    loop.findIndex((hop) => hop.edge.relatedTo !== undefined),
  );
  const hops = [...loop.slice(first), ...loop.slice(0, first)];
  const names = [...hops.map((hop) => hop.from.label), hops[0]?.from.label ?? ''];
  const parents = hops
    .filter((hop) => hop.edge.relatedTo === undefined)
    .map((hop) => `${hop.from.label} sits under ${hop.edge.to.label}`);
  const opening = hops[0];
  const path = opening ? [...opening.from.path, 'relatedTo', opening.edge.relatedTo ?? 0] : [];
  const note = parents.length > 0 ? ` (${parents.join('; ')})` : '';
  return finding(path, `relatedTo cycle: ${names.join(' -> ')}${note}`);
}
