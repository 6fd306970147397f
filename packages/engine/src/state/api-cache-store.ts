/** One response as the API cache keeps it. */
export interface CachedResponse {
  /** The HTTP status (a 2xx). */
  readonly status: number;
  /** The headers worth keeping (e.g. `content-type`, `link`), lower case. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body as text. */
  readonly body: string;
  /** When it was stored and until when it is fresh, epoch milliseconds. */
  readonly storedAt: number;
  readonly expiresAt: number;
}

/** What `ApiCacheStore.put` stores. */
export interface CacheEntry extends CachedResponse {
  /** `GET`, `POST`. */
  readonly method: string;
  /** The URL, secrets masked: for people reading the table, never used to answer. */
  readonly url: string;
  /** Ids of the records the response holds, so `invalidate` can drop it when one of them changes. */
  readonly recordIds: readonly string[];
}

/**
 * The responses one connection cached (the state store's `syncengine_api_cache` tables), by key: a
 * hash of method, URL (its query parameters included) and body. Entries expire; `invalidate` drops
 * the ones that hold a changed record. Every method is atomic.
 */
export interface ApiCacheStore {
  /** The response stored under `key`, unless there is none or it expired at `now`. */
  get(key: string, now: number): Promise<CachedResponse | undefined>;
  /** Stores a response under `key`, replacing any earlier one. */
  put(key: string, entry: CacheEntry): Promise<void>;
  /** Drops every response that holds one of these records; resolves with how many were dropped. */
  invalidate(recordIds: readonly string[]): Promise<number>;
  /** Drops the responses that expired at `now`; resolves with how many were dropped. */
  purge(now: number): Promise<number>;
}
