import type { JsonSchema } from '@syncengine/engine';

const STRING_MAP: JsonSchema = {
  type: 'object',
  additionalProperties: { type: ['string', 'number', 'boolean'] },
};

/** How an obtained token is sent; shared by every style that fetches a token. */
const TOKEN_USE = {
  header: {
    description: 'Header that carries the obtained token, e.g. `x-amz-access-token`.',
    type: 'string',
    minLength: 1,
    default: 'Authorization',
  },
  prefix: { description: 'Text before the token in that header; `""` sends the bare token.', type: 'string', default: 'Bearer ' },
  refresh_margin_s: {
    description: 'Fetch a new token this many seconds before the current one expires (at most half its lifetime).',
    type: 'number',
    minimum: 0,
    default: 60,
  },
  token_lifetime_s: {
    description:
      'Lifetime in seconds of a token whose response has no `expires_in`. Without it such a token is kept until the API answers 401.',
    type: 'number',
    exclusiveMinimum: 0,
  },
} satisfies Record<string, JsonSchema>;

/** The token request of the OAuth2 grants. */
const OAUTH2_REQUEST = {
  token_url: { description: 'Token endpoint: an absolute URL, or a path relative to `base_url`.', type: 'string', minLength: 1 },
  client_id: { description: 'OAuth2 client id.', type: 'string', minLength: 1 },
  client_secret: { description: 'OAuth2 client secret.', type: 'string', minLength: 1, 'x-secret': true },
  scope: { description: 'Space-separated scopes to request.', type: 'string' },
  client_auth: {
    description:
      'Where the client credentials go: `body` (as `client_id`/`client_secret` fields) or `basic` (an `Authorization: Basic` header).',
    type: 'string',
    enum: ['body', 'basic'],
    default: 'body',
  },
  body_format: {
    description:
      'Encoding of the token request: `form` (`application/x-www-form-urlencoded`, the OAuth2 standard) or `json` (e.g. SparkLayer).',
    type: 'string',
    enum: ['form', 'json'],
    default: 'form',
  },
  token_params: { ...STRING_MAP, description: 'Extra fields of the token request, e.g. `audience`.' },
  token_headers: { ...STRING_MAP, description: "Extra headers of the token request, e.g. SparkLayer's `Site-Id`." },
} satisfies Record<string, JsonSchema>;

/** Auth styles of the HTTP connector, one branch per `type`. */
export const HTTP_AUTH_SCHEMA: JsonSchema = {
  description: 'How requests authenticate. Omit for public APIs. `type` picks the style.',
  type: 'object',
  required: ['type'],
  discriminator: { propertyName: 'type' },
  oneOf: [
    {
      title: 'bearer',
      description: 'Sends `Authorization: Bearer <token>`.',
      type: 'object',
      additionalProperties: false,
      required: ['type', 'token'],
      properties: {
        type: { const: 'bearer' },
        token: { description: 'The bearer token.', type: 'string', minLength: 1, 'x-secret': true },
      },
    },
    {
      title: 'api_key',
      description: 'Sends a static key in a header (default `X-API-Key`) or a query parameter.',
      type: 'object',
      additionalProperties: false,
      required: ['type', 'key'],
      properties: {
        type: { const: 'api_key' },
        key: { description: 'The key value.', type: 'string', minLength: 1, 'x-secret': true },
        header: { description: 'Header that carries the key, e.g. `User-Key`.', type: 'string', default: 'X-API-Key' },
        query_param: { description: 'Query parameter that carries the key, instead of a header.', type: 'string' },
      },
    },
    {
      title: 'basic',
      description: 'Sends `Authorization: Basic <base64(username:password)>`.',
      type: 'object',
      additionalProperties: false,
      required: ['type', 'username', 'password'],
      properties: {
        type: { const: 'basic' },
        username: { description: 'User name.', type: 'string', minLength: 1 },
        password: { description: 'Password.', type: 'string', 'x-secret': true },
      },
    },
    {
      title: 'oauth2_client_credentials',
      description:
        'OAuth2 `client_credentials` grant: fetches an access token from `token_url`, caches it, and fetches a new one before it expires or after a 401.',
      type: 'object',
      additionalProperties: false,
      required: ['type', 'token_url', 'client_id', 'client_secret'],
      properties: { type: { const: 'oauth2_client_credentials' }, ...OAUTH2_REQUEST, ...TOKEN_USE },
    },
    {
      title: 'oauth2_refresh_token',
      description:
        'OAuth2 `refresh_token` grant (e.g. Amazon LWA): trades a long-lived refresh token for access tokens. A refresh token the server rotates is kept in the state store and used from then on.',
      type: 'object',
      additionalProperties: false,
      required: ['type', 'token_url', 'client_id', 'client_secret', 'refresh_token'],
      properties: {
        type: { const: 'oauth2_refresh_token' },
        refresh_token: { description: 'The refresh token, as first issued.', type: 'string', minLength: 1, 'x-secret': true },
        ...OAUTH2_REQUEST,
        ...TOKEN_USE,
      },
    },
    {
      title: 'session',
      description: 'Logs in with a username and password (e.g. Bitcram) and sends the token found in the login response.',
      type: 'object',
      additionalProperties: false,
      required: ['type', 'login_url', 'username', 'password'],
      properties: {
        type: { const: 'session' },
        login_url: { description: 'Login endpoint: an absolute URL, or a path relative to `base_url`.', type: 'string', minLength: 1 },
        username: { description: 'User name.', type: 'string', minLength: 1 },
        password: { description: 'Password.', type: 'string', 'x-secret': true },
        username_field: {
          description: 'Name of the user name field in the login body.',
          type: 'string',
          minLength: 1,
          default: 'username',
        },
        password_field: { description: 'Name of the password field in the login body.', type: 'string', minLength: 1, default: 'password' },
        body_format: { description: 'Encoding of the login body.', type: 'string', enum: ['json', 'form'], default: 'json' },
        token_path: { description: 'Dot path of the token in the login response.', type: 'string', minLength: 1, default: 'token' },
        expires_in_path: {
          description: "Dot path of the token's lifetime in seconds in the login response, if it has one.",
          type: 'string',
          minLength: 1,
        },
        token_headers: { ...STRING_MAP, description: 'Extra headers of the login request.' },
        ...TOKEN_USE,
      },
    },
  ],
};
