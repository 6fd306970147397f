import type { Kysely } from 'kysely';
import { StateError } from '../errors.js';
import { databaseIdentity, type ServerLocation } from './database-url.js';
import { driverErrorMessage } from './driver-error-message.js';
import type { StateDatabase } from './sql-state-driver.js';
import type { StateStore } from './state-store.js';

/** Opens the store; on failure releases the pool and names the database (without credentials). */
export async function openOrDestroy(
  db: Kysely<StateDatabase>,
  location: ServerLocation,
  open: () => Promise<StateStore>,
): Promise<StateStore> {
  try {
    return await open();
  } catch (error) {
    await db.destroy().catch(() => {});
    const where = databaseIdentity(location);
    throw new StateError(`cannot open the state store at ${where}: ${driverErrorMessage(error)}`, { cause: error });
  }
}
