import type { Bearer } from '../http-types.generated.js';
import type { HttpAuth } from './http-auth.js';

/** `type: bearer`: a static `Authorization: Bearer <token>`. */
export function createBearerAuth(config: Bearer): HttpAuth {
  return {
    async apply(request) {
      request.headers.authorization = `Bearer ${config.token}`;
    },
  };
}
