import { StateError } from '../errors.js';
import { driverErrorMessage } from './driver-error-message.js';

/** Runs a state operation, turning a driver error into a StateError that says what was being done. */
export async function guard<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof StateError) throw error;
    throw new StateError(`state store: could not ${what}: ${driverErrorMessage(error)}`, { cause: error });
  }
}

/** A value as the state keeps it: JSON text (null for undefined). */
export function toJsonText(value: unknown): string {
  return JSON.stringify(value ?? null);
}

/** A value the state kept as JSON text; undefined for null. */
export function fromJsonText(text: string | null): unknown {
  return text === null ? undefined : JSON.parse(text);
}

/** How many values one `in` condition carries at most, so that every database takes the statement. */
export const IN_CHUNK = 500;

/** `values` in slices of `IN_CHUNK`. */
export function* chunks<T>(values: readonly T[]): Generator<T[]> {
  for (let i = 0; i < values.length; i += IN_CHUNK) yield values.slice(i, i + IN_CHUNK);
}
