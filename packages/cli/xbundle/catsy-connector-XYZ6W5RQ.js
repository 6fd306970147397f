import {
  defineHttpPreset
} from "./chunk-JFTVXPZF.js";
import {
  SyncError
} from "./chunk-RLQ4YVQZ.js";
import "./chunk-XVXQH47A.js";
import {
  CONFIG_FORMATS,
  ucs2length
} from "./chunk-Q4FN6NNM.js";
import "./chunk-P2BNM7YI.js";
import "./chunk-PIRHQTI4.js";

// packages/connectors/dist/presets/catsy-validators.generated.js
var validate_0 = validate10;
var schema11 = { "type": "object", "additionalProperties": false, "required": ["token"], "properties": { "type": { "type": "string" }, "token": { "description": 'The API key of a Catsy "Web API" user, sent as `Authorization: Bearer`.', "type": "string", "minLength": 1, "x-secret": true }, "base_url": { "description": "Base URL; stream paths are appended to it, e.g. `https://api.example.com/v1`.", "type": "string", "minLength": 1, "format": "http-url", "x-default": "https://api.catsy.com" }, "auth": { "description": "How requests authenticate. Omit for public APIs. `type` picks the style.", "type": "object", "required": ["type"], "discriminator": { "propertyName": "type" }, "oneOf": [{ "title": "bearer", "description": "Sends `Authorization: Bearer <token>`.", "type": "object", "additionalProperties": false, "required": ["type", "token"], "properties": { "type": { "const": "bearer" }, "token": { "description": "The bearer token.", "type": "string", "minLength": 1, "x-secret": true } } }, { "title": "api_key", "description": "Sends a static key in a header (default `X-API-Key`) or a query parameter.", "type": "object", "additionalProperties": false, "required": ["type", "key"], "properties": { "type": { "const": "api_key" }, "key": { "description": "The key value.", "type": "string", "minLength": 1, "x-secret": true }, "header": { "description": "Header that carries the key, e.g. `User-Key`.", "type": "string", "default": "X-API-Key" }, "query_param": { "description": "Query parameter that carries the key, instead of a header.", "type": "string" } } }, { "title": "basic", "description": "Sends `Authorization: Basic <base64(username:password)>`.", "type": "object", "additionalProperties": false, "required": ["type", "username", "password"], "properties": { "type": { "const": "basic" }, "username": { "description": "User name.", "type": "string", "minLength": 1 }, "password": { "description": "Password.", "type": "string", "x-secret": true } } }, { "title": "oauth2_client_credentials", "description": "OAuth2 `client_credentials` grant: fetches an access token from `token_url`, caches it, and fetches a new one before it expires or after a 401.", "type": "object", "additionalProperties": false, "required": ["type", "token_url", "client_id", "client_secret"], "properties": { "type": { "const": "oauth2_client_credentials" }, "token_url": { "description": "Token endpoint: an absolute URL, or a path relative to `base_url`.", "type": "string", "minLength": 1 }, "client_id": { "description": "OAuth2 client id.", "type": "string", "minLength": 1 }, "client_secret": { "description": "OAuth2 client secret.", "type": "string", "minLength": 1, "x-secret": true }, "scope": { "description": "Space-separated scopes to request.", "type": "string" }, "client_auth": { "description": "Where the client credentials go: `body` (as `client_id`/`client_secret` fields) or `basic` (an `Authorization: Basic` header).", "type": "string", "enum": ["body", "basic"], "default": "body" }, "body_format": { "description": "Encoding of the token request: `form` (`application/x-www-form-urlencoded`, the OAuth2 standard) or `json` (e.g. SparkLayer).", "type": "string", "enum": ["form", "json"], "default": "form" }, "token_params": { "type": "object", "additionalProperties": { "type": ["string", "number", "boolean"] }, "description": "Extra fields of the token request, e.g. `audience`." }, "token_headers": { "type": "object", "additionalProperties": { "type": ["string", "number", "boolean"] }, "description": "Extra headers of the token request, e.g. SparkLayer's `Site-Id`." }, "header": { "description": "Header that carries the obtained token, e.g. `x-amz-access-token`.", "type": "string", "minLength": 1, "default": "Authorization" }, "prefix": { "description": 'Text before the token in that header; `""` sends the bare token.', "type": "string", "default": "Bearer " }, "refresh_margin_s": { "description": "Fetch a new token this many seconds before the current one expires (at most half its lifetime).", "type": "number", "minimum": 0, "default": 60 }, "token_lifetime_s": { "description": "Lifetime in seconds of a token whose response has no `expires_in`. Without it such a token is kept until the API answers 401.", "type": "number", "exclusiveMinimum": 0 } } }, { "title": "oauth2_refresh_token", "description": "OAuth2 `refresh_token` grant (e.g. Amazon LWA): trades a long-lived refresh token for access tokens. A refresh token the server rotates is kept in the state store and used from then on.", "type": "object", "additionalProperties": false, "required": ["type", "token_url", "client_id", "client_secret", "refresh_token"], "properties": { "type": { "const": "oauth2_refresh_token" }, "refresh_token": { "description": "The refresh token, as first issued.", "type": "string", "minLength": 1, "x-secret": true }, "token_url": { "description": "Token endpoint: an absolute URL, or a path relative to `base_url`.", "type": "string", "minLength": 1 }, "client_id": { "description": "OAuth2 client id.", "type": "string", "minLength": 1 }, "client_secret": { "description": "OAuth2 client secret.", "type": "string", "minLength": 1, "x-secret": true }, "scope": { "description": "Space-separated scopes to request.", "type": "string" }, "client_auth": { "description": "Where the client credentials go: `body` (as `client_id`/`client_secret` fields) or `basic` (an `Authorization: Basic` header).", "type": "string", "enum": ["body", "basic"], "default": "body" }, "body_format": { "description": "Encoding of the token request: `form` (`application/x-www-form-urlencoded`, the OAuth2 standard) or `json` (e.g. SparkLayer).", "type": "string", "enum": ["form", "json"], "default": "form" }, "token_params": { "type": "object", "additionalProperties": { "type": ["string", "number", "boolean"] }, "description": "Extra fields of the token request, e.g. `audience`." }, "token_headers": { "type": "object", "additionalProperties": { "type": ["string", "number", "boolean"] }, "description": "Extra headers of the token request, e.g. SparkLayer's `Site-Id`." }, "header": { "description": "Header that carries the obtained token, e.g. `x-amz-access-token`.", "type": "string", "minLength": 1, "default": "Authorization" }, "prefix": { "description": 'Text before the token in that header; `""` sends the bare token.', "type": "string", "default": "Bearer " }, "refresh_margin_s": { "description": "Fetch a new token this many seconds before the current one expires (at most half its lifetime).", "type": "number", "minimum": 0, "default": 60 }, "token_lifetime_s": { "description": "Lifetime in seconds of a token whose response has no `expires_in`. Without it such a token is kept until the API answers 401.", "type": "number", "exclusiveMinimum": 0 } } }, { "title": "session", "description": "Logs in with a username and password (e.g. Bitcram) and sends the token found in the login response.", "type": "object", "additionalProperties": false, "required": ["type", "login_url", "username", "password"], "properties": { "type": { "const": "session" }, "login_url": { "description": "Login endpoint: an absolute URL, or a path relative to `base_url`.", "type": "string", "minLength": 1 }, "username": { "description": "User name.", "type": "string", "minLength": 1 }, "password": { "description": "Password.", "type": "string", "x-secret": true }, "username_field": { "description": "Name of the user name field in the login body.", "type": "string", "minLength": 1, "default": "username" }, "password_field": { "description": "Name of the password field in the login body.", "type": "string", "minLength": 1, "default": "password" }, "body_format": { "description": "Encoding of the login body.", "type": "string", "enum": ["json", "form"], "default": "json" }, "token_path": { "description": "Dot path of the token in the login response.", "type": "string", "minLength": 1, "default": "token" }, "expires_in_path": { "description": "Dot path of the token's lifetime in seconds in the login response, if it has one.", "type": "string", "minLength": 1 }, "token_headers": { "type": "object", "additionalProperties": { "type": ["string", "number", "boolean"] }, "description": "Extra headers of the login request." }, "header": { "description": "Header that carries the obtained token, e.g. `x-amz-access-token`.", "type": "string", "minLength": 1, "default": "Authorization" }, "prefix": { "description": 'Text before the token in that header; `""` sends the bare token.', "type": "string", "default": "Bearer " }, "refresh_margin_s": { "description": "Fetch a new token this many seconds before the current one expires (at most half its lifetime).", "type": "number", "minimum": 0, "default": 60 }, "token_lifetime_s": { "description": "Lifetime in seconds of a token whose response has no `expires_in`. Without it such a token is kept until the API answers 401.", "type": "number", "exclusiveMinimum": 0 } } }] }, "headers": { "type": "object", "additionalProperties": { "type": ["string", "number", "boolean"] }, "description": "Headers sent with every request of this connection, e.g. ServiceTitan's `ST-App-Key`." }, "timeout_ms": { "description": "Per-attempt timeout in milliseconds, from sending the request to the end of the response body.", "type": "integer", "minimum": 1, "x-default": 6e4 }, "retries": { "description": "Retries of a request after a network error, a timeout, 408, 425, 429 or 5xx.", "type": "integer", "minimum": 0, "maximum": 10, "x-default": 5 }, "retry_delay_ms": { "description": "Delay before the first retry, in milliseconds; it doubles with each retry, with jitter.", "type": "integer", "minimum": 0, "x-default": 1e3 }, "retry_max_delay_ms": { "description": "Longest wait before a retry. A `Retry-After` asking for longer fails the request instead.", "type": "integer", "minimum": 0, "x-default": 6e4 }, "rate_limit": { "description": "Request budget of the connection, shared by every stream that uses it. Limits combine: a request waits until all of them allow it.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "interval_ms": { "description": "At least this long between the starts of two requests, e.g. `500`.", "type": "integer", "minimum": 1 }, "requests_per_second": { "description": "Token bucket: at most this many requests per second on average (fractions allowed).", "type": "number", "exclusiveMinimum": 0 }, "requests_per_minute": { "description": "Token bucket: at most this many requests per minute on average.", "type": "number", "exclusiveMinimum": 0 }, "burst": { "description": "Requests the token buckets allow back to back before the average rate applies.", "type": "integer", "minimum": 1, "default": 1 }, "max_concurrent": { "description": "At most this many requests in flight at once.", "type": "integer", "minimum": 1 } }, "x-default": { "interval_ms": 500 } }, "circuit_breaker": { "description": "Stops calling an API that keeps failing: after `failures` consecutive failed attempts (network error, timeout, 5xx) every request of the connection fails at once for `cooldown_ms`; then one trial request decides whether it closes again.", "type": "object", "additionalProperties": false, "properties": { "failures": { "description": "Consecutive failed attempts that open the circuit.", "type": "integer", "minimum": 1, "default": 5 }, "cooldown_ms": { "description": "How long an open circuit fails requests before letting a trial through.", "type": "integer", "minimum": 1, "default": 3e4 } } } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = ucs2length;
var formats0 = CONFIG_FORMATS["http-url"];
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.token === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "token" }, message: "must have required property 'token'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if (typeof data0 !== "string") {
        let dataType0 = typeof data0;
        let coerced0 = void 0;
        if (!(coerced0 !== void 0)) {
          if (dataType0 == "number" || dataType0 == "boolean") {
            coerced0 = "" + data0;
          } else if (data0 === null) {
            coerced0 = "";
          } else {
            const err2 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.type.type, parentSchema: schema11.properties.type, data: data0 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (coerced0 !== void 0) {
          data0 = coerced0;
          if (data !== void 0) {
            data["type"] = coerced0;
          }
        }
      }
    }
    if (data.token !== void 0) {
      let data1 = data.token;
      if (typeof data1 !== "string") {
        let dataType1 = typeof data1;
        let coerced1 = void 0;
        if (!(coerced1 !== void 0)) {
          if (dataType1 == "number" || dataType1 == "boolean") {
            coerced1 = "" + data1;
          } else if (data1 === null) {
            coerced1 = "";
          } else {
            const err3 = { instancePath: instancePath + "/token", schemaPath: "#/properties/token/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.token.type, parentSchema: schema11.properties.token, data: data1 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (coerced1 !== void 0) {
          data1 = coerced1;
          if (data !== void 0) {
            data["token"] = coerced1;
          }
        }
      }
      this.secrets.push(instancePath + "/token");
      if (typeof data1 === "string") {
        if (func3(data1) < 1) {
          const err4 = { instancePath: instancePath + "/token", schemaPath: "#/properties/token/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.token, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.base_url !== void 0) {
      let data2 = data.base_url;
      if (typeof data2 !== "string") {
        let dataType2 = typeof data2;
        let coerced2 = void 0;
        if (!(coerced2 !== void 0)) {
          if (dataType2 == "number" || dataType2 == "boolean") {
            coerced2 = "" + data2;
          } else if (data2 === null) {
            coerced2 = "";
          } else {
            const err5 = { instancePath: instancePath + "/base_url", schemaPath: "#/properties/base_url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.base_url.type, parentSchema: schema11.properties.base_url, data: data2 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (coerced2 !== void 0) {
          data2 = coerced2;
          if (data !== void 0) {
            data["base_url"] = coerced2;
          }
        }
      }
      if (typeof data2 === "string") {
        if (func3(data2) < 1) {
          const err6 = { instancePath: instancePath + "/base_url", schemaPath: "#/properties/base_url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.base_url, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!formats0.validate(data2)) {
          const err7 = { instancePath: instancePath + "/base_url", schemaPath: "#/properties/base_url/format", keyword: "format", params: { format: "http-url" }, message: 'must match format "http-url"', schema: "http-url", parentSchema: schema11.properties.base_url, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    if (data.auth !== void 0) {
      let data3 = data.auth;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.type === void 0) {
          const err8 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema11.properties.auth.required, parentSchema: schema11.properties.auth, data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        const tag0 = data3.type;
        if (typeof tag0 == "string") {
          if (tag0 === "bearer") {
            if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
              if (data3.type === void 0) {
                const err9 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/oneOf/0/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema11.properties.auth.oneOf[0].required, parentSchema: schema11.properties.auth.oneOf[0], data: data3 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
              if (data3.token === void 0) {
                const err10 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/oneOf/0/required", keyword: "required", params: { missingProperty: "token" }, message: "must have required property 'token'", schema: schema11.properties.auth.oneOf[0].required, parentSchema: schema11.properties.auth.oneOf[0], data: data3 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
              for (const key1 in data3) {
                if (!(key1 === "type" || key1 === "token")) {
                  const err11 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.auth.oneOf[0], data: data3 };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              }
              if (data3.type !== void 0) {
                let data4 = data3.type;
                if ("bearer" !== data4) {
                  const err12 = { instancePath: instancePath + "/auth/type", schemaPath: "#/properties/auth/oneOf/0/properties/type/const", keyword: "const", params: { allowedValue: "bearer" }, message: "must be equal to constant", schema: "bearer", parentSchema: schema11.properties.auth.oneOf[0].properties.type, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              }
              if (data3.token !== void 0) {
                let data5 = data3.token;
                if (typeof data5 !== "string") {
                  let dataType3 = typeof data5;
                  let coerced3 = void 0;
                  if (!(coerced3 !== void 0)) {
                    if (dataType3 == "number" || dataType3 == "boolean") {
                      coerced3 = "" + data5;
                    } else if (data5 === null) {
                      coerced3 = "";
                    } else {
                      const err13 = { instancePath: instancePath + "/auth/token", schemaPath: "#/properties/auth/oneOf/0/properties/token/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.auth.oneOf[0].properties.token.type, parentSchema: schema11.properties.auth.oneOf[0].properties.token, data: data5 };
                      if (vErrors === null) {
                        vErrors = [err13];
                      } else {
                        vErrors.push(err13);
                      }
                      errors++;
                    }
                  }
                  if (coerced3 !== void 0) {
                    data5 = coerced3;
                    if (data3 !== void 0) {
                      data3["token"] = coerced3;
                    }
                  }
                }
                this.secrets.push(instancePath + "/auth/token");
                if (typeof data5 === "string") {
                  if (func3(data5) < 1) {
                    const err14 = { instancePath: instancePath + "/auth/token", schemaPath: "#/properties/auth/oneOf/0/properties/token/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.auth.oneOf[0].properties.token, data: data5 };
                    if (vErrors === null) {
                      vErrors = [err14];
                    } else {
                      vErrors.push(err14);
                    }
                    errors++;
                  }
                }
              }
            } else {
              const err15 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.auth.oneOf[0].type, parentSchema: schema11.properties.auth.oneOf[0], data: data3 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else if (tag0 === "api_key") {
            if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
              if (data3.header === void 0) {
                data3.header = "X-API-Key";
              }
              if (data3.type === void 0) {
                const err16 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/oneOf/1/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema11.properties.auth.oneOf[1].required, parentSchema: schema11.properties.auth.oneOf[1], data: data3 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
              if (data3.key === void 0) {
                const err17 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/oneOf/1/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema11.properties.auth.oneOf[1].required, parentSchema: schema11.properties.auth.oneOf[1], data: data3 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
              for (const key2 in data3) {
                if (!(key2 === "type" || key2 === "key" || key2 === "header" || key2 === "query_param")) {
                  const err18 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.auth.oneOf[1], data: data3 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              }
              if (data3.type !== void 0) {
                let data6 = data3.type;
                if ("api_key" !== data6) {
                  const err19 = { instancePath: instancePath + "/auth/type", schemaPath: "#/properties/auth/oneOf/1/properties/type/const", keyword: "const", params: { allowedValue: "api_key" }, message: "must be equal to constant", schema: "api_key", parentSchema: schema11.properties.auth.oneOf[1].properties.type, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              }
              if (data3.key !== void 0) {
                let data7 = data3.key;
                if (typeof data7 !== "string") {
                  let dataType4 = typeof data7;
                  let coerced4 = void 0;
                  if (!(coerced4 !== void 0)) {
                    if (dataType4 == "number" || dataType4 == "boolean") {
                      coerced4 = "" + data7;
                    } else if (data7 === null) {
                      coerced4 = "";
                    } else {
                      const err20 = { instancePath: instancePath + "/auth/key", schemaPath: "#/properties/auth/oneOf/1/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.auth.oneOf[1].properties.key.type, parentSchema: schema11.properties.auth.oneOf[1].properties.key, data: data7 };
                      if (vErrors === null) {
                        vErrors = [err20];
                      } else {
                        vErrors.push(err20);
                      }
                      errors++;
                    }
                  }
                  if (coerced4 !== void 0) {
                    data7 = coerced4;
                    if (data3 !== void 0) {
                      data3["key"] = coerced4;
                    }
                  }
                }
                this.secrets.push(instancePath + "/auth/key");
                if (typeof data7 === "string") {
                  if (func3(data7) < 1) {
                    const err21 = { instancePath: instancePath + "/auth/key", schemaPath: "#/properties/auth/oneOf/1/properties/key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.auth.oneOf[1].properties.key, data: data7 };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                }
              }
              let data8 = data3.header;
              if (typeof data8 !== "string") {
                let dataType5 = typeof data8;
                let coerced5 = void 0;
                if (!(coerced5 !== void 0)) {
                  if (dataType5 == "number" || dataType5 == "boolean") {
                    coerced5 = "" + data8;
                  } else if (data8 === null) {
                    coerced5 = "";
                  } else {
                    const err22 = { instancePath: instancePath + "/auth/header", schemaPath: "#/properties/auth/oneOf/1/properties/header/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.auth.oneOf[1].properties.header.type, parentSchema: schema11.properties.auth.oneOf[1].properties.header, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  }
                }
                if (coerced5 !== void 0) {
                  data8 = coerced5;
                  if (data3 !== void 0) {
                    data3["header"] = coerced5;
                  }
                }
              }
              if (data3.query_param !== void 0) {
                let data9 = data3.query_param;
                if (typeof data9 !== "string") {
                  let dataType6 = typeof data9;
                  let coerced6 = void 0;
                  if (!(coerced6 !== void 0)) {
                    if (dataType6 == "number" || dataType6 == "boolean") {
                      coerced6 = "" + data9;
                    } else if (data9 === null) {
                      coerced6 = "";
                    } else {
                      const err23 = { instancePath: instancePath + "/auth/query_param", schemaPath: "#/properties/auth/oneOf/1/properties/query_param/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.auth.oneOf[1].properties.query_param.type, parentSchema: schema11.properties.auth.oneOf[1].properties.query_param, data: data9 };
                      if (vErrors === null) {
                        vErrors = [err23];
                      } else {
                        vErrors.push(err23);
                      }
                      errors++;
                    }
                  }
                  if (coerced6 !== void 0) {
                    data9 = coerced6;
                    if (data3 !== void 0) {
                      data3["query_param"] = coerced6;
                    }
                  }
                }
              }
            } else {
              const err24 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.auth.oneOf[1].type, parentSchema: schema11.properties.auth.oneOf[1], data: data3 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else if (tag0 === "basic") {
            if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
              if (data3.type === void 0) {
                const err25 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/oneOf/2/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema11.properties.auth.oneOf[2].required, parentSchema: schema11.properties.auth.oneOf[2], data: data3 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
              if (data3.username === void 0) {
                const err26 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/oneOf/2/required", keyword: "required", params: { missingProperty: "username" }, message: "must have required property 'username'", schema: schema11.properties.auth.oneOf[2].required, parentSchema: schema11.properties.auth.oneOf[2], data: data3 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
              if (data3.password === void 0) {
                const err27 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/oneOf/2/required", keyword: "required", params: { missingProperty: "password" }, message: "must have required property 'password'", schema: schema11.properties.auth.oneOf[2].required, parentSchema: schema11.properties.auth.oneOf[2], data: data3 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
              for (const key3 in data3) {
                if (!(key3 === "type" || key3 === "username" || key3 === "password")) {
                  const err28 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.auth.oneOf[2], data: data3 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              }
              if (data3.type !== void 0) {
                let data10 = data3.type;
                if ("basic" !== data10) {
                  const err29 = { instancePath: instancePath + "/auth/type", schemaPath: "#/properties/auth/oneOf/2/properties/type/const", keyword: "const", params: { allowedValue: "basic" }, message: "must be equal to constant", schema: "basic", parentSchema: schema11.properties.auth.oneOf[2].properties.type, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              }
              if (data3.username !== void 0) {
                let data11 = data3.username;
                if (typeof data11 !== "string") {
                  let dataType7 = typeof data11;
                  let coerced7 = void 0;
                  if (!(coerced7 !== void 0)) {
                    if (dataType7 == "number" || dataType7 == "boolean") {
                      coerced7 = "" + data11;
                    } else if (data11 === null) {
                      coerced7 = "";
                    } else {
                      const err30 = { instancePath: instancePath + "/auth/username", schemaPath: "#/properties/auth/oneOf/2/properties/username/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.auth.oneOf[2].properties.username.type, parentSchema: schema11.properties.auth.oneOf[2].properties.username, data: data11 };
                      if (vErrors === null) {
                        vErrors = [err30];
                      } else {
                        vErrors.push(err30);
                      }
                      errors++;
                    }
                  }
                  if (coerced7 !== void 0) {
                    data11 = coerced7;
                    if (data3 !== void 0) {
                      data3["username"] = coerced7;
                    }
                  }
                }
                if (typeof data11 === "string") {
                  if (func3(data11) < 1) {
                    const err31 = { instancePath: instancePath + "/auth/username", schemaPath: "#/properties/auth/oneOf/2/properties/username/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.auth.oneOf[2].properties.username, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
              }
              if (data3.password !== void 0) {
                let data12 = data3.password;
                if (typeof data12 !== "string") {
                  let dataType8 = typeof data12;
                  let coerced8 = void 0;
                  if (!(coerced8 !== void 0)) {
                    if (dataType8 == "number" || dataType8 == "boolean") {
                      coerced8 = "" + data12;
                    } else if (data12 === null) {
                      coerced8 = "";
                    } else {
                      const err32 = { instancePath: instancePath + "/auth/password", schemaPath: "#/properties/auth/oneOf/2/properties/password/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.auth.oneOf[2].properties.password.type, parentSchema: schema11.properties.auth.oneOf[2].properties.password, data: data12 };
                      if (vErrors === null) {
                        vErrors = [err32];
                      } else {
                        vErrors.push(err32);
                      }
                      errors++;
                    }
                  }
                  if (coerced8 !== void 0) {
                    data12 = coerced8;
                    if (data3 !== void 0) {
                      data3["password"] = coerced8;
                    }
                  }
                }
                this.secrets.push(instancePath + "/auth/password");
              }
            } else {
              const err33 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.auth.oneOf[2].type, parentSchema: schema11.properties.auth.oneOf[2], data: data3 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else if (tag0 === "oauth2_client_credentials") {
            if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
              if (data3.client_auth === void 0) {
                data3.client_auth = "body";
              }
              if (data3.body_format === void 0) {
                data3.body_format = "form";
              }
              if (data3.header === void 0) {
                data3.header = "Authorization";
              }
              if (data3.prefix === void 0) {
                data3.prefix = "Bearer ";
              }
              if (data3.refresh_margin_s === void 0) {
                data3.refresh_margin_s = 60;
              }
              if (data3.type === void 0) {
                const err34 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/oneOf/3/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema11.properties.auth.oneOf[3].required, parentSchema: schema11.properties.auth.oneOf[3], data: data3 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
              if (data3.token_url === void 0) {
                const err35 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/oneOf/3/required", keyword: "required", params: { missingProperty: "token_url" }, message: "must have required property 'token_url'", schema: schema11.properties.auth.oneOf[3].required, parentSchema: schema11.properties.auth.oneOf[3], data: data3 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
              if (data3.client_id === void 0) {
                const err36 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/oneOf/3/required", keyword: "required", params: { missingProperty: "client_id" }, message: "must have required property 'client_id'", schema: schema11.properties.auth.oneOf[3].required, parentSchema: schema11.properties.auth.oneOf[3], data: data3 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
              if (data3.client_secret === void 0) {
                const err37 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/oneOf/3/required", keyword: "required", params: { missingProperty: "client_secret" }, message: "must have required property 'client_secret'", schema: schema11.properties.auth.oneOf[3].required, parentSchema: schema11.properties.auth.oneOf[3], data: data3 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
              for (const key4 in data3) {
                if (!func2.call(schema11.properties.auth.oneOf[3].properties, key4)) {
                  const err38 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/oneOf/3/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.auth.oneOf[3], data: data3 };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
              }
              if (data3.type !== void 0) {
                let data13 = data3.type;
                if ("oauth2_client_credentials" !== data13) {
                  const err39 = { instancePath: instancePath + "/auth/type", schemaPath: "#/properties/auth/oneOf/3/properties/type/const", keyword: "const", params: { allowedValue: "oauth2_client_credentials" }, message: "must be equal to constant", schema: "oauth2_client_credentials", parentSchema: schema11.properties.auth.oneOf[3].properties.type, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
              }
              if (data3.token_url !== void 0) {
                let data14 = data3.token_url;
                if (typeof data14 !== "string") {
                  let dataType9 = typeof data14;
                  let coerced9 = void 0;
                  if (!(coerced9 !== void 0)) {
                    if (dataType9 == "number" || dataType9 == "boolean") {
                      coerced9 = "" + data14;
                    } else if (data14 === null) {
                      coerced9 = "";
                    } else {
                      const err40 = { instancePath: instancePath + "/auth/token_url", schemaPath: "#/properties/auth/oneOf/3/properties/token_url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.auth.oneOf[3].properties.token_url.type, parentSchema: schema11.properties.auth.oneOf[3].properties.token_url, data: data14 };
                      if (vErrors === null) {
                        vErrors = [err40];
                      } else {
                        vErrors.push(err40);
                      }
                      errors++;
                    }
                  }
                  if (coerced9 !== void 0) {
                    data14 = coerced9;
                    if (data3 !== void 0) {
                      data3["token_url"] = coerced9;
                    }
                  }
                }
                if (typeof data14 === "string") {
                  if (func3(data14) < 1) {
                    const err41 = { instancePath: instancePath + "/auth/token_url", schemaPath: "#/properties/auth/oneOf/3/properties/token_url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.auth.oneOf[3].properties.token_url, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                }
              }
              if (data3.client_id !== void 0) {
                let data15 = data3.client_id;
                if (typeof data15 !== "string") {
                  let dataType10 = typeof data15;
                  let coerced10 = void 0;
                  if (!(coerced10 !== void 0)) {
                    if (dataType10 == "number" || dataType10 == "boolean") {
                      coerced10 = "" + data15;
                    } else if (data15 === null) {
                      coerced10 = "";
                    } else {
                      const err42 = { instancePath: instancePath + "/auth/client_id", schemaPath: "#/properties/auth/oneOf/3/properties/client_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.auth.oneOf[3].properties.client_id.type, parentSchema: schema11.properties.auth.oneOf[3].properties.client_id, data: data15 };
                      if (vErrors === null) {
                        vErrors = [err42];
                      } else {
                        vErrors.push(err42);
                      }
                      errors++;
                    }
                  }
                  if (coerced10 !== void 0) {
                    data15 = coerced10;
                    if (data3 !== void 0) {
                      data3["client_id"] = coerced10;
                    }
                  }
                }
                if (typeof data15 === "string") {
                  if (func3(data15) < 1) {
                    const err43 = { instancePath: instancePath + "/auth/client_id", schemaPath: "#/properties/auth/oneOf/3/properties/client_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.auth.oneOf[3].properties.client_id, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                }
              }
              if (data3.client_secret !== void 0) {
                let data16 = data3.client_secret;
                if (typeof data16 !== "string") {
                  let dataType11 = typeof data16;
                  let coerced11 = void 0;
                  if (!(coerced11 !== void 0)) {
                    if (dataType11 == "number" || dataType11 == "boolean") {
                      coerced11 = "" + data16;
                    } else if (data16 === null) {
                      coerced11 = "";
                    } else {
                      const err44 = { instancePath: instancePath + "/auth/client_secret", schemaPath: "#/properties/auth/oneOf/3/properties/client_secret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.auth.oneOf[3].properties.client_secret.type, parentSchema: schema11.properties.auth.oneOf[3].properties.client_secret, data: data16 };
                      if (vErrors === null) {
                        vErrors = [err44];
                      } else {
                        vErrors.push(err44);
                      }
                      errors++;
                    }
                  }
                  if (coerced11 !== void 0) {
                    data16 = coerced11;
                    if (data3 !== void 0) {
                      data3["client_secret"] = coerced11;
                    }
                  }
                }
                this.secrets.push(instancePath + "/auth/client_secret");
                if (typeof data16 === "string") {
                  if (func3(data16) < 1) {
                    const err45 = { instancePath: instancePath + "/auth/client_secret", schemaPath: "#/properties/auth/oneOf/3/properties/client_secret/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.auth.oneOf[3].properties.client_secret, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                }
              }
              if (data3.scope !== void 0) {
                let data17 = data3.scope;
                if (typeof data17 !== "string") {
                  let dataType12 = typeof data17;
                  let coerced12 = void 0;
                  if (!(coerced12 !== void 0)) {
                    if (dataType12 == "number" || dataType12 == "boolean") {
                      coerced12 = "" + data17;
                    } else if (data17 === null) {
                      coerced12 = "";
                    } else {
                      const err46 = { instancePath: instancePath + "/auth/scope", schemaPath: "#/properties/auth/oneOf/3/properties/scope/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.auth.oneOf[3].properties.scope.type, parentSchema: schema11.properties.auth.oneOf[3].properties.scope, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err46];
                      } else {
                        vErrors.push(err46);
                      }
                      errors++;
                    }
                  }
                  if (coerced12 !== void 0) {
                    data17 = coerced12;
                    if (data3 !== void 0) {
                      data3["scope"] = coerced12;
                    }
                  }
                }
              }
              let data18 = data3.client_auth;
              if (typeof data18 !== "string") {
                let dataType13 = typeof data18;
                let coerced13 = void 0;
                if (!(coerced13 !== void 0)) {
                  if (dataType13 == "number" || dataType13 == "boolean") {
                    coerced13 = "" + data18;
                  } else if (data18 === null) {
                    coerced13 = "";
                  } else {
                    const err47 = { instancePath: instancePath + "/auth/client_auth", schemaPath: "#/properties/auth/oneOf/3/properties/client_auth/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.auth.oneOf[3].properties.client_auth.type, parentSchema: schema11.properties.auth.oneOf[3].properties.client_auth, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                }
                if (coerced13 !== void 0) {
                  data18 = coerced13;
                  if (data3 !== void 0) {
                    data3["client_auth"] = coerced13;
                  }
                }
              }
              if (!(data18 === "body" || data18 === "basic")) {
                const err48 = { instancePath: instancePath + "/auth/client_auth", schemaPath: "#/properties/auth/oneOf/3/properties/client_auth/enum", keyword: "enum", params: { allowedValues: schema11.properties.auth.oneOf[3].properties.client_auth.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.auth.oneOf[3].properties.client_auth.enum, parentSchema: schema11.properties.auth.oneOf[3].properties.client_auth, data: data18 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
              let data19 = data3.body_format;
              if (typeof data19 !== "string") {
                let dataType14 = typeof data19;
                let coerced14 = void 0;
                if (!(coerced14 !== void 0)) {
                  if (dataType14 == "number" || dataType14 == "boolean") {
                    coerced14 = "" + data19;
                  } else if (data19 === null) {
                    coerced14 = "";
                  } else {
                    const err49 = { instancePath: instancePath + "/auth/body_format", schemaPath: "#/properties/auth/oneOf/3/properties/body_format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.auth.oneOf[3].properties.body_format.type, parentSchema: schema11.properties.auth.oneOf[3].properties.body_format, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                }
                if (coerced14 !== void 0) {
                  data19 = coerced14;
                  if (data3 !== void 0) {
                    data3["body_format"] = coerced14;
                  }
                }
              }
              if (!(data19 === "form" || data19 === "json")) {
                const err50 = { instancePath: instancePath + "/auth/body_format", schemaPath: "#/properties/auth/oneOf/3/properties/body_format/enum", keyword: "enum", params: { allowedValues: schema11.properties.auth.oneOf[3].properties.body_format.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.auth.oneOf[3].properties.body_format.enum, parentSchema: schema11.properties.auth.oneOf[3].properties.body_format, data: data19 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
              if (data3.token_params !== void 0) {
                let data20 = data3.token_params;
                if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                  for (const key5 in data20) {
                    let data21 = data20[key5];
                    if (typeof data21 !== "string" && !(typeof data21 == "number" && isFinite(data21)) && typeof data21 !== "boolean") {
                      let dataType15 = typeof data21;
                      let coerced15 = void 0;
                      if (!(coerced15 !== void 0)) {
                        if (dataType15 == "number" || dataType15 == "boolean") {
                          coerced15 = "" + data21;
                        } else if (data21 === null) {
                          coerced15 = "";
                        } else if (dataType15 == "boolean" || data21 === null || dataType15 == "string" && data21 && data21 == +data21) {
                          coerced15 = +data21;
                        } else if (data21 === "false" || data21 === 0 || data21 === null) {
                          coerced15 = false;
                        } else if (data21 === "true" || data21 === 1) {
                          coerced15 = true;
                        } else {
                          const err51 = { instancePath: instancePath + "/auth/token_params/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/auth/oneOf/3/properties/token_params/additionalProperties/type", keyword: "type", params: { type: schema11.properties.auth.oneOf[3].properties.token_params.additionalProperties.type }, message: "must be string,number,boolean", schema: schema11.properties.auth.oneOf[3].properties.token_params.additionalProperties.type, parentSchema: schema11.properties.auth.oneOf[3].properties.token_params.additionalProperties, data: data21 };
                          if (vErrors === null) {
                            vErrors = [err51];
                          } else {
                            vErrors.push(err51);
                          }
                          errors++;
                        }
                      }
                      if (coerced15 !== void 0) {
                        data21 = coerced15;
                        if (data20 !== void 0) {
                          data20[key5] = coerced15;
                        }
                      }
                    }
                  }
                } else {
                  const err52 = { instancePath: instancePath + "/auth/token_params", schemaPath: "#/properties/auth/oneOf/3/properties/token_params/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.auth.oneOf[3].properties.token_params.type, parentSchema: schema11.properties.auth.oneOf[3].properties.token_params, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
              }
              if (data3.token_headers !== void 0) {
                let data22 = data3.token_headers;
                if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                  for (const key6 in data22) {
                    let data23 = data22[key6];
                    if (typeof data23 !== "string" && !(typeof data23 == "number" && isFinite(data23)) && typeof data23 !== "boolean") {
                      let dataType16 = typeof data23;
                      let coerced16 = void 0;
                      if (!(coerced16 !== void 0)) {
                        if (dataType16 == "number" || dataType16 == "boolean") {
                          coerced16 = "" + data23;
                        } else if (data23 === null) {
                          coerced16 = "";
                        } else if (dataType16 == "boolean" || data23 === null || dataType16 == "string" && data23 && data23 == +data23) {
                          coerced16 = +data23;
                        } else if (data23 === "false" || data23 === 0 || data23 === null) {
                          coerced16 = false;
                        } else if (data23 === "true" || data23 === 1) {
                          coerced16 = true;
                        } else {
                          const err53 = { instancePath: instancePath + "/auth/token_headers/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/auth/oneOf/3/properties/token_headers/additionalProperties/type", keyword: "type", params: { type: schema11.properties.auth.oneOf[3].properties.token_headers.additionalProperties.type }, message: "must be string,number,boolean", schema: schema11.properties.auth.oneOf[3].properties.token_headers.additionalProperties.type, parentSchema: schema11.properties.auth.oneOf[3].properties.token_headers.additionalProperties, data: data23 };
                          if (vErrors === null) {
                            vErrors = [err53];
                          } else {
                            vErrors.push(err53);
                          }
                          errors++;
                        }
                      }
                      if (coerced16 !== void 0) {
                        data23 = coerced16;
                        if (data22 !== void 0) {
                          data22[key6] = coerced16;
                        }
                      }
                    }
                  }
                } else {
                  const err54 = { instancePath: instancePath + "/auth/token_headers", schemaPath: "#/properties/auth/oneOf/3/properties/token_headers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.auth.oneOf[3].properties.token_headers.type, parentSchema: schema11.properties.auth.oneOf[3].properties.token_headers, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
              }
              let data24 = data3.header;
              if (typeof data24 !== "string") {
                let dataType17 = typeof data24;
                let coerced17 = void 0;
                if (!(coerced17 !== void 0)) {
                  if (dataType17 == "number" || dataType17 == "boolean") {
                    coerced17 = "" + data24;
                  } else if (data24 === null) {
                    coerced17 = "";
                  } else {
                    const err55 = { instancePath: instancePath + "/auth/header", schemaPath: "#/properties/auth/oneOf/3/properties/header/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.auth.oneOf[3].properties.header.type, parentSchema: schema11.properties.auth.oneOf[3].properties.header, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err55];
                    } else {
                      vErrors.push(err55);
                    }
                    errors++;
                  }
                }
                if (coerced17 !== void 0) {
                  data24 = coerced17;
                  if (data3 !== void 0) {
                    data3["header"] = coerced17;
                  }
                }
              }
              if (typeof data24 === "string") {
                if (func3(data24) < 1) {
                  const err56 = { instancePath: instancePath + "/auth/header", schemaPath: "#/properties/auth/oneOf/3/properties/header/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.auth.oneOf[3].properties.header, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
              }
              let data25 = data3.prefix;
              if (typeof data25 !== "string") {
                let dataType18 = typeof data25;
                let coerced18 = void 0;
                if (!(coerced18 !== void 0)) {
                  if (dataType18 == "number" || dataType18 == "boolean") {
                    coerced18 = "" + data25;
                  } else if (data25 === null) {
                    coerced18 = "";
                  } else {
                    const err57 = { instancePath: instancePath + "/auth/prefix", schemaPath: "#/properties/auth/oneOf/3/properties/prefix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.auth.oneOf[3].properties.prefix.type, parentSchema: schema11.properties.auth.oneOf[3].properties.prefix, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                }
                if (coerced18 !== void 0) {
                  data25 = coerced18;
                  if (data3 !== void 0) {
                    data3["prefix"] = coerced18;
                  }
                }
              }
              let data26 = data3.refresh_margin_s;
              if (!(typeof data26 == "number" && isFinite(data26))) {
                let dataType19 = typeof data26;
                let coerced19 = void 0;
                if (!(coerced19 !== void 0)) {
                  if (dataType19 == "boolean" || data26 === null || dataType19 == "string" && data26 && data26 == +data26) {
                    coerced19 = +data26;
                  } else {
                    const err58 = { instancePath: instancePath + "/auth/refresh_margin_s", schemaPath: "#/properties/auth/oneOf/3/properties/refresh_margin_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.auth.oneOf[3].properties.refresh_margin_s.type, parentSchema: schema11.properties.auth.oneOf[3].properties.refresh_margin_s, data: data26 };
                    if (vErrors === null) {
                      vErrors = [err58];
                    } else {
                      vErrors.push(err58);
                    }
                    errors++;
                  }
                }
                if (coerced19 !== void 0) {
                  data26 = coerced19;
                  if (data3 !== void 0) {
                    data3["refresh_margin_s"] = coerced19;
                  }
                }
              }
              if (typeof data26 == "number" && isFinite(data26)) {
                if (data26 < 0 || isNaN(data26)) {
                  const err59 = { instancePath: instancePath + "/auth/refresh_margin_s", schemaPath: "#/properties/auth/oneOf/3/properties/refresh_margin_s/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.auth.oneOf[3].properties.refresh_margin_s, data: data26 };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
              }
              if (data3.token_lifetime_s !== void 0) {
                let data27 = data3.token_lifetime_s;
                if (!(typeof data27 == "number" && isFinite(data27))) {
                  let dataType20 = typeof data27;
                  let coerced20 = void 0;
                  if (!(coerced20 !== void 0)) {
                    if (dataType20 == "boolean" || data27 === null || dataType20 == "string" && data27 && data27 == +data27) {
                      coerced20 = +data27;
                    } else {
                      const err60 = { instancePath: instancePath + "/auth/token_lifetime_s", schemaPath: "#/properties/auth/oneOf/3/properties/token_lifetime_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.auth.oneOf[3].properties.token_lifetime_s.type, parentSchema: schema11.properties.auth.oneOf[3].properties.token_lifetime_s, data: data27 };
                      if (vErrors === null) {
                        vErrors = [err60];
                      } else {
                        vErrors.push(err60);
                      }
                      errors++;
                    }
                  }
                  if (coerced20 !== void 0) {
                    data27 = coerced20;
                    if (data3 !== void 0) {
                      data3["token_lifetime_s"] = coerced20;
                    }
                  }
                }
                if (typeof data27 == "number" && isFinite(data27)) {
                  if (data27 <= 0 || isNaN(data27)) {
                    const err61 = { instancePath: instancePath + "/auth/token_lifetime_s", schemaPath: "#/properties/auth/oneOf/3/properties/token_lifetime_s/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.auth.oneOf[3].properties.token_lifetime_s, data: data27 };
                    if (vErrors === null) {
                      vErrors = [err61];
                    } else {
                      vErrors.push(err61);
                    }
                    errors++;
                  }
                }
              }
            } else {
              const err62 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/oneOf/3/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.auth.oneOf[3].type, parentSchema: schema11.properties.auth.oneOf[3], data: data3 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
          } else if (tag0 === "oauth2_refresh_token") {
            if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
              if (data3.client_auth === void 0) {
                data3.client_auth = "body";
              }
              if (data3.body_format === void 0) {
                data3.body_format = "form";
              }
              if (data3.header === void 0) {
                data3.header = "Authorization";
              }
              if (data3.prefix === void 0) {
                data3.prefix = "Bearer ";
              }
              if (data3.refresh_margin_s === void 0) {
                data3.refresh_margin_s = 60;
              }
              if (data3.type === void 0) {
                const err63 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/oneOf/4/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema11.properties.auth.oneOf[4].required, parentSchema: schema11.properties.auth.oneOf[4], data: data3 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
              if (data3.token_url === void 0) {
                const err64 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/oneOf/4/required", keyword: "required", params: { missingProperty: "token_url" }, message: "must have required property 'token_url'", schema: schema11.properties.auth.oneOf[4].required, parentSchema: schema11.properties.auth.oneOf[4], data: data3 };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
              if (data3.client_id === void 0) {
                const err65 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/oneOf/4/required", keyword: "required", params: { missingProperty: "client_id" }, message: "must have required property 'client_id'", schema: schema11.properties.auth.oneOf[4].required, parentSchema: schema11.properties.auth.oneOf[4], data: data3 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
              if (data3.client_secret === void 0) {
                const err66 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/oneOf/4/required", keyword: "required", params: { missingProperty: "client_secret" }, message: "must have required property 'client_secret'", schema: schema11.properties.auth.oneOf[4].required, parentSchema: schema11.properties.auth.oneOf[4], data: data3 };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
              if (data3.refresh_token === void 0) {
                const err67 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/oneOf/4/required", keyword: "required", params: { missingProperty: "refresh_token" }, message: "must have required property 'refresh_token'", schema: schema11.properties.auth.oneOf[4].required, parentSchema: schema11.properties.auth.oneOf[4], data: data3 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
              for (const key7 in data3) {
                if (!func2.call(schema11.properties.auth.oneOf[4].properties, key7)) {
                  const err68 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/oneOf/4/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.auth.oneOf[4], data: data3 };
                  if (vErrors === null) {
                    vErrors = [err68];
                  } else {
                    vErrors.push(err68);
                  }
                  errors++;
                }
              }
              if (data3.type !== void 0) {
                let data28 = data3.type;
                if ("oauth2_refresh_token" !== data28) {
                  const err69 = { instancePath: instancePath + "/auth/type", schemaPath: "#/properties/auth/oneOf/4/properties/type/const", keyword: "const", params: { allowedValue: "oauth2_refresh_token" }, message: "must be equal to constant", schema: "oauth2_refresh_token", parentSchema: schema11.properties.auth.oneOf[4].properties.type, data: data28 };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
              }
              if (data3.refresh_token !== void 0) {
                let data29 = data3.refresh_token;
                if (typeof data29 !== "string") {
                  let dataType21 = typeof data29;
                  let coerced21 = void 0;
                  if (!(coerced21 !== void 0)) {
                    if (dataType21 == "number" || dataType21 == "boolean") {
                      coerced21 = "" + data29;
                    } else if (data29 === null) {
                      coerced21 = "";
                    } else {
                      const err70 = { instancePath: instancePath + "/auth/refresh_token", schemaPath: "#/properties/auth/oneOf/4/properties/refresh_token/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.auth.oneOf[4].properties.refresh_token.type, parentSchema: schema11.properties.auth.oneOf[4].properties.refresh_token, data: data29 };
                      if (vErrors === null) {
                        vErrors = [err70];
                      } else {
                        vErrors.push(err70);
                      }
                      errors++;
                    }
                  }
                  if (coerced21 !== void 0) {
                    data29 = coerced21;
                    if (data3 !== void 0) {
                      data3["refresh_token"] = coerced21;
                    }
                  }
                }
                this.secrets.push(instancePath + "/auth/refresh_token");
                if (typeof data29 === "string") {
                  if (func3(data29) < 1) {
                    const err71 = { instancePath: instancePath + "/auth/refresh_token", schemaPath: "#/properties/auth/oneOf/4/properties/refresh_token/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.auth.oneOf[4].properties.refresh_token, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err71];
                    } else {
                      vErrors.push(err71);
                    }
                    errors++;
                  }
                }
              }
              if (data3.token_url !== void 0) {
                let data30 = data3.token_url;
                if (typeof data30 !== "string") {
                  let dataType22 = typeof data30;
                  let coerced22 = void 0;
                  if (!(coerced22 !== void 0)) {
                    if (dataType22 == "number" || dataType22 == "boolean") {
                      coerced22 = "" + data30;
                    } else if (data30 === null) {
                      coerced22 = "";
                    } else {
                      const err72 = { instancePath: instancePath + "/auth/token_url", schemaPath: "#/properties/auth/oneOf/4/properties/token_url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.auth.oneOf[4].properties.token_url.type, parentSchema: schema11.properties.auth.oneOf[4].properties.token_url, data: data30 };
                      if (vErrors === null) {
                        vErrors = [err72];
                      } else {
                        vErrors.push(err72);
                      }
                      errors++;
                    }
                  }
                  if (coerced22 !== void 0) {
                    data30 = coerced22;
                    if (data3 !== void 0) {
                      data3["token_url"] = coerced22;
                    }
                  }
                }
                if (typeof data30 === "string") {
                  if (func3(data30) < 1) {
                    const err73 = { instancePath: instancePath + "/auth/token_url", schemaPath: "#/properties/auth/oneOf/4/properties/token_url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.auth.oneOf[4].properties.token_url, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  }
                }
              }
              if (data3.client_id !== void 0) {
                let data31 = data3.client_id;
                if (typeof data31 !== "string") {
                  let dataType23 = typeof data31;
                  let coerced23 = void 0;
                  if (!(coerced23 !== void 0)) {
                    if (dataType23 == "number" || dataType23 == "boolean") {
                      coerced23 = "" + data31;
                    } else if (data31 === null) {
                      coerced23 = "";
                    } else {
                      const err74 = { instancePath: instancePath + "/auth/client_id", schemaPath: "#/properties/auth/oneOf/4/properties/client_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.auth.oneOf[4].properties.client_id.type, parentSchema: schema11.properties.auth.oneOf[4].properties.client_id, data: data31 };
                      if (vErrors === null) {
                        vErrors = [err74];
                      } else {
                        vErrors.push(err74);
                      }
                      errors++;
                    }
                  }
                  if (coerced23 !== void 0) {
                    data31 = coerced23;
                    if (data3 !== void 0) {
                      data3["client_id"] = coerced23;
                    }
                  }
                }
                if (typeof data31 === "string") {
                  if (func3(data31) < 1) {
                    const err75 = { instancePath: instancePath + "/auth/client_id", schemaPath: "#/properties/auth/oneOf/4/properties/client_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.auth.oneOf[4].properties.client_id, data: data31 };
                    if (vErrors === null) {
                      vErrors = [err75];
                    } else {
                      vErrors.push(err75);
                    }
                    errors++;
                  }
                }
              }
              if (data3.client_secret !== void 0) {
                let data32 = data3.client_secret;
                if (typeof data32 !== "string") {
                  let dataType24 = typeof data32;
                  let coerced24 = void 0;
                  if (!(coerced24 !== void 0)) {
                    if (dataType24 == "number" || dataType24 == "boolean") {
                      coerced24 = "" + data32;
                    } else if (data32 === null) {
                      coerced24 = "";
                    } else {
                      const err76 = { instancePath: instancePath + "/auth/client_secret", schemaPath: "#/properties/auth/oneOf/4/properties/client_secret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.auth.oneOf[4].properties.client_secret.type, parentSchema: schema11.properties.auth.oneOf[4].properties.client_secret, data: data32 };
                      if (vErrors === null) {
                        vErrors = [err76];
                      } else {
                        vErrors.push(err76);
                      }
                      errors++;
                    }
                  }
                  if (coerced24 !== void 0) {
                    data32 = coerced24;
                    if (data3 !== void 0) {
                      data3["client_secret"] = coerced24;
                    }
                  }
                }
                this.secrets.push(instancePath + "/auth/client_secret");
                if (typeof data32 === "string") {
                  if (func3(data32) < 1) {
                    const err77 = { instancePath: instancePath + "/auth/client_secret", schemaPath: "#/properties/auth/oneOf/4/properties/client_secret/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.auth.oneOf[4].properties.client_secret, data: data32 };
                    if (vErrors === null) {
                      vErrors = [err77];
                    } else {
                      vErrors.push(err77);
                    }
                    errors++;
                  }
                }
              }
              if (data3.scope !== void 0) {
                let data33 = data3.scope;
                if (typeof data33 !== "string") {
                  let dataType25 = typeof data33;
                  let coerced25 = void 0;
                  if (!(coerced25 !== void 0)) {
                    if (dataType25 == "number" || dataType25 == "boolean") {
                      coerced25 = "" + data33;
                    } else if (data33 === null) {
                      coerced25 = "";
                    } else {
                      const err78 = { instancePath: instancePath + "/auth/scope", schemaPath: "#/properties/auth/oneOf/4/properties/scope/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.auth.oneOf[4].properties.scope.type, parentSchema: schema11.properties.auth.oneOf[4].properties.scope, data: data33 };
                      if (vErrors === null) {
                        vErrors = [err78];
                      } else {
                        vErrors.push(err78);
                      }
                      errors++;
                    }
                  }
                  if (coerced25 !== void 0) {
                    data33 = coerced25;
                    if (data3 !== void 0) {
                      data3["scope"] = coerced25;
                    }
                  }
                }
              }
              let data34 = data3.client_auth;
              if (typeof data34 !== "string") {
                let dataType26 = typeof data34;
                let coerced26 = void 0;
                if (!(coerced26 !== void 0)) {
                  if (dataType26 == "number" || dataType26 == "boolean") {
                    coerced26 = "" + data34;
                  } else if (data34 === null) {
                    coerced26 = "";
                  } else {
                    const err79 = { instancePath: instancePath + "/auth/client_auth", schemaPath: "#/properties/auth/oneOf/4/properties/client_auth/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.auth.oneOf[4].properties.client_auth.type, parentSchema: schema11.properties.auth.oneOf[4].properties.client_auth, data: data34 };
                    if (vErrors === null) {
                      vErrors = [err79];
                    } else {
                      vErrors.push(err79);
                    }
                    errors++;
                  }
                }
                if (coerced26 !== void 0) {
                  data34 = coerced26;
                  if (data3 !== void 0) {
                    data3["client_auth"] = coerced26;
                  }
                }
              }
              if (!(data34 === "body" || data34 === "basic")) {
                const err80 = { instancePath: instancePath + "/auth/client_auth", schemaPath: "#/properties/auth/oneOf/4/properties/client_auth/enum", keyword: "enum", params: { allowedValues: schema11.properties.auth.oneOf[4].properties.client_auth.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.auth.oneOf[4].properties.client_auth.enum, parentSchema: schema11.properties.auth.oneOf[4].properties.client_auth, data: data34 };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
              let data35 = data3.body_format;
              if (typeof data35 !== "string") {
                let dataType27 = typeof data35;
                let coerced27 = void 0;
                if (!(coerced27 !== void 0)) {
                  if (dataType27 == "number" || dataType27 == "boolean") {
                    coerced27 = "" + data35;
                  } else if (data35 === null) {
                    coerced27 = "";
                  } else {
                    const err81 = { instancePath: instancePath + "/auth/body_format", schemaPath: "#/properties/auth/oneOf/4/properties/body_format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.auth.oneOf[4].properties.body_format.type, parentSchema: schema11.properties.auth.oneOf[4].properties.body_format, data: data35 };
                    if (vErrors === null) {
                      vErrors = [err81];
                    } else {
                      vErrors.push(err81);
                    }
                    errors++;
                  }
                }
                if (coerced27 !== void 0) {
                  data35 = coerced27;
                  if (data3 !== void 0) {
                    data3["body_format"] = coerced27;
                  }
                }
              }
              if (!(data35 === "form" || data35 === "json")) {
                const err82 = { instancePath: instancePath + "/auth/body_format", schemaPath: "#/properties/auth/oneOf/4/properties/body_format/enum", keyword: "enum", params: { allowedValues: schema11.properties.auth.oneOf[4].properties.body_format.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.auth.oneOf[4].properties.body_format.enum, parentSchema: schema11.properties.auth.oneOf[4].properties.body_format, data: data35 };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
              if (data3.token_params !== void 0) {
                let data36 = data3.token_params;
                if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                  for (const key8 in data36) {
                    let data37 = data36[key8];
                    if (typeof data37 !== "string" && !(typeof data37 == "number" && isFinite(data37)) && typeof data37 !== "boolean") {
                      let dataType28 = typeof data37;
                      let coerced28 = void 0;
                      if (!(coerced28 !== void 0)) {
                        if (dataType28 == "number" || dataType28 == "boolean") {
                          coerced28 = "" + data37;
                        } else if (data37 === null) {
                          coerced28 = "";
                        } else if (dataType28 == "boolean" || data37 === null || dataType28 == "string" && data37 && data37 == +data37) {
                          coerced28 = +data37;
                        } else if (data37 === "false" || data37 === 0 || data37 === null) {
                          coerced28 = false;
                        } else if (data37 === "true" || data37 === 1) {
                          coerced28 = true;
                        } else {
                          const err83 = { instancePath: instancePath + "/auth/token_params/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/auth/oneOf/4/properties/token_params/additionalProperties/type", keyword: "type", params: { type: schema11.properties.auth.oneOf[4].properties.token_params.additionalProperties.type }, message: "must be string,number,boolean", schema: schema11.properties.auth.oneOf[4].properties.token_params.additionalProperties.type, parentSchema: schema11.properties.auth.oneOf[4].properties.token_params.additionalProperties, data: data37 };
                          if (vErrors === null) {
                            vErrors = [err83];
                          } else {
                            vErrors.push(err83);
                          }
                          errors++;
                        }
                      }
                      if (coerced28 !== void 0) {
                        data37 = coerced28;
                        if (data36 !== void 0) {
                          data36[key8] = coerced28;
                        }
                      }
                    }
                  }
                } else {
                  const err84 = { instancePath: instancePath + "/auth/token_params", schemaPath: "#/properties/auth/oneOf/4/properties/token_params/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.auth.oneOf[4].properties.token_params.type, parentSchema: schema11.properties.auth.oneOf[4].properties.token_params, data: data36 };
                  if (vErrors === null) {
                    vErrors = [err84];
                  } else {
                    vErrors.push(err84);
                  }
                  errors++;
                }
              }
              if (data3.token_headers !== void 0) {
                let data38 = data3.token_headers;
                if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                  for (const key9 in data38) {
                    let data39 = data38[key9];
                    if (typeof data39 !== "string" && !(typeof data39 == "number" && isFinite(data39)) && typeof data39 !== "boolean") {
                      let dataType29 = typeof data39;
                      let coerced29 = void 0;
                      if (!(coerced29 !== void 0)) {
                        if (dataType29 == "number" || dataType29 == "boolean") {
                          coerced29 = "" + data39;
                        } else if (data39 === null) {
                          coerced29 = "";
                        } else if (dataType29 == "boolean" || data39 === null || dataType29 == "string" && data39 && data39 == +data39) {
                          coerced29 = +data39;
                        } else if (data39 === "false" || data39 === 0 || data39 === null) {
                          coerced29 = false;
                        } else if (data39 === "true" || data39 === 1) {
                          coerced29 = true;
                        } else {
                          const err85 = { instancePath: instancePath + "/auth/token_headers/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/auth/oneOf/4/properties/token_headers/additionalProperties/type", keyword: "type", params: { type: schema11.properties.auth.oneOf[4].properties.token_headers.additionalProperties.type }, message: "must be string,number,boolean", schema: schema11.properties.auth.oneOf[4].properties.token_headers.additionalProperties.type, parentSchema: schema11.properties.auth.oneOf[4].properties.token_headers.additionalProperties, data: data39 };
                          if (vErrors === null) {
                            vErrors = [err85];
                          } else {
                            vErrors.push(err85);
                          }
                          errors++;
                        }
                      }
                      if (coerced29 !== void 0) {
                        data39 = coerced29;
                        if (data38 !== void 0) {
                          data38[key9] = coerced29;
                        }
                      }
                    }
                  }
                } else {
                  const err86 = { instancePath: instancePath + "/auth/token_headers", schemaPath: "#/properties/auth/oneOf/4/properties/token_headers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.auth.oneOf[4].properties.token_headers.type, parentSchema: schema11.properties.auth.oneOf[4].properties.token_headers, data: data38 };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                }
              }
              let data40 = data3.header;
              if (typeof data40 !== "string") {
                let dataType30 = typeof data40;
                let coerced30 = void 0;
                if (!(coerced30 !== void 0)) {
                  if (dataType30 == "number" || dataType30 == "boolean") {
                    coerced30 = "" + data40;
                  } else if (data40 === null) {
                    coerced30 = "";
                  } else {
                    const err87 = { instancePath: instancePath + "/auth/header", schemaPath: "#/properties/auth/oneOf/4/properties/header/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.auth.oneOf[4].properties.header.type, parentSchema: schema11.properties.auth.oneOf[4].properties.header, data: data40 };
                    if (vErrors === null) {
                      vErrors = [err87];
                    } else {
                      vErrors.push(err87);
                    }
                    errors++;
                  }
                }
                if (coerced30 !== void 0) {
                  data40 = coerced30;
                  if (data3 !== void 0) {
                    data3["header"] = coerced30;
                  }
                }
              }
              if (typeof data40 === "string") {
                if (func3(data40) < 1) {
                  const err88 = { instancePath: instancePath + "/auth/header", schemaPath: "#/properties/auth/oneOf/4/properties/header/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.auth.oneOf[4].properties.header, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err88];
                  } else {
                    vErrors.push(err88);
                  }
                  errors++;
                }
              }
              let data41 = data3.prefix;
              if (typeof data41 !== "string") {
                let dataType31 = typeof data41;
                let coerced31 = void 0;
                if (!(coerced31 !== void 0)) {
                  if (dataType31 == "number" || dataType31 == "boolean") {
                    coerced31 = "" + data41;
                  } else if (data41 === null) {
                    coerced31 = "";
                  } else {
                    const err89 = { instancePath: instancePath + "/auth/prefix", schemaPath: "#/properties/auth/oneOf/4/properties/prefix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.auth.oneOf[4].properties.prefix.type, parentSchema: schema11.properties.auth.oneOf[4].properties.prefix, data: data41 };
                    if (vErrors === null) {
                      vErrors = [err89];
                    } else {
                      vErrors.push(err89);
                    }
                    errors++;
                  }
                }
                if (coerced31 !== void 0) {
                  data41 = coerced31;
                  if (data3 !== void 0) {
                    data3["prefix"] = coerced31;
                  }
                }
              }
              let data42 = data3.refresh_margin_s;
              if (!(typeof data42 == "number" && isFinite(data42))) {
                let dataType32 = typeof data42;
                let coerced32 = void 0;
                if (!(coerced32 !== void 0)) {
                  if (dataType32 == "boolean" || data42 === null || dataType32 == "string" && data42 && data42 == +data42) {
                    coerced32 = +data42;
                  } else {
                    const err90 = { instancePath: instancePath + "/auth/refresh_margin_s", schemaPath: "#/properties/auth/oneOf/4/properties/refresh_margin_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.auth.oneOf[4].properties.refresh_margin_s.type, parentSchema: schema11.properties.auth.oneOf[4].properties.refresh_margin_s, data: data42 };
                    if (vErrors === null) {
                      vErrors = [err90];
                    } else {
                      vErrors.push(err90);
                    }
                    errors++;
                  }
                }
                if (coerced32 !== void 0) {
                  data42 = coerced32;
                  if (data3 !== void 0) {
                    data3["refresh_margin_s"] = coerced32;
                  }
                }
              }
              if (typeof data42 == "number" && isFinite(data42)) {
                if (data42 < 0 || isNaN(data42)) {
                  const err91 = { instancePath: instancePath + "/auth/refresh_margin_s", schemaPath: "#/properties/auth/oneOf/4/properties/refresh_margin_s/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.auth.oneOf[4].properties.refresh_margin_s, data: data42 };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
              }
              if (data3.token_lifetime_s !== void 0) {
                let data43 = data3.token_lifetime_s;
                if (!(typeof data43 == "number" && isFinite(data43))) {
                  let dataType33 = typeof data43;
                  let coerced33 = void 0;
                  if (!(coerced33 !== void 0)) {
                    if (dataType33 == "boolean" || data43 === null || dataType33 == "string" && data43 && data43 == +data43) {
                      coerced33 = +data43;
                    } else {
                      const err92 = { instancePath: instancePath + "/auth/token_lifetime_s", schemaPath: "#/properties/auth/oneOf/4/properties/token_lifetime_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.auth.oneOf[4].properties.token_lifetime_s.type, parentSchema: schema11.properties.auth.oneOf[4].properties.token_lifetime_s, data: data43 };
                      if (vErrors === null) {
                        vErrors = [err92];
                      } else {
                        vErrors.push(err92);
                      }
                      errors++;
                    }
                  }
                  if (coerced33 !== void 0) {
                    data43 = coerced33;
                    if (data3 !== void 0) {
                      data3["token_lifetime_s"] = coerced33;
                    }
                  }
                }
                if (typeof data43 == "number" && isFinite(data43)) {
                  if (data43 <= 0 || isNaN(data43)) {
                    const err93 = { instancePath: instancePath + "/auth/token_lifetime_s", schemaPath: "#/properties/auth/oneOf/4/properties/token_lifetime_s/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.auth.oneOf[4].properties.token_lifetime_s, data: data43 };
                    if (vErrors === null) {
                      vErrors = [err93];
                    } else {
                      vErrors.push(err93);
                    }
                    errors++;
                  }
                }
              }
            } else {
              const err94 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/oneOf/4/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.auth.oneOf[4].type, parentSchema: schema11.properties.auth.oneOf[4], data: data3 };
              if (vErrors === null) {
                vErrors = [err94];
              } else {
                vErrors.push(err94);
              }
              errors++;
            }
          } else if (tag0 === "session") {
            if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
              if (data3.username_field === void 0) {
                data3.username_field = "username";
              }
              if (data3.password_field === void 0) {
                data3.password_field = "password";
              }
              if (data3.body_format === void 0) {
                data3.body_format = "json";
              }
              if (data3.token_path === void 0) {
                data3.token_path = "token";
              }
              if (data3.header === void 0) {
                data3.header = "Authorization";
              }
              if (data3.prefix === void 0) {
                data3.prefix = "Bearer ";
              }
              if (data3.refresh_margin_s === void 0) {
                data3.refresh_margin_s = 60;
              }
              if (data3.type === void 0) {
                const err95 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/oneOf/5/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema11.properties.auth.oneOf[5].required, parentSchema: schema11.properties.auth.oneOf[5], data: data3 };
                if (vErrors === null) {
                  vErrors = [err95];
                } else {
                  vErrors.push(err95);
                }
                errors++;
              }
              if (data3.login_url === void 0) {
                const err96 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/oneOf/5/required", keyword: "required", params: { missingProperty: "login_url" }, message: "must have required property 'login_url'", schema: schema11.properties.auth.oneOf[5].required, parentSchema: schema11.properties.auth.oneOf[5], data: data3 };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
              if (data3.username === void 0) {
                const err97 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/oneOf/5/required", keyword: "required", params: { missingProperty: "username" }, message: "must have required property 'username'", schema: schema11.properties.auth.oneOf[5].required, parentSchema: schema11.properties.auth.oneOf[5], data: data3 };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              }
              if (data3.password === void 0) {
                const err98 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/oneOf/5/required", keyword: "required", params: { missingProperty: "password" }, message: "must have required property 'password'", schema: schema11.properties.auth.oneOf[5].required, parentSchema: schema11.properties.auth.oneOf[5], data: data3 };
                if (vErrors === null) {
                  vErrors = [err98];
                } else {
                  vErrors.push(err98);
                }
                errors++;
              }
              for (const key10 in data3) {
                if (!func2.call(schema11.properties.auth.oneOf[5].properties, key10)) {
                  const err99 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/oneOf/5/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.auth.oneOf[5], data: data3 };
                  if (vErrors === null) {
                    vErrors = [err99];
                  } else {
                    vErrors.push(err99);
                  }
                  errors++;
                }
              }
              if (data3.type !== void 0) {
                let data44 = data3.type;
                if ("session" !== data44) {
                  const err100 = { instancePath: instancePath + "/auth/type", schemaPath: "#/properties/auth/oneOf/5/properties/type/const", keyword: "const", params: { allowedValue: "session" }, message: "must be equal to constant", schema: "session", parentSchema: schema11.properties.auth.oneOf[5].properties.type, data: data44 };
                  if (vErrors === null) {
                    vErrors = [err100];
                  } else {
                    vErrors.push(err100);
                  }
                  errors++;
                }
              }
              if (data3.login_url !== void 0) {
                let data45 = data3.login_url;
                if (typeof data45 !== "string") {
                  let dataType34 = typeof data45;
                  let coerced34 = void 0;
                  if (!(coerced34 !== void 0)) {
                    if (dataType34 == "number" || dataType34 == "boolean") {
                      coerced34 = "" + data45;
                    } else if (data45 === null) {
                      coerced34 = "";
                    } else {
                      const err101 = { instancePath: instancePath + "/auth/login_url", schemaPath: "#/properties/auth/oneOf/5/properties/login_url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.auth.oneOf[5].properties.login_url.type, parentSchema: schema11.properties.auth.oneOf[5].properties.login_url, data: data45 };
                      if (vErrors === null) {
                        vErrors = [err101];
                      } else {
                        vErrors.push(err101);
                      }
                      errors++;
                    }
                  }
                  if (coerced34 !== void 0) {
                    data45 = coerced34;
                    if (data3 !== void 0) {
                      data3["login_url"] = coerced34;
                    }
                  }
                }
                if (typeof data45 === "string") {
                  if (func3(data45) < 1) {
                    const err102 = { instancePath: instancePath + "/auth/login_url", schemaPath: "#/properties/auth/oneOf/5/properties/login_url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.auth.oneOf[5].properties.login_url, data: data45 };
                    if (vErrors === null) {
                      vErrors = [err102];
                    } else {
                      vErrors.push(err102);
                    }
                    errors++;
                  }
                }
              }
              if (data3.username !== void 0) {
                let data46 = data3.username;
                if (typeof data46 !== "string") {
                  let dataType35 = typeof data46;
                  let coerced35 = void 0;
                  if (!(coerced35 !== void 0)) {
                    if (dataType35 == "number" || dataType35 == "boolean") {
                      coerced35 = "" + data46;
                    } else if (data46 === null) {
                      coerced35 = "";
                    } else {
                      const err103 = { instancePath: instancePath + "/auth/username", schemaPath: "#/properties/auth/oneOf/5/properties/username/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.auth.oneOf[5].properties.username.type, parentSchema: schema11.properties.auth.oneOf[5].properties.username, data: data46 };
                      if (vErrors === null) {
                        vErrors = [err103];
                      } else {
                        vErrors.push(err103);
                      }
                      errors++;
                    }
                  }
                  if (coerced35 !== void 0) {
                    data46 = coerced35;
                    if (data3 !== void 0) {
                      data3["username"] = coerced35;
                    }
                  }
                }
                if (typeof data46 === "string") {
                  if (func3(data46) < 1) {
                    const err104 = { instancePath: instancePath + "/auth/username", schemaPath: "#/properties/auth/oneOf/5/properties/username/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.auth.oneOf[5].properties.username, data: data46 };
                    if (vErrors === null) {
                      vErrors = [err104];
                    } else {
                      vErrors.push(err104);
                    }
                    errors++;
                  }
                }
              }
              if (data3.password !== void 0) {
                let data47 = data3.password;
                if (typeof data47 !== "string") {
                  let dataType36 = typeof data47;
                  let coerced36 = void 0;
                  if (!(coerced36 !== void 0)) {
                    if (dataType36 == "number" || dataType36 == "boolean") {
                      coerced36 = "" + data47;
                    } else if (data47 === null) {
                      coerced36 = "";
                    } else {
                      const err105 = { instancePath: instancePath + "/auth/password", schemaPath: "#/properties/auth/oneOf/5/properties/password/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.auth.oneOf[5].properties.password.type, parentSchema: schema11.properties.auth.oneOf[5].properties.password, data: data47 };
                      if (vErrors === null) {
                        vErrors = [err105];
                      } else {
                        vErrors.push(err105);
                      }
                      errors++;
                    }
                  }
                  if (coerced36 !== void 0) {
                    data47 = coerced36;
                    if (data3 !== void 0) {
                      data3["password"] = coerced36;
                    }
                  }
                }
                this.secrets.push(instancePath + "/auth/password");
              }
              let data48 = data3.username_field;
              if (typeof data48 !== "string") {
                let dataType37 = typeof data48;
                let coerced37 = void 0;
                if (!(coerced37 !== void 0)) {
                  if (dataType37 == "number" || dataType37 == "boolean") {
                    coerced37 = "" + data48;
                  } else if (data48 === null) {
                    coerced37 = "";
                  } else {
                    const err106 = { instancePath: instancePath + "/auth/username_field", schemaPath: "#/properties/auth/oneOf/5/properties/username_field/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.auth.oneOf[5].properties.username_field.type, parentSchema: schema11.properties.auth.oneOf[5].properties.username_field, data: data48 };
                    if (vErrors === null) {
                      vErrors = [err106];
                    } else {
                      vErrors.push(err106);
                    }
                    errors++;
                  }
                }
                if (coerced37 !== void 0) {
                  data48 = coerced37;
                  if (data3 !== void 0) {
                    data3["username_field"] = coerced37;
                  }
                }
              }
              if (typeof data48 === "string") {
                if (func3(data48) < 1) {
                  const err107 = { instancePath: instancePath + "/auth/username_field", schemaPath: "#/properties/auth/oneOf/5/properties/username_field/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.auth.oneOf[5].properties.username_field, data: data48 };
                  if (vErrors === null) {
                    vErrors = [err107];
                  } else {
                    vErrors.push(err107);
                  }
                  errors++;
                }
              }
              let data49 = data3.password_field;
              if (typeof data49 !== "string") {
                let dataType38 = typeof data49;
                let coerced38 = void 0;
                if (!(coerced38 !== void 0)) {
                  if (dataType38 == "number" || dataType38 == "boolean") {
                    coerced38 = "" + data49;
                  } else if (data49 === null) {
                    coerced38 = "";
                  } else {
                    const err108 = { instancePath: instancePath + "/auth/password_field", schemaPath: "#/properties/auth/oneOf/5/properties/password_field/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.auth.oneOf[5].properties.password_field.type, parentSchema: schema11.properties.auth.oneOf[5].properties.password_field, data: data49 };
                    if (vErrors === null) {
                      vErrors = [err108];
                    } else {
                      vErrors.push(err108);
                    }
                    errors++;
                  }
                }
                if (coerced38 !== void 0) {
                  data49 = coerced38;
                  if (data3 !== void 0) {
                    data3["password_field"] = coerced38;
                  }
                }
              }
              if (typeof data49 === "string") {
                if (func3(data49) < 1) {
                  const err109 = { instancePath: instancePath + "/auth/password_field", schemaPath: "#/properties/auth/oneOf/5/properties/password_field/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.auth.oneOf[5].properties.password_field, data: data49 };
                  if (vErrors === null) {
                    vErrors = [err109];
                  } else {
                    vErrors.push(err109);
                  }
                  errors++;
                }
              }
              let data50 = data3.body_format;
              if (typeof data50 !== "string") {
                let dataType39 = typeof data50;
                let coerced39 = void 0;
                if (!(coerced39 !== void 0)) {
                  if (dataType39 == "number" || dataType39 == "boolean") {
                    coerced39 = "" + data50;
                  } else if (data50 === null) {
                    coerced39 = "";
                  } else {
                    const err110 = { instancePath: instancePath + "/auth/body_format", schemaPath: "#/properties/auth/oneOf/5/properties/body_format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.auth.oneOf[5].properties.body_format.type, parentSchema: schema11.properties.auth.oneOf[5].properties.body_format, data: data50 };
                    if (vErrors === null) {
                      vErrors = [err110];
                    } else {
                      vErrors.push(err110);
                    }
                    errors++;
                  }
                }
                if (coerced39 !== void 0) {
                  data50 = coerced39;
                  if (data3 !== void 0) {
                    data3["body_format"] = coerced39;
                  }
                }
              }
              if (!(data50 === "json" || data50 === "form")) {
                const err111 = { instancePath: instancePath + "/auth/body_format", schemaPath: "#/properties/auth/oneOf/5/properties/body_format/enum", keyword: "enum", params: { allowedValues: schema11.properties.auth.oneOf[5].properties.body_format.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.auth.oneOf[5].properties.body_format.enum, parentSchema: schema11.properties.auth.oneOf[5].properties.body_format, data: data50 };
                if (vErrors === null) {
                  vErrors = [err111];
                } else {
                  vErrors.push(err111);
                }
                errors++;
              }
              let data51 = data3.token_path;
              if (typeof data51 !== "string") {
                let dataType40 = typeof data51;
                let coerced40 = void 0;
                if (!(coerced40 !== void 0)) {
                  if (dataType40 == "number" || dataType40 == "boolean") {
                    coerced40 = "" + data51;
                  } else if (data51 === null) {
                    coerced40 = "";
                  } else {
                    const err112 = { instancePath: instancePath + "/auth/token_path", schemaPath: "#/properties/auth/oneOf/5/properties/token_path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.auth.oneOf[5].properties.token_path.type, parentSchema: schema11.properties.auth.oneOf[5].properties.token_path, data: data51 };
                    if (vErrors === null) {
                      vErrors = [err112];
                    } else {
                      vErrors.push(err112);
                    }
                    errors++;
                  }
                }
                if (coerced40 !== void 0) {
                  data51 = coerced40;
                  if (data3 !== void 0) {
                    data3["token_path"] = coerced40;
                  }
                }
              }
              if (typeof data51 === "string") {
                if (func3(data51) < 1) {
                  const err113 = { instancePath: instancePath + "/auth/token_path", schemaPath: "#/properties/auth/oneOf/5/properties/token_path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.auth.oneOf[5].properties.token_path, data: data51 };
                  if (vErrors === null) {
                    vErrors = [err113];
                  } else {
                    vErrors.push(err113);
                  }
                  errors++;
                }
              }
              if (data3.expires_in_path !== void 0) {
                let data52 = data3.expires_in_path;
                if (typeof data52 !== "string") {
                  let dataType41 = typeof data52;
                  let coerced41 = void 0;
                  if (!(coerced41 !== void 0)) {
                    if (dataType41 == "number" || dataType41 == "boolean") {
                      coerced41 = "" + data52;
                    } else if (data52 === null) {
                      coerced41 = "";
                    } else {
                      const err114 = { instancePath: instancePath + "/auth/expires_in_path", schemaPath: "#/properties/auth/oneOf/5/properties/expires_in_path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.auth.oneOf[5].properties.expires_in_path.type, parentSchema: schema11.properties.auth.oneOf[5].properties.expires_in_path, data: data52 };
                      if (vErrors === null) {
                        vErrors = [err114];
                      } else {
                        vErrors.push(err114);
                      }
                      errors++;
                    }
                  }
                  if (coerced41 !== void 0) {
                    data52 = coerced41;
                    if (data3 !== void 0) {
                      data3["expires_in_path"] = coerced41;
                    }
                  }
                }
                if (typeof data52 === "string") {
                  if (func3(data52) < 1) {
                    const err115 = { instancePath: instancePath + "/auth/expires_in_path", schemaPath: "#/properties/auth/oneOf/5/properties/expires_in_path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.auth.oneOf[5].properties.expires_in_path, data: data52 };
                    if (vErrors === null) {
                      vErrors = [err115];
                    } else {
                      vErrors.push(err115);
                    }
                    errors++;
                  }
                }
              }
              if (data3.token_headers !== void 0) {
                let data53 = data3.token_headers;
                if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
                  for (const key11 in data53) {
                    let data54 = data53[key11];
                    if (typeof data54 !== "string" && !(typeof data54 == "number" && isFinite(data54)) && typeof data54 !== "boolean") {
                      let dataType42 = typeof data54;
                      let coerced42 = void 0;
                      if (!(coerced42 !== void 0)) {
                        if (dataType42 == "number" || dataType42 == "boolean") {
                          coerced42 = "" + data54;
                        } else if (data54 === null) {
                          coerced42 = "";
                        } else if (dataType42 == "boolean" || data54 === null || dataType42 == "string" && data54 && data54 == +data54) {
                          coerced42 = +data54;
                        } else if (data54 === "false" || data54 === 0 || data54 === null) {
                          coerced42 = false;
                        } else if (data54 === "true" || data54 === 1) {
                          coerced42 = true;
                        } else {
                          const err116 = { instancePath: instancePath + "/auth/token_headers/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/auth/oneOf/5/properties/token_headers/additionalProperties/type", keyword: "type", params: { type: schema11.properties.auth.oneOf[5].properties.token_headers.additionalProperties.type }, message: "must be string,number,boolean", schema: schema11.properties.auth.oneOf[5].properties.token_headers.additionalProperties.type, parentSchema: schema11.properties.auth.oneOf[5].properties.token_headers.additionalProperties, data: data54 };
                          if (vErrors === null) {
                            vErrors = [err116];
                          } else {
                            vErrors.push(err116);
                          }
                          errors++;
                        }
                      }
                      if (coerced42 !== void 0) {
                        data54 = coerced42;
                        if (data53 !== void 0) {
                          data53[key11] = coerced42;
                        }
                      }
                    }
                  }
                } else {
                  const err117 = { instancePath: instancePath + "/auth/token_headers", schemaPath: "#/properties/auth/oneOf/5/properties/token_headers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.auth.oneOf[5].properties.token_headers.type, parentSchema: schema11.properties.auth.oneOf[5].properties.token_headers, data: data53 };
                  if (vErrors === null) {
                    vErrors = [err117];
                  } else {
                    vErrors.push(err117);
                  }
                  errors++;
                }
              }
              let data55 = data3.header;
              if (typeof data55 !== "string") {
                let dataType43 = typeof data55;
                let coerced43 = void 0;
                if (!(coerced43 !== void 0)) {
                  if (dataType43 == "number" || dataType43 == "boolean") {
                    coerced43 = "" + data55;
                  } else if (data55 === null) {
                    coerced43 = "";
                  } else {
                    const err118 = { instancePath: instancePath + "/auth/header", schemaPath: "#/properties/auth/oneOf/5/properties/header/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.auth.oneOf[5].properties.header.type, parentSchema: schema11.properties.auth.oneOf[5].properties.header, data: data55 };
                    if (vErrors === null) {
                      vErrors = [err118];
                    } else {
                      vErrors.push(err118);
                    }
                    errors++;
                  }
                }
                if (coerced43 !== void 0) {
                  data55 = coerced43;
                  if (data3 !== void 0) {
                    data3["header"] = coerced43;
                  }
                }
              }
              if (typeof data55 === "string") {
                if (func3(data55) < 1) {
                  const err119 = { instancePath: instancePath + "/auth/header", schemaPath: "#/properties/auth/oneOf/5/properties/header/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.auth.oneOf[5].properties.header, data: data55 };
                  if (vErrors === null) {
                    vErrors = [err119];
                  } else {
                    vErrors.push(err119);
                  }
                  errors++;
                }
              }
              let data56 = data3.prefix;
              if (typeof data56 !== "string") {
                let dataType44 = typeof data56;
                let coerced44 = void 0;
                if (!(coerced44 !== void 0)) {
                  if (dataType44 == "number" || dataType44 == "boolean") {
                    coerced44 = "" + data56;
                  } else if (data56 === null) {
                    coerced44 = "";
                  } else {
                    const err120 = { instancePath: instancePath + "/auth/prefix", schemaPath: "#/properties/auth/oneOf/5/properties/prefix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.auth.oneOf[5].properties.prefix.type, parentSchema: schema11.properties.auth.oneOf[5].properties.prefix, data: data56 };
                    if (vErrors === null) {
                      vErrors = [err120];
                    } else {
                      vErrors.push(err120);
                    }
                    errors++;
                  }
                }
                if (coerced44 !== void 0) {
                  data56 = coerced44;
                  if (data3 !== void 0) {
                    data3["prefix"] = coerced44;
                  }
                }
              }
              let data57 = data3.refresh_margin_s;
              if (!(typeof data57 == "number" && isFinite(data57))) {
                let dataType45 = typeof data57;
                let coerced45 = void 0;
                if (!(coerced45 !== void 0)) {
                  if (dataType45 == "boolean" || data57 === null || dataType45 == "string" && data57 && data57 == +data57) {
                    coerced45 = +data57;
                  } else {
                    const err121 = { instancePath: instancePath + "/auth/refresh_margin_s", schemaPath: "#/properties/auth/oneOf/5/properties/refresh_margin_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.auth.oneOf[5].properties.refresh_margin_s.type, parentSchema: schema11.properties.auth.oneOf[5].properties.refresh_margin_s, data: data57 };
                    if (vErrors === null) {
                      vErrors = [err121];
                    } else {
                      vErrors.push(err121);
                    }
                    errors++;
                  }
                }
                if (coerced45 !== void 0) {
                  data57 = coerced45;
                  if (data3 !== void 0) {
                    data3["refresh_margin_s"] = coerced45;
                  }
                }
              }
              if (typeof data57 == "number" && isFinite(data57)) {
                if (data57 < 0 || isNaN(data57)) {
                  const err122 = { instancePath: instancePath + "/auth/refresh_margin_s", schemaPath: "#/properties/auth/oneOf/5/properties/refresh_margin_s/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.auth.oneOf[5].properties.refresh_margin_s, data: data57 };
                  if (vErrors === null) {
                    vErrors = [err122];
                  } else {
                    vErrors.push(err122);
                  }
                  errors++;
                }
              }
              if (data3.token_lifetime_s !== void 0) {
                let data58 = data3.token_lifetime_s;
                if (!(typeof data58 == "number" && isFinite(data58))) {
                  let dataType46 = typeof data58;
                  let coerced46 = void 0;
                  if (!(coerced46 !== void 0)) {
                    if (dataType46 == "boolean" || data58 === null || dataType46 == "string" && data58 && data58 == +data58) {
                      coerced46 = +data58;
                    } else {
                      const err123 = { instancePath: instancePath + "/auth/token_lifetime_s", schemaPath: "#/properties/auth/oneOf/5/properties/token_lifetime_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.auth.oneOf[5].properties.token_lifetime_s.type, parentSchema: schema11.properties.auth.oneOf[5].properties.token_lifetime_s, data: data58 };
                      if (vErrors === null) {
                        vErrors = [err123];
                      } else {
                        vErrors.push(err123);
                      }
                      errors++;
                    }
                  }
                  if (coerced46 !== void 0) {
                    data58 = coerced46;
                    if (data3 !== void 0) {
                      data3["token_lifetime_s"] = coerced46;
                    }
                  }
                }
                if (typeof data58 == "number" && isFinite(data58)) {
                  if (data58 <= 0 || isNaN(data58)) {
                    const err124 = { instancePath: instancePath + "/auth/token_lifetime_s", schemaPath: "#/properties/auth/oneOf/5/properties/token_lifetime_s/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.auth.oneOf[5].properties.token_lifetime_s, data: data58 };
                    if (vErrors === null) {
                      vErrors = [err124];
                    } else {
                      vErrors.push(err124);
                    }
                    errors++;
                  }
                }
              }
            } else {
              const err125 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/oneOf/5/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.auth.oneOf[5].type, parentSchema: schema11.properties.auth.oneOf[5], data: data3 };
              if (vErrors === null) {
                vErrors = [err125];
              } else {
                vErrors.push(err125);
              }
              errors++;
            }
          } else {
            const err126 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/discriminator", keyword: "discriminator", params: { error: "mapping", tag: "type", tagValue: tag0 }, message: 'value of tag "type" must be in oneOf', schema: schema11.properties.auth.discriminator, parentSchema: schema11.properties.auth, data: data3 };
            if (vErrors === null) {
              vErrors = [err126];
            } else {
              vErrors.push(err126);
            }
            errors++;
          }
        } else {
          const err127 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/discriminator", keyword: "discriminator", params: { error: "tag", tag: "type", tagValue: tag0 }, message: 'tag "type" must be string', schema: schema11.properties.auth.discriminator, parentSchema: schema11.properties.auth, data: data3 };
          if (vErrors === null) {
            vErrors = [err127];
          } else {
            vErrors.push(err127);
          }
          errors++;
        }
      } else {
        const err128 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.auth.type, parentSchema: schema11.properties.auth, data: data3 };
        if (vErrors === null) {
          vErrors = [err128];
        } else {
          vErrors.push(err128);
        }
        errors++;
      }
    }
    if (data.headers !== void 0) {
      let data59 = data.headers;
      if (data59 && typeof data59 == "object" && !Array.isArray(data59)) {
        for (const key12 in data59) {
          let data60 = data59[key12];
          if (typeof data60 !== "string" && !(typeof data60 == "number" && isFinite(data60)) && typeof data60 !== "boolean") {
            let dataType47 = typeof data60;
            let coerced47 = void 0;
            if (!(coerced47 !== void 0)) {
              if (dataType47 == "number" || dataType47 == "boolean") {
                coerced47 = "" + data60;
              } else if (data60 === null) {
                coerced47 = "";
              } else if (dataType47 == "boolean" || data60 === null || dataType47 == "string" && data60 && data60 == +data60) {
                coerced47 = +data60;
              } else if (data60 === "false" || data60 === 0 || data60 === null) {
                coerced47 = false;
              } else if (data60 === "true" || data60 === 1) {
                coerced47 = true;
              } else {
                const err129 = { instancePath: instancePath + "/headers/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/headers/additionalProperties/type", keyword: "type", params: { type: schema11.properties.headers.additionalProperties.type }, message: "must be string,number,boolean", schema: schema11.properties.headers.additionalProperties.type, parentSchema: schema11.properties.headers.additionalProperties, data: data60 };
                if (vErrors === null) {
                  vErrors = [err129];
                } else {
                  vErrors.push(err129);
                }
                errors++;
              }
            }
            if (coerced47 !== void 0) {
              data60 = coerced47;
              if (data59 !== void 0) {
                data59[key12] = coerced47;
              }
            }
          }
        }
      } else {
        const err130 = { instancePath: instancePath + "/headers", schemaPath: "#/properties/headers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.headers.type, parentSchema: schema11.properties.headers, data: data59 };
        if (vErrors === null) {
          vErrors = [err130];
        } else {
          vErrors.push(err130);
        }
        errors++;
      }
    }
    if (data.timeout_ms !== void 0) {
      let data61 = data.timeout_ms;
      if (!(typeof data61 == "number" && (!(data61 % 1) && !isNaN(data61)) && isFinite(data61))) {
        let dataType48 = typeof data61;
        let coerced48 = void 0;
        if (!(coerced48 !== void 0)) {
          if (dataType48 === "boolean" || data61 === null || dataType48 === "string" && data61 && data61 == +data61 && !(data61 % 1)) {
            coerced48 = +data61;
          } else {
            const err131 = { instancePath: instancePath + "/timeout_ms", schemaPath: "#/properties/timeout_ms/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.timeout_ms.type, parentSchema: schema11.properties.timeout_ms, data: data61 };
            if (vErrors === null) {
              vErrors = [err131];
            } else {
              vErrors.push(err131);
            }
            errors++;
          }
        }
        if (coerced48 !== void 0) {
          data61 = coerced48;
          if (data !== void 0) {
            data["timeout_ms"] = coerced48;
          }
        }
      }
      if (typeof data61 == "number" && isFinite(data61)) {
        if (data61 < 1 || isNaN(data61)) {
          const err132 = { instancePath: instancePath + "/timeout_ms", schemaPath: "#/properties/timeout_ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.timeout_ms, data: data61 };
          if (vErrors === null) {
            vErrors = [err132];
          } else {
            vErrors.push(err132);
          }
          errors++;
        }
      }
    }
    if (data.retries !== void 0) {
      let data62 = data.retries;
      if (!(typeof data62 == "number" && (!(data62 % 1) && !isNaN(data62)) && isFinite(data62))) {
        let dataType49 = typeof data62;
        let coerced49 = void 0;
        if (!(coerced49 !== void 0)) {
          if (dataType49 === "boolean" || data62 === null || dataType49 === "string" && data62 && data62 == +data62 && !(data62 % 1)) {
            coerced49 = +data62;
          } else {
            const err133 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.retries.type, parentSchema: schema11.properties.retries, data: data62 };
            if (vErrors === null) {
              vErrors = [err133];
            } else {
              vErrors.push(err133);
            }
            errors++;
          }
        }
        if (coerced49 !== void 0) {
          data62 = coerced49;
          if (data !== void 0) {
            data["retries"] = coerced49;
          }
        }
      }
      if (typeof data62 == "number" && isFinite(data62)) {
        if (data62 > 10 || isNaN(data62)) {
          const err134 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema11.properties.retries, data: data62 };
          if (vErrors === null) {
            vErrors = [err134];
          } else {
            vErrors.push(err134);
          }
          errors++;
        }
        if (data62 < 0 || isNaN(data62)) {
          const err135 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.retries, data: data62 };
          if (vErrors === null) {
            vErrors = [err135];
          } else {
            vErrors.push(err135);
          }
          errors++;
        }
      }
    }
    if (data.retry_delay_ms !== void 0) {
      let data63 = data.retry_delay_ms;
      if (!(typeof data63 == "number" && (!(data63 % 1) && !isNaN(data63)) && isFinite(data63))) {
        let dataType50 = typeof data63;
        let coerced50 = void 0;
        if (!(coerced50 !== void 0)) {
          if (dataType50 === "boolean" || data63 === null || dataType50 === "string" && data63 && data63 == +data63 && !(data63 % 1)) {
            coerced50 = +data63;
          } else {
            const err136 = { instancePath: instancePath + "/retry_delay_ms", schemaPath: "#/properties/retry_delay_ms/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.retry_delay_ms.type, parentSchema: schema11.properties.retry_delay_ms, data: data63 };
            if (vErrors === null) {
              vErrors = [err136];
            } else {
              vErrors.push(err136);
            }
            errors++;
          }
        }
        if (coerced50 !== void 0) {
          data63 = coerced50;
          if (data !== void 0) {
            data["retry_delay_ms"] = coerced50;
          }
        }
      }
      if (typeof data63 == "number" && isFinite(data63)) {
        if (data63 < 0 || isNaN(data63)) {
          const err137 = { instancePath: instancePath + "/retry_delay_ms", schemaPath: "#/properties/retry_delay_ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.retry_delay_ms, data: data63 };
          if (vErrors === null) {
            vErrors = [err137];
          } else {
            vErrors.push(err137);
          }
          errors++;
        }
      }
    }
    if (data.retry_max_delay_ms !== void 0) {
      let data64 = data.retry_max_delay_ms;
      if (!(typeof data64 == "number" && (!(data64 % 1) && !isNaN(data64)) && isFinite(data64))) {
        let dataType51 = typeof data64;
        let coerced51 = void 0;
        if (!(coerced51 !== void 0)) {
          if (dataType51 === "boolean" || data64 === null || dataType51 === "string" && data64 && data64 == +data64 && !(data64 % 1)) {
            coerced51 = +data64;
          } else {
            const err138 = { instancePath: instancePath + "/retry_max_delay_ms", schemaPath: "#/properties/retry_max_delay_ms/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.retry_max_delay_ms.type, parentSchema: schema11.properties.retry_max_delay_ms, data: data64 };
            if (vErrors === null) {
              vErrors = [err138];
            } else {
              vErrors.push(err138);
            }
            errors++;
          }
        }
        if (coerced51 !== void 0) {
          data64 = coerced51;
          if (data !== void 0) {
            data["retry_max_delay_ms"] = coerced51;
          }
        }
      }
      if (typeof data64 == "number" && isFinite(data64)) {
        if (data64 < 0 || isNaN(data64)) {
          const err139 = { instancePath: instancePath + "/retry_max_delay_ms", schemaPath: "#/properties/retry_max_delay_ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.retry_max_delay_ms, data: data64 };
          if (vErrors === null) {
            vErrors = [err139];
          } else {
            vErrors.push(err139);
          }
          errors++;
        }
      }
    }
    if (data.rate_limit !== void 0) {
      let data65 = data.rate_limit;
      if (data65 && typeof data65 == "object" && !Array.isArray(data65)) {
        if (data65.burst === void 0) {
          data65.burst = 1;
        }
        if (Object.keys(data65).length < 1) {
          const err140 = { instancePath: instancePath + "/rate_limit", schemaPath: "#/properties/rate_limit/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema11.properties.rate_limit, data: data65 };
          if (vErrors === null) {
            vErrors = [err140];
          } else {
            vErrors.push(err140);
          }
          errors++;
        }
        for (const key13 in data65) {
          if (!(key13 === "interval_ms" || key13 === "requests_per_second" || key13 === "requests_per_minute" || key13 === "burst" || key13 === "max_concurrent")) {
            const err141 = { instancePath: instancePath + "/rate_limit", schemaPath: "#/properties/rate_limit/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rate_limit, data: data65 };
            if (vErrors === null) {
              vErrors = [err141];
            } else {
              vErrors.push(err141);
            }
            errors++;
          }
        }
        if (data65.interval_ms !== void 0) {
          let data66 = data65.interval_ms;
          if (!(typeof data66 == "number" && (!(data66 % 1) && !isNaN(data66)) && isFinite(data66))) {
            let dataType52 = typeof data66;
            let coerced52 = void 0;
            if (!(coerced52 !== void 0)) {
              if (dataType52 === "boolean" || data66 === null || dataType52 === "string" && data66 && data66 == +data66 && !(data66 % 1)) {
                coerced52 = +data66;
              } else {
                const err142 = { instancePath: instancePath + "/rate_limit/interval_ms", schemaPath: "#/properties/rate_limit/properties/interval_ms/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.rate_limit.properties.interval_ms.type, parentSchema: schema11.properties.rate_limit.properties.interval_ms, data: data66 };
                if (vErrors === null) {
                  vErrors = [err142];
                } else {
                  vErrors.push(err142);
                }
                errors++;
              }
            }
            if (coerced52 !== void 0) {
              data66 = coerced52;
              if (data65 !== void 0) {
                data65["interval_ms"] = coerced52;
              }
            }
          }
          if (typeof data66 == "number" && isFinite(data66)) {
            if (data66 < 1 || isNaN(data66)) {
              const err143 = { instancePath: instancePath + "/rate_limit/interval_ms", schemaPath: "#/properties/rate_limit/properties/interval_ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.rate_limit.properties.interval_ms, data: data66 };
              if (vErrors === null) {
                vErrors = [err143];
              } else {
                vErrors.push(err143);
              }
              errors++;
            }
          }
        }
        if (data65.requests_per_second !== void 0) {
          let data67 = data65.requests_per_second;
          if (!(typeof data67 == "number" && isFinite(data67))) {
            let dataType53 = typeof data67;
            let coerced53 = void 0;
            if (!(coerced53 !== void 0)) {
              if (dataType53 == "boolean" || data67 === null || dataType53 == "string" && data67 && data67 == +data67) {
                coerced53 = +data67;
              } else {
                const err144 = { instancePath: instancePath + "/rate_limit/requests_per_second", schemaPath: "#/properties/rate_limit/properties/requests_per_second/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.rate_limit.properties.requests_per_second.type, parentSchema: schema11.properties.rate_limit.properties.requests_per_second, data: data67 };
                if (vErrors === null) {
                  vErrors = [err144];
                } else {
                  vErrors.push(err144);
                }
                errors++;
              }
            }
            if (coerced53 !== void 0) {
              data67 = coerced53;
              if (data65 !== void 0) {
                data65["requests_per_second"] = coerced53;
              }
            }
          }
          if (typeof data67 == "number" && isFinite(data67)) {
            if (data67 <= 0 || isNaN(data67)) {
              const err145 = { instancePath: instancePath + "/rate_limit/requests_per_second", schemaPath: "#/properties/rate_limit/properties/requests_per_second/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.rate_limit.properties.requests_per_second, data: data67 };
              if (vErrors === null) {
                vErrors = [err145];
              } else {
                vErrors.push(err145);
              }
              errors++;
            }
          }
        }
        if (data65.requests_per_minute !== void 0) {
          let data68 = data65.requests_per_minute;
          if (!(typeof data68 == "number" && isFinite(data68))) {
            let dataType54 = typeof data68;
            let coerced54 = void 0;
            if (!(coerced54 !== void 0)) {
              if (dataType54 == "boolean" || data68 === null || dataType54 == "string" && data68 && data68 == +data68) {
                coerced54 = +data68;
              } else {
                const err146 = { instancePath: instancePath + "/rate_limit/requests_per_minute", schemaPath: "#/properties/rate_limit/properties/requests_per_minute/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.rate_limit.properties.requests_per_minute.type, parentSchema: schema11.properties.rate_limit.properties.requests_per_minute, data: data68 };
                if (vErrors === null) {
                  vErrors = [err146];
                } else {
                  vErrors.push(err146);
                }
                errors++;
              }
            }
            if (coerced54 !== void 0) {
              data68 = coerced54;
              if (data65 !== void 0) {
                data65["requests_per_minute"] = coerced54;
              }
            }
          }
          if (typeof data68 == "number" && isFinite(data68)) {
            if (data68 <= 0 || isNaN(data68)) {
              const err147 = { instancePath: instancePath + "/rate_limit/requests_per_minute", schemaPath: "#/properties/rate_limit/properties/requests_per_minute/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.rate_limit.properties.requests_per_minute, data: data68 };
              if (vErrors === null) {
                vErrors = [err147];
              } else {
                vErrors.push(err147);
              }
              errors++;
            }
          }
        }
        let data69 = data65.burst;
        if (!(typeof data69 == "number" && (!(data69 % 1) && !isNaN(data69)) && isFinite(data69))) {
          let dataType55 = typeof data69;
          let coerced55 = void 0;
          if (!(coerced55 !== void 0)) {
            if (dataType55 === "boolean" || data69 === null || dataType55 === "string" && data69 && data69 == +data69 && !(data69 % 1)) {
              coerced55 = +data69;
            } else {
              const err148 = { instancePath: instancePath + "/rate_limit/burst", schemaPath: "#/properties/rate_limit/properties/burst/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.rate_limit.properties.burst.type, parentSchema: schema11.properties.rate_limit.properties.burst, data: data69 };
              if (vErrors === null) {
                vErrors = [err148];
              } else {
                vErrors.push(err148);
              }
              errors++;
            }
          }
          if (coerced55 !== void 0) {
            data69 = coerced55;
            if (data65 !== void 0) {
              data65["burst"] = coerced55;
            }
          }
        }
        if (typeof data69 == "number" && isFinite(data69)) {
          if (data69 < 1 || isNaN(data69)) {
            const err149 = { instancePath: instancePath + "/rate_limit/burst", schemaPath: "#/properties/rate_limit/properties/burst/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.rate_limit.properties.burst, data: data69 };
            if (vErrors === null) {
              vErrors = [err149];
            } else {
              vErrors.push(err149);
            }
            errors++;
          }
        }
        if (data65.max_concurrent !== void 0) {
          let data70 = data65.max_concurrent;
          if (!(typeof data70 == "number" && (!(data70 % 1) && !isNaN(data70)) && isFinite(data70))) {
            let dataType56 = typeof data70;
            let coerced56 = void 0;
            if (!(coerced56 !== void 0)) {
              if (dataType56 === "boolean" || data70 === null || dataType56 === "string" && data70 && data70 == +data70 && !(data70 % 1)) {
                coerced56 = +data70;
              } else {
                const err150 = { instancePath: instancePath + "/rate_limit/max_concurrent", schemaPath: "#/properties/rate_limit/properties/max_concurrent/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.rate_limit.properties.max_concurrent.type, parentSchema: schema11.properties.rate_limit.properties.max_concurrent, data: data70 };
                if (vErrors === null) {
                  vErrors = [err150];
                } else {
                  vErrors.push(err150);
                }
                errors++;
              }
            }
            if (coerced56 !== void 0) {
              data70 = coerced56;
              if (data65 !== void 0) {
                data65["max_concurrent"] = coerced56;
              }
            }
          }
          if (typeof data70 == "number" && isFinite(data70)) {
            if (data70 < 1 || isNaN(data70)) {
              const err151 = { instancePath: instancePath + "/rate_limit/max_concurrent", schemaPath: "#/properties/rate_limit/properties/max_concurrent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.rate_limit.properties.max_concurrent, data: data70 };
              if (vErrors === null) {
                vErrors = [err151];
              } else {
                vErrors.push(err151);
              }
              errors++;
            }
          }
        }
      } else {
        const err152 = { instancePath: instancePath + "/rate_limit", schemaPath: "#/properties/rate_limit/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rate_limit.type, parentSchema: schema11.properties.rate_limit, data: data65 };
        if (vErrors === null) {
          vErrors = [err152];
        } else {
          vErrors.push(err152);
        }
        errors++;
      }
    }
    if (data.circuit_breaker !== void 0) {
      let data71 = data.circuit_breaker;
      if (data71 && typeof data71 == "object" && !Array.isArray(data71)) {
        if (data71.failures === void 0) {
          data71.failures = 5;
        }
        if (data71.cooldown_ms === void 0) {
          data71.cooldown_ms = 3e4;
        }
        for (const key14 in data71) {
          if (!(key14 === "failures" || key14 === "cooldown_ms")) {
            const err153 = { instancePath: instancePath + "/circuit_breaker", schemaPath: "#/properties/circuit_breaker/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.circuit_breaker, data: data71 };
            if (vErrors === null) {
              vErrors = [err153];
            } else {
              vErrors.push(err153);
            }
            errors++;
          }
        }
        let data72 = data71.failures;
        if (!(typeof data72 == "number" && (!(data72 % 1) && !isNaN(data72)) && isFinite(data72))) {
          let dataType57 = typeof data72;
          let coerced57 = void 0;
          if (!(coerced57 !== void 0)) {
            if (dataType57 === "boolean" || data72 === null || dataType57 === "string" && data72 && data72 == +data72 && !(data72 % 1)) {
              coerced57 = +data72;
            } else {
              const err154 = { instancePath: instancePath + "/circuit_breaker/failures", schemaPath: "#/properties/circuit_breaker/properties/failures/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.circuit_breaker.properties.failures.type, parentSchema: schema11.properties.circuit_breaker.properties.failures, data: data72 };
              if (vErrors === null) {
                vErrors = [err154];
              } else {
                vErrors.push(err154);
              }
              errors++;
            }
          }
          if (coerced57 !== void 0) {
            data72 = coerced57;
            if (data71 !== void 0) {
              data71["failures"] = coerced57;
            }
          }
        }
        if (typeof data72 == "number" && isFinite(data72)) {
          if (data72 < 1 || isNaN(data72)) {
            const err155 = { instancePath: instancePath + "/circuit_breaker/failures", schemaPath: "#/properties/circuit_breaker/properties/failures/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.circuit_breaker.properties.failures, data: data72 };
            if (vErrors === null) {
              vErrors = [err155];
            } else {
              vErrors.push(err155);
            }
            errors++;
          }
        }
        let data73 = data71.cooldown_ms;
        if (!(typeof data73 == "number" && (!(data73 % 1) && !isNaN(data73)) && isFinite(data73))) {
          let dataType58 = typeof data73;
          let coerced58 = void 0;
          if (!(coerced58 !== void 0)) {
            if (dataType58 === "boolean" || data73 === null || dataType58 === "string" && data73 && data73 == +data73 && !(data73 % 1)) {
              coerced58 = +data73;
            } else {
              const err156 = { instancePath: instancePath + "/circuit_breaker/cooldown_ms", schemaPath: "#/properties/circuit_breaker/properties/cooldown_ms/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.circuit_breaker.properties.cooldown_ms.type, parentSchema: schema11.properties.circuit_breaker.properties.cooldown_ms, data: data73 };
              if (vErrors === null) {
                vErrors = [err156];
              } else {
                vErrors.push(err156);
              }
              errors++;
            }
          }
          if (coerced58 !== void 0) {
            data73 = coerced58;
            if (data71 !== void 0) {
              data71["cooldown_ms"] = coerced58;
            }
          }
        }
        if (typeof data73 == "number" && isFinite(data73)) {
          if (data73 < 1 || isNaN(data73)) {
            const err157 = { instancePath: instancePath + "/circuit_breaker/cooldown_ms", schemaPath: "#/properties/circuit_breaker/properties/cooldown_ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.circuit_breaker.properties.cooldown_ms, data: data73 };
            if (vErrors === null) {
              vErrors = [err157];
            } else {
              vErrors.push(err157);
            }
            errors++;
          }
        }
      } else {
        const err158 = { instancePath: instancePath + "/circuit_breaker", schemaPath: "#/properties/circuit_breaker/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.circuit_breaker.type, parentSchema: schema11.properties.circuit_breaker, data: data71 };
        if (vErrors === null) {
          vErrors = [err158];
        } else {
          vErrors.push(err158);
        }
        errors++;
      }
    }
  } else {
    const err159 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err159];
    } else {
      vErrors.push(err159);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var validate_1 = validate11;
var schema12 = { "type": "object", "additionalProperties": false, "required": ["path"], "properties": { "connection": { "type": "string" }, "path": { "description": "Path appended to the connection's `base_url`, e.g. `/customers`; may use runtime references such as `${parent.id}`.", "type": "string", "minLength": 1, "x-runtime-template": true }, "method": { "description": "HTTP method.", "type": "string", "enum": ["GET", "POST"], "default": "GET" }, "params": { "type": "object", "additionalProperties": { "type": ["string", "number", "boolean"] }, "description": "Query parameters. Values may use runtime references, e.g. `updated_since: ${cursor}`; a parameter whose value is only a reference to nothing (no cursor yet) is left out.", "x-runtime-template": true }, "headers": { "type": "object", "additionalProperties": { "type": ["string", "number", "boolean"] }, "description": "Extra headers for this stream; may use runtime references.", "x-runtime-template": true }, "body": { "description": "JSON body sent with `method: POST`; strings may use runtime references.", "type": ["object", "array"], "tsType": "Record<string, unknown> | unknown[]", "x-runtime-template": true }, "format": { "description": "How the response body is decoded: `json`, `jsonl` (one JSON record per line) or `csv` (a header row, then one record per row; values are text).", "type": "string", "enum": ["json", "jsonl", "csv"], "default": "json" }, "csv_delimiter": { "description": "Field delimiter of a `csv` response.", "type": "string", "minLength": 1, "maxLength": 1, "default": "," }, "records_path": { "description": "Dot path of the records array in a JSON response, e.g. `data`, `value` or `payload.Orders`. Omit when the body is the array. A key that contains dots (`@odata.nextLink`) is found as a whole.", "type": "string", "minLength": 1, "x-default": "items" }, "pagination": { "description": "How to walk pages. Omit for a single request. `type` picks the style.", "type": "object", "required": ["type"], "discriminator": { "propertyName": "type" }, "oneOf": [{ "title": "NoPagination", "description": "One request.", "type": "object", "additionalProperties": false, "required": ["type"], "properties": { "type": { "const": "none" } } }, { "title": "PagePagination", "description": "Sends a page number that grows by one: `?page=1`, `?page=2`, ...", "type": "object", "additionalProperties": false, "required": ["type"], "properties": { "type": { "const": "page" }, "page_param": { "description": "Query parameter of the page number.", "type": "string", "minLength": 1, "default": "page" }, "start_page": { "description": "Number of the first page.", "type": "integer", "minimum": 0, "default": 1 }, "size_param": { "description": "Query parameter of the page size (`per_page`, `limit`, `$top`, ...); the size is not sent without it.", "type": "string", "minLength": 1 }, "size": { "description": "Records per page asked for; also how a short page is recognised. A server may send fewer (a cap): a short page ends the read only when it is shorter than an earlier page and no has-more or total signal says otherwise.", "type": "integer", "minimum": 1, "default": 100 }, "size_honoured": { "description": "The server never sends fewer than `size` records on a page that is not the last (it refuses a larger `size` rather than capping it, as Ploomes does): a short page, even the first, then ends the read at once. Without it, a short first page is checked with one more request, which must come back empty.", "type": "boolean", "default": false }, "stop_when": { "description": "When to stop besides the style's own end: `empty_page` (a page with no records), `short_page` (fewer records than `size` and than an earlier page, while no has-more flag or total says there is more), `has_more` (the flag at `has_more_path` is false or missing), `total` (`total_path` records or `total_pages_path` pages reached). Several may be listed. A page that would end the read while the response says there is more (a has-more flag that is true, a total not reached) fails the stream instead.", "type": "array", "items": { "type": "string", "enum": ["empty_page", "short_page", "has_more", "total"] }, "minItems": 1, "default": ["short_page", "empty_page"] }, "has_more_path": { "description": 'Dot path of a "more pages" flag in the response body, e.g. `hasMore`. When true, a short page does not end the read and a missing next-page token fails it. Without it, a top-level `has_more` or `hasMore` that is `true` counts the same way.', "type": "string", "minLength": 1 }, "total_path": { "description": "Dot path of the total record count in the response body, e.g. `totalCount`. Until it is reached, a short page does not end the read and a page that cannot be followed fails it.", "type": "string", "minLength": 1 }, "total_pages_path": { "description": "Dot path of the total page count in the response body, e.g. `pagination.total_pages`; read like `total_path`.", "type": "string", "minLength": 1 }, "max_pages": { "description": "Loop guard: the read stops after this many pages (see `on_guard`).", "type": "integer", "minimum": 1, "default": 1e4 }, "on_guard": { "description": "What a loop guard does when it trips (`max_pages` reached, the same next-page token or URL twice): `fail` fails the stream, which keeps its cursor; `warn` ends the read with a warning and the stream succeeds (an unordered incremental stream keeps its cursor).", "type": "string", "enum": ["fail", "warn"], "default": "fail" } } }, { "title": "OffsetPagination", "description": "Sends the number of records already read: `?offset=0`, `?offset=100`, ... (OData: `$skip` with `$top`).", "type": "object", "additionalProperties": false, "required": ["type"], "properties": { "type": { "const": "offset" }, "offset_param": { "description": "Query parameter of the offset.", "type": "string", "minLength": 1, "default": "offset" }, "size_param": { "description": "Query parameter of the page size (`per_page`, `limit`, `$top`, ...); the size is not sent without it.", "type": "string", "minLength": 1 }, "size": { "description": "Records per page asked for; also how a short page is recognised. A server may send fewer (a cap): a short page ends the read only when it is shorter than an earlier page and no has-more or total signal says otherwise.", "type": "integer", "minimum": 1, "default": 100 }, "size_honoured": { "description": "The server never sends fewer than `size` records on a page that is not the last (it refuses a larger `size` rather than capping it, as Ploomes does): a short page, even the first, then ends the read at once. Without it, a short first page is checked with one more request, which must come back empty.", "type": "boolean", "default": false }, "stop_when": { "description": "When to stop besides the style's own end: `empty_page` (a page with no records), `short_page` (fewer records than `size` and than an earlier page, while no has-more flag or total says there is more), `has_more` (the flag at `has_more_path` is false or missing), `total` (`total_path` records or `total_pages_path` pages reached). Several may be listed. A page that would end the read while the response says there is more (a has-more flag that is true, a total not reached) fails the stream instead.", "type": "array", "items": { "type": "string", "enum": ["empty_page", "short_page", "has_more", "total"] }, "minItems": 1, "default": ["short_page", "empty_page"] }, "has_more_path": { "description": 'Dot path of a "more pages" flag in the response body, e.g. `hasMore`. When true, a short page does not end the read and a missing next-page token fails it. Without it, a top-level `has_more` or `hasMore` that is `true` counts the same way.', "type": "string", "minLength": 1 }, "total_path": { "description": "Dot path of the total record count in the response body, e.g. `totalCount`. Until it is reached, a short page does not end the read and a page that cannot be followed fails it.", "type": "string", "minLength": 1 }, "total_pages_path": { "description": "Dot path of the total page count in the response body, e.g. `pagination.total_pages`; read like `total_path`.", "type": "string", "minLength": 1 }, "max_pages": { "description": "Loop guard: the read stops after this many pages (see `on_guard`).", "type": "integer", "minimum": 1, "default": 1e4 }, "on_guard": { "description": "What a loop guard does when it trips (`max_pages` reached, the same next-page token or URL twice): `fail` fails the stream, which keeps its cursor; `warn` ends the read with a warning and the stream succeeds (an unordered incremental stream keeps its cursor).", "type": "string", "enum": ["fail", "warn"], "default": "fail" } } }, { "title": "CursorPagination", "description": "Sends back a token until there is none: one found in the response body (`NextToken`, `continueFrom`, ...), or a field of the last record of the page (`starting_after` APIs).", "type": "object", "additionalProperties": false, "required": ["type", "token_param"], "properties": { "type": { "const": "cursor" }, "token_from": { "description": "Where the next-page token comes from: `body` (at `token_path` in the response; no token ends the read) or `last_record` (the `token_field` of the page's last record, for Stripe's `starting_after` and other \"after id\" APIs; an empty page ends the read).", "type": "string", "enum": ["body", "last_record"], "default": "body" }, "token_path": { "description": "Dot path of the next-page token in the response body, e.g. `payload.NextToken`. Needed with `token_from: body`.", "type": "string", "minLength": 1 }, "token_field": { "description": "With `token_from: last_record`: dot path of the token in the last record of the page.", "type": "string", "minLength": 1, "default": "id" }, "token_param": { "description": "Query parameter that carries the token on the next request, e.g. `NextToken`, `from` or `starting_after`.", "type": "string", "minLength": 1 }, "keep_params": { "description": "On the pages after the first, send only these of the stream's query parameters beside the token (SP-API getOrders takes only `MarketplaceIds` with `NextToken`). Omit to send them all again.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "size_param": { "description": "Query parameter of the page size (`per_page`, `limit`, `$top`, ...); the size is not sent without it.", "type": "string", "minLength": 1 }, "size": { "description": "Records per page asked for; also how a short page is recognised. A server may send fewer (a cap): a short page ends the read only when it is shorter than an earlier page and no has-more or total signal says otherwise.", "type": "integer", "minimum": 1, "default": 100 }, "size_honoured": { "description": "The server never sends fewer than `size` records on a page that is not the last (it refuses a larger `size` rather than capping it, as Ploomes does): a short page, even the first, then ends the read at once. Without it, a short first page is checked with one more request, which must come back empty.", "type": "boolean", "default": false }, "stop_when": { "description": "When to stop besides the style's own end: `empty_page` (a page with no records), `short_page` (fewer records than `size` and than an earlier page, while no has-more flag or total says there is more), `has_more` (the flag at `has_more_path` is false or missing), `total` (`total_path` records or `total_pages_path` pages reached). Several may be listed. A page that would end the read while the response says there is more (a has-more flag that is true, a total not reached) fails the stream instead.", "type": "array", "items": { "type": "string", "enum": ["empty_page", "short_page", "has_more", "total"] }, "default": [] }, "has_more_path": { "description": 'Dot path of a "more pages" flag in the response body, e.g. `hasMore`. When true, a short page does not end the read and a missing next-page token fails it. Without it, a top-level `has_more` or `hasMore` that is `true` counts the same way.', "type": "string", "minLength": 1 }, "total_path": { "description": "Dot path of the total record count in the response body, e.g. `totalCount`. Until it is reached, a short page does not end the read and a page that cannot be followed fails it.", "type": "string", "minLength": 1 }, "total_pages_path": { "description": "Dot path of the total page count in the response body, e.g. `pagination.total_pages`; read like `total_path`.", "type": "string", "minLength": 1 }, "max_pages": { "description": "Loop guard: the read stops after this many pages (see `on_guard`).", "type": "integer", "minimum": 1, "default": 1e4 }, "on_guard": { "description": "What a loop guard does when it trips (`max_pages` reached, the same next-page token or URL twice): `fail` fails the stream, which keeps its cursor; `warn` ends the read with a warning and the stream succeeds (an unordered incremental stream keeps its cursor).", "type": "string", "enum": ["fail", "warn"], "default": "fail" } }, "if": { "properties": { "token_from": { "const": "last_record" } }, "required": ["token_from"] }, "else": { "required": ["token_path"] } }, { "title": "NextUrlPagination", "description": "Follows a next-page URL found in the response body (`@odata.nextLink`, `links.next`, ...) until there is none.", "type": "object", "additionalProperties": false, "required": ["type", "next_url_path"], "properties": { "type": { "const": "next_url" }, "next_url_path": { "description": "Dot path of the next page's URL in the response body.", "type": "string", "minLength": 1 }, "stop_when": { "description": "When to stop besides the style's own end: `empty_page` (a page with no records), `short_page` (fewer records than `size` and than an earlier page, while no has-more flag or total says there is more), `has_more` (the flag at `has_more_path` is false or missing), `total` (`total_path` records or `total_pages_path` pages reached). Several may be listed. A page that would end the read while the response says there is more (a has-more flag that is true, a total not reached) fails the stream instead.", "type": "array", "items": { "type": "string", "enum": ["empty_page", "short_page", "has_more", "total"] }, "default": [] }, "has_more_path": { "description": 'Dot path of a "more pages" flag in the response body, e.g. `hasMore`. When true, a short page does not end the read and a missing next-page token fails it. Without it, a top-level `has_more` or `hasMore` that is `true` counts the same way.', "type": "string", "minLength": 1 }, "total_path": { "description": "Dot path of the total record count in the response body, e.g. `totalCount`. Until it is reached, a short page does not end the read and a page that cannot be followed fails it.", "type": "string", "minLength": 1 }, "total_pages_path": { "description": "Dot path of the total page count in the response body, e.g. `pagination.total_pages`; read like `total_path`.", "type": "string", "minLength": 1 }, "max_pages": { "description": "Loop guard: the read stops after this many pages (see `on_guard`).", "type": "integer", "minimum": 1, "default": 1e4 }, "on_guard": { "description": "What a loop guard does when it trips (`max_pages` reached, the same next-page token or URL twice): `fail` fails the stream, which keeps its cursor; `warn` ends the read with a warning and the stream succeeds (an unordered incremental stream keeps its cursor).", "type": "string", "enum": ["fail", "warn"], "default": "fail" } } }, { "title": "LinkHeaderPagination", "description": 'Follows the `rel="next"` URL of the `Link` response header (e.g. Shopify) until there is none.', "type": "object", "additionalProperties": false, "required": ["type"], "properties": { "type": { "const": "link_header" }, "rel": { "description": "The link relation to follow.", "type": "string", "minLength": 1, "default": "next" }, "stop_when": { "description": "When to stop besides the style's own end: `empty_page` (a page with no records), `short_page` (fewer records than `size` and than an earlier page, while no has-more flag or total says there is more), `has_more` (the flag at `has_more_path` is false or missing), `total` (`total_path` records or `total_pages_path` pages reached). Several may be listed. A page that would end the read while the response says there is more (a has-more flag that is true, a total not reached) fails the stream instead.", "type": "array", "items": { "type": "string", "enum": ["empty_page", "short_page", "has_more", "total"] }, "default": [] }, "has_more_path": { "description": 'Dot path of a "more pages" flag in the response body, e.g. `hasMore`. When true, a short page does not end the read and a missing next-page token fails it. Without it, a top-level `has_more` or `hasMore` that is `true` counts the same way.', "type": "string", "minLength": 1 }, "total_path": { "description": "Dot path of the total record count in the response body, e.g. `totalCount`. Until it is reached, a short page does not end the read and a page that cannot be followed fails it.", "type": "string", "minLength": 1 }, "total_pages_path": { "description": "Dot path of the total page count in the response body, e.g. `pagination.total_pages`; read like `total_path`.", "type": "string", "minLength": 1 }, "max_pages": { "description": "Loop guard: the read stops after this many pages (see `on_guard`).", "type": "integer", "minimum": 1, "default": 1e4 }, "on_guard": { "description": "What a loop guard does when it trips (`max_pages` reached, the same next-page token or URL twice): `fail` fails the stream, which keeps its cursor; `warn` ends the read with a warning and the stream succeeds (an unordered incremental stream keeps its cursor).", "type": "string", "enum": ["fail", "warn"], "default": "fail" } } }], "x-default": { "type": "offset", "offset_param": "offset", "size_param": "limit", "size": 500 } }, "since": { "description": "Writes the stream's cursor into the request, formatted, for an incremental stream. Left out when there is no cursor yet (set `incremental.initial` to always send it).", "type": "object", "additionalProperties": false, "required": ["param"], "properties": { "param": { "description": "Name of the query parameter, or dot path of the body field (with `in: body`), that carries the value.", "type": "string", "minLength": 1 }, "in": { "description": "Where the value goes: the query string or the JSON body.", "type": "string", "enum": ["query", "body"], "default": "query" }, "value": { "description": "The value sent, where `${cursor}` is the formatted cursor, e.g. `LastUpdateDate gt ${cursor}` for an OData `$filter`.", "type": "string", "default": "${cursor}", "x-runtime-template": true }, "format": { "description": "How the cursor is written: `raw` (as stored), `iso` (`2024-05-01T12:00:00Z`), `iso_date` (`2024-05-01`), `unix` (seconds), `unix_ms`, or a pattern of `%Y %m %d %H %M %S %L` (milliseconds) `%z` (`+0000`) `%%`, e.g. `%Y-%m-%dT%H:%M:%S`. Default `raw`.", "type": "string", "pattern": "^(raw|iso|iso_date|unix|unix_ms|([^%]|%[YmdHMSLz%])*%[YmdHMSLz%]([^%]|%[YmdHMSLz%])*)$" }, "lookback_s": { "description": "Seconds subtracted from the cursor before it is sent, to re-read late writes. Needs a `format` other than `raw`.", "type": "number", "minimum": 0 }, "timezone": { "description": "IANA time zone (e.g. `America/Sao_Paulo`) for cursors written without an offset and for the formatted value, for APIs whose times carry no zone.", "type": "string", "minLength": 1, "default": "UTC" } }, "if": { "required": ["lookback_s"] }, "then": { "required": ["format"] } }, "ids_split": { "description": "For an `ids` run whose options take all ids at once (`${ids}`, `${ids_csv}`, e.g. in `strategies.ids.source`): the ids are sent in several requests, each with at most `max_ids` ids and a first URL of at most `max_url_length` characters. Each request is paginated like the stream.", "type": "object", "additionalProperties": false, "default": {}, "properties": { "max_ids": { "description": "Most ids in one request.", "type": "integer", "minimum": 1, "default": 100 }, "max_url_length": { "description": "Longest URL, in characters, of the first request of each group (many servers refuse more than 8 KB); a lone id that is longer still gets its request.", "type": "integer", "minimum": 100, "default": 8e3 } } } } };
var pattern0 = new RegExp("^(raw|iso|iso_date|unix|unix_ms|([^%]|%[YmdHMSLz%])*%[YmdHMSLz%]([^%]|%[YmdHMSLz%])*)$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.method === void 0) {
      data.method = "GET";
    }
    if (data.format === void 0) {
      data.format = "json";
    }
    if (data.csv_delimiter === void 0) {
      data.csv_delimiter = ",";
    }
    if (data.ids_split === void 0) {
      data.ids_split = {};
    }
    if (data.path === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema12.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.connection !== void 0) {
      let data0 = data.connection;
      if (typeof data0 !== "string") {
        let dataType0 = typeof data0;
        let coerced0 = void 0;
        if (!(coerced0 !== void 0)) {
          if (dataType0 == "number" || dataType0 == "boolean") {
            coerced0 = "" + data0;
          } else if (data0 === null) {
            coerced0 = "";
          } else {
            const err2 = { instancePath: instancePath + "/connection", schemaPath: "#/properties/connection/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.connection.type, parentSchema: schema12.properties.connection, data: data0 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (coerced0 !== void 0) {
          data0 = coerced0;
          if (data !== void 0) {
            data["connection"] = coerced0;
          }
        }
      }
    }
    if (data.path !== void 0) {
      let data1 = data.path;
      if (typeof data1 !== "string") {
        let dataType1 = typeof data1;
        let coerced1 = void 0;
        if (!(coerced1 !== void 0)) {
          if (dataType1 == "number" || dataType1 == "boolean") {
            coerced1 = "" + data1;
          } else if (data1 === null) {
            coerced1 = "";
          } else {
            const err3 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.path.type, parentSchema: schema12.properties.path, data: data1 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (coerced1 !== void 0) {
          data1 = coerced1;
          if (data !== void 0) {
            data["path"] = coerced1;
          }
        }
      }
      this.templates.push(instancePath + "/path");
      if (typeof data1 === "string") {
        if (func3(data1) < 1) {
          const err4 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.path, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    let data2 = data.method;
    if (typeof data2 !== "string") {
      let dataType2 = typeof data2;
      let coerced2 = void 0;
      if (!(coerced2 !== void 0)) {
        if (dataType2 == "number" || dataType2 == "boolean") {
          coerced2 = "" + data2;
        } else if (data2 === null) {
          coerced2 = "";
        } else {
          const err5 = { instancePath: instancePath + "/method", schemaPath: "#/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.method.type, parentSchema: schema12.properties.method, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      if (coerced2 !== void 0) {
        data2 = coerced2;
        if (data !== void 0) {
          data["method"] = coerced2;
        }
      }
    }
    if (!(data2 === "GET" || data2 === "POST")) {
      const err6 = { instancePath: instancePath + "/method", schemaPath: "#/properties/method/enum", keyword: "enum", params: { allowedValues: schema12.properties.method.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.method.enum, parentSchema: schema12.properties.method, data: data2 };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.params !== void 0) {
      let data3 = data.params;
      this.templates.push(instancePath + "/params");
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          let data4 = data3[key1];
          if (typeof data4 !== "string" && !(typeof data4 == "number" && isFinite(data4)) && typeof data4 !== "boolean") {
            let dataType3 = typeof data4;
            let coerced3 = void 0;
            if (!(coerced3 !== void 0)) {
              if (dataType3 == "number" || dataType3 == "boolean") {
                coerced3 = "" + data4;
              } else if (data4 === null) {
                coerced3 = "";
              } else if (dataType3 == "boolean" || data4 === null || dataType3 == "string" && data4 && data4 == +data4) {
                coerced3 = +data4;
              } else if (data4 === "false" || data4 === 0 || data4 === null) {
                coerced3 = false;
              } else if (data4 === "true" || data4 === 1) {
                coerced3 = true;
              } else {
                const err7 = { instancePath: instancePath + "/params/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/params/additionalProperties/type", keyword: "type", params: { type: schema12.properties.params.additionalProperties.type }, message: "must be string,number,boolean", schema: schema12.properties.params.additionalProperties.type, parentSchema: schema12.properties.params.additionalProperties, data: data4 };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (coerced3 !== void 0) {
              data4 = coerced3;
              if (data3 !== void 0) {
                data3[key1] = coerced3;
              }
            }
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.params.type, parentSchema: schema12.properties.params, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.headers !== void 0) {
      let data5 = data.headers;
      this.templates.push(instancePath + "/headers");
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key2 in data5) {
          let data6 = data5[key2];
          if (typeof data6 !== "string" && !(typeof data6 == "number" && isFinite(data6)) && typeof data6 !== "boolean") {
            let dataType4 = typeof data6;
            let coerced4 = void 0;
            if (!(coerced4 !== void 0)) {
              if (dataType4 == "number" || dataType4 == "boolean") {
                coerced4 = "" + data6;
              } else if (data6 === null) {
                coerced4 = "";
              } else if (dataType4 == "boolean" || data6 === null || dataType4 == "string" && data6 && data6 == +data6) {
                coerced4 = +data6;
              } else if (data6 === "false" || data6 === 0 || data6 === null) {
                coerced4 = false;
              } else if (data6 === "true" || data6 === 1) {
                coerced4 = true;
              } else {
                const err9 = { instancePath: instancePath + "/headers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/headers/additionalProperties/type", keyword: "type", params: { type: schema12.properties.headers.additionalProperties.type }, message: "must be string,number,boolean", schema: schema12.properties.headers.additionalProperties.type, parentSchema: schema12.properties.headers.additionalProperties, data: data6 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (coerced4 !== void 0) {
              data6 = coerced4;
              if (data5 !== void 0) {
                data5[key2] = coerced4;
              }
            }
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/headers", schemaPath: "#/properties/headers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.headers.type, parentSchema: schema12.properties.headers, data: data5 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.body !== void 0) {
      let data7 = data.body;
      if (!data7 || typeof data7 != "object") {
        const err11 = { instancePath: instancePath + "/body", schemaPath: "#/properties/body/type", keyword: "type", params: { type: schema12.properties.body.type }, message: "must be object,array", schema: schema12.properties.body.type, parentSchema: schema12.properties.body, data: data7 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      this.templates.push(instancePath + "/body");
    }
    let data8 = data.format;
    if (typeof data8 !== "string") {
      let dataType5 = typeof data8;
      let coerced5 = void 0;
      if (!(coerced5 !== void 0)) {
        if (dataType5 == "number" || dataType5 == "boolean") {
          coerced5 = "" + data8;
        } else if (data8 === null) {
          coerced5 = "";
        } else {
          const err12 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.format.type, parentSchema: schema12.properties.format, data: data8 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
      if (coerced5 !== void 0) {
        data8 = coerced5;
        if (data !== void 0) {
          data["format"] = coerced5;
        }
      }
    }
    if (!(data8 === "json" || data8 === "jsonl" || data8 === "csv")) {
      const err13 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/enum", keyword: "enum", params: { allowedValues: schema12.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.format.enum, parentSchema: schema12.properties.format, data: data8 };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    let data9 = data.csv_delimiter;
    if (typeof data9 !== "string") {
      let dataType6 = typeof data9;
      let coerced6 = void 0;
      if (!(coerced6 !== void 0)) {
        if (dataType6 == "number" || dataType6 == "boolean") {
          coerced6 = "" + data9;
        } else if (data9 === null) {
          coerced6 = "";
        } else {
          const err14 = { instancePath: instancePath + "/csv_delimiter", schemaPath: "#/properties/csv_delimiter/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.csv_delimiter.type, parentSchema: schema12.properties.csv_delimiter, data: data9 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
      if (coerced6 !== void 0) {
        data9 = coerced6;
        if (data !== void 0) {
          data["csv_delimiter"] = coerced6;
        }
      }
    }
    if (typeof data9 === "string") {
      if (func3(data9) > 1) {
        const err15 = { instancePath: instancePath + "/csv_delimiter", schemaPath: "#/properties/csv_delimiter/maxLength", keyword: "maxLength", params: { limit: 1 }, message: "must NOT have more than 1 characters", schema: 1, parentSchema: schema12.properties.csv_delimiter, data: data9 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (func3(data9) < 1) {
        const err16 = { instancePath: instancePath + "/csv_delimiter", schemaPath: "#/properties/csv_delimiter/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.csv_delimiter, data: data9 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.records_path !== void 0) {
      let data10 = data.records_path;
      if (typeof data10 !== "string") {
        let dataType7 = typeof data10;
        let coerced7 = void 0;
        if (!(coerced7 !== void 0)) {
          if (dataType7 == "number" || dataType7 == "boolean") {
            coerced7 = "" + data10;
          } else if (data10 === null) {
            coerced7 = "";
          } else {
            const err17 = { instancePath: instancePath + "/records_path", schemaPath: "#/properties/records_path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.records_path.type, parentSchema: schema12.properties.records_path, data: data10 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (coerced7 !== void 0) {
          data10 = coerced7;
          if (data !== void 0) {
            data["records_path"] = coerced7;
          }
        }
      }
      if (typeof data10 === "string") {
        if (func3(data10) < 1) {
          const err18 = { instancePath: instancePath + "/records_path", schemaPath: "#/properties/records_path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.records_path, data: data10 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
    }
    if (data.pagination !== void 0) {
      let data11 = data.pagination;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        if (data11.type === void 0) {
          const err19 = { instancePath: instancePath + "/pagination", schemaPath: "#/properties/pagination/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema12.properties.pagination.required, parentSchema: schema12.properties.pagination, data: data11 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        const tag0 = data11.type;
        if (typeof tag0 == "string") {
          if (tag0 === "none") {
            if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
              if (data11.type === void 0) {
                const err20 = { instancePath: instancePath + "/pagination", schemaPath: "#/properties/pagination/oneOf/0/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema12.properties.pagination.oneOf[0].required, parentSchema: schema12.properties.pagination.oneOf[0], data: data11 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
              for (const key3 in data11) {
                if (!(key3 === "type")) {
                  const err21 = { instancePath: instancePath + "/pagination", schemaPath: "#/properties/pagination/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.pagination.oneOf[0], data: data11 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              }
              if (data11.type !== void 0) {
                let data12 = data11.type;
                if ("none" !== data12) {
                  const err22 = { instancePath: instancePath + "/pagination/type", schemaPath: "#/properties/pagination/oneOf/0/properties/type/const", keyword: "const", params: { allowedValue: "none" }, message: "must be equal to constant", schema: "none", parentSchema: schema12.properties.pagination.oneOf[0].properties.type, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              }
            } else {
              const err23 = { instancePath: instancePath + "/pagination", schemaPath: "#/properties/pagination/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.pagination.oneOf[0].type, parentSchema: schema12.properties.pagination.oneOf[0], data: data11 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else if (tag0 === "page") {
            if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
              if (data11.page_param === void 0) {
                data11.page_param = "page";
              }
              if (data11.start_page === void 0) {
                data11.start_page = 1;
              }
              if (data11.size === void 0) {
                data11.size = 100;
              }
              if (data11.size_honoured === void 0) {
                data11.size_honoured = false;
              }
              if (data11.stop_when === void 0) {
                data11.stop_when = ["short_page", "empty_page"];
              }
              if (data11.max_pages === void 0) {
                data11.max_pages = 1e4;
              }
              if (data11.on_guard === void 0) {
                data11.on_guard = "fail";
              }
              if (data11.type === void 0) {
                const err24 = { instancePath: instancePath + "/pagination", schemaPath: "#/properties/pagination/oneOf/1/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema12.properties.pagination.oneOf[1].required, parentSchema: schema12.properties.pagination.oneOf[1], data: data11 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
              for (const key4 in data11) {
                if (!func2.call(schema12.properties.pagination.oneOf[1].properties, key4)) {
                  const err25 = { instancePath: instancePath + "/pagination", schemaPath: "#/properties/pagination/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.pagination.oneOf[1], data: data11 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              }
              if (data11.type !== void 0) {
                let data13 = data11.type;
                if ("page" !== data13) {
                  const err26 = { instancePath: instancePath + "/pagination/type", schemaPath: "#/properties/pagination/oneOf/1/properties/type/const", keyword: "const", params: { allowedValue: "page" }, message: "must be equal to constant", schema: "page", parentSchema: schema12.properties.pagination.oneOf[1].properties.type, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              }
              let data14 = data11.page_param;
              if (typeof data14 !== "string") {
                let dataType8 = typeof data14;
                let coerced8 = void 0;
                if (!(coerced8 !== void 0)) {
                  if (dataType8 == "number" || dataType8 == "boolean") {
                    coerced8 = "" + data14;
                  } else if (data14 === null) {
                    coerced8 = "";
                  } else {
                    const err27 = { instancePath: instancePath + "/pagination/page_param", schemaPath: "#/properties/pagination/oneOf/1/properties/page_param/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.pagination.oneOf[1].properties.page_param.type, parentSchema: schema12.properties.pagination.oneOf[1].properties.page_param, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
                if (coerced8 !== void 0) {
                  data14 = coerced8;
                  if (data11 !== void 0) {
                    data11["page_param"] = coerced8;
                  }
                }
              }
              if (typeof data14 === "string") {
                if (func3(data14) < 1) {
                  const err28 = { instancePath: instancePath + "/pagination/page_param", schemaPath: "#/properties/pagination/oneOf/1/properties/page_param/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.pagination.oneOf[1].properties.page_param, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              }
              let data15 = data11.start_page;
              if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
                let dataType9 = typeof data15;
                let coerced9 = void 0;
                if (!(coerced9 !== void 0)) {
                  if (dataType9 === "boolean" || data15 === null || dataType9 === "string" && data15 && data15 == +data15 && !(data15 % 1)) {
                    coerced9 = +data15;
                  } else {
                    const err29 = { instancePath: instancePath + "/pagination/start_page", schemaPath: "#/properties/pagination/oneOf/1/properties/start_page/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.pagination.oneOf[1].properties.start_page.type, parentSchema: schema12.properties.pagination.oneOf[1].properties.start_page, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
                if (coerced9 !== void 0) {
                  data15 = coerced9;
                  if (data11 !== void 0) {
                    data11["start_page"] = coerced9;
                  }
                }
              }
              if (typeof data15 == "number" && isFinite(data15)) {
                if (data15 < 0 || isNaN(data15)) {
                  const err30 = { instancePath: instancePath + "/pagination/start_page", schemaPath: "#/properties/pagination/oneOf/1/properties/start_page/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12.properties.pagination.oneOf[1].properties.start_page, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              }
              if (data11.size_param !== void 0) {
                let data16 = data11.size_param;
                if (typeof data16 !== "string") {
                  let dataType10 = typeof data16;
                  let coerced10 = void 0;
                  if (!(coerced10 !== void 0)) {
                    if (dataType10 == "number" || dataType10 == "boolean") {
                      coerced10 = "" + data16;
                    } else if (data16 === null) {
                      coerced10 = "";
                    } else {
                      const err31 = { instancePath: instancePath + "/pagination/size_param", schemaPath: "#/properties/pagination/oneOf/1/properties/size_param/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.pagination.oneOf[1].properties.size_param.type, parentSchema: schema12.properties.pagination.oneOf[1].properties.size_param, data: data16 };
                      if (vErrors === null) {
                        vErrors = [err31];
                      } else {
                        vErrors.push(err31);
                      }
                      errors++;
                    }
                  }
                  if (coerced10 !== void 0) {
                    data16 = coerced10;
                    if (data11 !== void 0) {
                      data11["size_param"] = coerced10;
                    }
                  }
                }
                if (typeof data16 === "string") {
                  if (func3(data16) < 1) {
                    const err32 = { instancePath: instancePath + "/pagination/size_param", schemaPath: "#/properties/pagination/oneOf/1/properties/size_param/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.pagination.oneOf[1].properties.size_param, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                }
              }
              let data17 = data11.size;
              if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
                let dataType11 = typeof data17;
                let coerced11 = void 0;
                if (!(coerced11 !== void 0)) {
                  if (dataType11 === "boolean" || data17 === null || dataType11 === "string" && data17 && data17 == +data17 && !(data17 % 1)) {
                    coerced11 = +data17;
                  } else {
                    const err33 = { instancePath: instancePath + "/pagination/size", schemaPath: "#/properties/pagination/oneOf/1/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.pagination.oneOf[1].properties.size.type, parentSchema: schema12.properties.pagination.oneOf[1].properties.size, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                }
                if (coerced11 !== void 0) {
                  data17 = coerced11;
                  if (data11 !== void 0) {
                    data11["size"] = coerced11;
                  }
                }
              }
              if (typeof data17 == "number" && isFinite(data17)) {
                if (data17 < 1 || isNaN(data17)) {
                  const err34 = { instancePath: instancePath + "/pagination/size", schemaPath: "#/properties/pagination/oneOf/1/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema12.properties.pagination.oneOf[1].properties.size, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              }
              let data18 = data11.size_honoured;
              if (typeof data18 !== "boolean") {
                let coerced12 = void 0;
                if (!(coerced12 !== void 0)) {
                  if (data18 === "false" || data18 === 0 || data18 === null) {
                    coerced12 = false;
                  } else if (data18 === "true" || data18 === 1) {
                    coerced12 = true;
                  } else {
                    const err35 = { instancePath: instancePath + "/pagination/size_honoured", schemaPath: "#/properties/pagination/oneOf/1/properties/size_honoured/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.pagination.oneOf[1].properties.size_honoured.type, parentSchema: schema12.properties.pagination.oneOf[1].properties.size_honoured, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
                if (coerced12 !== void 0) {
                  data18 = coerced12;
                  if (data11 !== void 0) {
                    data11["size_honoured"] = coerced12;
                  }
                }
              }
              let data19 = data11.stop_when;
              if (Array.isArray(data19)) {
                if (data19.length < 1) {
                  const err36 = { instancePath: instancePath + "/pagination/stop_when", schemaPath: "#/properties/pagination/oneOf/1/properties/stop_when/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.pagination.oneOf[1].properties.stop_when, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
                const len0 = data19.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data20 = data19[i0];
                  if (typeof data20 !== "string") {
                    let dataType13 = typeof data20;
                    let coerced13 = void 0;
                    if (!(coerced13 !== void 0)) {
                      if (dataType13 == "number" || dataType13 == "boolean") {
                        coerced13 = "" + data20;
                      } else if (data20 === null) {
                        coerced13 = "";
                      } else {
                        const err37 = { instancePath: instancePath + "/pagination/stop_when/" + i0, schemaPath: "#/properties/pagination/oneOf/1/properties/stop_when/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.pagination.oneOf[1].properties.stop_when.items.type, parentSchema: schema12.properties.pagination.oneOf[1].properties.stop_when.items, data: data20 };
                        if (vErrors === null) {
                          vErrors = [err37];
                        } else {
                          vErrors.push(err37);
                        }
                        errors++;
                      }
                    }
                    if (coerced13 !== void 0) {
                      data20 = coerced13;
                      if (data19 !== void 0) {
                        data19[i0] = coerced13;
                      }
                    }
                  }
                  if (!(data20 === "empty_page" || data20 === "short_page" || data20 === "has_more" || data20 === "total")) {
                    const err38 = { instancePath: instancePath + "/pagination/stop_when/" + i0, schemaPath: "#/properties/pagination/oneOf/1/properties/stop_when/items/enum", keyword: "enum", params: { allowedValues: schema12.properties.pagination.oneOf[1].properties.stop_when.items.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.pagination.oneOf[1].properties.stop_when.items.enum, parentSchema: schema12.properties.pagination.oneOf[1].properties.stop_when.items, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err38];
                    } else {
                      vErrors.push(err38);
                    }
                    errors++;
                  }
                }
              } else {
                const err39 = { instancePath: instancePath + "/pagination/stop_when", schemaPath: "#/properties/pagination/oneOf/1/properties/stop_when/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.pagination.oneOf[1].properties.stop_when.type, parentSchema: schema12.properties.pagination.oneOf[1].properties.stop_when, data: data19 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
              if (data11.has_more_path !== void 0) {
                let data21 = data11.has_more_path;
                if (typeof data21 !== "string") {
                  let dataType14 = typeof data21;
                  let coerced14 = void 0;
                  if (!(coerced14 !== void 0)) {
                    if (dataType14 == "number" || dataType14 == "boolean") {
                      coerced14 = "" + data21;
                    } else if (data21 === null) {
                      coerced14 = "";
                    } else {
                      const err40 = { instancePath: instancePath + "/pagination/has_more_path", schemaPath: "#/properties/pagination/oneOf/1/properties/has_more_path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.pagination.oneOf[1].properties.has_more_path.type, parentSchema: schema12.properties.pagination.oneOf[1].properties.has_more_path, data: data21 };
                      if (vErrors === null) {
                        vErrors = [err40];
                      } else {
                        vErrors.push(err40);
                      }
                      errors++;
                    }
                  }
                  if (coerced14 !== void 0) {
                    data21 = coerced14;
                    if (data11 !== void 0) {
                      data11["has_more_path"] = coerced14;
                    }
                  }
                }
                if (typeof data21 === "string") {
                  if (func3(data21) < 1) {
                    const err41 = { instancePath: instancePath + "/pagination/has_more_path", schemaPath: "#/properties/pagination/oneOf/1/properties/has_more_path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.pagination.oneOf[1].properties.has_more_path, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                }
              }
              if (data11.total_path !== void 0) {
                let data22 = data11.total_path;
                if (typeof data22 !== "string") {
                  let dataType15 = typeof data22;
                  let coerced15 = void 0;
                  if (!(coerced15 !== void 0)) {
                    if (dataType15 == "number" || dataType15 == "boolean") {
                      coerced15 = "" + data22;
                    } else if (data22 === null) {
                      coerced15 = "";
                    } else {
                      const err42 = { instancePath: instancePath + "/pagination/total_path", schemaPath: "#/properties/pagination/oneOf/1/properties/total_path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.pagination.oneOf[1].properties.total_path.type, parentSchema: schema12.properties.pagination.oneOf[1].properties.total_path, data: data22 };
                      if (vErrors === null) {
                        vErrors = [err42];
                      } else {
                        vErrors.push(err42);
                      }
                      errors++;
                    }
                  }
                  if (coerced15 !== void 0) {
                    data22 = coerced15;
                    if (data11 !== void 0) {
                      data11["total_path"] = coerced15;
                    }
                  }
                }
                if (typeof data22 === "string") {
                  if (func3(data22) < 1) {
                    const err43 = { instancePath: instancePath + "/pagination/total_path", schemaPath: "#/properties/pagination/oneOf/1/properties/total_path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.pagination.oneOf[1].properties.total_path, data: data22 };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                }
              }
              if (data11.total_pages_path !== void 0) {
                let data23 = data11.total_pages_path;
                if (typeof data23 !== "string") {
                  let dataType16 = typeof data23;
                  let coerced16 = void 0;
                  if (!(coerced16 !== void 0)) {
                    if (dataType16 == "number" || dataType16 == "boolean") {
                      coerced16 = "" + data23;
                    } else if (data23 === null) {
                      coerced16 = "";
                    } else {
                      const err44 = { instancePath: instancePath + "/pagination/total_pages_path", schemaPath: "#/properties/pagination/oneOf/1/properties/total_pages_path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.pagination.oneOf[1].properties.total_pages_path.type, parentSchema: schema12.properties.pagination.oneOf[1].properties.total_pages_path, data: data23 };
                      if (vErrors === null) {
                        vErrors = [err44];
                      } else {
                        vErrors.push(err44);
                      }
                      errors++;
                    }
                  }
                  if (coerced16 !== void 0) {
                    data23 = coerced16;
                    if (data11 !== void 0) {
                      data11["total_pages_path"] = coerced16;
                    }
                  }
                }
                if (typeof data23 === "string") {
                  if (func3(data23) < 1) {
                    const err45 = { instancePath: instancePath + "/pagination/total_pages_path", schemaPath: "#/properties/pagination/oneOf/1/properties/total_pages_path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.pagination.oneOf[1].properties.total_pages_path, data: data23 };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                }
              }
              let data24 = data11.max_pages;
              if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)) && isFinite(data24))) {
                let dataType17 = typeof data24;
                let coerced17 = void 0;
                if (!(coerced17 !== void 0)) {
                  if (dataType17 === "boolean" || data24 === null || dataType17 === "string" && data24 && data24 == +data24 && !(data24 % 1)) {
                    coerced17 = +data24;
                  } else {
                    const err46 = { instancePath: instancePath + "/pagination/max_pages", schemaPath: "#/properties/pagination/oneOf/1/properties/max_pages/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.pagination.oneOf[1].properties.max_pages.type, parentSchema: schema12.properties.pagination.oneOf[1].properties.max_pages, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                }
                if (coerced17 !== void 0) {
                  data24 = coerced17;
                  if (data11 !== void 0) {
                    data11["max_pages"] = coerced17;
                  }
                }
              }
              if (typeof data24 == "number" && isFinite(data24)) {
                if (data24 < 1 || isNaN(data24)) {
                  const err47 = { instancePath: instancePath + "/pagination/max_pages", schemaPath: "#/properties/pagination/oneOf/1/properties/max_pages/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema12.properties.pagination.oneOf[1].properties.max_pages, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
              }
              let data25 = data11.on_guard;
              if (typeof data25 !== "string") {
                let dataType18 = typeof data25;
                let coerced18 = void 0;
                if (!(coerced18 !== void 0)) {
                  if (dataType18 == "number" || dataType18 == "boolean") {
                    coerced18 = "" + data25;
                  } else if (data25 === null) {
                    coerced18 = "";
                  } else {
                    const err48 = { instancePath: instancePath + "/pagination/on_guard", schemaPath: "#/properties/pagination/oneOf/1/properties/on_guard/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.pagination.oneOf[1].properties.on_guard.type, parentSchema: schema12.properties.pagination.oneOf[1].properties.on_guard, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err48];
                    } else {
                      vErrors.push(err48);
                    }
                    errors++;
                  }
                }
                if (coerced18 !== void 0) {
                  data25 = coerced18;
                  if (data11 !== void 0) {
                    data11["on_guard"] = coerced18;
                  }
                }
              }
              if (!(data25 === "fail" || data25 === "warn")) {
                const err49 = { instancePath: instancePath + "/pagination/on_guard", schemaPath: "#/properties/pagination/oneOf/1/properties/on_guard/enum", keyword: "enum", params: { allowedValues: schema12.properties.pagination.oneOf[1].properties.on_guard.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.pagination.oneOf[1].properties.on_guard.enum, parentSchema: schema12.properties.pagination.oneOf[1].properties.on_guard, data: data25 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            } else {
              const err50 = { instancePath: instancePath + "/pagination", schemaPath: "#/properties/pagination/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.pagination.oneOf[1].type, parentSchema: schema12.properties.pagination.oneOf[1], data: data11 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          } else if (tag0 === "offset") {
            if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
              if (data11.offset_param === void 0) {
                data11.offset_param = "offset";
              }
              if (data11.size === void 0) {
                data11.size = 100;
              }
              if (data11.size_honoured === void 0) {
                data11.size_honoured = false;
              }
              if (data11.stop_when === void 0) {
                data11.stop_when = ["short_page", "empty_page"];
              }
              if (data11.max_pages === void 0) {
                data11.max_pages = 1e4;
              }
              if (data11.on_guard === void 0) {
                data11.on_guard = "fail";
              }
              if (data11.type === void 0) {
                const err51 = { instancePath: instancePath + "/pagination", schemaPath: "#/properties/pagination/oneOf/2/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema12.properties.pagination.oneOf[2].required, parentSchema: schema12.properties.pagination.oneOf[2], data: data11 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
              for (const key5 in data11) {
                if (!func2.call(schema12.properties.pagination.oneOf[2].properties, key5)) {
                  const err52 = { instancePath: instancePath + "/pagination", schemaPath: "#/properties/pagination/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.pagination.oneOf[2], data: data11 };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
              }
              if (data11.type !== void 0) {
                let data26 = data11.type;
                if ("offset" !== data26) {
                  const err53 = { instancePath: instancePath + "/pagination/type", schemaPath: "#/properties/pagination/oneOf/2/properties/type/const", keyword: "const", params: { allowedValue: "offset" }, message: "must be equal to constant", schema: "offset", parentSchema: schema12.properties.pagination.oneOf[2].properties.type, data: data26 };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
              }
              let data27 = data11.offset_param;
              if (typeof data27 !== "string") {
                let dataType19 = typeof data27;
                let coerced19 = void 0;
                if (!(coerced19 !== void 0)) {
                  if (dataType19 == "number" || dataType19 == "boolean") {
                    coerced19 = "" + data27;
                  } else if (data27 === null) {
                    coerced19 = "";
                  } else {
                    const err54 = { instancePath: instancePath + "/pagination/offset_param", schemaPath: "#/properties/pagination/oneOf/2/properties/offset_param/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.pagination.oneOf[2].properties.offset_param.type, parentSchema: schema12.properties.pagination.oneOf[2].properties.offset_param, data: data27 };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                }
                if (coerced19 !== void 0) {
                  data27 = coerced19;
                  if (data11 !== void 0) {
                    data11["offset_param"] = coerced19;
                  }
                }
              }
              if (typeof data27 === "string") {
                if (func3(data27) < 1) {
                  const err55 = { instancePath: instancePath + "/pagination/offset_param", schemaPath: "#/properties/pagination/oneOf/2/properties/offset_param/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.pagination.oneOf[2].properties.offset_param, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
              }
              if (data11.size_param !== void 0) {
                let data28 = data11.size_param;
                if (typeof data28 !== "string") {
                  let dataType20 = typeof data28;
                  let coerced20 = void 0;
                  if (!(coerced20 !== void 0)) {
                    if (dataType20 == "number" || dataType20 == "boolean") {
                      coerced20 = "" + data28;
                    } else if (data28 === null) {
                      coerced20 = "";
                    } else {
                      const err56 = { instancePath: instancePath + "/pagination/size_param", schemaPath: "#/properties/pagination/oneOf/2/properties/size_param/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.pagination.oneOf[2].properties.size_param.type, parentSchema: schema12.properties.pagination.oneOf[2].properties.size_param, data: data28 };
                      if (vErrors === null) {
                        vErrors = [err56];
                      } else {
                        vErrors.push(err56);
                      }
                      errors++;
                    }
                  }
                  if (coerced20 !== void 0) {
                    data28 = coerced20;
                    if (data11 !== void 0) {
                      data11["size_param"] = coerced20;
                    }
                  }
                }
                if (typeof data28 === "string") {
                  if (func3(data28) < 1) {
                    const err57 = { instancePath: instancePath + "/pagination/size_param", schemaPath: "#/properties/pagination/oneOf/2/properties/size_param/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.pagination.oneOf[2].properties.size_param, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                }
              }
              let data29 = data11.size;
              if (!(typeof data29 == "number" && (!(data29 % 1) && !isNaN(data29)) && isFinite(data29))) {
                let dataType21 = typeof data29;
                let coerced21 = void 0;
                if (!(coerced21 !== void 0)) {
                  if (dataType21 === "boolean" || data29 === null || dataType21 === "string" && data29 && data29 == +data29 && !(data29 % 1)) {
                    coerced21 = +data29;
                  } else {
                    const err58 = { instancePath: instancePath + "/pagination/size", schemaPath: "#/properties/pagination/oneOf/2/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.pagination.oneOf[2].properties.size.type, parentSchema: schema12.properties.pagination.oneOf[2].properties.size, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err58];
                    } else {
                      vErrors.push(err58);
                    }
                    errors++;
                  }
                }
                if (coerced21 !== void 0) {
                  data29 = coerced21;
                  if (data11 !== void 0) {
                    data11["size"] = coerced21;
                  }
                }
              }
              if (typeof data29 == "number" && isFinite(data29)) {
                if (data29 < 1 || isNaN(data29)) {
                  const err59 = { instancePath: instancePath + "/pagination/size", schemaPath: "#/properties/pagination/oneOf/2/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema12.properties.pagination.oneOf[2].properties.size, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
              }
              let data30 = data11.size_honoured;
              if (typeof data30 !== "boolean") {
                let coerced22 = void 0;
                if (!(coerced22 !== void 0)) {
                  if (data30 === "false" || data30 === 0 || data30 === null) {
                    coerced22 = false;
                  } else if (data30 === "true" || data30 === 1) {
                    coerced22 = true;
                  } else {
                    const err60 = { instancePath: instancePath + "/pagination/size_honoured", schemaPath: "#/properties/pagination/oneOf/2/properties/size_honoured/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.pagination.oneOf[2].properties.size_honoured.type, parentSchema: schema12.properties.pagination.oneOf[2].properties.size_honoured, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err60];
                    } else {
                      vErrors.push(err60);
                    }
                    errors++;
                  }
                }
                if (coerced22 !== void 0) {
                  data30 = coerced22;
                  if (data11 !== void 0) {
                    data11["size_honoured"] = coerced22;
                  }
                }
              }
              let data31 = data11.stop_when;
              if (Array.isArray(data31)) {
                if (data31.length < 1) {
                  const err61 = { instancePath: instancePath + "/pagination/stop_when", schemaPath: "#/properties/pagination/oneOf/2/properties/stop_when/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.pagination.oneOf[2].properties.stop_when, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
                const len1 = data31.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data32 = data31[i1];
                  if (typeof data32 !== "string") {
                    let dataType23 = typeof data32;
                    let coerced23 = void 0;
                    if (!(coerced23 !== void 0)) {
                      if (dataType23 == "number" || dataType23 == "boolean") {
                        coerced23 = "" + data32;
                      } else if (data32 === null) {
                        coerced23 = "";
                      } else {
                        const err62 = { instancePath: instancePath + "/pagination/stop_when/" + i1, schemaPath: "#/properties/pagination/oneOf/2/properties/stop_when/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.pagination.oneOf[2].properties.stop_when.items.type, parentSchema: schema12.properties.pagination.oneOf[2].properties.stop_when.items, data: data32 };
                        if (vErrors === null) {
                          vErrors = [err62];
                        } else {
                          vErrors.push(err62);
                        }
                        errors++;
                      }
                    }
                    if (coerced23 !== void 0) {
                      data32 = coerced23;
                      if (data31 !== void 0) {
                        data31[i1] = coerced23;
                      }
                    }
                  }
                  if (!(data32 === "empty_page" || data32 === "short_page" || data32 === "has_more" || data32 === "total")) {
                    const err63 = { instancePath: instancePath + "/pagination/stop_when/" + i1, schemaPath: "#/properties/pagination/oneOf/2/properties/stop_when/items/enum", keyword: "enum", params: { allowedValues: schema12.properties.pagination.oneOf[2].properties.stop_when.items.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.pagination.oneOf[2].properties.stop_when.items.enum, parentSchema: schema12.properties.pagination.oneOf[2].properties.stop_when.items, data: data32 };
                    if (vErrors === null) {
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                  }
                }
              } else {
                const err64 = { instancePath: instancePath + "/pagination/stop_when", schemaPath: "#/properties/pagination/oneOf/2/properties/stop_when/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.pagination.oneOf[2].properties.stop_when.type, parentSchema: schema12.properties.pagination.oneOf[2].properties.stop_when, data: data31 };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
              if (data11.has_more_path !== void 0) {
                let data33 = data11.has_more_path;
                if (typeof data33 !== "string") {
                  let dataType24 = typeof data33;
                  let coerced24 = void 0;
                  if (!(coerced24 !== void 0)) {
                    if (dataType24 == "number" || dataType24 == "boolean") {
                      coerced24 = "" + data33;
                    } else if (data33 === null) {
                      coerced24 = "";
                    } else {
                      const err65 = { instancePath: instancePath + "/pagination/has_more_path", schemaPath: "#/properties/pagination/oneOf/2/properties/has_more_path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.pagination.oneOf[2].properties.has_more_path.type, parentSchema: schema12.properties.pagination.oneOf[2].properties.has_more_path, data: data33 };
                      if (vErrors === null) {
                        vErrors = [err65];
                      } else {
                        vErrors.push(err65);
                      }
                      errors++;
                    }
                  }
                  if (coerced24 !== void 0) {
                    data33 = coerced24;
                    if (data11 !== void 0) {
                      data11["has_more_path"] = coerced24;
                    }
                  }
                }
                if (typeof data33 === "string") {
                  if (func3(data33) < 1) {
                    const err66 = { instancePath: instancePath + "/pagination/has_more_path", schemaPath: "#/properties/pagination/oneOf/2/properties/has_more_path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.pagination.oneOf[2].properties.has_more_path, data: data33 };
                    if (vErrors === null) {
                      vErrors = [err66];
                    } else {
                      vErrors.push(err66);
                    }
                    errors++;
                  }
                }
              }
              if (data11.total_path !== void 0) {
                let data34 = data11.total_path;
                if (typeof data34 !== "string") {
                  let dataType25 = typeof data34;
                  let coerced25 = void 0;
                  if (!(coerced25 !== void 0)) {
                    if (dataType25 == "number" || dataType25 == "boolean") {
                      coerced25 = "" + data34;
                    } else if (data34 === null) {
                      coerced25 = "";
                    } else {
                      const err67 = { instancePath: instancePath + "/pagination/total_path", schemaPath: "#/properties/pagination/oneOf/2/properties/total_path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.pagination.oneOf[2].properties.total_path.type, parentSchema: schema12.properties.pagination.oneOf[2].properties.total_path, data: data34 };
                      if (vErrors === null) {
                        vErrors = [err67];
                      } else {
                        vErrors.push(err67);
                      }
                      errors++;
                    }
                  }
                  if (coerced25 !== void 0) {
                    data34 = coerced25;
                    if (data11 !== void 0) {
                      data11["total_path"] = coerced25;
                    }
                  }
                }
                if (typeof data34 === "string") {
                  if (func3(data34) < 1) {
                    const err68 = { instancePath: instancePath + "/pagination/total_path", schemaPath: "#/properties/pagination/oneOf/2/properties/total_path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.pagination.oneOf[2].properties.total_path, data: data34 };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                }
              }
              if (data11.total_pages_path !== void 0) {
                let data35 = data11.total_pages_path;
                if (typeof data35 !== "string") {
                  let dataType26 = typeof data35;
                  let coerced26 = void 0;
                  if (!(coerced26 !== void 0)) {
                    if (dataType26 == "number" || dataType26 == "boolean") {
                      coerced26 = "" + data35;
                    } else if (data35 === null) {
                      coerced26 = "";
                    } else {
                      const err69 = { instancePath: instancePath + "/pagination/total_pages_path", schemaPath: "#/properties/pagination/oneOf/2/properties/total_pages_path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.pagination.oneOf[2].properties.total_pages_path.type, parentSchema: schema12.properties.pagination.oneOf[2].properties.total_pages_path, data: data35 };
                      if (vErrors === null) {
                        vErrors = [err69];
                      } else {
                        vErrors.push(err69);
                      }
                      errors++;
                    }
                  }
                  if (coerced26 !== void 0) {
                    data35 = coerced26;
                    if (data11 !== void 0) {
                      data11["total_pages_path"] = coerced26;
                    }
                  }
                }
                if (typeof data35 === "string") {
                  if (func3(data35) < 1) {
                    const err70 = { instancePath: instancePath + "/pagination/total_pages_path", schemaPath: "#/properties/pagination/oneOf/2/properties/total_pages_path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.pagination.oneOf[2].properties.total_pages_path, data: data35 };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                  }
                }
              }
              let data36 = data11.max_pages;
              if (!(typeof data36 == "number" && (!(data36 % 1) && !isNaN(data36)) && isFinite(data36))) {
                let dataType27 = typeof data36;
                let coerced27 = void 0;
                if (!(coerced27 !== void 0)) {
                  if (dataType27 === "boolean" || data36 === null || dataType27 === "string" && data36 && data36 == +data36 && !(data36 % 1)) {
                    coerced27 = +data36;
                  } else {
                    const err71 = { instancePath: instancePath + "/pagination/max_pages", schemaPath: "#/properties/pagination/oneOf/2/properties/max_pages/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.pagination.oneOf[2].properties.max_pages.type, parentSchema: schema12.properties.pagination.oneOf[2].properties.max_pages, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err71];
                    } else {
                      vErrors.push(err71);
                    }
                    errors++;
                  }
                }
                if (coerced27 !== void 0) {
                  data36 = coerced27;
                  if (data11 !== void 0) {
                    data11["max_pages"] = coerced27;
                  }
                }
              }
              if (typeof data36 == "number" && isFinite(data36)) {
                if (data36 < 1 || isNaN(data36)) {
                  const err72 = { instancePath: instancePath + "/pagination/max_pages", schemaPath: "#/properties/pagination/oneOf/2/properties/max_pages/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema12.properties.pagination.oneOf[2].properties.max_pages, data: data36 };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
              }
              let data37 = data11.on_guard;
              if (typeof data37 !== "string") {
                let dataType28 = typeof data37;
                let coerced28 = void 0;
                if (!(coerced28 !== void 0)) {
                  if (dataType28 == "number" || dataType28 == "boolean") {
                    coerced28 = "" + data37;
                  } else if (data37 === null) {
                    coerced28 = "";
                  } else {
                    const err73 = { instancePath: instancePath + "/pagination/on_guard", schemaPath: "#/properties/pagination/oneOf/2/properties/on_guard/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.pagination.oneOf[2].properties.on_guard.type, parentSchema: schema12.properties.pagination.oneOf[2].properties.on_guard, data: data37 };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  }
                }
                if (coerced28 !== void 0) {
                  data37 = coerced28;
                  if (data11 !== void 0) {
                    data11["on_guard"] = coerced28;
                  }
                }
              }
              if (!(data37 === "fail" || data37 === "warn")) {
                const err74 = { instancePath: instancePath + "/pagination/on_guard", schemaPath: "#/properties/pagination/oneOf/2/properties/on_guard/enum", keyword: "enum", params: { allowedValues: schema12.properties.pagination.oneOf[2].properties.on_guard.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.pagination.oneOf[2].properties.on_guard.enum, parentSchema: schema12.properties.pagination.oneOf[2].properties.on_guard, data: data37 };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            } else {
              const err75 = { instancePath: instancePath + "/pagination", schemaPath: "#/properties/pagination/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.pagination.oneOf[2].type, parentSchema: schema12.properties.pagination.oneOf[2], data: data11 };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
          } else if (tag0 === "cursor") {
            const _errs92 = errors;
            let valid15 = true;
            const _errs93 = errors;
            if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
              let missing0;
              if (data11.token_from === void 0 && (missing0 = "token_from")) {
                const err76 = {};
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              } else {
                if (data11.token_from !== void 0) {
                  if ("last_record" !== data11.token_from) {
                    const err77 = {};
                    if (vErrors === null) {
                      vErrors = [err77];
                    } else {
                      vErrors.push(err77);
                    }
                    errors++;
                  }
                }
              }
            }
            var _valid0 = _errs93 === errors;
            errors = _errs92;
            if (vErrors !== null) {
              if (_errs92) {
                vErrors.length = _errs92;
              } else {
                vErrors = null;
              }
            }
            if (!_valid0) {
              const _errs95 = errors;
              if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                if (data11.token_path === void 0) {
                  const err78 = { instancePath: instancePath + "/pagination", schemaPath: "#/properties/pagination/oneOf/3/else/required", keyword: "required", params: { missingProperty: "token_path" }, message: "must have required property 'token_path'", schema: schema12.properties.pagination.oneOf[3].else.required, parentSchema: schema12.properties.pagination.oneOf[3].else, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err78];
                  } else {
                    vErrors.push(err78);
                  }
                  errors++;
                }
              }
              var _valid0 = _errs95 === errors;
              valid15 = _valid0;
            }
            if (!valid15) {
              const err79 = { instancePath: instancePath + "/pagination", schemaPath: "#/properties/pagination/oneOf/3/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema12.properties.pagination.oneOf[3].if, parentSchema: schema12.properties.pagination.oneOf[3], data: data11 };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
            if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
              if (data11.token_from === void 0) {
                data11.token_from = "body";
              }
              if (data11.token_field === void 0) {
                data11.token_field = "id";
              }
              if (data11.size === void 0) {
                data11.size = 100;
              }
              if (data11.size_honoured === void 0) {
                data11.size_honoured = false;
              }
              if (data11.stop_when === void 0) {
                data11.stop_when = [];
              }
              if (data11.max_pages === void 0) {
                data11.max_pages = 1e4;
              }
              if (data11.on_guard === void 0) {
                data11.on_guard = "fail";
              }
              if (data11.type === void 0) {
                const err80 = { instancePath: instancePath + "/pagination", schemaPath: "#/properties/pagination/oneOf/3/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema12.properties.pagination.oneOf[3].required, parentSchema: schema12.properties.pagination.oneOf[3], data: data11 };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
              if (data11.token_param === void 0) {
                const err81 = { instancePath: instancePath + "/pagination", schemaPath: "#/properties/pagination/oneOf/3/required", keyword: "required", params: { missingProperty: "token_param" }, message: "must have required property 'token_param'", schema: schema12.properties.pagination.oneOf[3].required, parentSchema: schema12.properties.pagination.oneOf[3], data: data11 };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
              for (const key6 in data11) {
                if (!func2.call(schema12.properties.pagination.oneOf[3].properties, key6)) {
                  const err82 = { instancePath: instancePath + "/pagination", schemaPath: "#/properties/pagination/oneOf/3/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.pagination.oneOf[3], data: data11 };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                }
              }
              if (data11.type !== void 0) {
                let data39 = data11.type;
                if ("cursor" !== data39) {
                  const err83 = { instancePath: instancePath + "/pagination/type", schemaPath: "#/properties/pagination/oneOf/3/properties/type/const", keyword: "const", params: { allowedValue: "cursor" }, message: "must be equal to constant", schema: "cursor", parentSchema: schema12.properties.pagination.oneOf[3].properties.type, data: data39 };
                  if (vErrors === null) {
                    vErrors = [err83];
                  } else {
                    vErrors.push(err83);
                  }
                  errors++;
                }
              }
              let data40 = data11.token_from;
              if (typeof data40 !== "string") {
                let dataType29 = typeof data40;
                let coerced29 = void 0;
                if (!(coerced29 !== void 0)) {
                  if (dataType29 == "number" || dataType29 == "boolean") {
                    coerced29 = "" + data40;
                  } else if (data40 === null) {
                    coerced29 = "";
                  } else {
                    const err84 = { instancePath: instancePath + "/pagination/token_from", schemaPath: "#/properties/pagination/oneOf/3/properties/token_from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.pagination.oneOf[3].properties.token_from.type, parentSchema: schema12.properties.pagination.oneOf[3].properties.token_from, data: data40 };
                    if (vErrors === null) {
                      vErrors = [err84];
                    } else {
                      vErrors.push(err84);
                    }
                    errors++;
                  }
                }
                if (coerced29 !== void 0) {
                  data40 = coerced29;
                  if (data11 !== void 0) {
                    data11["token_from"] = coerced29;
                  }
                }
              }
              if (!(data40 === "body" || data40 === "last_record")) {
                const err85 = { instancePath: instancePath + "/pagination/token_from", schemaPath: "#/properties/pagination/oneOf/3/properties/token_from/enum", keyword: "enum", params: { allowedValues: schema12.properties.pagination.oneOf[3].properties.token_from.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.pagination.oneOf[3].properties.token_from.enum, parentSchema: schema12.properties.pagination.oneOf[3].properties.token_from, data: data40 };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
              if (data11.token_path !== void 0) {
                let data41 = data11.token_path;
                if (typeof data41 !== "string") {
                  let dataType30 = typeof data41;
                  let coerced30 = void 0;
                  if (!(coerced30 !== void 0)) {
                    if (dataType30 == "number" || dataType30 == "boolean") {
                      coerced30 = "" + data41;
                    } else if (data41 === null) {
                      coerced30 = "";
                    } else {
                      const err86 = { instancePath: instancePath + "/pagination/token_path", schemaPath: "#/properties/pagination/oneOf/3/properties/token_path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.pagination.oneOf[3].properties.token_path.type, parentSchema: schema12.properties.pagination.oneOf[3].properties.token_path, data: data41 };
                      if (vErrors === null) {
                        vErrors = [err86];
                      } else {
                        vErrors.push(err86);
                      }
                      errors++;
                    }
                  }
                  if (coerced30 !== void 0) {
                    data41 = coerced30;
                    if (data11 !== void 0) {
                      data11["token_path"] = coerced30;
                    }
                  }
                }
                if (typeof data41 === "string") {
                  if (func3(data41) < 1) {
                    const err87 = { instancePath: instancePath + "/pagination/token_path", schemaPath: "#/properties/pagination/oneOf/3/properties/token_path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.pagination.oneOf[3].properties.token_path, data: data41 };
                    if (vErrors === null) {
                      vErrors = [err87];
                    } else {
                      vErrors.push(err87);
                    }
                    errors++;
                  }
                }
              }
              let data42 = data11.token_field;
              if (typeof data42 !== "string") {
                let dataType31 = typeof data42;
                let coerced31 = void 0;
                if (!(coerced31 !== void 0)) {
                  if (dataType31 == "number" || dataType31 == "boolean") {
                    coerced31 = "" + data42;
                  } else if (data42 === null) {
                    coerced31 = "";
                  } else {
                    const err88 = { instancePath: instancePath + "/pagination/token_field", schemaPath: "#/properties/pagination/oneOf/3/properties/token_field/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.pagination.oneOf[3].properties.token_field.type, parentSchema: schema12.properties.pagination.oneOf[3].properties.token_field, data: data42 };
                    if (vErrors === null) {
                      vErrors = [err88];
                    } else {
                      vErrors.push(err88);
                    }
                    errors++;
                  }
                }
                if (coerced31 !== void 0) {
                  data42 = coerced31;
                  if (data11 !== void 0) {
                    data11["token_field"] = coerced31;
                  }
                }
              }
              if (typeof data42 === "string") {
                if (func3(data42) < 1) {
                  const err89 = { instancePath: instancePath + "/pagination/token_field", schemaPath: "#/properties/pagination/oneOf/3/properties/token_field/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.pagination.oneOf[3].properties.token_field, data: data42 };
                  if (vErrors === null) {
                    vErrors = [err89];
                  } else {
                    vErrors.push(err89);
                  }
                  errors++;
                }
              }
              if (data11.token_param !== void 0) {
                let data43 = data11.token_param;
                if (typeof data43 !== "string") {
                  let dataType32 = typeof data43;
                  let coerced32 = void 0;
                  if (!(coerced32 !== void 0)) {
                    if (dataType32 == "number" || dataType32 == "boolean") {
                      coerced32 = "" + data43;
                    } else if (data43 === null) {
                      coerced32 = "";
                    } else {
                      const err90 = { instancePath: instancePath + "/pagination/token_param", schemaPath: "#/properties/pagination/oneOf/3/properties/token_param/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.pagination.oneOf[3].properties.token_param.type, parentSchema: schema12.properties.pagination.oneOf[3].properties.token_param, data: data43 };
                      if (vErrors === null) {
                        vErrors = [err90];
                      } else {
                        vErrors.push(err90);
                      }
                      errors++;
                    }
                  }
                  if (coerced32 !== void 0) {
                    data43 = coerced32;
                    if (data11 !== void 0) {
                      data11["token_param"] = coerced32;
                    }
                  }
                }
                if (typeof data43 === "string") {
                  if (func3(data43) < 1) {
                    const err91 = { instancePath: instancePath + "/pagination/token_param", schemaPath: "#/properties/pagination/oneOf/3/properties/token_param/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.pagination.oneOf[3].properties.token_param, data: data43 };
                    if (vErrors === null) {
                      vErrors = [err91];
                    } else {
                      vErrors.push(err91);
                    }
                    errors++;
                  }
                }
              }
              if (data11.keep_params !== void 0) {
                let data44 = data11.keep_params;
                if (Array.isArray(data44)) {
                  const len2 = data44.length;
                  for (let i2 = 0; i2 < len2; i2++) {
                    let data45 = data44[i2];
                    if (typeof data45 !== "string") {
                      let dataType33 = typeof data45;
                      let coerced33 = void 0;
                      if (!(coerced33 !== void 0)) {
                        if (dataType33 == "number" || dataType33 == "boolean") {
                          coerced33 = "" + data45;
                        } else if (data45 === null) {
                          coerced33 = "";
                        } else {
                          const err92 = { instancePath: instancePath + "/pagination/keep_params/" + i2, schemaPath: "#/properties/pagination/oneOf/3/properties/keep_params/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.pagination.oneOf[3].properties.keep_params.items.type, parentSchema: schema12.properties.pagination.oneOf[3].properties.keep_params.items, data: data45 };
                          if (vErrors === null) {
                            vErrors = [err92];
                          } else {
                            vErrors.push(err92);
                          }
                          errors++;
                        }
                      }
                      if (coerced33 !== void 0) {
                        data45 = coerced33;
                        if (data44 !== void 0) {
                          data44[i2] = coerced33;
                        }
                      }
                    }
                    if (typeof data45 === "string") {
                      if (func3(data45) < 1) {
                        const err93 = { instancePath: instancePath + "/pagination/keep_params/" + i2, schemaPath: "#/properties/pagination/oneOf/3/properties/keep_params/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.pagination.oneOf[3].properties.keep_params.items, data: data45 };
                        if (vErrors === null) {
                          vErrors = [err93];
                        } else {
                          vErrors.push(err93);
                        }
                        errors++;
                      }
                    }
                  }
                } else {
                  const err94 = { instancePath: instancePath + "/pagination/keep_params", schemaPath: "#/properties/pagination/oneOf/3/properties/keep_params/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.pagination.oneOf[3].properties.keep_params.type, parentSchema: schema12.properties.pagination.oneOf[3].properties.keep_params, data: data44 };
                  if (vErrors === null) {
                    vErrors = [err94];
                  } else {
                    vErrors.push(err94);
                  }
                  errors++;
                }
              }
              if (data11.size_param !== void 0) {
                let data46 = data11.size_param;
                if (typeof data46 !== "string") {
                  let dataType34 = typeof data46;
                  let coerced34 = void 0;
                  if (!(coerced34 !== void 0)) {
                    if (dataType34 == "number" || dataType34 == "boolean") {
                      coerced34 = "" + data46;
                    } else if (data46 === null) {
                      coerced34 = "";
                    } else {
                      const err95 = { instancePath: instancePath + "/pagination/size_param", schemaPath: "#/properties/pagination/oneOf/3/properties/size_param/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.pagination.oneOf[3].properties.size_param.type, parentSchema: schema12.properties.pagination.oneOf[3].properties.size_param, data: data46 };
                      if (vErrors === null) {
                        vErrors = [err95];
                      } else {
                        vErrors.push(err95);
                      }
                      errors++;
                    }
                  }
                  if (coerced34 !== void 0) {
                    data46 = coerced34;
                    if (data11 !== void 0) {
                      data11["size_param"] = coerced34;
                    }
                  }
                }
                if (typeof data46 === "string") {
                  if (func3(data46) < 1) {
                    const err96 = { instancePath: instancePath + "/pagination/size_param", schemaPath: "#/properties/pagination/oneOf/3/properties/size_param/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.pagination.oneOf[3].properties.size_param, data: data46 };
                    if (vErrors === null) {
                      vErrors = [err96];
                    } else {
                      vErrors.push(err96);
                    }
                    errors++;
                  }
                }
              }
              let data47 = data11.size;
              if (!(typeof data47 == "number" && (!(data47 % 1) && !isNaN(data47)) && isFinite(data47))) {
                let dataType35 = typeof data47;
                let coerced35 = void 0;
                if (!(coerced35 !== void 0)) {
                  if (dataType35 === "boolean" || data47 === null || dataType35 === "string" && data47 && data47 == +data47 && !(data47 % 1)) {
                    coerced35 = +data47;
                  } else {
                    const err97 = { instancePath: instancePath + "/pagination/size", schemaPath: "#/properties/pagination/oneOf/3/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.pagination.oneOf[3].properties.size.type, parentSchema: schema12.properties.pagination.oneOf[3].properties.size, data: data47 };
                    if (vErrors === null) {
                      vErrors = [err97];
                    } else {
                      vErrors.push(err97);
                    }
                    errors++;
                  }
                }
                if (coerced35 !== void 0) {
                  data47 = coerced35;
                  if (data11 !== void 0) {
                    data11["size"] = coerced35;
                  }
                }
              }
              if (typeof data47 == "number" && isFinite(data47)) {
                if (data47 < 1 || isNaN(data47)) {
                  const err98 = { instancePath: instancePath + "/pagination/size", schemaPath: "#/properties/pagination/oneOf/3/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema12.properties.pagination.oneOf[3].properties.size, data: data47 };
                  if (vErrors === null) {
                    vErrors = [err98];
                  } else {
                    vErrors.push(err98);
                  }
                  errors++;
                }
              }
              let data48 = data11.size_honoured;
              if (typeof data48 !== "boolean") {
                let coerced36 = void 0;
                if (!(coerced36 !== void 0)) {
                  if (data48 === "false" || data48 === 0 || data48 === null) {
                    coerced36 = false;
                  } else if (data48 === "true" || data48 === 1) {
                    coerced36 = true;
                  } else {
                    const err99 = { instancePath: instancePath + "/pagination/size_honoured", schemaPath: "#/properties/pagination/oneOf/3/properties/size_honoured/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.pagination.oneOf[3].properties.size_honoured.type, parentSchema: schema12.properties.pagination.oneOf[3].properties.size_honoured, data: data48 };
                    if (vErrors === null) {
                      vErrors = [err99];
                    } else {
                      vErrors.push(err99);
                    }
                    errors++;
                  }
                }
                if (coerced36 !== void 0) {
                  data48 = coerced36;
                  if (data11 !== void 0) {
                    data11["size_honoured"] = coerced36;
                  }
                }
              }
              let data49 = data11.stop_when;
              if (Array.isArray(data49)) {
                const len3 = data49.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data50 = data49[i3];
                  if (typeof data50 !== "string") {
                    let dataType37 = typeof data50;
                    let coerced37 = void 0;
                    if (!(coerced37 !== void 0)) {
                      if (dataType37 == "number" || dataType37 == "boolean") {
                        coerced37 = "" + data50;
                      } else if (data50 === null) {
                        coerced37 = "";
                      } else {
                        const err100 = { instancePath: instancePath + "/pagination/stop_when/" + i3, schemaPath: "#/properties/pagination/oneOf/3/properties/stop_when/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.pagination.oneOf[3].properties.stop_when.items.type, parentSchema: schema12.properties.pagination.oneOf[3].properties.stop_when.items, data: data50 };
                        if (vErrors === null) {
                          vErrors = [err100];
                        } else {
                          vErrors.push(err100);
                        }
                        errors++;
                      }
                    }
                    if (coerced37 !== void 0) {
                      data50 = coerced37;
                      if (data49 !== void 0) {
                        data49[i3] = coerced37;
                      }
                    }
                  }
                  if (!(data50 === "empty_page" || data50 === "short_page" || data50 === "has_more" || data50 === "total")) {
                    const err101 = { instancePath: instancePath + "/pagination/stop_when/" + i3, schemaPath: "#/properties/pagination/oneOf/3/properties/stop_when/items/enum", keyword: "enum", params: { allowedValues: schema12.properties.pagination.oneOf[3].properties.stop_when.items.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.pagination.oneOf[3].properties.stop_when.items.enum, parentSchema: schema12.properties.pagination.oneOf[3].properties.stop_when.items, data: data50 };
                    if (vErrors === null) {
                      vErrors = [err101];
                    } else {
                      vErrors.push(err101);
                    }
                    errors++;
                  }
                }
              } else {
                const err102 = { instancePath: instancePath + "/pagination/stop_when", schemaPath: "#/properties/pagination/oneOf/3/properties/stop_when/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.pagination.oneOf[3].properties.stop_when.type, parentSchema: schema12.properties.pagination.oneOf[3].properties.stop_when, data: data49 };
                if (vErrors === null) {
                  vErrors = [err102];
                } else {
                  vErrors.push(err102);
                }
                errors++;
              }
              if (data11.has_more_path !== void 0) {
                let data51 = data11.has_more_path;
                if (typeof data51 !== "string") {
                  let dataType38 = typeof data51;
                  let coerced38 = void 0;
                  if (!(coerced38 !== void 0)) {
                    if (dataType38 == "number" || dataType38 == "boolean") {
                      coerced38 = "" + data51;
                    } else if (data51 === null) {
                      coerced38 = "";
                    } else {
                      const err103 = { instancePath: instancePath + "/pagination/has_more_path", schemaPath: "#/properties/pagination/oneOf/3/properties/has_more_path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.pagination.oneOf[3].properties.has_more_path.type, parentSchema: schema12.properties.pagination.oneOf[3].properties.has_more_path, data: data51 };
                      if (vErrors === null) {
                        vErrors = [err103];
                      } else {
                        vErrors.push(err103);
                      }
                      errors++;
                    }
                  }
                  if (coerced38 !== void 0) {
                    data51 = coerced38;
                    if (data11 !== void 0) {
                      data11["has_more_path"] = coerced38;
                    }
                  }
                }
                if (typeof data51 === "string") {
                  if (func3(data51) < 1) {
                    const err104 = { instancePath: instancePath + "/pagination/has_more_path", schemaPath: "#/properties/pagination/oneOf/3/properties/has_more_path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.pagination.oneOf[3].properties.has_more_path, data: data51 };
                    if (vErrors === null) {
                      vErrors = [err104];
                    } else {
                      vErrors.push(err104);
                    }
                    errors++;
                  }
                }
              }
              if (data11.total_path !== void 0) {
                let data52 = data11.total_path;
                if (typeof data52 !== "string") {
                  let dataType39 = typeof data52;
                  let coerced39 = void 0;
                  if (!(coerced39 !== void 0)) {
                    if (dataType39 == "number" || dataType39 == "boolean") {
                      coerced39 = "" + data52;
                    } else if (data52 === null) {
                      coerced39 = "";
                    } else {
                      const err105 = { instancePath: instancePath + "/pagination/total_path", schemaPath: "#/properties/pagination/oneOf/3/properties/total_path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.pagination.oneOf[3].properties.total_path.type, parentSchema: schema12.properties.pagination.oneOf[3].properties.total_path, data: data52 };
                      if (vErrors === null) {
                        vErrors = [err105];
                      } else {
                        vErrors.push(err105);
                      }
                      errors++;
                    }
                  }
                  if (coerced39 !== void 0) {
                    data52 = coerced39;
                    if (data11 !== void 0) {
                      data11["total_path"] = coerced39;
                    }
                  }
                }
                if (typeof data52 === "string") {
                  if (func3(data52) < 1) {
                    const err106 = { instancePath: instancePath + "/pagination/total_path", schemaPath: "#/properties/pagination/oneOf/3/properties/total_path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.pagination.oneOf[3].properties.total_path, data: data52 };
                    if (vErrors === null) {
                      vErrors = [err106];
                    } else {
                      vErrors.push(err106);
                    }
                    errors++;
                  }
                }
              }
              if (data11.total_pages_path !== void 0) {
                let data53 = data11.total_pages_path;
                if (typeof data53 !== "string") {
                  let dataType40 = typeof data53;
                  let coerced40 = void 0;
                  if (!(coerced40 !== void 0)) {
                    if (dataType40 == "number" || dataType40 == "boolean") {
                      coerced40 = "" + data53;
                    } else if (data53 === null) {
                      coerced40 = "";
                    } else {
                      const err107 = { instancePath: instancePath + "/pagination/total_pages_path", schemaPath: "#/properties/pagination/oneOf/3/properties/total_pages_path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.pagination.oneOf[3].properties.total_pages_path.type, parentSchema: schema12.properties.pagination.oneOf[3].properties.total_pages_path, data: data53 };
                      if (vErrors === null) {
                        vErrors = [err107];
                      } else {
                        vErrors.push(err107);
                      }
                      errors++;
                    }
                  }
                  if (coerced40 !== void 0) {
                    data53 = coerced40;
                    if (data11 !== void 0) {
                      data11["total_pages_path"] = coerced40;
                    }
                  }
                }
                if (typeof data53 === "string") {
                  if (func3(data53) < 1) {
                    const err108 = { instancePath: instancePath + "/pagination/total_pages_path", schemaPath: "#/properties/pagination/oneOf/3/properties/total_pages_path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.pagination.oneOf[3].properties.total_pages_path, data: data53 };
                    if (vErrors === null) {
                      vErrors = [err108];
                    } else {
                      vErrors.push(err108);
                    }
                    errors++;
                  }
                }
              }
              let data54 = data11.max_pages;
              if (!(typeof data54 == "number" && (!(data54 % 1) && !isNaN(data54)) && isFinite(data54))) {
                let dataType41 = typeof data54;
                let coerced41 = void 0;
                if (!(coerced41 !== void 0)) {
                  if (dataType41 === "boolean" || data54 === null || dataType41 === "string" && data54 && data54 == +data54 && !(data54 % 1)) {
                    coerced41 = +data54;
                  } else {
                    const err109 = { instancePath: instancePath + "/pagination/max_pages", schemaPath: "#/properties/pagination/oneOf/3/properties/max_pages/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.pagination.oneOf[3].properties.max_pages.type, parentSchema: schema12.properties.pagination.oneOf[3].properties.max_pages, data: data54 };
                    if (vErrors === null) {
                      vErrors = [err109];
                    } else {
                      vErrors.push(err109);
                    }
                    errors++;
                  }
                }
                if (coerced41 !== void 0) {
                  data54 = coerced41;
                  if (data11 !== void 0) {
                    data11["max_pages"] = coerced41;
                  }
                }
              }
              if (typeof data54 == "number" && isFinite(data54)) {
                if (data54 < 1 || isNaN(data54)) {
                  const err110 = { instancePath: instancePath + "/pagination/max_pages", schemaPath: "#/properties/pagination/oneOf/3/properties/max_pages/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema12.properties.pagination.oneOf[3].properties.max_pages, data: data54 };
                  if (vErrors === null) {
                    vErrors = [err110];
                  } else {
                    vErrors.push(err110);
                  }
                  errors++;
                }
              }
              let data55 = data11.on_guard;
              if (typeof data55 !== "string") {
                let dataType42 = typeof data55;
                let coerced42 = void 0;
                if (!(coerced42 !== void 0)) {
                  if (dataType42 == "number" || dataType42 == "boolean") {
                    coerced42 = "" + data55;
                  } else if (data55 === null) {
                    coerced42 = "";
                  } else {
                    const err111 = { instancePath: instancePath + "/pagination/on_guard", schemaPath: "#/properties/pagination/oneOf/3/properties/on_guard/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.pagination.oneOf[3].properties.on_guard.type, parentSchema: schema12.properties.pagination.oneOf[3].properties.on_guard, data: data55 };
                    if (vErrors === null) {
                      vErrors = [err111];
                    } else {
                      vErrors.push(err111);
                    }
                    errors++;
                  }
                }
                if (coerced42 !== void 0) {
                  data55 = coerced42;
                  if (data11 !== void 0) {
                    data11["on_guard"] = coerced42;
                  }
                }
              }
              if (!(data55 === "fail" || data55 === "warn")) {
                const err112 = { instancePath: instancePath + "/pagination/on_guard", schemaPath: "#/properties/pagination/oneOf/3/properties/on_guard/enum", keyword: "enum", params: { allowedValues: schema12.properties.pagination.oneOf[3].properties.on_guard.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.pagination.oneOf[3].properties.on_guard.enum, parentSchema: schema12.properties.pagination.oneOf[3].properties.on_guard, data: data55 };
                if (vErrors === null) {
                  vErrors = [err112];
                } else {
                  vErrors.push(err112);
                }
                errors++;
              }
            } else {
              const err113 = { instancePath: instancePath + "/pagination", schemaPath: "#/properties/pagination/oneOf/3/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.pagination.oneOf[3].type, parentSchema: schema12.properties.pagination.oneOf[3], data: data11 };
              if (vErrors === null) {
                vErrors = [err113];
              } else {
                vErrors.push(err113);
              }
              errors++;
            }
          } else if (tag0 === "next_url") {
            if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
              if (data11.stop_when === void 0) {
                data11.stop_when = [];
              }
              if (data11.max_pages === void 0) {
                data11.max_pages = 1e4;
              }
              if (data11.on_guard === void 0) {
                data11.on_guard = "fail";
              }
              if (data11.type === void 0) {
                const err114 = { instancePath: instancePath + "/pagination", schemaPath: "#/properties/pagination/oneOf/4/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema12.properties.pagination.oneOf[4].required, parentSchema: schema12.properties.pagination.oneOf[4], data: data11 };
                if (vErrors === null) {
                  vErrors = [err114];
                } else {
                  vErrors.push(err114);
                }
                errors++;
              }
              if (data11.next_url_path === void 0) {
                const err115 = { instancePath: instancePath + "/pagination", schemaPath: "#/properties/pagination/oneOf/4/required", keyword: "required", params: { missingProperty: "next_url_path" }, message: "must have required property 'next_url_path'", schema: schema12.properties.pagination.oneOf[4].required, parentSchema: schema12.properties.pagination.oneOf[4], data: data11 };
                if (vErrors === null) {
                  vErrors = [err115];
                } else {
                  vErrors.push(err115);
                }
                errors++;
              }
              for (const key7 in data11) {
                if (!(key7 === "type" || key7 === "next_url_path" || key7 === "stop_when" || key7 === "has_more_path" || key7 === "total_path" || key7 === "total_pages_path" || key7 === "max_pages" || key7 === "on_guard")) {
                  const err116 = { instancePath: instancePath + "/pagination", schemaPath: "#/properties/pagination/oneOf/4/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.pagination.oneOf[4], data: data11 };
                  if (vErrors === null) {
                    vErrors = [err116];
                  } else {
                    vErrors.push(err116);
                  }
                  errors++;
                }
              }
              if (data11.type !== void 0) {
                let data56 = data11.type;
                if ("next_url" !== data56) {
                  const err117 = { instancePath: instancePath + "/pagination/type", schemaPath: "#/properties/pagination/oneOf/4/properties/type/const", keyword: "const", params: { allowedValue: "next_url" }, message: "must be equal to constant", schema: "next_url", parentSchema: schema12.properties.pagination.oneOf[4].properties.type, data: data56 };
                  if (vErrors === null) {
                    vErrors = [err117];
                  } else {
                    vErrors.push(err117);
                  }
                  errors++;
                }
              }
              if (data11.next_url_path !== void 0) {
                let data57 = data11.next_url_path;
                if (typeof data57 !== "string") {
                  let dataType43 = typeof data57;
                  let coerced43 = void 0;
                  if (!(coerced43 !== void 0)) {
                    if (dataType43 == "number" || dataType43 == "boolean") {
                      coerced43 = "" + data57;
                    } else if (data57 === null) {
                      coerced43 = "";
                    } else {
                      const err118 = { instancePath: instancePath + "/pagination/next_url_path", schemaPath: "#/properties/pagination/oneOf/4/properties/next_url_path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.pagination.oneOf[4].properties.next_url_path.type, parentSchema: schema12.properties.pagination.oneOf[4].properties.next_url_path, data: data57 };
                      if (vErrors === null) {
                        vErrors = [err118];
                      } else {
                        vErrors.push(err118);
                      }
                      errors++;
                    }
                  }
                  if (coerced43 !== void 0) {
                    data57 = coerced43;
                    if (data11 !== void 0) {
                      data11["next_url_path"] = coerced43;
                    }
                  }
                }
                if (typeof data57 === "string") {
                  if (func3(data57) < 1) {
                    const err119 = { instancePath: instancePath + "/pagination/next_url_path", schemaPath: "#/properties/pagination/oneOf/4/properties/next_url_path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.pagination.oneOf[4].properties.next_url_path, data: data57 };
                    if (vErrors === null) {
                      vErrors = [err119];
                    } else {
                      vErrors.push(err119);
                    }
                    errors++;
                  }
                }
              }
              let data58 = data11.stop_when;
              if (Array.isArray(data58)) {
                const len4 = data58.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data59 = data58[i4];
                  if (typeof data59 !== "string") {
                    let dataType44 = typeof data59;
                    let coerced44 = void 0;
                    if (!(coerced44 !== void 0)) {
                      if (dataType44 == "number" || dataType44 == "boolean") {
                        coerced44 = "" + data59;
                      } else if (data59 === null) {
                        coerced44 = "";
                      } else {
                        const err120 = { instancePath: instancePath + "/pagination/stop_when/" + i4, schemaPath: "#/properties/pagination/oneOf/4/properties/stop_when/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.pagination.oneOf[4].properties.stop_when.items.type, parentSchema: schema12.properties.pagination.oneOf[4].properties.stop_when.items, data: data59 };
                        if (vErrors === null) {
                          vErrors = [err120];
                        } else {
                          vErrors.push(err120);
                        }
                        errors++;
                      }
                    }
                    if (coerced44 !== void 0) {
                      data59 = coerced44;
                      if (data58 !== void 0) {
                        data58[i4] = coerced44;
                      }
                    }
                  }
                  if (!(data59 === "empty_page" || data59 === "short_page" || data59 === "has_more" || data59 === "total")) {
                    const err121 = { instancePath: instancePath + "/pagination/stop_when/" + i4, schemaPath: "#/properties/pagination/oneOf/4/properties/stop_when/items/enum", keyword: "enum", params: { allowedValues: schema12.properties.pagination.oneOf[4].properties.stop_when.items.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.pagination.oneOf[4].properties.stop_when.items.enum, parentSchema: schema12.properties.pagination.oneOf[4].properties.stop_when.items, data: data59 };
                    if (vErrors === null) {
                      vErrors = [err121];
                    } else {
                      vErrors.push(err121);
                    }
                    errors++;
                  }
                }
              } else {
                const err122 = { instancePath: instancePath + "/pagination/stop_when", schemaPath: "#/properties/pagination/oneOf/4/properties/stop_when/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.pagination.oneOf[4].properties.stop_when.type, parentSchema: schema12.properties.pagination.oneOf[4].properties.stop_when, data: data58 };
                if (vErrors === null) {
                  vErrors = [err122];
                } else {
                  vErrors.push(err122);
                }
                errors++;
              }
              if (data11.has_more_path !== void 0) {
                let data60 = data11.has_more_path;
                if (typeof data60 !== "string") {
                  let dataType45 = typeof data60;
                  let coerced45 = void 0;
                  if (!(coerced45 !== void 0)) {
                    if (dataType45 == "number" || dataType45 == "boolean") {
                      coerced45 = "" + data60;
                    } else if (data60 === null) {
                      coerced45 = "";
                    } else {
                      const err123 = { instancePath: instancePath + "/pagination/has_more_path", schemaPath: "#/properties/pagination/oneOf/4/properties/has_more_path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.pagination.oneOf[4].properties.has_more_path.type, parentSchema: schema12.properties.pagination.oneOf[4].properties.has_more_path, data: data60 };
                      if (vErrors === null) {
                        vErrors = [err123];
                      } else {
                        vErrors.push(err123);
                      }
                      errors++;
                    }
                  }
                  if (coerced45 !== void 0) {
                    data60 = coerced45;
                    if (data11 !== void 0) {
                      data11["has_more_path"] = coerced45;
                    }
                  }
                }
                if (typeof data60 === "string") {
                  if (func3(data60) < 1) {
                    const err124 = { instancePath: instancePath + "/pagination/has_more_path", schemaPath: "#/properties/pagination/oneOf/4/properties/has_more_path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.pagination.oneOf[4].properties.has_more_path, data: data60 };
                    if (vErrors === null) {
                      vErrors = [err124];
                    } else {
                      vErrors.push(err124);
                    }
                    errors++;
                  }
                }
              }
              if (data11.total_path !== void 0) {
                let data61 = data11.total_path;
                if (typeof data61 !== "string") {
                  let dataType46 = typeof data61;
                  let coerced46 = void 0;
                  if (!(coerced46 !== void 0)) {
                    if (dataType46 == "number" || dataType46 == "boolean") {
                      coerced46 = "" + data61;
                    } else if (data61 === null) {
                      coerced46 = "";
                    } else {
                      const err125 = { instancePath: instancePath + "/pagination/total_path", schemaPath: "#/properties/pagination/oneOf/4/properties/total_path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.pagination.oneOf[4].properties.total_path.type, parentSchema: schema12.properties.pagination.oneOf[4].properties.total_path, data: data61 };
                      if (vErrors === null) {
                        vErrors = [err125];
                      } else {
                        vErrors.push(err125);
                      }
                      errors++;
                    }
                  }
                  if (coerced46 !== void 0) {
                    data61 = coerced46;
                    if (data11 !== void 0) {
                      data11["total_path"] = coerced46;
                    }
                  }
                }
                if (typeof data61 === "string") {
                  if (func3(data61) < 1) {
                    const err126 = { instancePath: instancePath + "/pagination/total_path", schemaPath: "#/properties/pagination/oneOf/4/properties/total_path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.pagination.oneOf[4].properties.total_path, data: data61 };
                    if (vErrors === null) {
                      vErrors = [err126];
                    } else {
                      vErrors.push(err126);
                    }
                    errors++;
                  }
                }
              }
              if (data11.total_pages_path !== void 0) {
                let data62 = data11.total_pages_path;
                if (typeof data62 !== "string") {
                  let dataType47 = typeof data62;
                  let coerced47 = void 0;
                  if (!(coerced47 !== void 0)) {
                    if (dataType47 == "number" || dataType47 == "boolean") {
                      coerced47 = "" + data62;
                    } else if (data62 === null) {
                      coerced47 = "";
                    } else {
                      const err127 = { instancePath: instancePath + "/pagination/total_pages_path", schemaPath: "#/properties/pagination/oneOf/4/properties/total_pages_path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.pagination.oneOf[4].properties.total_pages_path.type, parentSchema: schema12.properties.pagination.oneOf[4].properties.total_pages_path, data: data62 };
                      if (vErrors === null) {
                        vErrors = [err127];
                      } else {
                        vErrors.push(err127);
                      }
                      errors++;
                    }
                  }
                  if (coerced47 !== void 0) {
                    data62 = coerced47;
                    if (data11 !== void 0) {
                      data11["total_pages_path"] = coerced47;
                    }
                  }
                }
                if (typeof data62 === "string") {
                  if (func3(data62) < 1) {
                    const err128 = { instancePath: instancePath + "/pagination/total_pages_path", schemaPath: "#/properties/pagination/oneOf/4/properties/total_pages_path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.pagination.oneOf[4].properties.total_pages_path, data: data62 };
                    if (vErrors === null) {
                      vErrors = [err128];
                    } else {
                      vErrors.push(err128);
                    }
                    errors++;
                  }
                }
              }
              let data63 = data11.max_pages;
              if (!(typeof data63 == "number" && (!(data63 % 1) && !isNaN(data63)) && isFinite(data63))) {
                let dataType48 = typeof data63;
                let coerced48 = void 0;
                if (!(coerced48 !== void 0)) {
                  if (dataType48 === "boolean" || data63 === null || dataType48 === "string" && data63 && data63 == +data63 && !(data63 % 1)) {
                    coerced48 = +data63;
                  } else {
                    const err129 = { instancePath: instancePath + "/pagination/max_pages", schemaPath: "#/properties/pagination/oneOf/4/properties/max_pages/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.pagination.oneOf[4].properties.max_pages.type, parentSchema: schema12.properties.pagination.oneOf[4].properties.max_pages, data: data63 };
                    if (vErrors === null) {
                      vErrors = [err129];
                    } else {
                      vErrors.push(err129);
                    }
                    errors++;
                  }
                }
                if (coerced48 !== void 0) {
                  data63 = coerced48;
                  if (data11 !== void 0) {
                    data11["max_pages"] = coerced48;
                  }
                }
              }
              if (typeof data63 == "number" && isFinite(data63)) {
                if (data63 < 1 || isNaN(data63)) {
                  const err130 = { instancePath: instancePath + "/pagination/max_pages", schemaPath: "#/properties/pagination/oneOf/4/properties/max_pages/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema12.properties.pagination.oneOf[4].properties.max_pages, data: data63 };
                  if (vErrors === null) {
                    vErrors = [err130];
                  } else {
                    vErrors.push(err130);
                  }
                  errors++;
                }
              }
              let data64 = data11.on_guard;
              if (typeof data64 !== "string") {
                let dataType49 = typeof data64;
                let coerced49 = void 0;
                if (!(coerced49 !== void 0)) {
                  if (dataType49 == "number" || dataType49 == "boolean") {
                    coerced49 = "" + data64;
                  } else if (data64 === null) {
                    coerced49 = "";
                  } else {
                    const err131 = { instancePath: instancePath + "/pagination/on_guard", schemaPath: "#/properties/pagination/oneOf/4/properties/on_guard/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.pagination.oneOf[4].properties.on_guard.type, parentSchema: schema12.properties.pagination.oneOf[4].properties.on_guard, data: data64 };
                    if (vErrors === null) {
                      vErrors = [err131];
                    } else {
                      vErrors.push(err131);
                    }
                    errors++;
                  }
                }
                if (coerced49 !== void 0) {
                  data64 = coerced49;
                  if (data11 !== void 0) {
                    data11["on_guard"] = coerced49;
                  }
                }
              }
              if (!(data64 === "fail" || data64 === "warn")) {
                const err132 = { instancePath: instancePath + "/pagination/on_guard", schemaPath: "#/properties/pagination/oneOf/4/properties/on_guard/enum", keyword: "enum", params: { allowedValues: schema12.properties.pagination.oneOf[4].properties.on_guard.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.pagination.oneOf[4].properties.on_guard.enum, parentSchema: schema12.properties.pagination.oneOf[4].properties.on_guard, data: data64 };
                if (vErrors === null) {
                  vErrors = [err132];
                } else {
                  vErrors.push(err132);
                }
                errors++;
              }
            } else {
              const err133 = { instancePath: instancePath + "/pagination", schemaPath: "#/properties/pagination/oneOf/4/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.pagination.oneOf[4].type, parentSchema: schema12.properties.pagination.oneOf[4], data: data11 };
              if (vErrors === null) {
                vErrors = [err133];
              } else {
                vErrors.push(err133);
              }
              errors++;
            }
          } else if (tag0 === "link_header") {
            if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
              if (data11.rel === void 0) {
                data11.rel = "next";
              }
              if (data11.stop_when === void 0) {
                data11.stop_when = [];
              }
              if (data11.max_pages === void 0) {
                data11.max_pages = 1e4;
              }
              if (data11.on_guard === void 0) {
                data11.on_guard = "fail";
              }
              if (data11.type === void 0) {
                const err134 = { instancePath: instancePath + "/pagination", schemaPath: "#/properties/pagination/oneOf/5/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema12.properties.pagination.oneOf[5].required, parentSchema: schema12.properties.pagination.oneOf[5], data: data11 };
                if (vErrors === null) {
                  vErrors = [err134];
                } else {
                  vErrors.push(err134);
                }
                errors++;
              }
              for (const key8 in data11) {
                if (!(key8 === "type" || key8 === "rel" || key8 === "stop_when" || key8 === "has_more_path" || key8 === "total_path" || key8 === "total_pages_path" || key8 === "max_pages" || key8 === "on_guard")) {
                  const err135 = { instancePath: instancePath + "/pagination", schemaPath: "#/properties/pagination/oneOf/5/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.pagination.oneOf[5], data: data11 };
                  if (vErrors === null) {
                    vErrors = [err135];
                  } else {
                    vErrors.push(err135);
                  }
                  errors++;
                }
              }
              if (data11.type !== void 0) {
                let data65 = data11.type;
                if ("link_header" !== data65) {
                  const err136 = { instancePath: instancePath + "/pagination/type", schemaPath: "#/properties/pagination/oneOf/5/properties/type/const", keyword: "const", params: { allowedValue: "link_header" }, message: "must be equal to constant", schema: "link_header", parentSchema: schema12.properties.pagination.oneOf[5].properties.type, data: data65 };
                  if (vErrors === null) {
                    vErrors = [err136];
                  } else {
                    vErrors.push(err136);
                  }
                  errors++;
                }
              }
              let data66 = data11.rel;
              if (typeof data66 !== "string") {
                let dataType50 = typeof data66;
                let coerced50 = void 0;
                if (!(coerced50 !== void 0)) {
                  if (dataType50 == "number" || dataType50 == "boolean") {
                    coerced50 = "" + data66;
                  } else if (data66 === null) {
                    coerced50 = "";
                  } else {
                    const err137 = { instancePath: instancePath + "/pagination/rel", schemaPath: "#/properties/pagination/oneOf/5/properties/rel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.pagination.oneOf[5].properties.rel.type, parentSchema: schema12.properties.pagination.oneOf[5].properties.rel, data: data66 };
                    if (vErrors === null) {
                      vErrors = [err137];
                    } else {
                      vErrors.push(err137);
                    }
                    errors++;
                  }
                }
                if (coerced50 !== void 0) {
                  data66 = coerced50;
                  if (data11 !== void 0) {
                    data11["rel"] = coerced50;
                  }
                }
              }
              if (typeof data66 === "string") {
                if (func3(data66) < 1) {
                  const err138 = { instancePath: instancePath + "/pagination/rel", schemaPath: "#/properties/pagination/oneOf/5/properties/rel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.pagination.oneOf[5].properties.rel, data: data66 };
                  if (vErrors === null) {
                    vErrors = [err138];
                  } else {
                    vErrors.push(err138);
                  }
                  errors++;
                }
              }
              let data67 = data11.stop_when;
              if (Array.isArray(data67)) {
                const len5 = data67.length;
                for (let i5 = 0; i5 < len5; i5++) {
                  let data68 = data67[i5];
                  if (typeof data68 !== "string") {
                    let dataType51 = typeof data68;
                    let coerced51 = void 0;
                    if (!(coerced51 !== void 0)) {
                      if (dataType51 == "number" || dataType51 == "boolean") {
                        coerced51 = "" + data68;
                      } else if (data68 === null) {
                        coerced51 = "";
                      } else {
                        const err139 = { instancePath: instancePath + "/pagination/stop_when/" + i5, schemaPath: "#/properties/pagination/oneOf/5/properties/stop_when/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.pagination.oneOf[5].properties.stop_when.items.type, parentSchema: schema12.properties.pagination.oneOf[5].properties.stop_when.items, data: data68 };
                        if (vErrors === null) {
                          vErrors = [err139];
                        } else {
                          vErrors.push(err139);
                        }
                        errors++;
                      }
                    }
                    if (coerced51 !== void 0) {
                      data68 = coerced51;
                      if (data67 !== void 0) {
                        data67[i5] = coerced51;
                      }
                    }
                  }
                  if (!(data68 === "empty_page" || data68 === "short_page" || data68 === "has_more" || data68 === "total")) {
                    const err140 = { instancePath: instancePath + "/pagination/stop_when/" + i5, schemaPath: "#/properties/pagination/oneOf/5/properties/stop_when/items/enum", keyword: "enum", params: { allowedValues: schema12.properties.pagination.oneOf[5].properties.stop_when.items.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.pagination.oneOf[5].properties.stop_when.items.enum, parentSchema: schema12.properties.pagination.oneOf[5].properties.stop_when.items, data: data68 };
                    if (vErrors === null) {
                      vErrors = [err140];
                    } else {
                      vErrors.push(err140);
                    }
                    errors++;
                  }
                }
              } else {
                const err141 = { instancePath: instancePath + "/pagination/stop_when", schemaPath: "#/properties/pagination/oneOf/5/properties/stop_when/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.pagination.oneOf[5].properties.stop_when.type, parentSchema: schema12.properties.pagination.oneOf[5].properties.stop_when, data: data67 };
                if (vErrors === null) {
                  vErrors = [err141];
                } else {
                  vErrors.push(err141);
                }
                errors++;
              }
              if (data11.has_more_path !== void 0) {
                let data69 = data11.has_more_path;
                if (typeof data69 !== "string") {
                  let dataType52 = typeof data69;
                  let coerced52 = void 0;
                  if (!(coerced52 !== void 0)) {
                    if (dataType52 == "number" || dataType52 == "boolean") {
                      coerced52 = "" + data69;
                    } else if (data69 === null) {
                      coerced52 = "";
                    } else {
                      const err142 = { instancePath: instancePath + "/pagination/has_more_path", schemaPath: "#/properties/pagination/oneOf/5/properties/has_more_path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.pagination.oneOf[5].properties.has_more_path.type, parentSchema: schema12.properties.pagination.oneOf[5].properties.has_more_path, data: data69 };
                      if (vErrors === null) {
                        vErrors = [err142];
                      } else {
                        vErrors.push(err142);
                      }
                      errors++;
                    }
                  }
                  if (coerced52 !== void 0) {
                    data69 = coerced52;
                    if (data11 !== void 0) {
                      data11["has_more_path"] = coerced52;
                    }
                  }
                }
                if (typeof data69 === "string") {
                  if (func3(data69) < 1) {
                    const err143 = { instancePath: instancePath + "/pagination/has_more_path", schemaPath: "#/properties/pagination/oneOf/5/properties/has_more_path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.pagination.oneOf[5].properties.has_more_path, data: data69 };
                    if (vErrors === null) {
                      vErrors = [err143];
                    } else {
                      vErrors.push(err143);
                    }
                    errors++;
                  }
                }
              }
              if (data11.total_path !== void 0) {
                let data70 = data11.total_path;
                if (typeof data70 !== "string") {
                  let dataType53 = typeof data70;
                  let coerced53 = void 0;
                  if (!(coerced53 !== void 0)) {
                    if (dataType53 == "number" || dataType53 == "boolean") {
                      coerced53 = "" + data70;
                    } else if (data70 === null) {
                      coerced53 = "";
                    } else {
                      const err144 = { instancePath: instancePath + "/pagination/total_path", schemaPath: "#/properties/pagination/oneOf/5/properties/total_path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.pagination.oneOf[5].properties.total_path.type, parentSchema: schema12.properties.pagination.oneOf[5].properties.total_path, data: data70 };
                      if (vErrors === null) {
                        vErrors = [err144];
                      } else {
                        vErrors.push(err144);
                      }
                      errors++;
                    }
                  }
                  if (coerced53 !== void 0) {
                    data70 = coerced53;
                    if (data11 !== void 0) {
                      data11["total_path"] = coerced53;
                    }
                  }
                }
                if (typeof data70 === "string") {
                  if (func3(data70) < 1) {
                    const err145 = { instancePath: instancePath + "/pagination/total_path", schemaPath: "#/properties/pagination/oneOf/5/properties/total_path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.pagination.oneOf[5].properties.total_path, data: data70 };
                    if (vErrors === null) {
                      vErrors = [err145];
                    } else {
                      vErrors.push(err145);
                    }
                    errors++;
                  }
                }
              }
              if (data11.total_pages_path !== void 0) {
                let data71 = data11.total_pages_path;
                if (typeof data71 !== "string") {
                  let dataType54 = typeof data71;
                  let coerced54 = void 0;
                  if (!(coerced54 !== void 0)) {
                    if (dataType54 == "number" || dataType54 == "boolean") {
                      coerced54 = "" + data71;
                    } else if (data71 === null) {
                      coerced54 = "";
                    } else {
                      const err146 = { instancePath: instancePath + "/pagination/total_pages_path", schemaPath: "#/properties/pagination/oneOf/5/properties/total_pages_path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.pagination.oneOf[5].properties.total_pages_path.type, parentSchema: schema12.properties.pagination.oneOf[5].properties.total_pages_path, data: data71 };
                      if (vErrors === null) {
                        vErrors = [err146];
                      } else {
                        vErrors.push(err146);
                      }
                      errors++;
                    }
                  }
                  if (coerced54 !== void 0) {
                    data71 = coerced54;
                    if (data11 !== void 0) {
                      data11["total_pages_path"] = coerced54;
                    }
                  }
                }
                if (typeof data71 === "string") {
                  if (func3(data71) < 1) {
                    const err147 = { instancePath: instancePath + "/pagination/total_pages_path", schemaPath: "#/properties/pagination/oneOf/5/properties/total_pages_path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.pagination.oneOf[5].properties.total_pages_path, data: data71 };
                    if (vErrors === null) {
                      vErrors = [err147];
                    } else {
                      vErrors.push(err147);
                    }
                    errors++;
                  }
                }
              }
              let data72 = data11.max_pages;
              if (!(typeof data72 == "number" && (!(data72 % 1) && !isNaN(data72)) && isFinite(data72))) {
                let dataType55 = typeof data72;
                let coerced55 = void 0;
                if (!(coerced55 !== void 0)) {
                  if (dataType55 === "boolean" || data72 === null || dataType55 === "string" && data72 && data72 == +data72 && !(data72 % 1)) {
                    coerced55 = +data72;
                  } else {
                    const err148 = { instancePath: instancePath + "/pagination/max_pages", schemaPath: "#/properties/pagination/oneOf/5/properties/max_pages/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.pagination.oneOf[5].properties.max_pages.type, parentSchema: schema12.properties.pagination.oneOf[5].properties.max_pages, data: data72 };
                    if (vErrors === null) {
                      vErrors = [err148];
                    } else {
                      vErrors.push(err148);
                    }
                    errors++;
                  }
                }
                if (coerced55 !== void 0) {
                  data72 = coerced55;
                  if (data11 !== void 0) {
                    data11["max_pages"] = coerced55;
                  }
                }
              }
              if (typeof data72 == "number" && isFinite(data72)) {
                if (data72 < 1 || isNaN(data72)) {
                  const err149 = { instancePath: instancePath + "/pagination/max_pages", schemaPath: "#/properties/pagination/oneOf/5/properties/max_pages/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema12.properties.pagination.oneOf[5].properties.max_pages, data: data72 };
                  if (vErrors === null) {
                    vErrors = [err149];
                  } else {
                    vErrors.push(err149);
                  }
                  errors++;
                }
              }
              let data73 = data11.on_guard;
              if (typeof data73 !== "string") {
                let dataType56 = typeof data73;
                let coerced56 = void 0;
                if (!(coerced56 !== void 0)) {
                  if (dataType56 == "number" || dataType56 == "boolean") {
                    coerced56 = "" + data73;
                  } else if (data73 === null) {
                    coerced56 = "";
                  } else {
                    const err150 = { instancePath: instancePath + "/pagination/on_guard", schemaPath: "#/properties/pagination/oneOf/5/properties/on_guard/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.pagination.oneOf[5].properties.on_guard.type, parentSchema: schema12.properties.pagination.oneOf[5].properties.on_guard, data: data73 };
                    if (vErrors === null) {
                      vErrors = [err150];
                    } else {
                      vErrors.push(err150);
                    }
                    errors++;
                  }
                }
                if (coerced56 !== void 0) {
                  data73 = coerced56;
                  if (data11 !== void 0) {
                    data11["on_guard"] = coerced56;
                  }
                }
              }
              if (!(data73 === "fail" || data73 === "warn")) {
                const err151 = { instancePath: instancePath + "/pagination/on_guard", schemaPath: "#/properties/pagination/oneOf/5/properties/on_guard/enum", keyword: "enum", params: { allowedValues: schema12.properties.pagination.oneOf[5].properties.on_guard.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.pagination.oneOf[5].properties.on_guard.enum, parentSchema: schema12.properties.pagination.oneOf[5].properties.on_guard, data: data73 };
                if (vErrors === null) {
                  vErrors = [err151];
                } else {
                  vErrors.push(err151);
                }
                errors++;
              }
            } else {
              const err152 = { instancePath: instancePath + "/pagination", schemaPath: "#/properties/pagination/oneOf/5/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.pagination.oneOf[5].type, parentSchema: schema12.properties.pagination.oneOf[5], data: data11 };
              if (vErrors === null) {
                vErrors = [err152];
              } else {
                vErrors.push(err152);
              }
              errors++;
            }
          } else {
            const err153 = { instancePath: instancePath + "/pagination", schemaPath: "#/properties/pagination/discriminator", keyword: "discriminator", params: { error: "mapping", tag: "type", tagValue: tag0 }, message: 'value of tag "type" must be in oneOf', schema: schema12.properties.pagination.discriminator, parentSchema: schema12.properties.pagination, data: data11 };
            if (vErrors === null) {
              vErrors = [err153];
            } else {
              vErrors.push(err153);
            }
            errors++;
          }
        } else {
          const err154 = { instancePath: instancePath + "/pagination", schemaPath: "#/properties/pagination/discriminator", keyword: "discriminator", params: { error: "tag", tag: "type", tagValue: tag0 }, message: 'tag "type" must be string', schema: schema12.properties.pagination.discriminator, parentSchema: schema12.properties.pagination, data: data11 };
          if (vErrors === null) {
            vErrors = [err154];
          } else {
            vErrors.push(err154);
          }
          errors++;
        }
      } else {
        const err155 = { instancePath: instancePath + "/pagination", schemaPath: "#/properties/pagination/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.pagination.type, parentSchema: schema12.properties.pagination, data: data11 };
        if (vErrors === null) {
          vErrors = [err155];
        } else {
          vErrors.push(err155);
        }
        errors++;
      }
    }
    if (data.since !== void 0) {
      let data74 = data.since;
      const _errs172 = errors;
      let valid30 = true;
      const _errs173 = errors;
      if (data74 && typeof data74 == "object" && !Array.isArray(data74)) {
        let missing1;
        if (data74.lookback_s === void 0 && (missing1 = "lookback_s")) {
          const err156 = {};
          if (vErrors === null) {
            vErrors = [err156];
          } else {
            vErrors.push(err156);
          }
          errors++;
        }
      }
      var _valid1 = _errs173 === errors;
      errors = _errs172;
      if (vErrors !== null) {
        if (_errs172) {
          vErrors.length = _errs172;
        } else {
          vErrors = null;
        }
      }
      if (_valid1) {
        const _errs174 = errors;
        if (data74 && typeof data74 == "object" && !Array.isArray(data74)) {
          if (data74.format === void 0) {
            const err157 = { instancePath: instancePath + "/since", schemaPath: "#/properties/since/then/required", keyword: "required", params: { missingProperty: "format" }, message: "must have required property 'format'", schema: schema12.properties.since.then.required, parentSchema: schema12.properties.since.then, data: data74 };
            if (vErrors === null) {
              vErrors = [err157];
            } else {
              vErrors.push(err157);
            }
            errors++;
          }
        }
        var _valid1 = _errs174 === errors;
        valid30 = _valid1;
      }
      if (!valid30) {
        const err158 = { instancePath: instancePath + "/since", schemaPath: "#/properties/since/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema12.properties.since.if, parentSchema: schema12.properties.since, data: data74 };
        if (vErrors === null) {
          vErrors = [err158];
        } else {
          vErrors.push(err158);
        }
        errors++;
      }
      if (data74 && typeof data74 == "object" && !Array.isArray(data74)) {
        if (data74.in === void 0) {
          data74.in = "query";
        }
        if (data74.value === void 0) {
          data74.value = "${cursor}";
        }
        if (data74.timezone === void 0) {
          data74.timezone = "UTC";
        }
        if (data74.param === void 0) {
          const err159 = { instancePath: instancePath + "/since", schemaPath: "#/properties/since/required", keyword: "required", params: { missingProperty: "param" }, message: "must have required property 'param'", schema: schema12.properties.since.required, parentSchema: schema12.properties.since, data: data74 };
          if (vErrors === null) {
            vErrors = [err159];
          } else {
            vErrors.push(err159);
          }
          errors++;
        }
        for (const key9 in data74) {
          if (!(key9 === "param" || key9 === "in" || key9 === "value" || key9 === "format" || key9 === "lookback_s" || key9 === "timezone")) {
            const err160 = { instancePath: instancePath + "/since", schemaPath: "#/properties/since/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.since, data: data74 };
            if (vErrors === null) {
              vErrors = [err160];
            } else {
              vErrors.push(err160);
            }
            errors++;
          }
        }
        if (data74.param !== void 0) {
          let data75 = data74.param;
          if (typeof data75 !== "string") {
            let dataType57 = typeof data75;
            let coerced57 = void 0;
            if (!(coerced57 !== void 0)) {
              if (dataType57 == "number" || dataType57 == "boolean") {
                coerced57 = "" + data75;
              } else if (data75 === null) {
                coerced57 = "";
              } else {
                const err161 = { instancePath: instancePath + "/since/param", schemaPath: "#/properties/since/properties/param/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.since.properties.param.type, parentSchema: schema12.properties.since.properties.param, data: data75 };
                if (vErrors === null) {
                  vErrors = [err161];
                } else {
                  vErrors.push(err161);
                }
                errors++;
              }
            }
            if (coerced57 !== void 0) {
              data75 = coerced57;
              if (data74 !== void 0) {
                data74["param"] = coerced57;
              }
            }
          }
          if (typeof data75 === "string") {
            if (func3(data75) < 1) {
              const err162 = { instancePath: instancePath + "/since/param", schemaPath: "#/properties/since/properties/param/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.since.properties.param, data: data75 };
              if (vErrors === null) {
                vErrors = [err162];
              } else {
                vErrors.push(err162);
              }
              errors++;
            }
          }
        }
        let data76 = data74.in;
        if (typeof data76 !== "string") {
          let dataType58 = typeof data76;
          let coerced58 = void 0;
          if (!(coerced58 !== void 0)) {
            if (dataType58 == "number" || dataType58 == "boolean") {
              coerced58 = "" + data76;
            } else if (data76 === null) {
              coerced58 = "";
            } else {
              const err163 = { instancePath: instancePath + "/since/in", schemaPath: "#/properties/since/properties/in/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.since.properties.in.type, parentSchema: schema12.properties.since.properties.in, data: data76 };
              if (vErrors === null) {
                vErrors = [err163];
              } else {
                vErrors.push(err163);
              }
              errors++;
            }
          }
          if (coerced58 !== void 0) {
            data76 = coerced58;
            if (data74 !== void 0) {
              data74["in"] = coerced58;
            }
          }
        }
        if (!(data76 === "query" || data76 === "body")) {
          const err164 = { instancePath: instancePath + "/since/in", schemaPath: "#/properties/since/properties/in/enum", keyword: "enum", params: { allowedValues: schema12.properties.since.properties.in.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.since.properties.in.enum, parentSchema: schema12.properties.since.properties.in, data: data76 };
          if (vErrors === null) {
            vErrors = [err164];
          } else {
            vErrors.push(err164);
          }
          errors++;
        }
        let data77 = data74.value;
        if (typeof data77 !== "string") {
          let dataType59 = typeof data77;
          let coerced59 = void 0;
          if (!(coerced59 !== void 0)) {
            if (dataType59 == "number" || dataType59 == "boolean") {
              coerced59 = "" + data77;
            } else if (data77 === null) {
              coerced59 = "";
            } else {
              const err165 = { instancePath: instancePath + "/since/value", schemaPath: "#/properties/since/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.since.properties.value.type, parentSchema: schema12.properties.since.properties.value, data: data77 };
              if (vErrors === null) {
                vErrors = [err165];
              } else {
                vErrors.push(err165);
              }
              errors++;
            }
          }
          if (coerced59 !== void 0) {
            data77 = coerced59;
            if (data74 !== void 0) {
              data74["value"] = coerced59;
            }
          }
        }
        this.templates.push(instancePath + "/since/value");
        if (data74.format !== void 0) {
          let data78 = data74.format;
          if (typeof data78 !== "string") {
            let dataType60 = typeof data78;
            let coerced60 = void 0;
            if (!(coerced60 !== void 0)) {
              if (dataType60 == "number" || dataType60 == "boolean") {
                coerced60 = "" + data78;
              } else if (data78 === null) {
                coerced60 = "";
              } else {
                const err166 = { instancePath: instancePath + "/since/format", schemaPath: "#/properties/since/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.since.properties.format.type, parentSchema: schema12.properties.since.properties.format, data: data78 };
                if (vErrors === null) {
                  vErrors = [err166];
                } else {
                  vErrors.push(err166);
                }
                errors++;
              }
            }
            if (coerced60 !== void 0) {
              data78 = coerced60;
              if (data74 !== void 0) {
                data74["format"] = coerced60;
              }
            }
          }
          if (typeof data78 === "string") {
            if (!pattern0.test(data78)) {
              const err167 = { instancePath: instancePath + "/since/format", schemaPath: "#/properties/since/properties/format/pattern", keyword: "pattern", params: { pattern: "^(raw|iso|iso_date|unix|unix_ms|([^%]|%[YmdHMSLz%])*%[YmdHMSLz%]([^%]|%[YmdHMSLz%])*)$" }, message: 'must match pattern "^(raw|iso|iso_date|unix|unix_ms|([^%]|%[YmdHMSLz%])*%[YmdHMSLz%]([^%]|%[YmdHMSLz%])*)$"', schema: "^(raw|iso|iso_date|unix|unix_ms|([^%]|%[YmdHMSLz%])*%[YmdHMSLz%]([^%]|%[YmdHMSLz%])*)$", parentSchema: schema12.properties.since.properties.format, data: data78 };
              if (vErrors === null) {
                vErrors = [err167];
              } else {
                vErrors.push(err167);
              }
              errors++;
            }
          }
        }
        if (data74.lookback_s !== void 0) {
          let data79 = data74.lookback_s;
          if (!(typeof data79 == "number" && isFinite(data79))) {
            let dataType61 = typeof data79;
            let coerced61 = void 0;
            if (!(coerced61 !== void 0)) {
              if (dataType61 == "boolean" || data79 === null || dataType61 == "string" && data79 && data79 == +data79) {
                coerced61 = +data79;
              } else {
                const err168 = { instancePath: instancePath + "/since/lookback_s", schemaPath: "#/properties/since/properties/lookback_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.since.properties.lookback_s.type, parentSchema: schema12.properties.since.properties.lookback_s, data: data79 };
                if (vErrors === null) {
                  vErrors = [err168];
                } else {
                  vErrors.push(err168);
                }
                errors++;
              }
            }
            if (coerced61 !== void 0) {
              data79 = coerced61;
              if (data74 !== void 0) {
                data74["lookback_s"] = coerced61;
              }
            }
          }
          if (typeof data79 == "number" && isFinite(data79)) {
            if (data79 < 0 || isNaN(data79)) {
              const err169 = { instancePath: instancePath + "/since/lookback_s", schemaPath: "#/properties/since/properties/lookback_s/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12.properties.since.properties.lookback_s, data: data79 };
              if (vErrors === null) {
                vErrors = [err169];
              } else {
                vErrors.push(err169);
              }
              errors++;
            }
          }
        }
        let data80 = data74.timezone;
        if (typeof data80 !== "string") {
          let dataType62 = typeof data80;
          let coerced62 = void 0;
          if (!(coerced62 !== void 0)) {
            if (dataType62 == "number" || dataType62 == "boolean") {
              coerced62 = "" + data80;
            } else if (data80 === null) {
              coerced62 = "";
            } else {
              const err170 = { instancePath: instancePath + "/since/timezone", schemaPath: "#/properties/since/properties/timezone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.since.properties.timezone.type, parentSchema: schema12.properties.since.properties.timezone, data: data80 };
              if (vErrors === null) {
                vErrors = [err170];
              } else {
                vErrors.push(err170);
              }
              errors++;
            }
          }
          if (coerced62 !== void 0) {
            data80 = coerced62;
            if (data74 !== void 0) {
              data74["timezone"] = coerced62;
            }
          }
        }
        if (typeof data80 === "string") {
          if (func3(data80) < 1) {
            const err171 = { instancePath: instancePath + "/since/timezone", schemaPath: "#/properties/since/properties/timezone/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.since.properties.timezone, data: data80 };
            if (vErrors === null) {
              vErrors = [err171];
            } else {
              vErrors.push(err171);
            }
            errors++;
          }
        }
      } else {
        const err172 = { instancePath: instancePath + "/since", schemaPath: "#/properties/since/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.since.type, parentSchema: schema12.properties.since, data: data74 };
        if (vErrors === null) {
          vErrors = [err172];
        } else {
          vErrors.push(err172);
        }
        errors++;
      }
    }
    let data81 = data.ids_split;
    if (data81 && typeof data81 == "object" && !Array.isArray(data81)) {
      if (data81.max_ids === void 0) {
        data81.max_ids = 100;
      }
      if (data81.max_url_length === void 0) {
        data81.max_url_length = 8e3;
      }
      for (const key10 in data81) {
        if (!(key10 === "max_ids" || key10 === "max_url_length")) {
          const err173 = { instancePath: instancePath + "/ids_split", schemaPath: "#/properties/ids_split/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.ids_split, data: data81 };
          if (vErrors === null) {
            vErrors = [err173];
          } else {
            vErrors.push(err173);
          }
          errors++;
        }
      }
      let data82 = data81.max_ids;
      if (!(typeof data82 == "number" && (!(data82 % 1) && !isNaN(data82)) && isFinite(data82))) {
        let dataType63 = typeof data82;
        let coerced63 = void 0;
        if (!(coerced63 !== void 0)) {
          if (dataType63 === "boolean" || data82 === null || dataType63 === "string" && data82 && data82 == +data82 && !(data82 % 1)) {
            coerced63 = +data82;
          } else {
            const err174 = { instancePath: instancePath + "/ids_split/max_ids", schemaPath: "#/properties/ids_split/properties/max_ids/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.ids_split.properties.max_ids.type, parentSchema: schema12.properties.ids_split.properties.max_ids, data: data82 };
            if (vErrors === null) {
              vErrors = [err174];
            } else {
              vErrors.push(err174);
            }
            errors++;
          }
        }
        if (coerced63 !== void 0) {
          data82 = coerced63;
          if (data81 !== void 0) {
            data81["max_ids"] = coerced63;
          }
        }
      }
      if (typeof data82 == "number" && isFinite(data82)) {
        if (data82 < 1 || isNaN(data82)) {
          const err175 = { instancePath: instancePath + "/ids_split/max_ids", schemaPath: "#/properties/ids_split/properties/max_ids/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema12.properties.ids_split.properties.max_ids, data: data82 };
          if (vErrors === null) {
            vErrors = [err175];
          } else {
            vErrors.push(err175);
          }
          errors++;
        }
      }
      let data83 = data81.max_url_length;
      if (!(typeof data83 == "number" && (!(data83 % 1) && !isNaN(data83)) && isFinite(data83))) {
        let dataType64 = typeof data83;
        let coerced64 = void 0;
        if (!(coerced64 !== void 0)) {
          if (dataType64 === "boolean" || data83 === null || dataType64 === "string" && data83 && data83 == +data83 && !(data83 % 1)) {
            coerced64 = +data83;
          } else {
            const err176 = { instancePath: instancePath + "/ids_split/max_url_length", schemaPath: "#/properties/ids_split/properties/max_url_length/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.ids_split.properties.max_url_length.type, parentSchema: schema12.properties.ids_split.properties.max_url_length, data: data83 };
            if (vErrors === null) {
              vErrors = [err176];
            } else {
              vErrors.push(err176);
            }
            errors++;
          }
        }
        if (coerced64 !== void 0) {
          data83 = coerced64;
          if (data81 !== void 0) {
            data81["max_url_length"] = coerced64;
          }
        }
      }
      if (typeof data83 == "number" && isFinite(data83)) {
        if (data83 < 100 || isNaN(data83)) {
          const err177 = { instancePath: instancePath + "/ids_split/max_url_length", schemaPath: "#/properties/ids_split/properties/max_url_length/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema12.properties.ids_split.properties.max_url_length, data: data83 };
          if (vErrors === null) {
            vErrors = [err177];
          } else {
            vErrors.push(err177);
          }
          errors++;
        }
      }
    } else {
      const err178 = { instancePath: instancePath + "/ids_split", schemaPath: "#/properties/ids_split/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.ids_split.type, parentSchema: schema12.properties.ids_split, data: data81 };
      if (vErrors === null) {
        vErrors = [err178];
      } else {
        vErrors.push(err178);
      }
      errors++;
    }
  } else {
    const err179 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err179];
    } else {
      vErrors.push(err179);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var validate_2 = validate12;
var schema13 = { "type": "object", "additionalProperties": false, "required": ["path"], "properties": { "connection": { "type": "string" }, "path": { "description": "Path appended to the connection's `base_url`. In `mode: record` it may use `${record.field}`, e.g. `/items/${record.id}`.", "type": "string", "minLength": 1, "x-runtime-template": true }, "method": { "description": "HTTP method.", "type": "string", "enum": ["POST", "PUT", "PATCH", "DELETE"], "default": "POST" }, "mode": { "description": "`batch`: one request carries up to `batch_size` records; `record`: one request per record (to capture the id the target creates).", "type": "string", "enum": ["batch", "record"], "default": "batch" }, "batch_size": { "description": "`batch`: most records in one request.", "type": "integer", "minimum": 1, "default": 100 }, "max_body_bytes": { "description": "`batch`: a request body larger than this is split in halves before it is sent.", "type": "integer", "minimum": 100 }, "delay_ms": { "description": "Pause between two requests of this stream, in milliseconds (e.g. 500 for SparkLayer).", "type": "integer", "minimum": 0, "default": 0 }, "body": { "description": 'Body template: any JSON value; a string that is exactly `${records}` (batch) or `${record}` (record mode) becomes the records, e.g. `{ items: "${records}" }`. Default: the list of records (batch) or the record.', "tsType": "unknown", "x-runtime-template": true }, "params": { "type": "object", "additionalProperties": { "type": ["string", "number", "boolean"] }, "description": "Query parameters; may use runtime references.", "x-runtime-template": true }, "headers": { "type": "object", "additionalProperties": { "type": ["string", "number", "boolean"] }, "description": "Extra headers; may use runtime references.", "x-runtime-template": true }, "exclude": { "description": "Record fields left out of the body (e.g. the source id kept only for the crosswalk).", "type": "array", "items": { "type": "string" } }, "retry_conflicts": { "description": "Retry a 409 Conflict like a 429 (targets that report concurrent updates that way).", "type": "boolean", "default": true }, "on_record_error": { "description": "`record` mode: a 4xx answer for one record quarantines it and the run goes on (`quarantine`), or fails the run (`fail`).", "type": "string", "enum": ["quarantine", "fail"], "default": "quarantine" }, "crosswalk": { "description": "`record` mode: record `(kind, source id) -> target id` from each response in the ID crosswalk, and decide what to do with a record already copied (`existing`).", "type": "object", "additionalProperties": false, "required": ["kind", "source_id", "target_id"], "properties": { "kind": { "description": "Crosswalk kind, e.g. `item`.", "type": "string", "minLength": 1 }, "source_id": { "description": "Dot path of the source id in the record.", "type": "string", "minLength": 1 }, "target_id": { "description": "Dot path of the new id in the response body.", "type": "string", "minLength": 1 }, "existing": { "description": "A record whose source id is already mapped: `skip` it, or `update` it with `update` (path may use `${target_id}`).", "type": "string", "enum": ["skip", "update"], "default": "skip" }, "update": { "description": "The request that updates an already copied record.", "type": "object", "additionalProperties": false, "required": ["path"], "properties": { "method": { "type": "string", "enum": ["PUT", "PATCH", "POST"], "default": "PATCH" }, "path": { "type": "string", "minLength": 1, "description": "e.g. `/items/${target_id}`.", "x-runtime-template": true } } } } } } };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.method === void 0) {
      data.method = "POST";
    }
    if (data.mode === void 0) {
      data.mode = "batch";
    }
    if (data.batch_size === void 0) {
      data.batch_size = 100;
    }
    if (data.delay_ms === void 0) {
      data.delay_ms = 0;
    }
    if (data.retry_conflicts === void 0) {
      data.retry_conflicts = true;
    }
    if (data.on_record_error === void 0) {
      data.on_record_error = "quarantine";
    }
    if (data.path === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema13.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.connection !== void 0) {
      let data0 = data.connection;
      if (typeof data0 !== "string") {
        let dataType0 = typeof data0;
        let coerced0 = void 0;
        if (!(coerced0 !== void 0)) {
          if (dataType0 == "number" || dataType0 == "boolean") {
            coerced0 = "" + data0;
          } else if (data0 === null) {
            coerced0 = "";
          } else {
            const err2 = { instancePath: instancePath + "/connection", schemaPath: "#/properties/connection/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.connection.type, parentSchema: schema13.properties.connection, data: data0 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (coerced0 !== void 0) {
          data0 = coerced0;
          if (data !== void 0) {
            data["connection"] = coerced0;
          }
        }
      }
    }
    if (data.path !== void 0) {
      let data1 = data.path;
      if (typeof data1 !== "string") {
        let dataType1 = typeof data1;
        let coerced1 = void 0;
        if (!(coerced1 !== void 0)) {
          if (dataType1 == "number" || dataType1 == "boolean") {
            coerced1 = "" + data1;
          } else if (data1 === null) {
            coerced1 = "";
          } else {
            const err3 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.path.type, parentSchema: schema13.properties.path, data: data1 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (coerced1 !== void 0) {
          data1 = coerced1;
          if (data !== void 0) {
            data["path"] = coerced1;
          }
        }
      }
      this.templates.push(instancePath + "/path");
      if (typeof data1 === "string") {
        if (func3(data1) < 1) {
          const err4 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.path, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    let data2 = data.method;
    if (typeof data2 !== "string") {
      let dataType2 = typeof data2;
      let coerced2 = void 0;
      if (!(coerced2 !== void 0)) {
        if (dataType2 == "number" || dataType2 == "boolean") {
          coerced2 = "" + data2;
        } else if (data2 === null) {
          coerced2 = "";
        } else {
          const err5 = { instancePath: instancePath + "/method", schemaPath: "#/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.method.type, parentSchema: schema13.properties.method, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      if (coerced2 !== void 0) {
        data2 = coerced2;
        if (data !== void 0) {
          data["method"] = coerced2;
        }
      }
    }
    if (!(data2 === "POST" || data2 === "PUT" || data2 === "PATCH" || data2 === "DELETE")) {
      const err6 = { instancePath: instancePath + "/method", schemaPath: "#/properties/method/enum", keyword: "enum", params: { allowedValues: schema13.properties.method.enum }, message: "must be equal to one of the allowed values", schema: schema13.properties.method.enum, parentSchema: schema13.properties.method, data: data2 };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    let data3 = data.mode;
    if (typeof data3 !== "string") {
      let dataType3 = typeof data3;
      let coerced3 = void 0;
      if (!(coerced3 !== void 0)) {
        if (dataType3 == "number" || dataType3 == "boolean") {
          coerced3 = "" + data3;
        } else if (data3 === null) {
          coerced3 = "";
        } else {
          const err7 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.mode.type, parentSchema: schema13.properties.mode, data: data3 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      if (coerced3 !== void 0) {
        data3 = coerced3;
        if (data !== void 0) {
          data["mode"] = coerced3;
        }
      }
    }
    if (!(data3 === "batch" || data3 === "record")) {
      const err8 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/enum", keyword: "enum", params: { allowedValues: schema13.properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema13.properties.mode.enum, parentSchema: schema13.properties.mode, data: data3 };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    let data4 = data.batch_size;
    if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
      let dataType4 = typeof data4;
      let coerced4 = void 0;
      if (!(coerced4 !== void 0)) {
        if (dataType4 === "boolean" || data4 === null || dataType4 === "string" && data4 && data4 == +data4 && !(data4 % 1)) {
          coerced4 = +data4;
        } else {
          const err9 = { instancePath: instancePath + "/batch_size", schemaPath: "#/properties/batch_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema13.properties.batch_size.type, parentSchema: schema13.properties.batch_size, data: data4 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      if (coerced4 !== void 0) {
        data4 = coerced4;
        if (data !== void 0) {
          data["batch_size"] = coerced4;
        }
      }
    }
    if (typeof data4 == "number" && isFinite(data4)) {
      if (data4 < 1 || isNaN(data4)) {
        const err10 = { instancePath: instancePath + "/batch_size", schemaPath: "#/properties/batch_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema13.properties.batch_size, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.max_body_bytes !== void 0) {
      let data5 = data.max_body_bytes;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        let dataType5 = typeof data5;
        let coerced5 = void 0;
        if (!(coerced5 !== void 0)) {
          if (dataType5 === "boolean" || data5 === null || dataType5 === "string" && data5 && data5 == +data5 && !(data5 % 1)) {
            coerced5 = +data5;
          } else {
            const err11 = { instancePath: instancePath + "/max_body_bytes", schemaPath: "#/properties/max_body_bytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema13.properties.max_body_bytes.type, parentSchema: schema13.properties.max_body_bytes, data: data5 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (coerced5 !== void 0) {
          data5 = coerced5;
          if (data !== void 0) {
            data["max_body_bytes"] = coerced5;
          }
        }
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 < 100 || isNaN(data5)) {
          const err12 = { instancePath: instancePath + "/max_body_bytes", schemaPath: "#/properties/max_body_bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema13.properties.max_body_bytes, data: data5 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
    let data6 = data.delay_ms;
    if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
      let dataType6 = typeof data6;
      let coerced6 = void 0;
      if (!(coerced6 !== void 0)) {
        if (dataType6 === "boolean" || data6 === null || dataType6 === "string" && data6 && data6 == +data6 && !(data6 % 1)) {
          coerced6 = +data6;
        } else {
          const err13 = { instancePath: instancePath + "/delay_ms", schemaPath: "#/properties/delay_ms/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema13.properties.delay_ms.type, parentSchema: schema13.properties.delay_ms, data: data6 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
      if (coerced6 !== void 0) {
        data6 = coerced6;
        if (data !== void 0) {
          data["delay_ms"] = coerced6;
        }
      }
    }
    if (typeof data6 == "number" && isFinite(data6)) {
      if (data6 < 0 || isNaN(data6)) {
        const err14 = { instancePath: instancePath + "/delay_ms", schemaPath: "#/properties/delay_ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema13.properties.delay_ms, data: data6 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.body !== void 0) {
      this.templates.push(instancePath + "/body");
    }
    if (data.params !== void 0) {
      let data8 = data.params;
      this.templates.push(instancePath + "/params");
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key1 in data8) {
          let data9 = data8[key1];
          if (typeof data9 !== "string" && !(typeof data9 == "number" && isFinite(data9)) && typeof data9 !== "boolean") {
            let dataType7 = typeof data9;
            let coerced7 = void 0;
            if (!(coerced7 !== void 0)) {
              if (dataType7 == "number" || dataType7 == "boolean") {
                coerced7 = "" + data9;
              } else if (data9 === null) {
                coerced7 = "";
              } else if (dataType7 == "boolean" || data9 === null || dataType7 == "string" && data9 && data9 == +data9) {
                coerced7 = +data9;
              } else if (data9 === "false" || data9 === 0 || data9 === null) {
                coerced7 = false;
              } else if (data9 === "true" || data9 === 1) {
                coerced7 = true;
              } else {
                const err15 = { instancePath: instancePath + "/params/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/params/additionalProperties/type", keyword: "type", params: { type: schema13.properties.params.additionalProperties.type }, message: "must be string,number,boolean", schema: schema13.properties.params.additionalProperties.type, parentSchema: schema13.properties.params.additionalProperties, data: data9 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (coerced7 !== void 0) {
              data9 = coerced7;
              if (data8 !== void 0) {
                data8[key1] = coerced7;
              }
            }
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.params.type, parentSchema: schema13.properties.params, data: data8 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.headers !== void 0) {
      let data10 = data.headers;
      this.templates.push(instancePath + "/headers");
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        for (const key2 in data10) {
          let data11 = data10[key2];
          if (typeof data11 !== "string" && !(typeof data11 == "number" && isFinite(data11)) && typeof data11 !== "boolean") {
            let dataType8 = typeof data11;
            let coerced8 = void 0;
            if (!(coerced8 !== void 0)) {
              if (dataType8 == "number" || dataType8 == "boolean") {
                coerced8 = "" + data11;
              } else if (data11 === null) {
                coerced8 = "";
              } else if (dataType8 == "boolean" || data11 === null || dataType8 == "string" && data11 && data11 == +data11) {
                coerced8 = +data11;
              } else if (data11 === "false" || data11 === 0 || data11 === null) {
                coerced8 = false;
              } else if (data11 === "true" || data11 === 1) {
                coerced8 = true;
              } else {
                const err17 = { instancePath: instancePath + "/headers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/headers/additionalProperties/type", keyword: "type", params: { type: schema13.properties.headers.additionalProperties.type }, message: "must be string,number,boolean", schema: schema13.properties.headers.additionalProperties.type, parentSchema: schema13.properties.headers.additionalProperties, data: data11 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (coerced8 !== void 0) {
              data11 = coerced8;
              if (data10 !== void 0) {
                data10[key2] = coerced8;
              }
            }
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/headers", schemaPath: "#/properties/headers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.headers.type, parentSchema: schema13.properties.headers, data: data10 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.exclude !== void 0) {
      let data12 = data.exclude;
      if (Array.isArray(data12)) {
        const len0 = data12.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data13 = data12[i0];
          if (typeof data13 !== "string") {
            let dataType9 = typeof data13;
            let coerced9 = void 0;
            if (!(coerced9 !== void 0)) {
              if (dataType9 == "number" || dataType9 == "boolean") {
                coerced9 = "" + data13;
              } else if (data13 === null) {
                coerced9 = "";
              } else {
                const err19 = { instancePath: instancePath + "/exclude/" + i0, schemaPath: "#/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.exclude.items.type, parentSchema: schema13.properties.exclude.items, data: data13 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (coerced9 !== void 0) {
              data13 = coerced9;
              if (data12 !== void 0) {
                data12[i0] = coerced9;
              }
            }
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.exclude.type, parentSchema: schema13.properties.exclude, data: data12 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    let data14 = data.retry_conflicts;
    if (typeof data14 !== "boolean") {
      let coerced10 = void 0;
      if (!(coerced10 !== void 0)) {
        if (data14 === "false" || data14 === 0 || data14 === null) {
          coerced10 = false;
        } else if (data14 === "true" || data14 === 1) {
          coerced10 = true;
        } else {
          const err21 = { instancePath: instancePath + "/retry_conflicts", schemaPath: "#/properties/retry_conflicts/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema13.properties.retry_conflicts.type, parentSchema: schema13.properties.retry_conflicts, data: data14 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
      if (coerced10 !== void 0) {
        data14 = coerced10;
        if (data !== void 0) {
          data["retry_conflicts"] = coerced10;
        }
      }
    }
    let data15 = data.on_record_error;
    if (typeof data15 !== "string") {
      let dataType11 = typeof data15;
      let coerced11 = void 0;
      if (!(coerced11 !== void 0)) {
        if (dataType11 == "number" || dataType11 == "boolean") {
          coerced11 = "" + data15;
        } else if (data15 === null) {
          coerced11 = "";
        } else {
          const err22 = { instancePath: instancePath + "/on_record_error", schemaPath: "#/properties/on_record_error/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.on_record_error.type, parentSchema: schema13.properties.on_record_error, data: data15 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      }
      if (coerced11 !== void 0) {
        data15 = coerced11;
        if (data !== void 0) {
          data["on_record_error"] = coerced11;
        }
      }
    }
    if (!(data15 === "quarantine" || data15 === "fail")) {
      const err23 = { instancePath: instancePath + "/on_record_error", schemaPath: "#/properties/on_record_error/enum", keyword: "enum", params: { allowedValues: schema13.properties.on_record_error.enum }, message: "must be equal to one of the allowed values", schema: schema13.properties.on_record_error.enum, parentSchema: schema13.properties.on_record_error, data: data15 };
      if (vErrors === null) {
        vErrors = [err23];
      } else {
        vErrors.push(err23);
      }
      errors++;
    }
    if (data.crosswalk !== void 0) {
      let data16 = data.crosswalk;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        if (data16.existing === void 0) {
          data16.existing = "skip";
        }
        if (data16.kind === void 0) {
          const err24 = { instancePath: instancePath + "/crosswalk", schemaPath: "#/properties/crosswalk/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema13.properties.crosswalk.required, parentSchema: schema13.properties.crosswalk, data: data16 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (data16.source_id === void 0) {
          const err25 = { instancePath: instancePath + "/crosswalk", schemaPath: "#/properties/crosswalk/required", keyword: "required", params: { missingProperty: "source_id" }, message: "must have required property 'source_id'", schema: schema13.properties.crosswalk.required, parentSchema: schema13.properties.crosswalk, data: data16 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (data16.target_id === void 0) {
          const err26 = { instancePath: instancePath + "/crosswalk", schemaPath: "#/properties/crosswalk/required", keyword: "required", params: { missingProperty: "target_id" }, message: "must have required property 'target_id'", schema: schema13.properties.crosswalk.required, parentSchema: schema13.properties.crosswalk, data: data16 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        for (const key3 in data16) {
          if (!(key3 === "kind" || key3 === "source_id" || key3 === "target_id" || key3 === "existing" || key3 === "update")) {
            const err27 = { instancePath: instancePath + "/crosswalk", schemaPath: "#/properties/crosswalk/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13.properties.crosswalk, data: data16 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data16.kind !== void 0) {
          let data17 = data16.kind;
          if (typeof data17 !== "string") {
            let dataType12 = typeof data17;
            let coerced12 = void 0;
            if (!(coerced12 !== void 0)) {
              if (dataType12 == "number" || dataType12 == "boolean") {
                coerced12 = "" + data17;
              } else if (data17 === null) {
                coerced12 = "";
              } else {
                const err28 = { instancePath: instancePath + "/crosswalk/kind", schemaPath: "#/properties/crosswalk/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.crosswalk.properties.kind.type, parentSchema: schema13.properties.crosswalk.properties.kind, data: data17 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (coerced12 !== void 0) {
              data17 = coerced12;
              if (data16 !== void 0) {
                data16["kind"] = coerced12;
              }
            }
          }
          if (typeof data17 === "string") {
            if (func3(data17) < 1) {
              const err29 = { instancePath: instancePath + "/crosswalk/kind", schemaPath: "#/properties/crosswalk/properties/kind/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.crosswalk.properties.kind, data: data17 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          }
        }
        if (data16.source_id !== void 0) {
          let data18 = data16.source_id;
          if (typeof data18 !== "string") {
            let dataType13 = typeof data18;
            let coerced13 = void 0;
            if (!(coerced13 !== void 0)) {
              if (dataType13 == "number" || dataType13 == "boolean") {
                coerced13 = "" + data18;
              } else if (data18 === null) {
                coerced13 = "";
              } else {
                const err30 = { instancePath: instancePath + "/crosswalk/source_id", schemaPath: "#/properties/crosswalk/properties/source_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.crosswalk.properties.source_id.type, parentSchema: schema13.properties.crosswalk.properties.source_id, data: data18 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (coerced13 !== void 0) {
              data18 = coerced13;
              if (data16 !== void 0) {
                data16["source_id"] = coerced13;
              }
            }
          }
          if (typeof data18 === "string") {
            if (func3(data18) < 1) {
              const err31 = { instancePath: instancePath + "/crosswalk/source_id", schemaPath: "#/properties/crosswalk/properties/source_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.crosswalk.properties.source_id, data: data18 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          }
        }
        if (data16.target_id !== void 0) {
          let data19 = data16.target_id;
          if (typeof data19 !== "string") {
            let dataType14 = typeof data19;
            let coerced14 = void 0;
            if (!(coerced14 !== void 0)) {
              if (dataType14 == "number" || dataType14 == "boolean") {
                coerced14 = "" + data19;
              } else if (data19 === null) {
                coerced14 = "";
              } else {
                const err32 = { instancePath: instancePath + "/crosswalk/target_id", schemaPath: "#/properties/crosswalk/properties/target_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.crosswalk.properties.target_id.type, parentSchema: schema13.properties.crosswalk.properties.target_id, data: data19 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (coerced14 !== void 0) {
              data19 = coerced14;
              if (data16 !== void 0) {
                data16["target_id"] = coerced14;
              }
            }
          }
          if (typeof data19 === "string") {
            if (func3(data19) < 1) {
              const err33 = { instancePath: instancePath + "/crosswalk/target_id", schemaPath: "#/properties/crosswalk/properties/target_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.crosswalk.properties.target_id, data: data19 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          }
        }
        let data20 = data16.existing;
        if (typeof data20 !== "string") {
          let dataType15 = typeof data20;
          let coerced15 = void 0;
          if (!(coerced15 !== void 0)) {
            if (dataType15 == "number" || dataType15 == "boolean") {
              coerced15 = "" + data20;
            } else if (data20 === null) {
              coerced15 = "";
            } else {
              const err34 = { instancePath: instancePath + "/crosswalk/existing", schemaPath: "#/properties/crosswalk/properties/existing/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.crosswalk.properties.existing.type, parentSchema: schema13.properties.crosswalk.properties.existing, data: data20 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          }
          if (coerced15 !== void 0) {
            data20 = coerced15;
            if (data16 !== void 0) {
              data16["existing"] = coerced15;
            }
          }
        }
        if (!(data20 === "skip" || data20 === "update")) {
          const err35 = { instancePath: instancePath + "/crosswalk/existing", schemaPath: "#/properties/crosswalk/properties/existing/enum", keyword: "enum", params: { allowedValues: schema13.properties.crosswalk.properties.existing.enum }, message: "must be equal to one of the allowed values", schema: schema13.properties.crosswalk.properties.existing.enum, parentSchema: schema13.properties.crosswalk.properties.existing, data: data20 };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (data16.update !== void 0) {
          let data21 = data16.update;
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            if (data21.method === void 0) {
              data21.method = "PATCH";
            }
            if (data21.path === void 0) {
              const err36 = { instancePath: instancePath + "/crosswalk/update", schemaPath: "#/properties/crosswalk/properties/update/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema13.properties.crosswalk.properties.update.required, parentSchema: schema13.properties.crosswalk.properties.update, data: data21 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            for (const key4 in data21) {
              if (!(key4 === "method" || key4 === "path")) {
                const err37 = { instancePath: instancePath + "/crosswalk/update", schemaPath: "#/properties/crosswalk/properties/update/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13.properties.crosswalk.properties.update, data: data21 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            let data22 = data21.method;
            if (typeof data22 !== "string") {
              let dataType16 = typeof data22;
              let coerced16 = void 0;
              if (!(coerced16 !== void 0)) {
                if (dataType16 == "number" || dataType16 == "boolean") {
                  coerced16 = "" + data22;
                } else if (data22 === null) {
                  coerced16 = "";
                } else {
                  const err38 = { instancePath: instancePath + "/crosswalk/update/method", schemaPath: "#/properties/crosswalk/properties/update/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.crosswalk.properties.update.properties.method.type, parentSchema: schema13.properties.crosswalk.properties.update.properties.method, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
              }
              if (coerced16 !== void 0) {
                data22 = coerced16;
                if (data21 !== void 0) {
                  data21["method"] = coerced16;
                }
              }
            }
            if (!(data22 === "PUT" || data22 === "PATCH" || data22 === "POST")) {
              const err39 = { instancePath: instancePath + "/crosswalk/update/method", schemaPath: "#/properties/crosswalk/properties/update/properties/method/enum", keyword: "enum", params: { allowedValues: schema13.properties.crosswalk.properties.update.properties.method.enum }, message: "must be equal to one of the allowed values", schema: schema13.properties.crosswalk.properties.update.properties.method.enum, parentSchema: schema13.properties.crosswalk.properties.update.properties.method, data: data22 };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            if (data21.path !== void 0) {
              let data23 = data21.path;
              if (typeof data23 !== "string") {
                let dataType17 = typeof data23;
                let coerced17 = void 0;
                if (!(coerced17 !== void 0)) {
                  if (dataType17 == "number" || dataType17 == "boolean") {
                    coerced17 = "" + data23;
                  } else if (data23 === null) {
                    coerced17 = "";
                  } else {
                    const err40 = { instancePath: instancePath + "/crosswalk/update/path", schemaPath: "#/properties/crosswalk/properties/update/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.crosswalk.properties.update.properties.path.type, parentSchema: schema13.properties.crosswalk.properties.update.properties.path, data: data23 };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                }
                if (coerced17 !== void 0) {
                  data23 = coerced17;
                  if (data21 !== void 0) {
                    data21["path"] = coerced17;
                  }
                }
              }
              this.templates.push(instancePath + "/crosswalk/update/path");
              if (typeof data23 === "string") {
                if (func3(data23) < 1) {
                  const err41 = { instancePath: instancePath + "/crosswalk/update/path", schemaPath: "#/properties/crosswalk/properties/update/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.crosswalk.properties.update.properties.path, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err42 = { instancePath: instancePath + "/crosswalk/update", schemaPath: "#/properties/crosswalk/properties/update/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.crosswalk.properties.update.type, parentSchema: schema13.properties.crosswalk.properties.update, data: data21 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
      } else {
        const err43 = { instancePath: instancePath + "/crosswalk", schemaPath: "#/properties/crosswalk/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.crosswalk.type, parentSchema: schema13.properties.crosswalk, data: data16 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
  } else {
    const err44 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data };
    if (vErrors === null) {
      vErrors = [err44];
    } else {
      vErrors.push(err44);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
var VALIDATORS = [
  { schema: '{"type":"object","additionalProperties":false,"required":["token"],"properties":{"type":{"type":"string"},"token":{"description":"The API key of a Catsy \\"Web API\\" user, sent as `Authorization: Bearer`.","type":"string","minLength":1,"x-secret":true},"base_url":{"description":"Base URL; stream paths are appended to it, e.g. `https://api.example.com/v1`.","type":"string","minLength":1,"format":"http-url","x-default":"https://api.catsy.com"},"auth":{"description":"How requests authenticate. Omit for public APIs. `type` picks the style.","type":"object","required":["type"],"discriminator":{"propertyName":"type"},"oneOf":[{"title":"bearer","description":"Sends `Authorization: Bearer <token>`.","type":"object","additionalProperties":false,"required":["type","token"],"properties":{"type":{"const":"bearer"},"token":{"description":"The bearer token.","type":"string","minLength":1,"x-secret":true}}},{"title":"api_key","description":"Sends a static key in a header (default `X-API-Key`) or a query parameter.","type":"object","additionalProperties":false,"required":["type","key"],"properties":{"type":{"const":"api_key"},"key":{"description":"The key value.","type":"string","minLength":1,"x-secret":true},"header":{"description":"Header that carries the key, e.g. `User-Key`.","type":"string","default":"X-API-Key"},"query_param":{"description":"Query parameter that carries the key, instead of a header.","type":"string"}}},{"title":"basic","description":"Sends `Authorization: Basic <base64(username:password)>`.","type":"object","additionalProperties":false,"required":["type","username","password"],"properties":{"type":{"const":"basic"},"username":{"description":"User name.","type":"string","minLength":1},"password":{"description":"Password.","type":"string","x-secret":true}}},{"title":"oauth2_client_credentials","description":"OAuth2 `client_credentials` grant: fetches an access token from `token_url`, caches it, and fetches a new one before it expires or after a 401.","type":"object","additionalProperties":false,"required":["type","token_url","client_id","client_secret"],"properties":{"type":{"const":"oauth2_client_credentials"},"token_url":{"description":"Token endpoint: an absolute URL, or a path relative to `base_url`.","type":"string","minLength":1},"client_id":{"description":"OAuth2 client id.","type":"string","minLength":1},"client_secret":{"description":"OAuth2 client secret.","type":"string","minLength":1,"x-secret":true},"scope":{"description":"Space-separated scopes to request.","type":"string"},"client_auth":{"description":"Where the client credentials go: `body` (as `client_id`/`client_secret` fields) or `basic` (an `Authorization: Basic` header).","type":"string","enum":["body","basic"],"default":"body"},"body_format":{"description":"Encoding of the token request: `form` (`application/x-www-form-urlencoded`, the OAuth2 standard) or `json` (e.g. SparkLayer).","type":"string","enum":["form","json"],"default":"form"},"token_params":{"type":"object","additionalProperties":{"type":["string","number","boolean"]},"description":"Extra fields of the token request, e.g. `audience`."},"token_headers":{"type":"object","additionalProperties":{"type":["string","number","boolean"]},"description":"Extra headers of the token request, e.g. SparkLayer\'s `Site-Id`."},"header":{"description":"Header that carries the obtained token, e.g. `x-amz-access-token`.","type":"string","minLength":1,"default":"Authorization"},"prefix":{"description":"Text before the token in that header; `\\"\\"` sends the bare token.","type":"string","default":"Bearer "},"refresh_margin_s":{"description":"Fetch a new token this many seconds before the current one expires (at most half its lifetime).","type":"number","minimum":0,"default":60},"token_lifetime_s":{"description":"Lifetime in seconds of a token whose response has no `expires_in`. Without it such a token is kept until the API answers 401.","type":"number","exclusiveMinimum":0}}},{"title":"oauth2_refresh_token","description":"OAuth2 `refresh_token` grant (e.g. Amazon LWA): trades a long-lived refresh token for access tokens. A refresh token the server rotates is kept in the state store and used from then on.","type":"object","additionalProperties":false,"required":["type","token_url","client_id","client_secret","refresh_token"],"properties":{"type":{"const":"oauth2_refresh_token"},"refresh_token":{"description":"The refresh token, as first issued.","type":"string","minLength":1,"x-secret":true},"token_url":{"description":"Token endpoint: an absolute URL, or a path relative to `base_url`.","type":"string","minLength":1},"client_id":{"description":"OAuth2 client id.","type":"string","minLength":1},"client_secret":{"description":"OAuth2 client secret.","type":"string","minLength":1,"x-secret":true},"scope":{"description":"Space-separated scopes to request.","type":"string"},"client_auth":{"description":"Where the client credentials go: `body` (as `client_id`/`client_secret` fields) or `basic` (an `Authorization: Basic` header).","type":"string","enum":["body","basic"],"default":"body"},"body_format":{"description":"Encoding of the token request: `form` (`application/x-www-form-urlencoded`, the OAuth2 standard) or `json` (e.g. SparkLayer).","type":"string","enum":["form","json"],"default":"form"},"token_params":{"type":"object","additionalProperties":{"type":["string","number","boolean"]},"description":"Extra fields of the token request, e.g. `audience`."},"token_headers":{"type":"object","additionalProperties":{"type":["string","number","boolean"]},"description":"Extra headers of the token request, e.g. SparkLayer\'s `Site-Id`."},"header":{"description":"Header that carries the obtained token, e.g. `x-amz-access-token`.","type":"string","minLength":1,"default":"Authorization"},"prefix":{"description":"Text before the token in that header; `\\"\\"` sends the bare token.","type":"string","default":"Bearer "},"refresh_margin_s":{"description":"Fetch a new token this many seconds before the current one expires (at most half its lifetime).","type":"number","minimum":0,"default":60},"token_lifetime_s":{"description":"Lifetime in seconds of a token whose response has no `expires_in`. Without it such a token is kept until the API answers 401.","type":"number","exclusiveMinimum":0}}},{"title":"session","description":"Logs in with a username and password (e.g. Bitcram) and sends the token found in the login response.","type":"object","additionalProperties":false,"required":["type","login_url","username","password"],"properties":{"type":{"const":"session"},"login_url":{"description":"Login endpoint: an absolute URL, or a path relative to `base_url`.","type":"string","minLength":1},"username":{"description":"User name.","type":"string","minLength":1},"password":{"description":"Password.","type":"string","x-secret":true},"username_field":{"description":"Name of the user name field in the login body.","type":"string","minLength":1,"default":"username"},"password_field":{"description":"Name of the password field in the login body.","type":"string","minLength":1,"default":"password"},"body_format":{"description":"Encoding of the login body.","type":"string","enum":["json","form"],"default":"json"},"token_path":{"description":"Dot path of the token in the login response.","type":"string","minLength":1,"default":"token"},"expires_in_path":{"description":"Dot path of the token\'s lifetime in seconds in the login response, if it has one.","type":"string","minLength":1},"token_headers":{"type":"object","additionalProperties":{"type":["string","number","boolean"]},"description":"Extra headers of the login request."},"header":{"description":"Header that carries the obtained token, e.g. `x-amz-access-token`.","type":"string","minLength":1,"default":"Authorization"},"prefix":{"description":"Text before the token in that header; `\\"\\"` sends the bare token.","type":"string","default":"Bearer "},"refresh_margin_s":{"description":"Fetch a new token this many seconds before the current one expires (at most half its lifetime).","type":"number","minimum":0,"default":60},"token_lifetime_s":{"description":"Lifetime in seconds of a token whose response has no `expires_in`. Without it such a token is kept until the API answers 401.","type":"number","exclusiveMinimum":0}}}]},"headers":{"type":"object","additionalProperties":{"type":["string","number","boolean"]},"description":"Headers sent with every request of this connection, e.g. ServiceTitan\'s `ST-App-Key`."},"timeout_ms":{"description":"Per-attempt timeout in milliseconds, from sending the request to the end of the response body.","type":"integer","minimum":1,"x-default":60000},"retries":{"description":"Retries of a request after a network error, a timeout, 408, 425, 429 or 5xx.","type":"integer","minimum":0,"maximum":10,"x-default":5},"retry_delay_ms":{"description":"Delay before the first retry, in milliseconds; it doubles with each retry, with jitter.","type":"integer","minimum":0,"x-default":1000},"retry_max_delay_ms":{"description":"Longest wait before a retry. A `Retry-After` asking for longer fails the request instead.","type":"integer","minimum":0,"x-default":60000},"rate_limit":{"description":"Request budget of the connection, shared by every stream that uses it. Limits combine: a request waits until all of them allow it.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"interval_ms":{"description":"At least this long between the starts of two requests, e.g. `500`.","type":"integer","minimum":1},"requests_per_second":{"description":"Token bucket: at most this many requests per second on average (fractions allowed).","type":"number","exclusiveMinimum":0},"requests_per_minute":{"description":"Token bucket: at most this many requests per minute on average.","type":"number","exclusiveMinimum":0},"burst":{"description":"Requests the token buckets allow back to back before the average rate applies.","type":"integer","minimum":1,"default":1},"max_concurrent":{"description":"At most this many requests in flight at once.","type":"integer","minimum":1}},"x-default":{"interval_ms":500}},"circuit_breaker":{"description":"Stops calling an API that keeps failing: after `failures` consecutive failed attempts (network error, timeout, 5xx) every request of the connection fails at once for `cooldown_ms`; then one trial request decides whether it closes again.","type":"object","additionalProperties":false,"properties":{"failures":{"description":"Consecutive failed attempts that open the circuit.","type":"integer","minimum":1,"default":5},"cooldown_ms":{"description":"How long an open circuit fails requests before letting a trial through.","type":"integer","minimum":1,"default":30000}}}}}', validate: validate_0 },
  { schema: '{"type":"object","additionalProperties":false,"required":["path"],"properties":{"connection":{"type":"string"},"path":{"description":"Path appended to the connection\'s `base_url`, e.g. `/customers`; may use runtime references such as `${parent.id}`.","type":"string","minLength":1,"x-runtime-template":true},"method":{"description":"HTTP method.","type":"string","enum":["GET","POST"],"default":"GET"},"params":{"type":"object","additionalProperties":{"type":["string","number","boolean"]},"description":"Query parameters. Values may use runtime references, e.g. `updated_since: ${cursor}`; a parameter whose value is only a reference to nothing (no cursor yet) is left out.","x-runtime-template":true},"headers":{"type":"object","additionalProperties":{"type":["string","number","boolean"]},"description":"Extra headers for this stream; may use runtime references.","x-runtime-template":true},"body":{"description":"JSON body sent with `method: POST`; strings may use runtime references.","type":["object","array"],"tsType":"Record<string, unknown> | unknown[]","x-runtime-template":true},"format":{"description":"How the response body is decoded: `json`, `jsonl` (one JSON record per line) or `csv` (a header row, then one record per row; values are text).","type":"string","enum":["json","jsonl","csv"],"default":"json"},"csv_delimiter":{"description":"Field delimiter of a `csv` response.","type":"string","minLength":1,"maxLength":1,"default":","},"records_path":{"description":"Dot path of the records array in a JSON response, e.g. `data`, `value` or `payload.Orders`. Omit when the body is the array. A key that contains dots (`@odata.nextLink`) is found as a whole.","type":"string","minLength":1,"x-default":"items"},"pagination":{"description":"How to walk pages. Omit for a single request. `type` picks the style.","type":"object","required":["type"],"discriminator":{"propertyName":"type"},"oneOf":[{"title":"NoPagination","description":"One request.","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"const":"none"}}},{"title":"PagePagination","description":"Sends a page number that grows by one: `?page=1`, `?page=2`, ...","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"const":"page"},"page_param":{"description":"Query parameter of the page number.","type":"string","minLength":1,"default":"page"},"start_page":{"description":"Number of the first page.","type":"integer","minimum":0,"default":1},"size_param":{"description":"Query parameter of the page size (`per_page`, `limit`, `$top`, ...); the size is not sent without it.","type":"string","minLength":1},"size":{"description":"Records per page asked for; also how a short page is recognised. A server may send fewer (a cap): a short page ends the read only when it is shorter than an earlier page and no has-more or total signal says otherwise.","type":"integer","minimum":1,"default":100},"size_honoured":{"description":"The server never sends fewer than `size` records on a page that is not the last (it refuses a larger `size` rather than capping it, as Ploomes does): a short page, even the first, then ends the read at once. Without it, a short first page is checked with one more request, which must come back empty.","type":"boolean","default":false},"stop_when":{"description":"When to stop besides the style\'s own end: `empty_page` (a page with no records), `short_page` (fewer records than `size` and than an earlier page, while no has-more flag or total says there is more), `has_more` (the flag at `has_more_path` is false or missing), `total` (`total_path` records or `total_pages_path` pages reached). Several may be listed. A page that would end the read while the response says there is more (a has-more flag that is true, a total not reached) fails the stream instead.","type":"array","items":{"type":"string","enum":["empty_page","short_page","has_more","total"]},"minItems":1,"default":["short_page","empty_page"]},"has_more_path":{"description":"Dot path of a \\"more pages\\" flag in the response body, e.g. `hasMore`. When true, a short page does not end the read and a missing next-page token fails it. Without it, a top-level `has_more` or `hasMore` that is `true` counts the same way.","type":"string","minLength":1},"total_path":{"description":"Dot path of the total record count in the response body, e.g. `totalCount`. Until it is reached, a short page does not end the read and a page that cannot be followed fails it.","type":"string","minLength":1},"total_pages_path":{"description":"Dot path of the total page count in the response body, e.g. `pagination.total_pages`; read like `total_path`.","type":"string","minLength":1},"max_pages":{"description":"Loop guard: the read stops after this many pages (see `on_guard`).","type":"integer","minimum":1,"default":10000},"on_guard":{"description":"What a loop guard does when it trips (`max_pages` reached, the same next-page token or URL twice): `fail` fails the stream, which keeps its cursor; `warn` ends the read with a warning and the stream succeeds (an unordered incremental stream keeps its cursor).","type":"string","enum":["fail","warn"],"default":"fail"}}},{"title":"OffsetPagination","description":"Sends the number of records already read: `?offset=0`, `?offset=100`, ... (OData: `$skip` with `$top`).","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"const":"offset"},"offset_param":{"description":"Query parameter of the offset.","type":"string","minLength":1,"default":"offset"},"size_param":{"description":"Query parameter of the page size (`per_page`, `limit`, `$top`, ...); the size is not sent without it.","type":"string","minLength":1},"size":{"description":"Records per page asked for; also how a short page is recognised. A server may send fewer (a cap): a short page ends the read only when it is shorter than an earlier page and no has-more or total signal says otherwise.","type":"integer","minimum":1,"default":100},"size_honoured":{"description":"The server never sends fewer than `size` records on a page that is not the last (it refuses a larger `size` rather than capping it, as Ploomes does): a short page, even the first, then ends the read at once. Without it, a short first page is checked with one more request, which must come back empty.","type":"boolean","default":false},"stop_when":{"description":"When to stop besides the style\'s own end: `empty_page` (a page with no records), `short_page` (fewer records than `size` and than an earlier page, while no has-more flag or total says there is more), `has_more` (the flag at `has_more_path` is false or missing), `total` (`total_path` records or `total_pages_path` pages reached). Several may be listed. A page that would end the read while the response says there is more (a has-more flag that is true, a total not reached) fails the stream instead.","type":"array","items":{"type":"string","enum":["empty_page","short_page","has_more","total"]},"minItems":1,"default":["short_page","empty_page"]},"has_more_path":{"description":"Dot path of a \\"more pages\\" flag in the response body, e.g. `hasMore`. When true, a short page does not end the read and a missing next-page token fails it. Without it, a top-level `has_more` or `hasMore` that is `true` counts the same way.","type":"string","minLength":1},"total_path":{"description":"Dot path of the total record count in the response body, e.g. `totalCount`. Until it is reached, a short page does not end the read and a page that cannot be followed fails it.","type":"string","minLength":1},"total_pages_path":{"description":"Dot path of the total page count in the response body, e.g. `pagination.total_pages`; read like `total_path`.","type":"string","minLength":1},"max_pages":{"description":"Loop guard: the read stops after this many pages (see `on_guard`).","type":"integer","minimum":1,"default":10000},"on_guard":{"description":"What a loop guard does when it trips (`max_pages` reached, the same next-page token or URL twice): `fail` fails the stream, which keeps its cursor; `warn` ends the read with a warning and the stream succeeds (an unordered incremental stream keeps its cursor).","type":"string","enum":["fail","warn"],"default":"fail"}}},{"title":"CursorPagination","description":"Sends back a token until there is none: one found in the response body (`NextToken`, `continueFrom`, ...), or a field of the last record of the page (`starting_after` APIs).","type":"object","additionalProperties":false,"required":["type","token_param"],"properties":{"type":{"const":"cursor"},"token_from":{"description":"Where the next-page token comes from: `body` (at `token_path` in the response; no token ends the read) or `last_record` (the `token_field` of the page\'s last record, for Stripe\'s `starting_after` and other \\"after id\\" APIs; an empty page ends the read).","type":"string","enum":["body","last_record"],"default":"body"},"token_path":{"description":"Dot path of the next-page token in the response body, e.g. `payload.NextToken`. Needed with `token_from: body`.","type":"string","minLength":1},"token_field":{"description":"With `token_from: last_record`: dot path of the token in the last record of the page.","type":"string","minLength":1,"default":"id"},"token_param":{"description":"Query parameter that carries the token on the next request, e.g. `NextToken`, `from` or `starting_after`.","type":"string","minLength":1},"keep_params":{"description":"On the pages after the first, send only these of the stream\'s query parameters beside the token (SP-API getOrders takes only `MarketplaceIds` with `NextToken`). Omit to send them all again.","type":"array","items":{"type":"string","minLength":1}},"size_param":{"description":"Query parameter of the page size (`per_page`, `limit`, `$top`, ...); the size is not sent without it.","type":"string","minLength":1},"size":{"description":"Records per page asked for; also how a short page is recognised. A server may send fewer (a cap): a short page ends the read only when it is shorter than an earlier page and no has-more or total signal says otherwise.","type":"integer","minimum":1,"default":100},"size_honoured":{"description":"The server never sends fewer than `size` records on a page that is not the last (it refuses a larger `size` rather than capping it, as Ploomes does): a short page, even the first, then ends the read at once. Without it, a short first page is checked with one more request, which must come back empty.","type":"boolean","default":false},"stop_when":{"description":"When to stop besides the style\'s own end: `empty_page` (a page with no records), `short_page` (fewer records than `size` and than an earlier page, while no has-more flag or total says there is more), `has_more` (the flag at `has_more_path` is false or missing), `total` (`total_path` records or `total_pages_path` pages reached). Several may be listed. A page that would end the read while the response says there is more (a has-more flag that is true, a total not reached) fails the stream instead.","type":"array","items":{"type":"string","enum":["empty_page","short_page","has_more","total"]},"default":[]},"has_more_path":{"description":"Dot path of a \\"more pages\\" flag in the response body, e.g. `hasMore`. When true, a short page does not end the read and a missing next-page token fails it. Without it, a top-level `has_more` or `hasMore` that is `true` counts the same way.","type":"string","minLength":1},"total_path":{"description":"Dot path of the total record count in the response body, e.g. `totalCount`. Until it is reached, a short page does not end the read and a page that cannot be followed fails it.","type":"string","minLength":1},"total_pages_path":{"description":"Dot path of the total page count in the response body, e.g. `pagination.total_pages`; read like `total_path`.","type":"string","minLength":1},"max_pages":{"description":"Loop guard: the read stops after this many pages (see `on_guard`).","type":"integer","minimum":1,"default":10000},"on_guard":{"description":"What a loop guard does when it trips (`max_pages` reached, the same next-page token or URL twice): `fail` fails the stream, which keeps its cursor; `warn` ends the read with a warning and the stream succeeds (an unordered incremental stream keeps its cursor).","type":"string","enum":["fail","warn"],"default":"fail"}},"if":{"properties":{"token_from":{"const":"last_record"}},"required":["token_from"]},"else":{"required":["token_path"]}},{"title":"NextUrlPagination","description":"Follows a next-page URL found in the response body (`@odata.nextLink`, `links.next`, ...) until there is none.","type":"object","additionalProperties":false,"required":["type","next_url_path"],"properties":{"type":{"const":"next_url"},"next_url_path":{"description":"Dot path of the next page\'s URL in the response body.","type":"string","minLength":1},"stop_when":{"description":"When to stop besides the style\'s own end: `empty_page` (a page with no records), `short_page` (fewer records than `size` and than an earlier page, while no has-more flag or total says there is more), `has_more` (the flag at `has_more_path` is false or missing), `total` (`total_path` records or `total_pages_path` pages reached). Several may be listed. A page that would end the read while the response says there is more (a has-more flag that is true, a total not reached) fails the stream instead.","type":"array","items":{"type":"string","enum":["empty_page","short_page","has_more","total"]},"default":[]},"has_more_path":{"description":"Dot path of a \\"more pages\\" flag in the response body, e.g. `hasMore`. When true, a short page does not end the read and a missing next-page token fails it. Without it, a top-level `has_more` or `hasMore` that is `true` counts the same way.","type":"string","minLength":1},"total_path":{"description":"Dot path of the total record count in the response body, e.g. `totalCount`. Until it is reached, a short page does not end the read and a page that cannot be followed fails it.","type":"string","minLength":1},"total_pages_path":{"description":"Dot path of the total page count in the response body, e.g. `pagination.total_pages`; read like `total_path`.","type":"string","minLength":1},"max_pages":{"description":"Loop guard: the read stops after this many pages (see `on_guard`).","type":"integer","minimum":1,"default":10000},"on_guard":{"description":"What a loop guard does when it trips (`max_pages` reached, the same next-page token or URL twice): `fail` fails the stream, which keeps its cursor; `warn` ends the read with a warning and the stream succeeds (an unordered incremental stream keeps its cursor).","type":"string","enum":["fail","warn"],"default":"fail"}}},{"title":"LinkHeaderPagination","description":"Follows the `rel=\\"next\\"` URL of the `Link` response header (e.g. Shopify) until there is none.","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"const":"link_header"},"rel":{"description":"The link relation to follow.","type":"string","minLength":1,"default":"next"},"stop_when":{"description":"When to stop besides the style\'s own end: `empty_page` (a page with no records), `short_page` (fewer records than `size` and than an earlier page, while no has-more flag or total says there is more), `has_more` (the flag at `has_more_path` is false or missing), `total` (`total_path` records or `total_pages_path` pages reached). Several may be listed. A page that would end the read while the response says there is more (a has-more flag that is true, a total not reached) fails the stream instead.","type":"array","items":{"type":"string","enum":["empty_page","short_page","has_more","total"]},"default":[]},"has_more_path":{"description":"Dot path of a \\"more pages\\" flag in the response body, e.g. `hasMore`. When true, a short page does not end the read and a missing next-page token fails it. Without it, a top-level `has_more` or `hasMore` that is `true` counts the same way.","type":"string","minLength":1},"total_path":{"description":"Dot path of the total record count in the response body, e.g. `totalCount`. Until it is reached, a short page does not end the read and a page that cannot be followed fails it.","type":"string","minLength":1},"total_pages_path":{"description":"Dot path of the total page count in the response body, e.g. `pagination.total_pages`; read like `total_path`.","type":"string","minLength":1},"max_pages":{"description":"Loop guard: the read stops after this many pages (see `on_guard`).","type":"integer","minimum":1,"default":10000},"on_guard":{"description":"What a loop guard does when it trips (`max_pages` reached, the same next-page token or URL twice): `fail` fails the stream, which keeps its cursor; `warn` ends the read with a warning and the stream succeeds (an unordered incremental stream keeps its cursor).","type":"string","enum":["fail","warn"],"default":"fail"}}}],"x-default":{"type":"offset","offset_param":"offset","size_param":"limit","size":500}},"since":{"description":"Writes the stream\'s cursor into the request, formatted, for an incremental stream. Left out when there is no cursor yet (set `incremental.initial` to always send it).","type":"object","additionalProperties":false,"required":["param"],"properties":{"param":{"description":"Name of the query parameter, or dot path of the body field (with `in: body`), that carries the value.","type":"string","minLength":1},"in":{"description":"Where the value goes: the query string or the JSON body.","type":"string","enum":["query","body"],"default":"query"},"value":{"description":"The value sent, where `${cursor}` is the formatted cursor, e.g. `LastUpdateDate gt ${cursor}` for an OData `$filter`.","type":"string","default":"${cursor}","x-runtime-template":true},"format":{"description":"How the cursor is written: `raw` (as stored), `iso` (`2024-05-01T12:00:00Z`), `iso_date` (`2024-05-01`), `unix` (seconds), `unix_ms`, or a pattern of `%Y %m %d %H %M %S %L` (milliseconds) `%z` (`+0000`) `%%`, e.g. `%Y-%m-%dT%H:%M:%S`. Default `raw`.","type":"string","pattern":"^(raw|iso|iso_date|unix|unix_ms|([^%]|%[YmdHMSLz%])*%[YmdHMSLz%]([^%]|%[YmdHMSLz%])*)$"},"lookback_s":{"description":"Seconds subtracted from the cursor before it is sent, to re-read late writes. Needs a `format` other than `raw`.","type":"number","minimum":0},"timezone":{"description":"IANA time zone (e.g. `America/Sao_Paulo`) for cursors written without an offset and for the formatted value, for APIs whose times carry no zone.","type":"string","minLength":1,"default":"UTC"}},"if":{"required":["lookback_s"]},"then":{"required":["format"]}},"ids_split":{"description":"For an `ids` run whose options take all ids at once (`${ids}`, `${ids_csv}`, e.g. in `strategies.ids.source`): the ids are sent in several requests, each with at most `max_ids` ids and a first URL of at most `max_url_length` characters. Each request is paginated like the stream.","type":"object","additionalProperties":false,"default":{},"properties":{"max_ids":{"description":"Most ids in one request.","type":"integer","minimum":1,"default":100},"max_url_length":{"description":"Longest URL, in characters, of the first request of each group (many servers refuse more than 8 KB); a lone id that is longer still gets its request.","type":"integer","minimum":100,"default":8000}}}}}', validate: validate_1 },
  { schema: '{"type":"object","additionalProperties":false,"required":["path"],"properties":{"connection":{"type":"string"},"path":{"description":"Path appended to the connection\'s `base_url`. In `mode: record` it may use `${record.field}`, e.g. `/items/${record.id}`.","type":"string","minLength":1,"x-runtime-template":true},"method":{"description":"HTTP method.","type":"string","enum":["POST","PUT","PATCH","DELETE"],"default":"POST"},"mode":{"description":"`batch`: one request carries up to `batch_size` records; `record`: one request per record (to capture the id the target creates).","type":"string","enum":["batch","record"],"default":"batch"},"batch_size":{"description":"`batch`: most records in one request.","type":"integer","minimum":1,"default":100},"max_body_bytes":{"description":"`batch`: a request body larger than this is split in halves before it is sent.","type":"integer","minimum":100},"delay_ms":{"description":"Pause between two requests of this stream, in milliseconds (e.g. 500 for SparkLayer).","type":"integer","minimum":0,"default":0},"body":{"description":"Body template: any JSON value; a string that is exactly `${records}` (batch) or `${record}` (record mode) becomes the records, e.g. `{ items: \\"${records}\\" }`. Default: the list of records (batch) or the record.","tsType":"unknown","x-runtime-template":true},"params":{"type":"object","additionalProperties":{"type":["string","number","boolean"]},"description":"Query parameters; may use runtime references.","x-runtime-template":true},"headers":{"type":"object","additionalProperties":{"type":["string","number","boolean"]},"description":"Extra headers; may use runtime references.","x-runtime-template":true},"exclude":{"description":"Record fields left out of the body (e.g. the source id kept only for the crosswalk).","type":"array","items":{"type":"string"}},"retry_conflicts":{"description":"Retry a 409 Conflict like a 429 (targets that report concurrent updates that way).","type":"boolean","default":true},"on_record_error":{"description":"`record` mode: a 4xx answer for one record quarantines it and the run goes on (`quarantine`), or fails the run (`fail`).","type":"string","enum":["quarantine","fail"],"default":"quarantine"},"crosswalk":{"description":"`record` mode: record `(kind, source id) -> target id` from each response in the ID crosswalk, and decide what to do with a record already copied (`existing`).","type":"object","additionalProperties":false,"required":["kind","source_id","target_id"],"properties":{"kind":{"description":"Crosswalk kind, e.g. `item`.","type":"string","minLength":1},"source_id":{"description":"Dot path of the source id in the record.","type":"string","minLength":1},"target_id":{"description":"Dot path of the new id in the response body.","type":"string","minLength":1},"existing":{"description":"A record whose source id is already mapped: `skip` it, or `update` it with `update` (path may use `${target_id}`).","type":"string","enum":["skip","update"],"default":"skip"},"update":{"description":"The request that updates an already copied record.","type":"object","additionalProperties":false,"required":["path"],"properties":{"method":{"type":"string","enum":["PUT","PATCH","POST"],"default":"PATCH"},"path":{"type":"string","minLength":1,"description":"e.g. `/items/${target_id}`.","x-runtime-template":true}}}}}}}', validate: validate_2 }
];

// packages/connectors/dist/presets/catsy-connector.js
var PAGE_SIZE = 500;
var catsy_connector_default = defineHttpPreset({
  name: "catsy",
  validators: VALIDATORS,
  description: "Catsy PIM: static bearer API key, v3 saved-query export paged with limit/offset (`items`), 0.5 s between requests.",
  options: {
    token: {
      description: 'The API key of a Catsy "Web API" user, sent as `Authorization: Bearer`.',
      type: "string",
      minLength: 1,
      "x-secret": true
    }
  },
  required: ["token"],
  connection(o) {
    if (typeof o.token !== "string" || !o.token.trim())
      throw new SyncError("CONFIG_INVALID", "catsy: token is empty");
    return {
      base_url: "https://api.catsy.com",
      auth: { type: "bearer", token: o.token.trim() },
      // 0.5 s between requests keeps under 2 per second; a 429 has no Retry-After, so retries
      // back off from 1 s, by which time the bucket has refilled.
      rate_limit: { interval_ms: 500 },
      retries: 5,
      retry_delay_ms: 1e3,
      timeout_ms: 6e4
    };
  },
  source: {
    records_path: "items",
    pagination: { type: "offset", offset_param: "offset", size_param: "limit", size: PAGE_SIZE }
  }
});
export {
  catsy_connector_default as default
};
