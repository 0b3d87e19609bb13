import type { FaultMatch, RecordedRequest } from '../../src/emulator/index.js';

/** Every request of the seed order's plan steps (the quote read included), as an emulator fault match. */
export interface Target {
  name: string;
  match: Required<Pick<FaultMatch, 'method' | 'nth'>> & { path: string };
}

export const TARGETS: Target[] = [
  { name: 'create order', match: { method: 'POST', path: '/orders$', nth: 1 } },
  { name: 'set account', match: { method: 'PUT', path: '/account$', nth: 1 } },
  { name: 'add product', match: { method: 'POST', path: '/products$', nth: 1 } },
  { name: 'add server', match: { method: 'POST', path: '/services$', nth: 1 } },
  ...[1, 2, 3, 4, 5, 6].map((k) => ({
    name: `add add-on #${k}`,
    match: { method: 'POST', path: '/services$', nth: k + 1 },
  })),
  { name: 'read quote', match: { method: 'GET', path: '/quote$', nth: 1 } },
  { name: 'validate', match: { method: 'POST', path: '/action$', nth: 1 } },
  { name: 'submit', match: { method: 'POST', path: '/action$', nth: 2 } },
];

/** The nth recorded request matching a target, as the emulator counts them. */
export function nthMatching(
  requests: readonly RecordedRequest[],
  target: Target,
): RecordedRequest | undefined {
  const pattern = new RegExp(target.match.path);
  const matching = requests.filter(
    (r) => r.method === target.match.method && pattern.test(r.path.split('?')[0]!.replace(/\/$/, '')),
  );
  return matching[target.match.nth - 1];
}
