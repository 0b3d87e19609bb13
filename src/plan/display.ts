import type { JsonValue } from '../shared/json-value.js';
import type { PlanStep } from './types.js';

/**
 * Names people see for steps: the manifest's own handles (`server`, `vps`) and, for entries
 * without one, the product's name and a short name of the specification (`vps/plesk`), never a
 * positional id like `service:vps/0/3`. Step ids and journal keys stay as they are; this only
 * derives what output shows. Pure and deterministic for a given plan, so saved plans and journal
 * entries (which keep the same ids and bodies) get the same names.
 */
export function stepDisplayNames(steps: readonly Pick<PlanStep, 'id' | 'body'>[]): Map<string, string> {
  const names = new Map<string, string>();
  const used = new Set<string>();
  const claim = (id: string, wanted: string): string => {
    let name = wanted;
    for (let n = 2; used.has(name); n += 1) name = `${wanted}-${n}`;
    used.add(name);
    names.set(id, name);
    return name;
  };
  // Named entries first, so a handle the user chose is never the one that gets a suffix.
  const positional = (id: string): boolean => /^(product:\d+|service:.*\/.*)$/.test(id);
  for (const step of steps)
    if (!positional(step.id)) claim(step.id, step.id.replace(/^(product|service):/, ''));
  for (const step of steps) {
    if (!step.id.startsWith('product:') || !positional(step.id)) continue;
    claim(step.id, shortName(field(step.body, 'offering'), /\/productSpecifications\/([^/]+)/) ?? 'product');
  }
  for (const step of steps) {
    if (!step.id.startsWith('service:') || !positional(step.id)) continue;
    const handle = step.id.slice('service:'.length).split('/')[0] ?? '';
    const product = names.get(`product:${handle}`) ?? handle;
    const spec = shortName(field(step.body, 'serviceSpecification'), /\/serviceSpecifications\/([^/]+)/);
    claim(step.id, `${product}/${spec ?? 'service'}`);
  }
  return names;
}

/** The display name of one step of `steps`, or its id when it is not among them. */
export function displayNameOf(names: ReadonlyMap<string, string>, id: string): string {
  return names.get(id) ?? id;
}

function field(body: JsonValue, key: string): string | undefined {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const value = body[key];
  return typeof value === 'string' ? value : undefined;
}

/**
 * `core.vps.virtuozzo.controlpanel.plesk9-10domain` -> `plesk`, `...additional_memory.256mb` ->
 * `memory`, `...server.u100` -> `server`: the last word-like part of the specification id.
 */
export function shortName(url: string | undefined, idPattern: RegExp): string | undefined {
  if (url === undefined) return undefined;
  const id = url.match(idPattern)?.[1] ?? url.replace(/\/+$/, '').split('/').at(-1) ?? '';
  const segments = id.split('.').reverse();
  for (const segment of segments) {
    const word = segment.match(/^[a-z_]+/i)?.[0]?.replace(/^additional_/, '') ?? '';
    if (word.length >= 2) return word.toLowerCase();
  }
  return undefined;
}
