import type { Basic } from '../http-types.generated.js';
import type { HttpAuth, HttpAuthContext } from './http-auth.js';

/** `type: basic`: `Authorization: Basic <base64(username:password)>`. */
export function createBasicAuth(config: Basic, ctx: HttpAuthContext): HttpAuth {
  const encoded = Buffer.from(`${config.username}:${config.password}`).toString('base64');
  // The encoded pair reveals the password as surely as the password itself.
  ctx.redactor.add(encoded);
  return {
    async apply(request) {
      request.headers.authorization = `Basic ${encoded}`;
    },
  };
}
