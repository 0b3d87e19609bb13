import type { EmulatorCore } from './core.js';
import { badRequest, EmulatorRefusal, methodNotAllowed, notFound } from './error-answers.js';
import { parseFaultRule } from './faults.js';
import { emptyReply, failureReply, jsonReply, type Reply } from './http-io.js';
import { snapshotState } from './snapshot.js';

/**
 * The control endpoint under `/__emulator/`, for tests and demos driving an emulator in another
 * process. Real clients never call it; its requests are not recorded, delayed or faulted.
 *
 *   GET    /__emulator/requests[?since=SEQ]  recorded API requests (after seq SEQ)
 *   DELETE /__emulator/requests              forget them
 *   GET    /__emulator/state                 orders as plain data
 *   GET    /__emulator/faults                armed fault rules with their counters
 *   POST   /__emulator/faults                arm a rule (or an array of rules)
 *   DELETE /__emulator/faults                disarm all
 *   POST   /__emulator/reset                 forget orders, requests and faults
 */
export function routeControl(
  core: EmulatorCore,
  method: string,
  path: string,
  search: string,
  text: string | null,
): Reply {
  try {
    const name = path.replace(/^\/|\/$/g, '');
    switch (name) {
      case 'requests': {
        if (method === 'DELETE') {
          core.log.clear();
          return emptyReply(204);
        }
        if (method !== 'GET') throw methodNotAllowed(['GET', 'DELETE']);
        const since = Number(new URLSearchParams(search).get('since') ?? '0');
        return jsonReply(200, core.log.list(Number.isFinite(since) ? since : 0));
      }
      case 'state':
        if (method !== 'GET') throw methodNotAllowed(['GET']);
        return jsonReply(200, snapshotState(core.store, core.links));
      case 'faults':
        return faults(core, method, text);
      case 'reset':
        if (method !== 'POST') throw methodNotAllowed(['POST']);
        resetCore(core);
        return emptyReply(204);
      default:
        throw notFound(`Unknown control endpoint '${path}'`);
    }
  } catch (error) {
    if (error instanceof EmulatorRefusal) return failureReply(error);
    throw error;
  }
}

function faults(core: EmulatorCore, method: string, text: string | null): Reply {
  if (method === 'GET') return jsonReply(200, core.faults.list());
  if (method === 'DELETE') {
    core.faults.clear();
    return emptyReply(204);
  }
  if (method !== 'POST') throw methodNotAllowed(['GET', 'POST', 'DELETE']);
  if (text === null) throw new EmulatorRefusal(413, 'Request entity too large');
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    throw badRequest('POST data error', 'The body must be a fault rule in JSON, or an array of them');
  }
  const inputs = Array.isArray(input) ? input : [input];
  let rules: ReturnType<typeof parseFaultRule>[];
  try {
    // Check all before arming any, so a bad array arms nothing.
    rules = inputs.map((rule) => parseFaultRule(rule));
  } catch (error) {
    throw badRequest('Invalid fault rule', error instanceof Error ? error.message : String(error));
  }
  return jsonReply(201, { faults: rules.map((rule) => core.faults.arm(rule)) });
}

export function resetCore(core: EmulatorCore): void {
  core.store.clear();
  core.log.clear();
  core.faults.clear();
}
