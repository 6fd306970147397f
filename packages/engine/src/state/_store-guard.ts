import { StateError } from '../errors.js';

/** Runs a state query, turning a driver error into a StateError that says what was being done. */
export async function guard<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw new StateError(`state store: could not ${what}: ${(error as Error).message}`, { cause: error });
  }
}
