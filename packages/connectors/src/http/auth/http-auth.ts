import type { ConsolaInstance } from 'consola';
import type { KeyValueStore, Redactor } from '@syncengine/engine';
import type { HttpClient, HttpRequest } from '../_http-client.js';

/** One auth style of the HTTP connector, created once per connection and shared by its streams. */
export interface HttpAuth {
  /** Adds the credentials to a request (a header or a query parameter), fetching a token first when none is fresh. */
  apply(request: HttpRequest, signal: AbortSignal): Promise<void>;
  /**
   * Called once after a request that `apply` prepared was answered 401: obtains fresh credentials
   * (one renewal at a time, however many requests failed) and resolves true when the request
   * should be sent again. Absent for static credentials, which cannot be renewed.
   */
  renew?(request: HttpRequest, signal: AbortSignal): Promise<boolean>;
}

/** What an auth style may use. */
export interface HttpAuthContext {
  /** The connection's base URL; token and login URLs may be relative to it. */
  readonly baseUrl: string;
  /** Sends token and login requests (without auth), through the connection's budget and retries. */
  readonly client: HttpClient;
  /** The connection's durable values, e.g. a rotated refresh token. */
  readonly store: KeyValueStore;
  /** Every token obtained is registered here, so it never appears in a log or an error. */
  readonly redactor: Redactor;
  readonly logger: ConsolaInstance;
  /** The run's signal: token requests are shared by streams, so no one stream's signal may cancel them. */
  readonly signal: AbortSignal;
}
