import { CookieJar } from 'tough-cookie';
import { connect } from '../api/connect.js';
import { nonEmpty } from '../api/endpoint.js';
import { checkLocation, describeLocationProblem } from '../api/location.js';
import type { Credentials } from '../api/types.js';
import { ApiError, ConflictError, UsageError } from '../errors.js';
import type { StateBackend } from '../state/backend.js';
import { newJournal } from '../state/journal-format.js';

export interface ImportResult {
  kind: 'state-import';
  name: string;
  orderUrl: string;
  status: string;
}

/**
 * Adopts an order placed elsewhere: its URL must be an order of the endpoint, the API must show
 * it submitted (an open order's steps cannot be known), and no record may exist for the name. The
 * record has no manifest hash: the first apply of a manifest with this name finds it placed.
 * ORDERFORM_IMPORT_OWNER_ID (the order's OwnerId cookie) and/or partner credentials authorize the read.
 */
export async function importOrder(
  state: StateBackend,
  input: {
    name: string;
    orderUrl: string;
    endpoint: string;
    env: NodeJS.ProcessEnv;
    credentials: Credentials | undefined;
  },
): Promise<ImportResult> {
  const collection = `${input.endpoint.replace(/\/+$/, '')}/orders`;
  const check = checkLocation({
    location: input.orderUrl,
    requestUrl: collection,
    endpoint: input.endpoint,
    collectionUrl: collection,
  });
  if (check.kind !== 'ok') throw new UsageError(`state import: ${describeLocationProblem(check)}`);
  const lock = await state.lock(input.endpoint, input.name, { waitMs: 0 });
  try {
    if ((await state.read(input.endpoint, input.name)) !== undefined) {
      throw new ConflictError(`state import: order ${input.name} is already recorded in ${state.location}`, {
        hint: 'Use another name, or forget the record first with `orderform state rm`.',
      });
    }
    const { getOrder } = await import('../api/operations.js');
    // The order's OwnerId, when the one who placed it handed it over: the API reads an order for its owner.
    const ownerId = nonEmpty(input.env.ORDERFORM_IMPORT_OWNER_ID);
    const cookies = ownerId === undefined ? undefined : ownerJar(ownerId, check.url);
    const client = await connect({ cookies, credentials: input.credentials });
    const { status } = await getOrder(client, check.url);
    if (status === undefined || status.toLowerCase() === 'new') {
      throw new ApiError({
        message: `state import: order ${check.url} is ${status ?? 'of unknown status'}, not submitted: only placed orders can be imported`,
        method: 'GET',
        url: check.url,
      });
    }
    const now = new Date();
    const journal = newJournal(input.name, input.endpoint, '', now);
    journal.orderUrl = check.url;
    journal.placed = { at: now.toISOString(), orderUrl: check.url };
    journal.revision = 1;
    if (cookies !== undefined) journal.cookies = cookies;
    await state.write(journal);
    return { kind: 'state-import', name: input.name, orderUrl: check.url, status };
  } finally {
    await lock.release();
  }
}

function ownerJar(ownerId: string, orderUrl: string): unknown {
  if (!/^[A-Za-z0-9-]{1,128}$/.test(ownerId))
    throw new UsageError('state import: ORDERFORM_IMPORT_OWNER_ID is not an OwnerId');
  const jar = new CookieJar();
  jar.setCookieSync(`OwnerId=${ownerId}; Path=/`, orderUrl);
  return jar.serializeSync();
}
