import { StateError } from '../errors.js';
import { createApiCache } from './_api-cache-store.js';
import { createCrosswalk } from './_crosswalk-store.js';
import { createCursorInspector, cursorKeyOf, DEFAULT_HISTORY_RETENTION, recordCursorChange } from './_cursor-history.js';
import { checkFence, createLocks } from './_lock-store.js';
import { createQuarantine } from './_quarantine-store.js';
import { createRunHistory } from './_run-history.js';
import { fromJsonText, guard, toJsonText } from './_store-guard.js';
import type { StateDriver } from './state-driver.js';
import type { CursorChange, KeyValueStore, SetCursorOptions, StateStore, StreamKey } from './state-store.js';

/** The cursor history options every state store takes. */
export interface StateHistoryOptions {
  /** How many past values each cursor keeps in its history (older ones are dropped). @default 100 */
  historyRetention?: number;
  /** The clock of `updated_at` and history times. @default () => new Date() */
  now?: () => Date;
}

/** The history options given, without undefined members. */
export function historyOptions(options: StateHistoryOptions): StateHistoryOptions {
  return {
    ...(options.historyRetention !== undefined ? { historyRetention: options.historyRetention } : {}),
    ...(options.now ? { now: options.now } : {}),
  };
}

/** The history retention of `options`; throws `StateError` unless it is a whole number of at least 1. */
export function historyRetentionOf(options: StateHistoryOptions): number {
  const retention = options.historyRetention ?? DEFAULT_HISTORY_RETENTION;
  if (!Number.isInteger(retention) || retention < 1) {
    throw new StateError(`state store: the cursor history retention must be a whole number of at least 1, not ${retention}`);
  }
  return retention;
}

/**
 * The state store the engine builds on a driver: cursors with their history (written in the
 * cursor's transaction, checked against the lease with `fence`), run history, the quarantine, the
 * crosswalk, key-value namespaces and leases. `createStateStore(driver)` is the public entry.
 */
export function createDriverStateStore(driver: StateDriver, options: StateHistoryOptions = {}): StateStore {
  const clock = options.now ?? (() => new Date());
  const now = () => clock().toISOString();
  const retention = historyRetentionOf(options);

  /** Writes a cursor and its history entry in one transaction of `target`, after checking the lease when fenced. */
  const writeCursor = (target: StateDriver, key: StreamKey, value: unknown, options: SetCursorOptions = {}) =>
    target.transaction(async (rows) => {
      if (options.fence) await checkFence(rows, options.fence);
      const row = { ...cursorKeyOf(key), value: toJsonText(value), updated_at: now() };
      await rows.put('cursors', [row]);
      await recordCursorChange(rows, key, row.value, options, row.updated_at, retention);
    });

  const { join } = driver;
  return {
    getCursor: (key) =>
      guard('read a cursor', async () => {
        const [row] = await driver.list('cursors', { where: cursorKeyOf(key), limit: 1 });
        return row ? fromJsonText(row.value) : undefined;
      }),
    setCursor: (key, value, options) => guard('save a cursor', () => writeCursor(driver, key, value, options)),
    ...(driver.identity !== undefined ? { identity: driver.identity } : {}),
    ...(join
      ? {
          setCursorWith: (db, key, value, options) => guard('save a cursor', () => writeCursor(join.call(driver, db), key, value, options)),
        }
      : {}),
    deleteCursor: (key, change: CursorChange = {}) =>
      guard('delete a cursor', () =>
        driver.transaction(async (rows) => {
          await rows.delete('cursors', cursorKeyOf(key));
          await recordCursorChange(rows, key, null, { action: 'reset', ...change }, now(), retention);
        }),
      ),
    cursors: createCursorInspector(driver),
    ...createRunHistory(driver),
    kv: (namespace) => createKeyValues(driver, namespace, now),
    quarantine: createQuarantine(driver, now),
    crosswalk: (tenant = '') => createCrosswalk(driver, tenant, now),
    locks: createLocks(driver),
    apiCache: (namespace) => createApiCache(driver, namespace),
    close: () => driver.close(),
  };
}

function createKeyValues(driver: StateDriver, namespace: string, now: () => string): KeyValueStore {
  return {
    get: (key) => guard('read a stored value', async () => (await driver.list('kv', { where: { namespace, key }, limit: 1 }))[0]?.value),
    set: (key, value) => guard('store a value', () => driver.put('kv', [{ namespace, key, value, updated_at: now() }])),
    delete: (key) =>
      guard('delete a stored value', async () => {
        await driver.delete('kv', { namespace, key });
      }),
  };
}
