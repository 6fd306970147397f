// @ts-nocheck
/* Generated from the http connector's schemas by `npm run generate` (ajv standalone code): loading a pipeline compiles no schema. Do not edit by hand: a test fails when it is stale. */
import type { PrecompiledValidator } from '@syncengine/engine';
import { CONFIG_FORMATS, ucs2length } from '@syncengine/engine/validator-runtime';

const validate_0 = validate21;
const schema6 = {"type":"object","additionalProperties":false,"required":["base_url"],"properties":{"type":{"type":"string"},"base_url":{"description":"Base URL; stream paths are appended to it, e.g. `https://api.example.com/v1`.","type":"string","minLength":1,"format":"http-url"},"auth":{"$ref":"#/$defs/x-hoisted-0"},"headers":{"type":"object","additionalProperties":{"type":["string","number","boolean"]},"description":"Headers sent with every request of this connection, e.g. ServiceTitan's `ST-App-Key`."},"timeout_ms":{"description":"Per-attempt timeout in milliseconds, from sending the request to the end of the response body.","type":"integer","minimum":1,"default":30000},"timeout":{"description":"Per-attempt timeout as a duration, e.g. `30s`, `2m`, `500ms`; wins over `timeout_ms`. Handy when a variable holds seconds: `${env.HTTP_TIMEOUT:-30}s`.","type":"string","pattern":"^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$"},"retries":{"description":"Retries of a request after a network error, a timeout, 408, 425, 429 or 5xx.","type":"integer","minimum":0,"maximum":10,"default":3},"retry_delay_ms":{"description":"Delay before the first retry, in milliseconds; it doubles with each retry, with jitter.","type":"integer","minimum":0,"default":1000},"retry_max_delay_ms":{"description":"Longest wait before a retry. A `Retry-After` asking for longer fails the request instead.","type":"integer","minimum":0,"default":60000},"rate_limit":{"$ref":"#/$defs/x-hoisted-1"},"circuit_breaker":{"$ref":"#/$defs/x-hoisted-2"},"hosts":{"$ref":"#/$defs/x-hoisted-3"}},"$defs":{"x-hoisted-0":{"description":"How requests authenticate. Omit for public APIs. `type` picks the style.","type":"object","required":["type"],"discriminator":{"propertyName":"type"},"oneOf":[{"title":"bearer","description":"Sends `Authorization: Bearer <token>`.","type":"object","additionalProperties":false,"required":["type","token"],"properties":{"type":{"const":"bearer"},"token":{"description":"The bearer token.","type":"string","minLength":1,"x-secret":true}}},{"title":"api_key","description":"Sends a static key in a header (default `X-API-Key`) or a query parameter.","type":"object","additionalProperties":false,"required":["type","key"],"properties":{"type":{"const":"api_key"},"key":{"description":"The key value.","type":"string","minLength":1,"x-secret":true},"header":{"description":"Header that carries the key, e.g. `User-Key`.","type":"string","default":"X-API-Key"},"query_param":{"description":"Query parameter that carries the key, instead of a header.","type":"string"}}},{"title":"basic","description":"Sends `Authorization: Basic <base64(username:password)>`.","type":"object","additionalProperties":false,"required":["type","username","password"],"properties":{"type":{"const":"basic"},"username":{"description":"User name.","type":"string","minLength":1},"password":{"description":"Password.","type":"string","x-secret":true}}},{"title":"oauth2_client_credentials","description":"OAuth2 `client_credentials` grant: fetches an access token from `token_url`, caches it, and fetches a new one before it expires or after a 401.","type":"object","additionalProperties":false,"required":["type","token_url","client_id","client_secret"],"properties":{"type":{"const":"oauth2_client_credentials"},"token_url":{"description":"Token endpoint: an absolute URL, or a path relative to `base_url`.","type":"string","minLength":1},"client_id":{"description":"OAuth2 client id.","type":"string","minLength":1},"client_secret":{"description":"OAuth2 client secret.","type":"string","minLength":1,"x-secret":true},"scope":{"description":"Space-separated scopes to request.","type":"string"},"client_auth":{"description":"Where the client credentials go: `body` (as `client_id`/`client_secret` fields) or `basic` (an `Authorization: Basic` header).","type":"string","enum":["body","basic"],"default":"body"},"body_format":{"description":"Encoding of the token request: `form` (`application/x-www-form-urlencoded`, the OAuth2 standard) or `json` (e.g. SparkLayer).","type":"string","enum":["form","json"],"default":"form"},"token_params":{"type":"object","additionalProperties":{"type":["string","number","boolean"]},"description":"Extra fields of the token request, e.g. `audience`."},"token_headers":{"type":"object","additionalProperties":{"type":["string","number","boolean"]},"description":"Extra headers of the token request, e.g. SparkLayer's `Site-Id`."},"header":{"description":"Header that carries the obtained token, e.g. `x-amz-access-token`.","type":"string","minLength":1,"default":"Authorization"},"prefix":{"description":"Text before the token in that header; `\"\"` sends the bare token.","type":"string","default":"Bearer "},"refresh_margin_s":{"description":"Fetch a new token this many seconds before the current one expires (at most half its lifetime).","type":"number","minimum":0,"default":60},"token_lifetime_s":{"description":"Lifetime in seconds of a token whose response has no `expires_in`. Without it such a token is kept until the API answers 401.","type":"number","exclusiveMinimum":0}}},{"title":"oauth2_refresh_token","description":"OAuth2 `refresh_token` grant (e.g. Amazon LWA): trades a long-lived refresh token for access tokens. A refresh token the server rotates is kept in the state store and used from then on.","type":"object","additionalProperties":false,"required":["type","token_url","client_id","client_secret","refresh_token"],"properties":{"type":{"const":"oauth2_refresh_token"},"refresh_token":{"description":"The refresh token, as first issued.","type":"string","minLength":1,"x-secret":true},"token_url":{"description":"Token endpoint: an absolute URL, or a path relative to `base_url`.","type":"string","minLength":1},"client_id":{"description":"OAuth2 client id.","type":"string","minLength":1},"client_secret":{"description":"OAuth2 client secret.","type":"string","minLength":1,"x-secret":true},"scope":{"description":"Space-separated scopes to request.","type":"string"},"client_auth":{"description":"Where the client credentials go: `body` (as `client_id`/`client_secret` fields) or `basic` (an `Authorization: Basic` header).","type":"string","enum":["body","basic"],"default":"body"},"body_format":{"description":"Encoding of the token request: `form` (`application/x-www-form-urlencoded`, the OAuth2 standard) or `json` (e.g. SparkLayer).","type":"string","enum":["form","json"],"default":"form"},"token_params":{"type":"object","additionalProperties":{"type":["string","number","boolean"]},"description":"Extra fields of the token request, e.g. `audience`."},"token_headers":{"type":"object","additionalProperties":{"type":["string","number","boolean"]},"description":"Extra headers of the token request, e.g. SparkLayer's `Site-Id`."},"header":{"description":"Header that carries the obtained token, e.g. `x-amz-access-token`.","type":"string","minLength":1,"default":"Authorization"},"prefix":{"description":"Text before the token in that header; `\"\"` sends the bare token.","type":"string","default":"Bearer "},"refresh_margin_s":{"description":"Fetch a new token this many seconds before the current one expires (at most half its lifetime).","type":"number","minimum":0,"default":60},"token_lifetime_s":{"description":"Lifetime in seconds of a token whose response has no `expires_in`. Without it such a token is kept until the API answers 401.","type":"number","exclusiveMinimum":0}}},{"title":"session","description":"Logs in with a username and password (e.g. Bitcram) and sends the token found in the login response.","type":"object","additionalProperties":false,"required":["type","login_url","username","password"],"properties":{"type":{"const":"session"},"login_url":{"description":"Login endpoint: an absolute URL, or a path relative to `base_url`.","type":"string","minLength":1},"username":{"description":"User name.","type":"string","minLength":1},"password":{"description":"Password.","type":"string","x-secret":true},"username_field":{"description":"Name of the user name field in the login body.","type":"string","minLength":1,"default":"username"},"password_field":{"description":"Name of the password field in the login body.","type":"string","minLength":1,"default":"password"},"body_format":{"description":"Encoding of the login body.","type":"string","enum":["json","form"],"default":"json"},"token_path":{"description":"Dot path of the token in the login response.","type":"string","minLength":1,"default":"token"},"expires_in_path":{"description":"Dot path of the token's lifetime in seconds in the login response, if it has one.","type":"string","minLength":1},"token_headers":{"type":"object","additionalProperties":{"type":["string","number","boolean"]},"description":"Extra headers of the login request."},"header":{"description":"Header that carries the obtained token, e.g. `x-amz-access-token`.","type":"string","minLength":1,"default":"Authorization"},"prefix":{"description":"Text before the token in that header; `\"\"` sends the bare token.","type":"string","default":"Bearer "},"refresh_margin_s":{"description":"Fetch a new token this many seconds before the current one expires (at most half its lifetime).","type":"number","minimum":0,"default":60},"token_lifetime_s":{"description":"Lifetime in seconds of a token whose response has no `expires_in`. Without it such a token is kept until the API answers 401.","type":"number","exclusiveMinimum":0}}}]},"x-hoisted-1":{"description":"Request budget of the connection, shared by every stream that uses it. Limits combine: a request waits until all of them allow it.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"interval_ms":{"description":"At least this long between the starts of two requests, e.g. `500`.","type":"integer","minimum":1},"requests_per_second":{"description":"Token bucket: at most this many requests per second on average (fractions allowed).","type":"number","exclusiveMinimum":0},"requests_per_minute":{"description":"Token bucket: at most this many requests per minute on average.","type":"number","exclusiveMinimum":0},"burst":{"description":"Requests the token buckets allow back to back before the average rate applies.","type":"integer","minimum":1,"default":1},"max_concurrent":{"description":"At most this many requests in flight at once.","type":"integer","minimum":1}}},"x-hoisted-2":{"description":"Stops calling an API that keeps failing: after `failures` consecutive failed attempts (network error, timeout, 5xx) every request of the connection fails at once for `cooldown_ms`; then one trial request decides whether it closes again.","type":"object","additionalProperties":false,"properties":{"failures":{"description":"Consecutive failed attempts that open the circuit.","type":"integer","minimum":1,"default":5},"cooldown_ms":{"description":"How long an open circuit fails requests before letting a trial through.","type":"integer","minimum":1,"default":30000}}},"x-hoisted-3":{"description":"Sends the requests for a host to another origin, like curl `--connect-to` (e.g. `{ \"acme.myshopify.com\": \"http://127.0.0.1:8081\" }` to run against a local fake or a staging proxy): URLs, next-page links and messages keep the real host, which the request carries in `X-Forwarded-Host` (and the scheme in `X-Forwarded-Proto`). Token and login requests of the connection follow it too.","type":"object","propertyNames":{"minLength":1},"additionalProperties":{"type":"string","format":"http-url"}}}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = ucs2length;
const formats0 = CONFIG_FORMATS["http-url"];
const schema7 = {"description":"How requests authenticate. Omit for public APIs. `type` picks the style.","type":"object","required":["type"],"discriminator":{"propertyName":"type"},"oneOf":[{"title":"bearer","description":"Sends `Authorization: Bearer <token>`.","type":"object","additionalProperties":false,"required":["type","token"],"properties":{"type":{"const":"bearer"},"token":{"description":"The bearer token.","type":"string","minLength":1,"x-secret":true}}},{"title":"api_key","description":"Sends a static key in a header (default `X-API-Key`) or a query parameter.","type":"object","additionalProperties":false,"required":["type","key"],"properties":{"type":{"const":"api_key"},"key":{"description":"The key value.","type":"string","minLength":1,"x-secret":true},"header":{"description":"Header that carries the key, e.g. `User-Key`.","type":"string","default":"X-API-Key"},"query_param":{"description":"Query parameter that carries the key, instead of a header.","type":"string"}}},{"title":"basic","description":"Sends `Authorization: Basic <base64(username:password)>`.","type":"object","additionalProperties":false,"required":["type","username","password"],"properties":{"type":{"const":"basic"},"username":{"description":"User name.","type":"string","minLength":1},"password":{"description":"Password.","type":"string","x-secret":true}}},{"title":"oauth2_client_credentials","description":"OAuth2 `client_credentials` grant: fetches an access token from `token_url`, caches it, and fetches a new one before it expires or after a 401.","type":"object","additionalProperties":false,"required":["type","token_url","client_id","client_secret"],"properties":{"type":{"const":"oauth2_client_credentials"},"token_url":{"description":"Token endpoint: an absolute URL, or a path relative to `base_url`.","type":"string","minLength":1},"client_id":{"description":"OAuth2 client id.","type":"string","minLength":1},"client_secret":{"description":"OAuth2 client secret.","type":"string","minLength":1,"x-secret":true},"scope":{"description":"Space-separated scopes to request.","type":"string"},"client_auth":{"description":"Where the client credentials go: `body` (as `client_id`/`client_secret` fields) or `basic` (an `Authorization: Basic` header).","type":"string","enum":["body","basic"],"default":"body"},"body_format":{"description":"Encoding of the token request: `form` (`application/x-www-form-urlencoded`, the OAuth2 standard) or `json` (e.g. SparkLayer).","type":"string","enum":["form","json"],"default":"form"},"token_params":{"type":"object","additionalProperties":{"type":["string","number","boolean"]},"description":"Extra fields of the token request, e.g. `audience`."},"token_headers":{"type":"object","additionalProperties":{"type":["string","number","boolean"]},"description":"Extra headers of the token request, e.g. SparkLayer's `Site-Id`."},"header":{"description":"Header that carries the obtained token, e.g. `x-amz-access-token`.","type":"string","minLength":1,"default":"Authorization"},"prefix":{"description":"Text before the token in that header; `\"\"` sends the bare token.","type":"string","default":"Bearer "},"refresh_margin_s":{"description":"Fetch a new token this many seconds before the current one expires (at most half its lifetime).","type":"number","minimum":0,"default":60},"token_lifetime_s":{"description":"Lifetime in seconds of a token whose response has no `expires_in`. Without it such a token is kept until the API answers 401.","type":"number","exclusiveMinimum":0}}},{"title":"oauth2_refresh_token","description":"OAuth2 `refresh_token` grant (e.g. Amazon LWA): trades a long-lived refresh token for access tokens. A refresh token the server rotates is kept in the state store and used from then on.","type":"object","additionalProperties":false,"required":["type","token_url","client_id","client_secret","refresh_token"],"properties":{"type":{"const":"oauth2_refresh_token"},"refresh_token":{"description":"The refresh token, as first issued.","type":"string","minLength":1,"x-secret":true},"token_url":{"description":"Token endpoint: an absolute URL, or a path relative to `base_url`.","type":"string","minLength":1},"client_id":{"description":"OAuth2 client id.","type":"string","minLength":1},"client_secret":{"description":"OAuth2 client secret.","type":"string","minLength":1,"x-secret":true},"scope":{"description":"Space-separated scopes to request.","type":"string"},"client_auth":{"description":"Where the client credentials go: `body` (as `client_id`/`client_secret` fields) or `basic` (an `Authorization: Basic` header).","type":"string","enum":["body","basic"],"default":"body"},"body_format":{"description":"Encoding of the token request: `form` (`application/x-www-form-urlencoded`, the OAuth2 standard) or `json` (e.g. SparkLayer).","type":"string","enum":["form","json"],"default":"form"},"token_params":{"type":"object","additionalProperties":{"type":["string","number","boolean"]},"description":"Extra fields of the token request, e.g. `audience`."},"token_headers":{"type":"object","additionalProperties":{"type":["string","number","boolean"]},"description":"Extra headers of the token request, e.g. SparkLayer's `Site-Id`."},"header":{"description":"Header that carries the obtained token, e.g. `x-amz-access-token`.","type":"string","minLength":1,"default":"Authorization"},"prefix":{"description":"Text before the token in that header; `\"\"` sends the bare token.","type":"string","default":"Bearer "},"refresh_margin_s":{"description":"Fetch a new token this many seconds before the current one expires (at most half its lifetime).","type":"number","minimum":0,"default":60},"token_lifetime_s":{"description":"Lifetime in seconds of a token whose response has no `expires_in`. Without it such a token is kept until the API answers 401.","type":"number","exclusiveMinimum":0}}},{"title":"session","description":"Logs in with a username and password (e.g. Bitcram) and sends the token found in the login response.","type":"object","additionalProperties":false,"required":["type","login_url","username","password"],"properties":{"type":{"const":"session"},"login_url":{"description":"Login endpoint: an absolute URL, or a path relative to `base_url`.","type":"string","minLength":1},"username":{"description":"User name.","type":"string","minLength":1},"password":{"description":"Password.","type":"string","x-secret":true},"username_field":{"description":"Name of the user name field in the login body.","type":"string","minLength":1,"default":"username"},"password_field":{"description":"Name of the password field in the login body.","type":"string","minLength":1,"default":"password"},"body_format":{"description":"Encoding of the login body.","type":"string","enum":["json","form"],"default":"json"},"token_path":{"description":"Dot path of the token in the login response.","type":"string","minLength":1,"default":"token"},"expires_in_path":{"description":"Dot path of the token's lifetime in seconds in the login response, if it has one.","type":"string","minLength":1},"token_headers":{"type":"object","additionalProperties":{"type":["string","number","boolean"]},"description":"Extra headers of the login request."},"header":{"description":"Header that carries the obtained token, e.g. `x-amz-access-token`.","type":"string","minLength":1,"default":"Authorization"},"prefix":{"description":"Text before the token in that header; `\"\"` sends the bare token.","type":"string","default":"Bearer "},"refresh_margin_s":{"description":"Fetch a new token this many seconds before the current one expires (at most half its lifetime).","type":"number","minimum":0,"default":60},"token_lifetime_s":{"description":"Lifetime in seconds of a token whose response has no `expires_in`. Without it such a token is kept until the API answers 401.","type":"number","exclusiveMinimum":0}}}]};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema7.required,parentSchema:schema7,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const tag0 = data.type;
if(typeof tag0 == "string"){
if(tag0 === "bearer"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema7.oneOf[0].required,parentSchema:schema7.oneOf[0],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.token === undefined){
const err2 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "token"},message:"must have required property '"+"token"+"'",schema:schema7.oneOf[0].required,parentSchema:schema7.oneOf[0],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "type") || (key0 === "token"))){
const err3 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema7.oneOf[0],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("bearer" !== data0){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/0/properties/type/const",keyword:"const",params:{allowedValue: "bearer"},message:"must be equal to constant",schema:"bearer",parentSchema:schema7.oneOf[0].properties.type,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.token !== undefined){
let data1 = data.token;
if(typeof data1 !== "string"){
let dataType0 = typeof data1;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data1;
}
else if(data1 === null){
coerced0 = "";
}
else {
const err5 = {instancePath:instancePath+"/token",schemaPath:"#/oneOf/0/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.oneOf[0].properties.token.type,parentSchema:schema7.oneOf[0].properties.token,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(coerced0 !== undefined){
data1 = coerced0;
if(data !== undefined){
data["token"] = coerced0;
}
}
}
this.secrets.push(instancePath + "/token");
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err6 = {instancePath:instancePath+"/token",schemaPath:"#/oneOf/0/properties/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema7.oneOf[0].properties.token,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.oneOf[0].type,parentSchema:schema7.oneOf[0],data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else if(tag0 === "api_key"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.header === undefined){
data.header = "X-API-Key";
}
if(data.type === undefined){
const err8 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema7.oneOf[1].required,parentSchema:schema7.oneOf[1],data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.key === undefined){
const err9 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema7.oneOf[1].required,parentSchema:schema7.oneOf[1],data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data){
if(!((((key1 === "type") || (key1 === "key")) || (key1 === "header")) || (key1 === "query_param"))){
const err10 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema7.oneOf[1],data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.type !== undefined){
let data2 = data.type;
if("api_key" !== data2){
const err11 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/1/properties/type/const",keyword:"const",params:{allowedValue: "api_key"},message:"must be equal to constant",schema:"api_key",parentSchema:schema7.oneOf[1].properties.type,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.key !== undefined){
let data3 = data.key;
if(typeof data3 !== "string"){
let dataType1 = typeof data3;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data3;
}
else if(data3 === null){
coerced1 = "";
}
else {
const err12 = {instancePath:instancePath+"/key",schemaPath:"#/oneOf/1/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.oneOf[1].properties.key.type,parentSchema:schema7.oneOf[1].properties.key,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(coerced1 !== undefined){
data3 = coerced1;
if(data !== undefined){
data["key"] = coerced1;
}
}
}
this.secrets.push(instancePath + "/key");
if(typeof data3 === "string"){
if(func3(data3) < 1){
const err13 = {instancePath:instancePath+"/key",schemaPath:"#/oneOf/1/properties/key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema7.oneOf[1].properties.key,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
let data4 = data.header;
if(typeof data4 !== "string"){
let dataType2 = typeof data4;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data4;
}
else if(data4 === null){
coerced2 = "";
}
else {
const err14 = {instancePath:instancePath+"/header",schemaPath:"#/oneOf/1/properties/header/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.oneOf[1].properties.header.type,parentSchema:schema7.oneOf[1].properties.header,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(coerced2 !== undefined){
data4 = coerced2;
if(data !== undefined){
data["header"] = coerced2;
}
}
}
if(data.query_param !== undefined){
let data5 = data.query_param;
if(typeof data5 !== "string"){
let dataType3 = typeof data5;
let coerced3 = undefined;
if(!(coerced3 !== undefined)){
if(dataType3 == "number" || dataType3 == "boolean"){
coerced3 = "" + data5;
}
else if(data5 === null){
coerced3 = "";
}
else {
const err15 = {instancePath:instancePath+"/query_param",schemaPath:"#/oneOf/1/properties/query_param/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.oneOf[1].properties.query_param.type,parentSchema:schema7.oneOf[1].properties.query_param,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(coerced3 !== undefined){
data5 = coerced3;
if(data !== undefined){
data["query_param"] = coerced3;
}
}
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.oneOf[1].type,parentSchema:schema7.oneOf[1],data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else if(tag0 === "basic"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err17 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema7.oneOf[2].required,parentSchema:schema7.oneOf[2],data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data.username === undefined){
const err18 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "username"},message:"must have required property '"+"username"+"'",schema:schema7.oneOf[2].required,parentSchema:schema7.oneOf[2],data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data.password === undefined){
const err19 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "password"},message:"must have required property '"+"password"+"'",schema:schema7.oneOf[2].required,parentSchema:schema7.oneOf[2],data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key2 in data){
if(!(((key2 === "type") || (key2 === "username")) || (key2 === "password"))){
const err20 = {instancePath,schemaPath:"#/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema7.oneOf[2],data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.type !== undefined){
let data6 = data.type;
if("basic" !== data6){
const err21 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/2/properties/type/const",keyword:"const",params:{allowedValue: "basic"},message:"must be equal to constant",schema:"basic",parentSchema:schema7.oneOf[2].properties.type,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.username !== undefined){
let data7 = data.username;
if(typeof data7 !== "string"){
let dataType4 = typeof data7;
let coerced4 = undefined;
if(!(coerced4 !== undefined)){
if(dataType4 == "number" || dataType4 == "boolean"){
coerced4 = "" + data7;
}
else if(data7 === null){
coerced4 = "";
}
else {
const err22 = {instancePath:instancePath+"/username",schemaPath:"#/oneOf/2/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.oneOf[2].properties.username.type,parentSchema:schema7.oneOf[2].properties.username,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(coerced4 !== undefined){
data7 = coerced4;
if(data !== undefined){
data["username"] = coerced4;
}
}
}
if(typeof data7 === "string"){
if(func3(data7) < 1){
const err23 = {instancePath:instancePath+"/username",schemaPath:"#/oneOf/2/properties/username/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema7.oneOf[2].properties.username,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
if(data.password !== undefined){
let data8 = data.password;
if(typeof data8 !== "string"){
let dataType5 = typeof data8;
let coerced5 = undefined;
if(!(coerced5 !== undefined)){
if(dataType5 == "number" || dataType5 == "boolean"){
coerced5 = "" + data8;
}
else if(data8 === null){
coerced5 = "";
}
else {
const err24 = {instancePath:instancePath+"/password",schemaPath:"#/oneOf/2/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.oneOf[2].properties.password.type,parentSchema:schema7.oneOf[2].properties.password,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(coerced5 !== undefined){
data8 = coerced5;
if(data !== undefined){
data["password"] = coerced5;
}
}
}
this.secrets.push(instancePath + "/password");
}
}
else {
const err25 = {instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.oneOf[2].type,parentSchema:schema7.oneOf[2],data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else if(tag0 === "oauth2_client_credentials"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.client_auth === undefined){
data.client_auth = "body";
}
if(data.body_format === undefined){
data.body_format = "form";
}
if(data.header === undefined){
data.header = "Authorization";
}
if(data.prefix === undefined){
data.prefix = "Bearer ";
}
if(data.refresh_margin_s === undefined){
data.refresh_margin_s = 60;
}
if(data.type === undefined){
const err26 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema7.oneOf[3].required,parentSchema:schema7.oneOf[3],data};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data.token_url === undefined){
const err27 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: "token_url"},message:"must have required property '"+"token_url"+"'",schema:schema7.oneOf[3].required,parentSchema:schema7.oneOf[3],data};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data.client_id === undefined){
const err28 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: "client_id"},message:"must have required property '"+"client_id"+"'",schema:schema7.oneOf[3].required,parentSchema:schema7.oneOf[3],data};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data.client_secret === undefined){
const err29 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: "client_secret"},message:"must have required property '"+"client_secret"+"'",schema:schema7.oneOf[3].required,parentSchema:schema7.oneOf[3],data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key3 in data){
if(!(func2.call(schema7.oneOf[3].properties, key3))){
const err30 = {instancePath,schemaPath:"#/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema7.oneOf[3],data};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.type !== undefined){
let data9 = data.type;
if("oauth2_client_credentials" !== data9){
const err31 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/3/properties/type/const",keyword:"const",params:{allowedValue: "oauth2_client_credentials"},message:"must be equal to constant",schema:"oauth2_client_credentials",parentSchema:schema7.oneOf[3].properties.type,data:data9};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.token_url !== undefined){
let data10 = data.token_url;
if(typeof data10 !== "string"){
let dataType6 = typeof data10;
let coerced6 = undefined;
if(!(coerced6 !== undefined)){
if(dataType6 == "number" || dataType6 == "boolean"){
coerced6 = "" + data10;
}
else if(data10 === null){
coerced6 = "";
}
else {
const err32 = {instancePath:instancePath+"/token_url",schemaPath:"#/oneOf/3/properties/token_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.oneOf[3].properties.token_url.type,parentSchema:schema7.oneOf[3].properties.token_url,data:data10};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(coerced6 !== undefined){
data10 = coerced6;
if(data !== undefined){
data["token_url"] = coerced6;
}
}
}
if(typeof data10 === "string"){
if(func3(data10) < 1){
const err33 = {instancePath:instancePath+"/token_url",schemaPath:"#/oneOf/3/properties/token_url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema7.oneOf[3].properties.token_url,data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
if(data.client_id !== undefined){
let data11 = data.client_id;
if(typeof data11 !== "string"){
let dataType7 = typeof data11;
let coerced7 = undefined;
if(!(coerced7 !== undefined)){
if(dataType7 == "number" || dataType7 == "boolean"){
coerced7 = "" + data11;
}
else if(data11 === null){
coerced7 = "";
}
else {
const err34 = {instancePath:instancePath+"/client_id",schemaPath:"#/oneOf/3/properties/client_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.oneOf[3].properties.client_id.type,parentSchema:schema7.oneOf[3].properties.client_id,data:data11};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(coerced7 !== undefined){
data11 = coerced7;
if(data !== undefined){
data["client_id"] = coerced7;
}
}
}
if(typeof data11 === "string"){
if(func3(data11) < 1){
const err35 = {instancePath:instancePath+"/client_id",schemaPath:"#/oneOf/3/properties/client_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema7.oneOf[3].properties.client_id,data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
if(data.client_secret !== undefined){
let data12 = data.client_secret;
if(typeof data12 !== "string"){
let dataType8 = typeof data12;
let coerced8 = undefined;
if(!(coerced8 !== undefined)){
if(dataType8 == "number" || dataType8 == "boolean"){
coerced8 = "" + data12;
}
else if(data12 === null){
coerced8 = "";
}
else {
const err36 = {instancePath:instancePath+"/client_secret",schemaPath:"#/oneOf/3/properties/client_secret/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.oneOf[3].properties.client_secret.type,parentSchema:schema7.oneOf[3].properties.client_secret,data:data12};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(coerced8 !== undefined){
data12 = coerced8;
if(data !== undefined){
data["client_secret"] = coerced8;
}
}
}
this.secrets.push(instancePath + "/client_secret");
if(typeof data12 === "string"){
if(func3(data12) < 1){
const err37 = {instancePath:instancePath+"/client_secret",schemaPath:"#/oneOf/3/properties/client_secret/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema7.oneOf[3].properties.client_secret,data:data12};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
if(data.scope !== undefined){
let data13 = data.scope;
if(typeof data13 !== "string"){
let dataType9 = typeof data13;
let coerced9 = undefined;
if(!(coerced9 !== undefined)){
if(dataType9 == "number" || dataType9 == "boolean"){
coerced9 = "" + data13;
}
else if(data13 === null){
coerced9 = "";
}
else {
const err38 = {instancePath:instancePath+"/scope",schemaPath:"#/oneOf/3/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.oneOf[3].properties.scope.type,parentSchema:schema7.oneOf[3].properties.scope,data:data13};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(coerced9 !== undefined){
data13 = coerced9;
if(data !== undefined){
data["scope"] = coerced9;
}
}
}
}
let data14 = data.client_auth;
if(typeof data14 !== "string"){
let dataType10 = typeof data14;
let coerced10 = undefined;
if(!(coerced10 !== undefined)){
if(dataType10 == "number" || dataType10 == "boolean"){
coerced10 = "" + data14;
}
else if(data14 === null){
coerced10 = "";
}
else {
const err39 = {instancePath:instancePath+"/client_auth",schemaPath:"#/oneOf/3/properties/client_auth/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.oneOf[3].properties.client_auth.type,parentSchema:schema7.oneOf[3].properties.client_auth,data:data14};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(coerced10 !== undefined){
data14 = coerced10;
if(data !== undefined){
data["client_auth"] = coerced10;
}
}
}
if(!((data14 === "body") || (data14 === "basic"))){
const err40 = {instancePath:instancePath+"/client_auth",schemaPath:"#/oneOf/3/properties/client_auth/enum",keyword:"enum",params:{allowedValues: schema7.oneOf[3].properties.client_auth.enum},message:"must be equal to one of the allowed values",schema:schema7.oneOf[3].properties.client_auth.enum,parentSchema:schema7.oneOf[3].properties.client_auth,data:data14};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
let data15 = data.body_format;
if(typeof data15 !== "string"){
let dataType11 = typeof data15;
let coerced11 = undefined;
if(!(coerced11 !== undefined)){
if(dataType11 == "number" || dataType11 == "boolean"){
coerced11 = "" + data15;
}
else if(data15 === null){
coerced11 = "";
}
else {
const err41 = {instancePath:instancePath+"/body_format",schemaPath:"#/oneOf/3/properties/body_format/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.oneOf[3].properties.body_format.type,parentSchema:schema7.oneOf[3].properties.body_format,data:data15};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(coerced11 !== undefined){
data15 = coerced11;
if(data !== undefined){
data["body_format"] = coerced11;
}
}
}
if(!((data15 === "form") || (data15 === "json"))){
const err42 = {instancePath:instancePath+"/body_format",schemaPath:"#/oneOf/3/properties/body_format/enum",keyword:"enum",params:{allowedValues: schema7.oneOf[3].properties.body_format.enum},message:"must be equal to one of the allowed values",schema:schema7.oneOf[3].properties.body_format.enum,parentSchema:schema7.oneOf[3].properties.body_format,data:data15};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data.token_params !== undefined){
let data16 = data.token_params;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
for(const key4 in data16){
let data17 = data16[key4];
if(((typeof data17 !== "string") && (!((typeof data17 == "number") && (isFinite(data17))))) && (typeof data17 !== "boolean")){
let dataType12 = typeof data17;
let coerced12 = undefined;
if(!(coerced12 !== undefined)){
if(dataType12 == "number" || dataType12 == "boolean"){
coerced12 = "" + data17;
}
else if(data17 === null){
coerced12 = "";
}
else if(dataType12 == "boolean" || data17 === null
              || (dataType12 == "string" && data17 && data17 == +data17)){
coerced12 = +data17;
}
else if(data17 === "false" || data17 === 0 || data17 === null){
coerced12 = false;
}
else if(data17 === "true" || data17 === 1){
coerced12 = true;
}
else {
const err43 = {instancePath:instancePath+"/token_params/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/oneOf/3/properties/token_params/additionalProperties/type",keyword:"type",params:{type: schema7.oneOf[3].properties.token_params.additionalProperties.type},message:"must be string,number,boolean",schema:schema7.oneOf[3].properties.token_params.additionalProperties.type,parentSchema:schema7.oneOf[3].properties.token_params.additionalProperties,data:data17};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(coerced12 !== undefined){
data17 = coerced12;
if(data16 !== undefined){
data16[key4] = coerced12;
}
}
}
}
}
else {
const err44 = {instancePath:instancePath+"/token_params",schemaPath:"#/oneOf/3/properties/token_params/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.oneOf[3].properties.token_params.type,parentSchema:schema7.oneOf[3].properties.token_params,data:data16};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.token_headers !== undefined){
let data18 = data.token_headers;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key5 in data18){
let data19 = data18[key5];
if(((typeof data19 !== "string") && (!((typeof data19 == "number") && (isFinite(data19))))) && (typeof data19 !== "boolean")){
let dataType13 = typeof data19;
let coerced13 = undefined;
if(!(coerced13 !== undefined)){
if(dataType13 == "number" || dataType13 == "boolean"){
coerced13 = "" + data19;
}
else if(data19 === null){
coerced13 = "";
}
else if(dataType13 == "boolean" || data19 === null
              || (dataType13 == "string" && data19 && data19 == +data19)){
coerced13 = +data19;
}
else if(data19 === "false" || data19 === 0 || data19 === null){
coerced13 = false;
}
else if(data19 === "true" || data19 === 1){
coerced13 = true;
}
else {
const err45 = {instancePath:instancePath+"/token_headers/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/oneOf/3/properties/token_headers/additionalProperties/type",keyword:"type",params:{type: schema7.oneOf[3].properties.token_headers.additionalProperties.type},message:"must be string,number,boolean",schema:schema7.oneOf[3].properties.token_headers.additionalProperties.type,parentSchema:schema7.oneOf[3].properties.token_headers.additionalProperties,data:data19};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(coerced13 !== undefined){
data19 = coerced13;
if(data18 !== undefined){
data18[key5] = coerced13;
}
}
}
}
}
else {
const err46 = {instancePath:instancePath+"/token_headers",schemaPath:"#/oneOf/3/properties/token_headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.oneOf[3].properties.token_headers.type,parentSchema:schema7.oneOf[3].properties.token_headers,data:data18};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
let data20 = data.header;
if(typeof data20 !== "string"){
let dataType14 = typeof data20;
let coerced14 = undefined;
if(!(coerced14 !== undefined)){
if(dataType14 == "number" || dataType14 == "boolean"){
coerced14 = "" + data20;
}
else if(data20 === null){
coerced14 = "";
}
else {
const err47 = {instancePath:instancePath+"/header",schemaPath:"#/oneOf/3/properties/header/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.oneOf[3].properties.header.type,parentSchema:schema7.oneOf[3].properties.header,data:data20};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(coerced14 !== undefined){
data20 = coerced14;
if(data !== undefined){
data["header"] = coerced14;
}
}
}
if(typeof data20 === "string"){
if(func3(data20) < 1){
const err48 = {instancePath:instancePath+"/header",schemaPath:"#/oneOf/3/properties/header/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema7.oneOf[3].properties.header,data:data20};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
let data21 = data.prefix;
if(typeof data21 !== "string"){
let dataType15 = typeof data21;
let coerced15 = undefined;
if(!(coerced15 !== undefined)){
if(dataType15 == "number" || dataType15 == "boolean"){
coerced15 = "" + data21;
}
else if(data21 === null){
coerced15 = "";
}
else {
const err49 = {instancePath:instancePath+"/prefix",schemaPath:"#/oneOf/3/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.oneOf[3].properties.prefix.type,parentSchema:schema7.oneOf[3].properties.prefix,data:data21};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(coerced15 !== undefined){
data21 = coerced15;
if(data !== undefined){
data["prefix"] = coerced15;
}
}
}
let data22 = data.refresh_margin_s;
if(!((typeof data22 == "number") && (isFinite(data22)))){
let dataType16 = typeof data22;
let coerced16 = undefined;
if(!(coerced16 !== undefined)){
if(dataType16 == "boolean" || data22 === null
              || (dataType16 == "string" && data22 && data22 == +data22)){
coerced16 = +data22;
}
else {
const err50 = {instancePath:instancePath+"/refresh_margin_s",schemaPath:"#/oneOf/3/properties/refresh_margin_s/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema7.oneOf[3].properties.refresh_margin_s.type,parentSchema:schema7.oneOf[3].properties.refresh_margin_s,data:data22};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(coerced16 !== undefined){
data22 = coerced16;
if(data !== undefined){
data["refresh_margin_s"] = coerced16;
}
}
}
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 < 0 || isNaN(data22)){
const err51 = {instancePath:instancePath+"/refresh_margin_s",schemaPath:"#/oneOf/3/properties/refresh_margin_s/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema7.oneOf[3].properties.refresh_margin_s,data:data22};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.token_lifetime_s !== undefined){
let data23 = data.token_lifetime_s;
if(!((typeof data23 == "number") && (isFinite(data23)))){
let dataType17 = typeof data23;
let coerced17 = undefined;
if(!(coerced17 !== undefined)){
if(dataType17 == "boolean" || data23 === null
              || (dataType17 == "string" && data23 && data23 == +data23)){
coerced17 = +data23;
}
else {
const err52 = {instancePath:instancePath+"/token_lifetime_s",schemaPath:"#/oneOf/3/properties/token_lifetime_s/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema7.oneOf[3].properties.token_lifetime_s.type,parentSchema:schema7.oneOf[3].properties.token_lifetime_s,data:data23};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(coerced17 !== undefined){
data23 = coerced17;
if(data !== undefined){
data["token_lifetime_s"] = coerced17;
}
}
}
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 <= 0 || isNaN(data23)){
const err53 = {instancePath:instancePath+"/token_lifetime_s",schemaPath:"#/oneOf/3/properties/token_lifetime_s/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema7.oneOf[3].properties.token_lifetime_s,data:data23};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
}
else {
const err54 = {instancePath,schemaPath:"#/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.oneOf[3].type,parentSchema:schema7.oneOf[3],data};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else if(tag0 === "oauth2_refresh_token"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.client_auth === undefined){
data.client_auth = "body";
}
if(data.body_format === undefined){
data.body_format = "form";
}
if(data.header === undefined){
data.header = "Authorization";
}
if(data.prefix === undefined){
data.prefix = "Bearer ";
}
if(data.refresh_margin_s === undefined){
data.refresh_margin_s = 60;
}
if(data.type === undefined){
const err55 = {instancePath,schemaPath:"#/oneOf/4/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema7.oneOf[4].required,parentSchema:schema7.oneOf[4],data};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data.token_url === undefined){
const err56 = {instancePath,schemaPath:"#/oneOf/4/required",keyword:"required",params:{missingProperty: "token_url"},message:"must have required property '"+"token_url"+"'",schema:schema7.oneOf[4].required,parentSchema:schema7.oneOf[4],data};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data.client_id === undefined){
const err57 = {instancePath,schemaPath:"#/oneOf/4/required",keyword:"required",params:{missingProperty: "client_id"},message:"must have required property '"+"client_id"+"'",schema:schema7.oneOf[4].required,parentSchema:schema7.oneOf[4],data};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data.client_secret === undefined){
const err58 = {instancePath,schemaPath:"#/oneOf/4/required",keyword:"required",params:{missingProperty: "client_secret"},message:"must have required property '"+"client_secret"+"'",schema:schema7.oneOf[4].required,parentSchema:schema7.oneOf[4],data};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data.refresh_token === undefined){
const err59 = {instancePath,schemaPath:"#/oneOf/4/required",keyword:"required",params:{missingProperty: "refresh_token"},message:"must have required property '"+"refresh_token"+"'",schema:schema7.oneOf[4].required,parentSchema:schema7.oneOf[4],data};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
for(const key6 in data){
if(!(func2.call(schema7.oneOf[4].properties, key6))){
const err60 = {instancePath,schemaPath:"#/oneOf/4/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema7.oneOf[4],data};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data.type !== undefined){
let data24 = data.type;
if("oauth2_refresh_token" !== data24){
const err61 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/4/properties/type/const",keyword:"const",params:{allowedValue: "oauth2_refresh_token"},message:"must be equal to constant",schema:"oauth2_refresh_token",parentSchema:schema7.oneOf[4].properties.type,data:data24};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.refresh_token !== undefined){
let data25 = data.refresh_token;
if(typeof data25 !== "string"){
let dataType18 = typeof data25;
let coerced18 = undefined;
if(!(coerced18 !== undefined)){
if(dataType18 == "number" || dataType18 == "boolean"){
coerced18 = "" + data25;
}
else if(data25 === null){
coerced18 = "";
}
else {
const err62 = {instancePath:instancePath+"/refresh_token",schemaPath:"#/oneOf/4/properties/refresh_token/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.oneOf[4].properties.refresh_token.type,parentSchema:schema7.oneOf[4].properties.refresh_token,data:data25};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(coerced18 !== undefined){
data25 = coerced18;
if(data !== undefined){
data["refresh_token"] = coerced18;
}
}
}
this.secrets.push(instancePath + "/refresh_token");
if(typeof data25 === "string"){
if(func3(data25) < 1){
const err63 = {instancePath:instancePath+"/refresh_token",schemaPath:"#/oneOf/4/properties/refresh_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema7.oneOf[4].properties.refresh_token,data:data25};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
if(data.token_url !== undefined){
let data26 = data.token_url;
if(typeof data26 !== "string"){
let dataType19 = typeof data26;
let coerced19 = undefined;
if(!(coerced19 !== undefined)){
if(dataType19 == "number" || dataType19 == "boolean"){
coerced19 = "" + data26;
}
else if(data26 === null){
coerced19 = "";
}
else {
const err64 = {instancePath:instancePath+"/token_url",schemaPath:"#/oneOf/4/properties/token_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.oneOf[4].properties.token_url.type,parentSchema:schema7.oneOf[4].properties.token_url,data:data26};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(coerced19 !== undefined){
data26 = coerced19;
if(data !== undefined){
data["token_url"] = coerced19;
}
}
}
if(typeof data26 === "string"){
if(func3(data26) < 1){
const err65 = {instancePath:instancePath+"/token_url",schemaPath:"#/oneOf/4/properties/token_url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema7.oneOf[4].properties.token_url,data:data26};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
if(data.client_id !== undefined){
let data27 = data.client_id;
if(typeof data27 !== "string"){
let dataType20 = typeof data27;
let coerced20 = undefined;
if(!(coerced20 !== undefined)){
if(dataType20 == "number" || dataType20 == "boolean"){
coerced20 = "" + data27;
}
else if(data27 === null){
coerced20 = "";
}
else {
const err66 = {instancePath:instancePath+"/client_id",schemaPath:"#/oneOf/4/properties/client_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.oneOf[4].properties.client_id.type,parentSchema:schema7.oneOf[4].properties.client_id,data:data27};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(coerced20 !== undefined){
data27 = coerced20;
if(data !== undefined){
data["client_id"] = coerced20;
}
}
}
if(typeof data27 === "string"){
if(func3(data27) < 1){
const err67 = {instancePath:instancePath+"/client_id",schemaPath:"#/oneOf/4/properties/client_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema7.oneOf[4].properties.client_id,data:data27};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
if(data.client_secret !== undefined){
let data28 = data.client_secret;
if(typeof data28 !== "string"){
let dataType21 = typeof data28;
let coerced21 = undefined;
if(!(coerced21 !== undefined)){
if(dataType21 == "number" || dataType21 == "boolean"){
coerced21 = "" + data28;
}
else if(data28 === null){
coerced21 = "";
}
else {
const err68 = {instancePath:instancePath+"/client_secret",schemaPath:"#/oneOf/4/properties/client_secret/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.oneOf[4].properties.client_secret.type,parentSchema:schema7.oneOf[4].properties.client_secret,data:data28};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(coerced21 !== undefined){
data28 = coerced21;
if(data !== undefined){
data["client_secret"] = coerced21;
}
}
}
this.secrets.push(instancePath + "/client_secret");
if(typeof data28 === "string"){
if(func3(data28) < 1){
const err69 = {instancePath:instancePath+"/client_secret",schemaPath:"#/oneOf/4/properties/client_secret/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema7.oneOf[4].properties.client_secret,data:data28};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
if(data.scope !== undefined){
let data29 = data.scope;
if(typeof data29 !== "string"){
let dataType22 = typeof data29;
let coerced22 = undefined;
if(!(coerced22 !== undefined)){
if(dataType22 == "number" || dataType22 == "boolean"){
coerced22 = "" + data29;
}
else if(data29 === null){
coerced22 = "";
}
else {
const err70 = {instancePath:instancePath+"/scope",schemaPath:"#/oneOf/4/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.oneOf[4].properties.scope.type,parentSchema:schema7.oneOf[4].properties.scope,data:data29};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(coerced22 !== undefined){
data29 = coerced22;
if(data !== undefined){
data["scope"] = coerced22;
}
}
}
}
let data30 = data.client_auth;
if(typeof data30 !== "string"){
let dataType23 = typeof data30;
let coerced23 = undefined;
if(!(coerced23 !== undefined)){
if(dataType23 == "number" || dataType23 == "boolean"){
coerced23 = "" + data30;
}
else if(data30 === null){
coerced23 = "";
}
else {
const err71 = {instancePath:instancePath+"/client_auth",schemaPath:"#/oneOf/4/properties/client_auth/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.oneOf[4].properties.client_auth.type,parentSchema:schema7.oneOf[4].properties.client_auth,data:data30};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(coerced23 !== undefined){
data30 = coerced23;
if(data !== undefined){
data["client_auth"] = coerced23;
}
}
}
if(!((data30 === "body") || (data30 === "basic"))){
const err72 = {instancePath:instancePath+"/client_auth",schemaPath:"#/oneOf/4/properties/client_auth/enum",keyword:"enum",params:{allowedValues: schema7.oneOf[4].properties.client_auth.enum},message:"must be equal to one of the allowed values",schema:schema7.oneOf[4].properties.client_auth.enum,parentSchema:schema7.oneOf[4].properties.client_auth,data:data30};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
let data31 = data.body_format;
if(typeof data31 !== "string"){
let dataType24 = typeof data31;
let coerced24 = undefined;
if(!(coerced24 !== undefined)){
if(dataType24 == "number" || dataType24 == "boolean"){
coerced24 = "" + data31;
}
else if(data31 === null){
coerced24 = "";
}
else {
const err73 = {instancePath:instancePath+"/body_format",schemaPath:"#/oneOf/4/properties/body_format/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.oneOf[4].properties.body_format.type,parentSchema:schema7.oneOf[4].properties.body_format,data:data31};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(coerced24 !== undefined){
data31 = coerced24;
if(data !== undefined){
data["body_format"] = coerced24;
}
}
}
if(!((data31 === "form") || (data31 === "json"))){
const err74 = {instancePath:instancePath+"/body_format",schemaPath:"#/oneOf/4/properties/body_format/enum",keyword:"enum",params:{allowedValues: schema7.oneOf[4].properties.body_format.enum},message:"must be equal to one of the allowed values",schema:schema7.oneOf[4].properties.body_format.enum,parentSchema:schema7.oneOf[4].properties.body_format,data:data31};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(data.token_params !== undefined){
let data32 = data.token_params;
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
for(const key7 in data32){
let data33 = data32[key7];
if(((typeof data33 !== "string") && (!((typeof data33 == "number") && (isFinite(data33))))) && (typeof data33 !== "boolean")){
let dataType25 = typeof data33;
let coerced25 = undefined;
if(!(coerced25 !== undefined)){
if(dataType25 == "number" || dataType25 == "boolean"){
coerced25 = "" + data33;
}
else if(data33 === null){
coerced25 = "";
}
else if(dataType25 == "boolean" || data33 === null
              || (dataType25 == "string" && data33 && data33 == +data33)){
coerced25 = +data33;
}
else if(data33 === "false" || data33 === 0 || data33 === null){
coerced25 = false;
}
else if(data33 === "true" || data33 === 1){
coerced25 = true;
}
else {
const err75 = {instancePath:instancePath+"/token_params/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/oneOf/4/properties/token_params/additionalProperties/type",keyword:"type",params:{type: schema7.oneOf[4].properties.token_params.additionalProperties.type},message:"must be string,number,boolean",schema:schema7.oneOf[4].properties.token_params.additionalProperties.type,parentSchema:schema7.oneOf[4].properties.token_params.additionalProperties,data:data33};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(coerced25 !== undefined){
data33 = coerced25;
if(data32 !== undefined){
data32[key7] = coerced25;
}
}
}
}
}
else {
const err76 = {instancePath:instancePath+"/token_params",schemaPath:"#/oneOf/4/properties/token_params/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.oneOf[4].properties.token_params.type,parentSchema:schema7.oneOf[4].properties.token_params,data:data32};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data.token_headers !== undefined){
let data34 = data.token_headers;
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
for(const key8 in data34){
let data35 = data34[key8];
if(((typeof data35 !== "string") && (!((typeof data35 == "number") && (isFinite(data35))))) && (typeof data35 !== "boolean")){
let dataType26 = typeof data35;
let coerced26 = undefined;
if(!(coerced26 !== undefined)){
if(dataType26 == "number" || dataType26 == "boolean"){
coerced26 = "" + data35;
}
else if(data35 === null){
coerced26 = "";
}
else if(dataType26 == "boolean" || data35 === null
              || (dataType26 == "string" && data35 && data35 == +data35)){
coerced26 = +data35;
}
else if(data35 === "false" || data35 === 0 || data35 === null){
coerced26 = false;
}
else if(data35 === "true" || data35 === 1){
coerced26 = true;
}
else {
const err77 = {instancePath:instancePath+"/token_headers/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/oneOf/4/properties/token_headers/additionalProperties/type",keyword:"type",params:{type: schema7.oneOf[4].properties.token_headers.additionalProperties.type},message:"must be string,number,boolean",schema:schema7.oneOf[4].properties.token_headers.additionalProperties.type,parentSchema:schema7.oneOf[4].properties.token_headers.additionalProperties,data:data35};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(coerced26 !== undefined){
data35 = coerced26;
if(data34 !== undefined){
data34[key8] = coerced26;
}
}
}
}
}
else {
const err78 = {instancePath:instancePath+"/token_headers",schemaPath:"#/oneOf/4/properties/token_headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.oneOf[4].properties.token_headers.type,parentSchema:schema7.oneOf[4].properties.token_headers,data:data34};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
let data36 = data.header;
if(typeof data36 !== "string"){
let dataType27 = typeof data36;
let coerced27 = undefined;
if(!(coerced27 !== undefined)){
if(dataType27 == "number" || dataType27 == "boolean"){
coerced27 = "" + data36;
}
else if(data36 === null){
coerced27 = "";
}
else {
const err79 = {instancePath:instancePath+"/header",schemaPath:"#/oneOf/4/properties/header/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.oneOf[4].properties.header.type,parentSchema:schema7.oneOf[4].properties.header,data:data36};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(coerced27 !== undefined){
data36 = coerced27;
if(data !== undefined){
data["header"] = coerced27;
}
}
}
if(typeof data36 === "string"){
if(func3(data36) < 1){
const err80 = {instancePath:instancePath+"/header",schemaPath:"#/oneOf/4/properties/header/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema7.oneOf[4].properties.header,data:data36};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
let data37 = data.prefix;
if(typeof data37 !== "string"){
let dataType28 = typeof data37;
let coerced28 = undefined;
if(!(coerced28 !== undefined)){
if(dataType28 == "number" || dataType28 == "boolean"){
coerced28 = "" + data37;
}
else if(data37 === null){
coerced28 = "";
}
else {
const err81 = {instancePath:instancePath+"/prefix",schemaPath:"#/oneOf/4/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.oneOf[4].properties.prefix.type,parentSchema:schema7.oneOf[4].properties.prefix,data:data37};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(coerced28 !== undefined){
data37 = coerced28;
if(data !== undefined){
data["prefix"] = coerced28;
}
}
}
let data38 = data.refresh_margin_s;
if(!((typeof data38 == "number") && (isFinite(data38)))){
let dataType29 = typeof data38;
let coerced29 = undefined;
if(!(coerced29 !== undefined)){
if(dataType29 == "boolean" || data38 === null
              || (dataType29 == "string" && data38 && data38 == +data38)){
coerced29 = +data38;
}
else {
const err82 = {instancePath:instancePath+"/refresh_margin_s",schemaPath:"#/oneOf/4/properties/refresh_margin_s/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema7.oneOf[4].properties.refresh_margin_s.type,parentSchema:schema7.oneOf[4].properties.refresh_margin_s,data:data38};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(coerced29 !== undefined){
data38 = coerced29;
if(data !== undefined){
data["refresh_margin_s"] = coerced29;
}
}
}
if((typeof data38 == "number") && (isFinite(data38))){
if(data38 < 0 || isNaN(data38)){
const err83 = {instancePath:instancePath+"/refresh_margin_s",schemaPath:"#/oneOf/4/properties/refresh_margin_s/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema7.oneOf[4].properties.refresh_margin_s,data:data38};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data.token_lifetime_s !== undefined){
let data39 = data.token_lifetime_s;
if(!((typeof data39 == "number") && (isFinite(data39)))){
let dataType30 = typeof data39;
let coerced30 = undefined;
if(!(coerced30 !== undefined)){
if(dataType30 == "boolean" || data39 === null
              || (dataType30 == "string" && data39 && data39 == +data39)){
coerced30 = +data39;
}
else {
const err84 = {instancePath:instancePath+"/token_lifetime_s",schemaPath:"#/oneOf/4/properties/token_lifetime_s/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema7.oneOf[4].properties.token_lifetime_s.type,parentSchema:schema7.oneOf[4].properties.token_lifetime_s,data:data39};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(coerced30 !== undefined){
data39 = coerced30;
if(data !== undefined){
data["token_lifetime_s"] = coerced30;
}
}
}
if((typeof data39 == "number") && (isFinite(data39))){
if(data39 <= 0 || isNaN(data39)){
const err85 = {instancePath:instancePath+"/token_lifetime_s",schemaPath:"#/oneOf/4/properties/token_lifetime_s/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema7.oneOf[4].properties.token_lifetime_s,data:data39};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
}
else {
const err86 = {instancePath,schemaPath:"#/oneOf/4/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.oneOf[4].type,parentSchema:schema7.oneOf[4],data};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
else if(tag0 === "session"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.username_field === undefined){
data.username_field = "username";
}
if(data.password_field === undefined){
data.password_field = "password";
}
if(data.body_format === undefined){
data.body_format = "json";
}
if(data.token_path === undefined){
data.token_path = "token";
}
if(data.header === undefined){
data.header = "Authorization";
}
if(data.prefix === undefined){
data.prefix = "Bearer ";
}
if(data.refresh_margin_s === undefined){
data.refresh_margin_s = 60;
}
if(data.type === undefined){
const err87 = {instancePath,schemaPath:"#/oneOf/5/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema7.oneOf[5].required,parentSchema:schema7.oneOf[5],data};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(data.login_url === undefined){
const err88 = {instancePath,schemaPath:"#/oneOf/5/required",keyword:"required",params:{missingProperty: "login_url"},message:"must have required property '"+"login_url"+"'",schema:schema7.oneOf[5].required,parentSchema:schema7.oneOf[5],data};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(data.username === undefined){
const err89 = {instancePath,schemaPath:"#/oneOf/5/required",keyword:"required",params:{missingProperty: "username"},message:"must have required property '"+"username"+"'",schema:schema7.oneOf[5].required,parentSchema:schema7.oneOf[5],data};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(data.password === undefined){
const err90 = {instancePath,schemaPath:"#/oneOf/5/required",keyword:"required",params:{missingProperty: "password"},message:"must have required property '"+"password"+"'",schema:schema7.oneOf[5].required,parentSchema:schema7.oneOf[5],data};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
for(const key9 in data){
if(!(func2.call(schema7.oneOf[5].properties, key9))){
const err91 = {instancePath,schemaPath:"#/oneOf/5/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema7.oneOf[5],data};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data.type !== undefined){
let data40 = data.type;
if("session" !== data40){
const err92 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/5/properties/type/const",keyword:"const",params:{allowedValue: "session"},message:"must be equal to constant",schema:"session",parentSchema:schema7.oneOf[5].properties.type,data:data40};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data.login_url !== undefined){
let data41 = data.login_url;
if(typeof data41 !== "string"){
let dataType31 = typeof data41;
let coerced31 = undefined;
if(!(coerced31 !== undefined)){
if(dataType31 == "number" || dataType31 == "boolean"){
coerced31 = "" + data41;
}
else if(data41 === null){
coerced31 = "";
}
else {
const err93 = {instancePath:instancePath+"/login_url",schemaPath:"#/oneOf/5/properties/login_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.oneOf[5].properties.login_url.type,parentSchema:schema7.oneOf[5].properties.login_url,data:data41};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(coerced31 !== undefined){
data41 = coerced31;
if(data !== undefined){
data["login_url"] = coerced31;
}
}
}
if(typeof data41 === "string"){
if(func3(data41) < 1){
const err94 = {instancePath:instancePath+"/login_url",schemaPath:"#/oneOf/5/properties/login_url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema7.oneOf[5].properties.login_url,data:data41};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
if(data.username !== undefined){
let data42 = data.username;
if(typeof data42 !== "string"){
let dataType32 = typeof data42;
let coerced32 = undefined;
if(!(coerced32 !== undefined)){
if(dataType32 == "number" || dataType32 == "boolean"){
coerced32 = "" + data42;
}
else if(data42 === null){
coerced32 = "";
}
else {
const err95 = {instancePath:instancePath+"/username",schemaPath:"#/oneOf/5/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.oneOf[5].properties.username.type,parentSchema:schema7.oneOf[5].properties.username,data:data42};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(coerced32 !== undefined){
data42 = coerced32;
if(data !== undefined){
data["username"] = coerced32;
}
}
}
if(typeof data42 === "string"){
if(func3(data42) < 1){
const err96 = {instancePath:instancePath+"/username",schemaPath:"#/oneOf/5/properties/username/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema7.oneOf[5].properties.username,data:data42};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
}
if(data.password !== undefined){
let data43 = data.password;
if(typeof data43 !== "string"){
let dataType33 = typeof data43;
let coerced33 = undefined;
if(!(coerced33 !== undefined)){
if(dataType33 == "number" || dataType33 == "boolean"){
coerced33 = "" + data43;
}
else if(data43 === null){
coerced33 = "";
}
else {
const err97 = {instancePath:instancePath+"/password",schemaPath:"#/oneOf/5/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.oneOf[5].properties.password.type,parentSchema:schema7.oneOf[5].properties.password,data:data43};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(coerced33 !== undefined){
data43 = coerced33;
if(data !== undefined){
data["password"] = coerced33;
}
}
}
this.secrets.push(instancePath + "/password");
}
let data44 = data.username_field;
if(typeof data44 !== "string"){
let dataType34 = typeof data44;
let coerced34 = undefined;
if(!(coerced34 !== undefined)){
if(dataType34 == "number" || dataType34 == "boolean"){
coerced34 = "" + data44;
}
else if(data44 === null){
coerced34 = "";
}
else {
const err98 = {instancePath:instancePath+"/username_field",schemaPath:"#/oneOf/5/properties/username_field/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.oneOf[5].properties.username_field.type,parentSchema:schema7.oneOf[5].properties.username_field,data:data44};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(coerced34 !== undefined){
data44 = coerced34;
if(data !== undefined){
data["username_field"] = coerced34;
}
}
}
if(typeof data44 === "string"){
if(func3(data44) < 1){
const err99 = {instancePath:instancePath+"/username_field",schemaPath:"#/oneOf/5/properties/username_field/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema7.oneOf[5].properties.username_field,data:data44};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
let data45 = data.password_field;
if(typeof data45 !== "string"){
let dataType35 = typeof data45;
let coerced35 = undefined;
if(!(coerced35 !== undefined)){
if(dataType35 == "number" || dataType35 == "boolean"){
coerced35 = "" + data45;
}
else if(data45 === null){
coerced35 = "";
}
else {
const err100 = {instancePath:instancePath+"/password_field",schemaPath:"#/oneOf/5/properties/password_field/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.oneOf[5].properties.password_field.type,parentSchema:schema7.oneOf[5].properties.password_field,data:data45};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(coerced35 !== undefined){
data45 = coerced35;
if(data !== undefined){
data["password_field"] = coerced35;
}
}
}
if(typeof data45 === "string"){
if(func3(data45) < 1){
const err101 = {instancePath:instancePath+"/password_field",schemaPath:"#/oneOf/5/properties/password_field/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema7.oneOf[5].properties.password_field,data:data45};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
let data46 = data.body_format;
if(typeof data46 !== "string"){
let dataType36 = typeof data46;
let coerced36 = undefined;
if(!(coerced36 !== undefined)){
if(dataType36 == "number" || dataType36 == "boolean"){
coerced36 = "" + data46;
}
else if(data46 === null){
coerced36 = "";
}
else {
const err102 = {instancePath:instancePath+"/body_format",schemaPath:"#/oneOf/5/properties/body_format/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.oneOf[5].properties.body_format.type,parentSchema:schema7.oneOf[5].properties.body_format,data:data46};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(coerced36 !== undefined){
data46 = coerced36;
if(data !== undefined){
data["body_format"] = coerced36;
}
}
}
if(!((data46 === "json") || (data46 === "form"))){
const err103 = {instancePath:instancePath+"/body_format",schemaPath:"#/oneOf/5/properties/body_format/enum",keyword:"enum",params:{allowedValues: schema7.oneOf[5].properties.body_format.enum},message:"must be equal to one of the allowed values",schema:schema7.oneOf[5].properties.body_format.enum,parentSchema:schema7.oneOf[5].properties.body_format,data:data46};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
let data47 = data.token_path;
if(typeof data47 !== "string"){
let dataType37 = typeof data47;
let coerced37 = undefined;
if(!(coerced37 !== undefined)){
if(dataType37 == "number" || dataType37 == "boolean"){
coerced37 = "" + data47;
}
else if(data47 === null){
coerced37 = "";
}
else {
const err104 = {instancePath:instancePath+"/token_path",schemaPath:"#/oneOf/5/properties/token_path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.oneOf[5].properties.token_path.type,parentSchema:schema7.oneOf[5].properties.token_path,data:data47};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(coerced37 !== undefined){
data47 = coerced37;
if(data !== undefined){
data["token_path"] = coerced37;
}
}
}
if(typeof data47 === "string"){
if(func3(data47) < 1){
const err105 = {instancePath:instancePath+"/token_path",schemaPath:"#/oneOf/5/properties/token_path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema7.oneOf[5].properties.token_path,data:data47};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data.expires_in_path !== undefined){
let data48 = data.expires_in_path;
if(typeof data48 !== "string"){
let dataType38 = typeof data48;
let coerced38 = undefined;
if(!(coerced38 !== undefined)){
if(dataType38 == "number" || dataType38 == "boolean"){
coerced38 = "" + data48;
}
else if(data48 === null){
coerced38 = "";
}
else {
const err106 = {instancePath:instancePath+"/expires_in_path",schemaPath:"#/oneOf/5/properties/expires_in_path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.oneOf[5].properties.expires_in_path.type,parentSchema:schema7.oneOf[5].properties.expires_in_path,data:data48};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(coerced38 !== undefined){
data48 = coerced38;
if(data !== undefined){
data["expires_in_path"] = coerced38;
}
}
}
if(typeof data48 === "string"){
if(func3(data48) < 1){
const err107 = {instancePath:instancePath+"/expires_in_path",schemaPath:"#/oneOf/5/properties/expires_in_path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema7.oneOf[5].properties.expires_in_path,data:data48};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
if(data.token_headers !== undefined){
let data49 = data.token_headers;
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
for(const key10 in data49){
let data50 = data49[key10];
if(((typeof data50 !== "string") && (!((typeof data50 == "number") && (isFinite(data50))))) && (typeof data50 !== "boolean")){
let dataType39 = typeof data50;
let coerced39 = undefined;
if(!(coerced39 !== undefined)){
if(dataType39 == "number" || dataType39 == "boolean"){
coerced39 = "" + data50;
}
else if(data50 === null){
coerced39 = "";
}
else if(dataType39 == "boolean" || data50 === null
              || (dataType39 == "string" && data50 && data50 == +data50)){
coerced39 = +data50;
}
else if(data50 === "false" || data50 === 0 || data50 === null){
coerced39 = false;
}
else if(data50 === "true" || data50 === 1){
coerced39 = true;
}
else {
const err108 = {instancePath:instancePath+"/token_headers/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/oneOf/5/properties/token_headers/additionalProperties/type",keyword:"type",params:{type: schema7.oneOf[5].properties.token_headers.additionalProperties.type},message:"must be string,number,boolean",schema:schema7.oneOf[5].properties.token_headers.additionalProperties.type,parentSchema:schema7.oneOf[5].properties.token_headers.additionalProperties,data:data50};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(coerced39 !== undefined){
data50 = coerced39;
if(data49 !== undefined){
data49[key10] = coerced39;
}
}
}
}
}
else {
const err109 = {instancePath:instancePath+"/token_headers",schemaPath:"#/oneOf/5/properties/token_headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.oneOf[5].properties.token_headers.type,parentSchema:schema7.oneOf[5].properties.token_headers,data:data49};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
let data51 = data.header;
if(typeof data51 !== "string"){
let dataType40 = typeof data51;
let coerced40 = undefined;
if(!(coerced40 !== undefined)){
if(dataType40 == "number" || dataType40 == "boolean"){
coerced40 = "" + data51;
}
else if(data51 === null){
coerced40 = "";
}
else {
const err110 = {instancePath:instancePath+"/header",schemaPath:"#/oneOf/5/properties/header/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.oneOf[5].properties.header.type,parentSchema:schema7.oneOf[5].properties.header,data:data51};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(coerced40 !== undefined){
data51 = coerced40;
if(data !== undefined){
data["header"] = coerced40;
}
}
}
if(typeof data51 === "string"){
if(func3(data51) < 1){
const err111 = {instancePath:instancePath+"/header",schemaPath:"#/oneOf/5/properties/header/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema7.oneOf[5].properties.header,data:data51};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
let data52 = data.prefix;
if(typeof data52 !== "string"){
let dataType41 = typeof data52;
let coerced41 = undefined;
if(!(coerced41 !== undefined)){
if(dataType41 == "number" || dataType41 == "boolean"){
coerced41 = "" + data52;
}
else if(data52 === null){
coerced41 = "";
}
else {
const err112 = {instancePath:instancePath+"/prefix",schemaPath:"#/oneOf/5/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.oneOf[5].properties.prefix.type,parentSchema:schema7.oneOf[5].properties.prefix,data:data52};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(coerced41 !== undefined){
data52 = coerced41;
if(data !== undefined){
data["prefix"] = coerced41;
}
}
}
let data53 = data.refresh_margin_s;
if(!((typeof data53 == "number") && (isFinite(data53)))){
let dataType42 = typeof data53;
let coerced42 = undefined;
if(!(coerced42 !== undefined)){
if(dataType42 == "boolean" || data53 === null
              || (dataType42 == "string" && data53 && data53 == +data53)){
coerced42 = +data53;
}
else {
const err113 = {instancePath:instancePath+"/refresh_margin_s",schemaPath:"#/oneOf/5/properties/refresh_margin_s/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema7.oneOf[5].properties.refresh_margin_s.type,parentSchema:schema7.oneOf[5].properties.refresh_margin_s,data:data53};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(coerced42 !== undefined){
data53 = coerced42;
if(data !== undefined){
data["refresh_margin_s"] = coerced42;
}
}
}
if((typeof data53 == "number") && (isFinite(data53))){
if(data53 < 0 || isNaN(data53)){
const err114 = {instancePath:instancePath+"/refresh_margin_s",schemaPath:"#/oneOf/5/properties/refresh_margin_s/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema7.oneOf[5].properties.refresh_margin_s,data:data53};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data.token_lifetime_s !== undefined){
let data54 = data.token_lifetime_s;
if(!((typeof data54 == "number") && (isFinite(data54)))){
let dataType43 = typeof data54;
let coerced43 = undefined;
if(!(coerced43 !== undefined)){
if(dataType43 == "boolean" || data54 === null
              || (dataType43 == "string" && data54 && data54 == +data54)){
coerced43 = +data54;
}
else {
const err115 = {instancePath:instancePath+"/token_lifetime_s",schemaPath:"#/oneOf/5/properties/token_lifetime_s/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema7.oneOf[5].properties.token_lifetime_s.type,parentSchema:schema7.oneOf[5].properties.token_lifetime_s,data:data54};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(coerced43 !== undefined){
data54 = coerced43;
if(data !== undefined){
data["token_lifetime_s"] = coerced43;
}
}
}
if((typeof data54 == "number") && (isFinite(data54))){
if(data54 <= 0 || isNaN(data54)){
const err116 = {instancePath:instancePath+"/token_lifetime_s",schemaPath:"#/oneOf/5/properties/token_lifetime_s/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema7.oneOf[5].properties.token_lifetime_s,data:data54};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
}
}
else {
const err117 = {instancePath,schemaPath:"#/oneOf/5/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.oneOf[5].type,parentSchema:schema7.oneOf[5],data};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
else {
const err118 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0},message:"value of tag \"type\" must be in oneOf",schema:schema7.discriminator,parentSchema:schema7,data};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
else {
const err119 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0},message:"tag \"type\" must be string",schema:schema7.discriminator,parentSchema:schema7,data};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
else {
const err120 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.type,parentSchema:schema7,data};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}

const schema8 = {"description":"Request budget of the connection, shared by every stream that uses it. Limits combine: a request waits until all of them allow it.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"interval_ms":{"description":"At least this long between the starts of two requests, e.g. `500`.","type":"integer","minimum":1},"requests_per_second":{"description":"Token bucket: at most this many requests per second on average (fractions allowed).","type":"number","exclusiveMinimum":0},"requests_per_minute":{"description":"Token bucket: at most this many requests per minute on average.","type":"number","exclusiveMinimum":0},"burst":{"description":"Requests the token buckets allow back to back before the average rate applies.","type":"integer","minimum":1,"default":1},"max_concurrent":{"description":"At most this many requests in flight at once.","type":"integer","minimum":1}}};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.burst === undefined){
data.burst = 1;
}
if(Object.keys(data).length < 1){
const err0 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema8,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "interval_ms") || (key0 === "requests_per_second")) || (key0 === "requests_per_minute")) || (key0 === "burst")) || (key0 === "max_concurrent"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema8,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.interval_ms !== undefined){
let data0 = data.interval_ms;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 === "boolean" || data0 === null
              || (dataType0 === "string" && data0 && data0 == +data0 && !(data0 % 1))){
coerced0 = +data0;
}
else {
const err2 = {instancePath:instancePath+"/interval_ms",schemaPath:"#/properties/interval_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema8.properties.interval_ms.type,parentSchema:schema8.properties.interval_ms,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["interval_ms"] = coerced0;
}
}
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/interval_ms",schemaPath:"#/properties/interval_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema8.properties.interval_ms,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.requests_per_second !== undefined){
let data1 = data.requests_per_second;
if(!((typeof data1 == "number") && (isFinite(data1)))){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "boolean" || data1 === null
              || (dataType1 == "string" && data1 && data1 == +data1)){
coerced1 = +data1;
}
else {
const err4 = {instancePath:instancePath+"/requests_per_second",schemaPath:"#/properties/requests_per_second/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema8.properties.requests_per_second.type,parentSchema:schema8.properties.requests_per_second,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["requests_per_second"] = coerced1;
}
}
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 <= 0 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/requests_per_second",schemaPath:"#/properties/requests_per_second/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema8.properties.requests_per_second,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.requests_per_minute !== undefined){
let data2 = data.requests_per_minute;
if(!((typeof data2 == "number") && (isFinite(data2)))){
let dataType2 = typeof data2;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 == "boolean" || data2 === null
              || (dataType2 == "string" && data2 && data2 == +data2)){
coerced2 = +data2;
}
else {
const err6 = {instancePath:instancePath+"/requests_per_minute",schemaPath:"#/properties/requests_per_minute/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema8.properties.requests_per_minute.type,parentSchema:schema8.properties.requests_per_minute,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["requests_per_minute"] = coerced2;
}
}
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 <= 0 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/requests_per_minute",schemaPath:"#/properties/requests_per_minute/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema8.properties.requests_per_minute,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
let data3 = data.burst;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
let dataType3 = typeof data3;
let coerced3 = undefined;
if(!(coerced3 !== undefined)){
if(dataType3 === "boolean" || data3 === null
              || (dataType3 === "string" && data3 && data3 == +data3 && !(data3 % 1))){
coerced3 = +data3;
}
else {
const err8 = {instancePath:instancePath+"/burst",schemaPath:"#/properties/burst/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema8.properties.burst.type,parentSchema:schema8.properties.burst,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(coerced3 !== undefined){
data3 = coerced3;
if(data !== undefined){
data["burst"] = coerced3;
}
}
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err9 = {instancePath:instancePath+"/burst",schemaPath:"#/properties/burst/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema8.properties.burst,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.max_concurrent !== undefined){
let data4 = data.max_concurrent;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
let dataType4 = typeof data4;
let coerced4 = undefined;
if(!(coerced4 !== undefined)){
if(dataType4 === "boolean" || data4 === null
              || (dataType4 === "string" && data4 && data4 == +data4 && !(data4 % 1))){
coerced4 = +data4;
}
else {
const err10 = {instancePath:instancePath+"/max_concurrent",schemaPath:"#/properties/max_concurrent/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema8.properties.max_concurrent.type,parentSchema:schema8.properties.max_concurrent,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(coerced4 !== undefined){
data4 = coerced4;
if(data !== undefined){
data["max_concurrent"] = coerced4;
}
}
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err11 = {instancePath:instancePath+"/max_concurrent",schemaPath:"#/properties/max_concurrent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema8.properties.max_concurrent,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema8.type,parentSchema:schema8,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}

const schema9 = {"description":"Stops calling an API that keeps failing: after `failures` consecutive failed attempts (network error, timeout, 5xx) every request of the connection fails at once for `cooldown_ms`; then one trial request decides whether it closes again.","type":"object","additionalProperties":false,"properties":{"failures":{"description":"Consecutive failed attempts that open the circuit.","type":"integer","minimum":1,"default":5},"cooldown_ms":{"description":"How long an open circuit fails requests before letting a trial through.","type":"integer","minimum":1,"default":30000}}};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.failures === undefined){
data.failures = 5;
}
if(data.cooldown_ms === undefined){
data.cooldown_ms = 30000;
}
for(const key0 in data){
if(!((key0 === "failures") || (key0 === "cooldown_ms"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema9,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
let data0 = data.failures;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 === "boolean" || data0 === null
              || (dataType0 === "string" && data0 && data0 == +data0 && !(data0 % 1))){
coerced0 = +data0;
}
else {
const err1 = {instancePath:instancePath+"/failures",schemaPath:"#/properties/failures/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema9.properties.failures.type,parentSchema:schema9.properties.failures,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["failures"] = coerced0;
}
}
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/failures",schemaPath:"#/properties/failures/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema9.properties.failures,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
let data1 = data.cooldown_ms;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 === "boolean" || data1 === null
              || (dataType1 === "string" && data1 && data1 == +data1 && !(data1 % 1))){
coerced1 = +data1;
}
else {
const err3 = {instancePath:instancePath+"/cooldown_ms",schemaPath:"#/properties/cooldown_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema9.properties.cooldown_ms.type,parentSchema:schema9.properties.cooldown_ms,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["cooldown_ms"] = coerced1;
}
}
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/cooldown_ms",schemaPath:"#/properties/cooldown_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema9.properties.cooldown_ms,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.type,parentSchema:schema9,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}

const schema10 = {"description":"Sends the requests for a host to another origin, like curl `--connect-to` (e.g. `{ \"acme.myshopify.com\": \"http://127.0.0.1:8081\" }` to run against a local fake or a staging proxy): URLs, next-page links and messages keep the real host, which the request carries in `X-Forwarded-Host` (and the scheme in `X-Forwarded-Proto`). Token and login requests of the connection follow it too.","type":"object","propertyNames":{"minLength":1},"additionalProperties":{"type":"string","format":"http-url"}};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
const _errs1 = errors;
if(typeof key0 === "string"){
if(func3(key0) < 1){
const err0 = {instancePath,schemaPath:"#/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema10.propertyNames,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var valid0 = _errs1 === errors;
if(!valid0){
const err1 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema10.propertyNames,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
for(const key1 in data){
let data0 = data[key1];
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err2 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.additionalProperties.type,parentSchema:schema10.additionalProperties,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data[key1] = coerced0;
}
}
}
if(typeof data0 === "string"){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/format",keyword:"format",params:{format: "http-url"},message:"must match format \""+"http-url"+"\"",schema:"http-url",parentSchema:schema10.additionalProperties,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.type,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}

const pattern0 = new RegExp("^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.timeout_ms === undefined){
data.timeout_ms = 30000;
}
if(data.retries === undefined){
data.retries = 3;
}
if(data.retry_delay_ms === undefined){
data.retry_delay_ms = 1000;
}
if(data.retry_max_delay_ms === undefined){
data.retry_max_delay_ms = 60000;
}
if(data.base_url === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "base_url"},message:"must have required property '"+"base_url"+"'",schema:schema6.required,parentSchema:schema6,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema6.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema6,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.type.type,parentSchema:schema6.properties.type,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["type"] = coerced0;
}
}
}
}
if(data.base_url !== undefined){
let data1 = data.base_url;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
const err3 = {instancePath:instancePath+"/base_url",schemaPath:"#/properties/base_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.base_url.type,parentSchema:schema6.properties.base_url,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["base_url"] = coerced1;
}
}
}
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err4 = {instancePath:instancePath+"/base_url",schemaPath:"#/properties/base_url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema6.properties.base_url,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(formats0.validate(data1))){
const err5 = {instancePath:instancePath+"/base_url",schemaPath:"#/properties/base_url/format",keyword:"format",params:{format: "http-url"},message:"must match format \""+"http-url"+"\"",schema:"http-url",parentSchema:schema6.properties.base_url,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.auth !== undefined){
if(!(validate22.call(this, data.auth, {instancePath:instancePath+"/auth",parentData:data,parentDataProperty:"auth",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.headers !== undefined){
let data3 = data.headers;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
let data4 = data3[key1];
if(((typeof data4 !== "string") && (!((typeof data4 == "number") && (isFinite(data4))))) && (typeof data4 !== "boolean")){
let dataType2 = typeof data4;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data4;
}
else if(data4 === null){
coerced2 = "";
}
else if(dataType2 == "boolean" || data4 === null
              || (dataType2 == "string" && data4 && data4 == +data4)){
coerced2 = +data4;
}
else if(data4 === "false" || data4 === 0 || data4 === null){
coerced2 = false;
}
else if(data4 === "true" || data4 === 1){
coerced2 = true;
}
else {
const err6 = {instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/headers/additionalProperties/type",keyword:"type",params:{type: schema6.properties.headers.additionalProperties.type},message:"must be string,number,boolean",schema:schema6.properties.headers.additionalProperties.type,parentSchema:schema6.properties.headers.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(coerced2 !== undefined){
data4 = coerced2;
if(data3 !== undefined){
data3[key1] = coerced2;
}
}
}
}
}
else {
const err7 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.headers.type,parentSchema:schema6.properties.headers,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
let data5 = data.timeout_ms;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
let dataType3 = typeof data5;
let coerced3 = undefined;
if(!(coerced3 !== undefined)){
if(dataType3 === "boolean" || data5 === null
              || (dataType3 === "string" && data5 && data5 == +data5 && !(data5 % 1))){
coerced3 = +data5;
}
else {
const err8 = {instancePath:instancePath+"/timeout_ms",schemaPath:"#/properties/timeout_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema6.properties.timeout_ms.type,parentSchema:schema6.properties.timeout_ms,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(coerced3 !== undefined){
data5 = coerced3;
if(data !== undefined){
data["timeout_ms"] = coerced3;
}
}
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
const err9 = {instancePath:instancePath+"/timeout_ms",schemaPath:"#/properties/timeout_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema6.properties.timeout_ms,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.timeout !== undefined){
let data6 = data.timeout;
if(typeof data6 !== "string"){
let dataType4 = typeof data6;
let coerced4 = undefined;
if(!(coerced4 !== undefined)){
if(dataType4 == "number" || dataType4 == "boolean"){
coerced4 = "" + data6;
}
else if(data6 === null){
coerced4 = "";
}
else {
const err10 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.timeout.type,parentSchema:schema6.properties.timeout,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(coerced4 !== undefined){
data6 = coerced4;
if(data !== undefined){
data["timeout"] = coerced4;
}
}
}
if(typeof data6 === "string"){
if(!pattern0.test(data6)){
const err11 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$",parentSchema:schema6.properties.timeout,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
let data7 = data.retries;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
let dataType5 = typeof data7;
let coerced5 = undefined;
if(!(coerced5 !== undefined)){
if(dataType5 === "boolean" || data7 === null
              || (dataType5 === "string" && data7 && data7 == +data7 && !(data7 % 1))){
coerced5 = +data7;
}
else {
const err12 = {instancePath:instancePath+"/retries",schemaPath:"#/properties/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema6.properties.retries.type,parentSchema:schema6.properties.retries,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(coerced5 !== undefined){
data7 = coerced5;
if(data !== undefined){
data["retries"] = coerced5;
}
}
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 10 || isNaN(data7)){
const err13 = {instancePath:instancePath+"/retries",schemaPath:"#/properties/retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema6.properties.retries,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err14 = {instancePath:instancePath+"/retries",schemaPath:"#/properties/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema6.properties.retries,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
let data8 = data.retry_delay_ms;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
let dataType6 = typeof data8;
let coerced6 = undefined;
if(!(coerced6 !== undefined)){
if(dataType6 === "boolean" || data8 === null
              || (dataType6 === "string" && data8 && data8 == +data8 && !(data8 % 1))){
coerced6 = +data8;
}
else {
const err15 = {instancePath:instancePath+"/retry_delay_ms",schemaPath:"#/properties/retry_delay_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema6.properties.retry_delay_ms.type,parentSchema:schema6.properties.retry_delay_ms,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(coerced6 !== undefined){
data8 = coerced6;
if(data !== undefined){
data["retry_delay_ms"] = coerced6;
}
}
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err16 = {instancePath:instancePath+"/retry_delay_ms",schemaPath:"#/properties/retry_delay_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema6.properties.retry_delay_ms,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
let data9 = data.retry_max_delay_ms;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
let dataType7 = typeof data9;
let coerced7 = undefined;
if(!(coerced7 !== undefined)){
if(dataType7 === "boolean" || data9 === null
              || (dataType7 === "string" && data9 && data9 == +data9 && !(data9 % 1))){
coerced7 = +data9;
}
else {
const err17 = {instancePath:instancePath+"/retry_max_delay_ms",schemaPath:"#/properties/retry_max_delay_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema6.properties.retry_max_delay_ms.type,parentSchema:schema6.properties.retry_max_delay_ms,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(coerced7 !== undefined){
data9 = coerced7;
if(data !== undefined){
data["retry_max_delay_ms"] = coerced7;
}
}
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err18 = {instancePath:instancePath+"/retry_max_delay_ms",schemaPath:"#/properties/retry_max_delay_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema6.properties.retry_max_delay_ms,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.rate_limit !== undefined){
if(!(validate24.call(this, data.rate_limit, {instancePath:instancePath+"/rate_limit",parentData:data,parentDataProperty:"rate_limit",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.circuit_breaker !== undefined){
if(!(validate26.call(this, data.circuit_breaker, {instancePath:instancePath+"/circuit_breaker",parentData:data,parentDataProperty:"circuit_breaker",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data.hosts !== undefined){
if(!(validate28.call(this, data.hosts, {instancePath:instancePath+"/hosts",parentData:data,parentDataProperty:"hosts",rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.type,parentSchema:schema6,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}

const validate_1 = validate30;
const schema11 = {"type":"object","additionalProperties":false,"required":["path"],"properties":{"connection":{"type":"string"},"path":{"description":"Path appended to the connection's `base_url`, e.g. `/customers`; may use runtime references such as `${parent.id}`.","type":"string","minLength":1,"x-runtime-template":true},"method":{"description":"HTTP method.","type":"string","enum":["GET","POST"],"default":"GET"},"params":{"type":"object","additionalProperties":{"type":["string","number","boolean"]},"description":"Query parameters. Values may use runtime references, e.g. `updated_since: ${cursor}`; a parameter whose value is only a reference to nothing (no cursor yet) is left out.","x-runtime-template":true},"headers":{"type":"object","additionalProperties":{"type":["string","number","boolean"]},"description":"Extra headers for this stream; may use runtime references.","x-runtime-template":true},"body":{"description":"JSON body sent with `method: POST`; strings may use runtime references.","type":["object","array"],"tsType":"Record<string, unknown> | unknown[]","x-runtime-template":true},"format":{"description":"How the response body is decoded: `json`, `jsonl` (one JSON record per line), `csv` (a header row, then one record per row; values are text) or `tsv` (tab-separated lines with a header line, no quoting, as SP-API flat-file reports).","type":"string","enum":["json","jsonl","csv","tsv"],"default":"json"},"csv_delimiter":{"description":"Field delimiter of a `csv` response.","type":"string","minLength":1,"maxLength":1,"default":","},"records_path":{"description":"Dot path of the records array in a JSON response, e.g. `data`, `value` or `payload.Orders`. Omit when the body is the array. A key that contains dots (`@odata.nextLink`) is found as a whole.","type":"string","minLength":1},"pagination":{"$ref":"#/$defs/x-hoisted-0"},"since":{"$ref":"#/$defs/x-hoisted-2"},"report":{"$ref":"#/$defs/x-hoisted-5"},"response_cache":{"$ref":"#/$defs/x-hoisted-6"},"ids_split":{"description":"For an `ids` run whose options take all ids at once (`${ids}`, `${ids_csv}`, e.g. in `strategies.ids.source`): the ids are sent in several requests, each with at most `max_ids` ids and a first URL of at most `max_url_length` characters. Each request is paginated like the stream.","type":"object","additionalProperties":false,"default":{},"properties":{"max_ids":{"description":"Most ids in one request.","type":"integer","minimum":1,"default":100},"max_url_length":{"description":"Longest URL, in characters, of the first request of each group (many servers refuse more than 8 KB); a lone id that is longer still gets its request.","type":"integer","minimum":100,"default":8000}}}},"$defs":{"x-hoisted-0":{"description":"How to walk pages. Omit for a single request. `type` picks the style.","type":"object","required":["type"],"discriminator":{"propertyName":"type"},"oneOf":[{"title":"NoPagination","description":"One request.","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"const":"none"}}},{"title":"PagePagination","description":"Sends a page number that grows by one: `?page=1`, `?page=2`, ...","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"const":"page"},"page_param":{"description":"Query parameter of the page number.","type":"string","minLength":1,"default":"page"},"start_page":{"description":"Number of the first page.","type":"integer","minimum":0,"default":1},"size_param":{"description":"Query parameter of the page size (`per_page`, `limit`, `$top`, ...); the size is not sent without it.","type":"string","minLength":1},"size":{"description":"Records per page asked for; also how a short page is recognised. A server may send fewer (a cap): a short page ends the read only when it is shorter than an earlier page and no has-more or total signal says otherwise.","type":"integer","minimum":1,"default":100},"size_honoured":{"description":"The server never sends fewer than `size` records on a page that is not the last (it refuses a larger `size` rather than capping it, as Ploomes does): a short page, even the first, then ends the read at once. Without it, a short first page is checked with one more request, which must come back empty.","type":"boolean","default":false},"speculate":{"description":"Without a total in the response: while pages come back full, request up to `read_ahead` pages ahead anyway (within the connection's `rate_limit`), so that several requests are in flight. The requests past the end come back empty and are dropped: at most `read_ahead - 1` spent for nothing per read. Without it, pages ahead are requested only when `total_path` or `total_pages_path` says how many there are.","type":"boolean","default":false},"stop_when":{"description":"When to stop besides the style's own end: `empty_page` (a page with no records), `short_page` (fewer records than `size` and than an earlier page, while no has-more flag or total says there is more), `has_more` (the flag at `has_more_path` is false or missing), `total` (`total_path` records or `total_pages_path` pages reached), `repeated_page` (a page that holds the same records as the one before, from an API that ignores the page parameter and answers everything every time: that page is dropped). Several may be listed. A page that would end the read while the response says there is more (a has-more flag that is true, a total not reached) fails the stream instead.","type":"array","items":{"type":"string","enum":["empty_page","short_page","has_more","total","repeated_page"]},"minItems":1,"default":["short_page","empty_page"]},"has_more_path":{"description":"Dot path of a \"more pages\" flag in the response body, e.g. `hasMore`. When true, a short page does not end the read and a missing next-page token fails it. Without it, a top-level `has_more` or `hasMore` that is `true` counts the same way.","type":"string","minLength":1},"total_path":{"description":"Dot path of the total record count in the response body, e.g. `totalCount`. Until it is reached, a short page does not end the read and a page that cannot be followed fails it.","type":"string","minLength":1},"total_pages_path":{"description":"Dot path of the total page count in the response body, e.g. `pagination.total_pages`; read like `total_path`.","type":"string","minLength":1},"max_pages":{"description":"Loop guard: the read stops after this many pages (see `on_guard`).","type":"integer","minimum":1,"default":10000},"on_guard":{"description":"What a loop guard does when it trips (`max_pages` reached, the same next-page token or URL twice): `fail` fails the stream, which keeps its cursor; `warn` ends the read with a warning and the stream succeeds (an unordered incremental stream keeps its cursor).","type":"string","enum":["fail","warn"],"default":"fail"}}},{"title":"OffsetPagination","description":"Sends the number of records already read: `?offset=0`, `?offset=100`, ... (OData: `$skip` with `$top`).","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"const":"offset"},"offset_param":{"description":"Query parameter of the offset.","type":"string","minLength":1,"default":"offset"},"size_param":{"description":"Query parameter of the page size (`per_page`, `limit`, `$top`, ...); the size is not sent without it.","type":"string","minLength":1},"size":{"description":"Records per page asked for; also how a short page is recognised. A server may send fewer (a cap): a short page ends the read only when it is shorter than an earlier page and no has-more or total signal says otherwise.","type":"integer","minimum":1,"default":100},"size_honoured":{"description":"The server never sends fewer than `size` records on a page that is not the last (it refuses a larger `size` rather than capping it, as Ploomes does): a short page, even the first, then ends the read at once. Without it, a short first page is checked with one more request, which must come back empty.","type":"boolean","default":false},"speculate":{"description":"Without a total in the response: while pages come back full, request up to `read_ahead` pages ahead anyway (within the connection's `rate_limit`), so that several requests are in flight. The requests past the end come back empty and are dropped: at most `read_ahead - 1` spent for nothing per read. Without it, pages ahead are requested only when `total_path` or `total_pages_path` says how many there are.","type":"boolean","default":false},"stop_when":{"description":"When to stop besides the style's own end: `empty_page` (a page with no records), `short_page` (fewer records than `size` and than an earlier page, while no has-more flag or total says there is more), `has_more` (the flag at `has_more_path` is false or missing), `total` (`total_path` records or `total_pages_path` pages reached), `repeated_page` (a page that holds the same records as the one before, from an API that ignores the page parameter and answers everything every time: that page is dropped). Several may be listed. A page that would end the read while the response says there is more (a has-more flag that is true, a total not reached) fails the stream instead.","type":"array","items":{"type":"string","enum":["empty_page","short_page","has_more","total","repeated_page"]},"minItems":1,"default":["short_page","empty_page"]},"has_more_path":{"description":"Dot path of a \"more pages\" flag in the response body, e.g. `hasMore`. When true, a short page does not end the read and a missing next-page token fails it. Without it, a top-level `has_more` or `hasMore` that is `true` counts the same way.","type":"string","minLength":1},"total_path":{"description":"Dot path of the total record count in the response body, e.g. `totalCount`. Until it is reached, a short page does not end the read and a page that cannot be followed fails it.","type":"string","minLength":1},"total_pages_path":{"description":"Dot path of the total page count in the response body, e.g. `pagination.total_pages`; read like `total_path`.","type":"string","minLength":1},"max_pages":{"description":"Loop guard: the read stops after this many pages (see `on_guard`).","type":"integer","minimum":1,"default":10000},"on_guard":{"description":"What a loop guard does when it trips (`max_pages` reached, the same next-page token or URL twice): `fail` fails the stream, which keeps its cursor; `warn` ends the read with a warning and the stream succeeds (an unordered incremental stream keeps its cursor).","type":"string","enum":["fail","warn"],"default":"fail"}}},{"title":"CursorPagination","description":"Sends back a token until there is none: one found in the response body (`NextToken`, `continueFrom`, ...), or a field of the last record of the page (`starting_after` APIs).","type":"object","additionalProperties":false,"required":["type","token_param"],"properties":{"type":{"const":"cursor"},"token_from":{"description":"Where the next-page token comes from: `body` (at `token_path` in the response; no token ends the read) or `last_record` (the `token_field` of the page's last record, for Stripe's `starting_after` and other \"after id\" APIs; an empty page ends the read).","type":"string","enum":["body","last_record"],"default":"body"},"token_path":{"description":"Dot path of the next-page token in the response body, e.g. `payload.NextToken`. Needed with `token_from: body`.","type":"string","minLength":1},"token_field":{"description":"With `token_from: last_record`: dot path of the token in the last record of the page.","type":"string","minLength":1,"default":"id"},"token_param":{"description":"Query parameter that carries the token on the next request, e.g. `NextToken`, `from` or `starting_after`.","type":"string","minLength":1},"keep_params":{"description":"On the pages after the first, send only these of the stream's query parameters beside the token (SP-API getOrders takes only `MarketplaceIds` with `NextToken`). Omit to send them all again.","type":"array","items":{"type":"string","minLength":1}},"size_param":{"description":"Query parameter of the page size (`per_page`, `limit`, `$top`, ...); the size is not sent without it.","type":"string","minLength":1},"size":{"description":"Records per page asked for; also how a short page is recognised. A server may send fewer (a cap): a short page ends the read only when it is shorter than an earlier page and no has-more or total signal says otherwise.","type":"integer","minimum":1,"default":100},"size_honoured":{"description":"The server never sends fewer than `size` records on a page that is not the last (it refuses a larger `size` rather than capping it, as Ploomes does): a short page, even the first, then ends the read at once. Without it, a short first page is checked with one more request, which must come back empty.","type":"boolean","default":false},"stop_when":{"description":"When to stop besides the style's own end: `empty_page` (a page with no records), `short_page` (fewer records than `size` and than an earlier page, while no has-more flag or total says there is more), `has_more` (the flag at `has_more_path` is false or missing), `total` (`total_path` records or `total_pages_path` pages reached), `repeated_page` (a page that holds the same records as the one before, from an API that ignores the page parameter and answers everything every time: that page is dropped). Several may be listed. A page that would end the read while the response says there is more (a has-more flag that is true, a total not reached) fails the stream instead.","type":"array","items":{"type":"string","enum":["empty_page","short_page","has_more","total","repeated_page"]},"default":[]},"has_more_path":{"description":"Dot path of a \"more pages\" flag in the response body, e.g. `hasMore`. When true, a short page does not end the read and a missing next-page token fails it. Without it, a top-level `has_more` or `hasMore` that is `true` counts the same way.","type":"string","minLength":1},"total_path":{"description":"Dot path of the total record count in the response body, e.g. `totalCount`. Until it is reached, a short page does not end the read and a page that cannot be followed fails it.","type":"string","minLength":1},"total_pages_path":{"description":"Dot path of the total page count in the response body, e.g. `pagination.total_pages`; read like `total_path`.","type":"string","minLength":1},"max_pages":{"description":"Loop guard: the read stops after this many pages (see `on_guard`).","type":"integer","minimum":1,"default":10000},"on_guard":{"description":"What a loop guard does when it trips (`max_pages` reached, the same next-page token or URL twice): `fail` fails the stream, which keeps its cursor; `warn` ends the read with a warning and the stream succeeds (an unordered incremental stream keeps its cursor).","type":"string","enum":["fail","warn"],"default":"fail"}},"if":{"properties":{"token_from":{"const":"last_record"}},"required":["token_from"]},"else":{"required":["token_path"]}},{"title":"NextUrlPagination","description":"Follows a next-page URL found in the response body (`@odata.nextLink`, `links.next`, ...) until there is none.","type":"object","additionalProperties":false,"required":["type","next_url_path"],"properties":{"type":{"const":"next_url"},"next_url_path":{"description":"Dot path of the next page's URL in the response body.","type":"string","minLength":1},"stop_when":{"description":"When to stop besides the style's own end: `empty_page` (a page with no records), `short_page` (fewer records than `size` and than an earlier page, while no has-more flag or total says there is more), `has_more` (the flag at `has_more_path` is false or missing), `total` (`total_path` records or `total_pages_path` pages reached), `repeated_page` (a page that holds the same records as the one before, from an API that ignores the page parameter and answers everything every time: that page is dropped). Several may be listed. A page that would end the read while the response says there is more (a has-more flag that is true, a total not reached) fails the stream instead.","type":"array","items":{"type":"string","enum":["empty_page","short_page","has_more","total","repeated_page"]},"default":[]},"has_more_path":{"description":"Dot path of a \"more pages\" flag in the response body, e.g. `hasMore`. When true, a short page does not end the read and a missing next-page token fails it. Without it, a top-level `has_more` or `hasMore` that is `true` counts the same way.","type":"string","minLength":1},"total_path":{"description":"Dot path of the total record count in the response body, e.g. `totalCount`. Until it is reached, a short page does not end the read and a page that cannot be followed fails it.","type":"string","minLength":1},"total_pages_path":{"description":"Dot path of the total page count in the response body, e.g. `pagination.total_pages`; read like `total_path`.","type":"string","minLength":1},"max_pages":{"description":"Loop guard: the read stops after this many pages (see `on_guard`).","type":"integer","minimum":1,"default":10000},"on_guard":{"description":"What a loop guard does when it trips (`max_pages` reached, the same next-page token or URL twice): `fail` fails the stream, which keeps its cursor; `warn` ends the read with a warning and the stream succeeds (an unordered incremental stream keeps its cursor).","type":"string","enum":["fail","warn"],"default":"fail"}}},{"title":"LinkHeaderPagination","description":"Follows the `rel=\"next\"` URL of the `Link` response header (e.g. Shopify) until there is none.","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"const":"link_header"},"rel":{"description":"The link relation to follow.","type":"string","minLength":1,"default":"next"},"stop_when":{"description":"When to stop besides the style's own end: `empty_page` (a page with no records), `short_page` (fewer records than `size` and than an earlier page, while no has-more flag or total says there is more), `has_more` (the flag at `has_more_path` is false or missing), `total` (`total_path` records or `total_pages_path` pages reached), `repeated_page` (a page that holds the same records as the one before, from an API that ignores the page parameter and answers everything every time: that page is dropped). Several may be listed. A page that would end the read while the response says there is more (a has-more flag that is true, a total not reached) fails the stream instead.","type":"array","items":{"type":"string","enum":["empty_page","short_page","has_more","total","repeated_page"]},"default":[]},"has_more_path":{"description":"Dot path of a \"more pages\" flag in the response body, e.g. `hasMore`. When true, a short page does not end the read and a missing next-page token fails it. Without it, a top-level `has_more` or `hasMore` that is `true` counts the same way.","type":"string","minLength":1},"total_path":{"description":"Dot path of the total record count in the response body, e.g. `totalCount`. Until it is reached, a short page does not end the read and a page that cannot be followed fails it.","type":"string","minLength":1},"total_pages_path":{"description":"Dot path of the total page count in the response body, e.g. `pagination.total_pages`; read like `total_path`.","type":"string","minLength":1},"max_pages":{"description":"Loop guard: the read stops after this many pages (see `on_guard`).","type":"integer","minimum":1,"default":10000},"on_guard":{"description":"What a loop guard does when it trips (`max_pages` reached, the same next-page token or URL twice): `fail` fails the stream, which keeps its cursor; `warn` ends the read with a warning and the stream succeeds (an unordered incremental stream keeps its cursor).","type":"string","enum":["fail","warn"],"default":"fail"}}}]},"x-hoisted-1":{"description":"How the cursor is written: `raw` (as stored), `iso` (`2024-05-01T12:00:00Z`), `iso_date` (`2024-05-01`), `unix` (seconds), `unix_ms`, or a pattern of `%Y %m %d %H %M %S %L` (milliseconds) `%z` (`+0000`) `%%`, e.g. `%Y-%m-%dT%H:%M:%S`. Default `raw`.","type":"string","pattern":"^(raw|iso|iso_date|unix|unix_ms|([^%]|%[YmdHMSLz%])*%[YmdHMSLz%]([^%]|%[YmdHMSLz%])*)$"},"x-hoisted-2":{"description":"Writes the stream's cursor into the request, formatted, for an incremental stream. Left out when there is no cursor yet (set `incremental.initial` to always send it).","type":"object","additionalProperties":false,"required":["param"],"properties":{"param":{"description":"Name of the query parameter, or dot path of the body field (with `in: body`), that carries the value.","type":"string","minLength":1},"in":{"description":"Where the value goes: the query string or the JSON body.","type":"string","enum":["query","body"],"default":"query"},"value":{"description":"The value sent, where `${cursor}` is the formatted cursor, e.g. `LastUpdateDate gt ${cursor}` for an OData `$filter`.","type":"string","default":"${cursor}","x-runtime-template":true},"format":{"$ref":"#/$defs/x-hoisted-1"},"lookback_s":{"description":"Seconds subtracted from the cursor before it is sent, to re-read late writes. Needs a `format` other than `raw`.","type":"number","minimum":0},"timezone":{"description":"IANA time zone (e.g. `America/Sao_Paulo`) for cursors written without an offset and for the formatted value, for APIs whose times carry no zone.","type":"string","minLength":1,"default":"UTC"}},"if":{"required":["lookback_s"]},"then":{"required":["format"]}},"x-hoisted-3":{"description":"The status request, polled until the report is done.","type":"object","additionalProperties":false,"required":["path","status_path","done"],"properties":{"path":{"description":"Path of the status request, e.g. `/reports/2021-06-30/reports/${report.id}`.","type":"string","minLength":1},"status_path":{"description":"Dot path of the status in its answer, e.g. `processingStatus`.","type":"string","minLength":1},"done":{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"description":"Statuses that mean the document is ready, e.g. `[DONE]`."},"empty":{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"description":"Statuses that mean there is nothing to read (the stream reads no record), e.g. SP-API `[CANCELLED]`."},"failed":{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"description":"Statuses that fail the read, e.g. `[FATAL]`."},"interval_ms":{"description":"Wait before the first poll; it doubles after each poll.","type":"integer","minimum":1,"default":5000},"max_interval_ms":{"description":"Longest wait between two polls.","type":"integer","minimum":1,"default":60000},"timeout_ms":{"description":"Fail the read when the report is not done this long after it was requested (a later run resumes it).","type":"integer","minimum":1,"default":1800000}}},"x-hoisted-4":{"description":"A request between the status and the download that gives the download URL, e.g. SP-API getReportDocument.","type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"description":"e.g. `/reports/2021-06-30/documents/${report.reportDocumentId}`.","type":"string","minLength":1}}},"x-hoisted-5":{"description":"Reads an asynchronous report instead of a list: the stream's request (`path`, `method`, `params`, `body`) creates the report, `status` is polled (with backoff, honouring `Retry-After`) until the report is done, an optional `document` request gives the download URL, and the file (gzip or not) is decoded in the stream's `format` (`tsv`, `csv`, `jsonl`, `json`). The report id is kept in the state store until the document has been read, so a run that stops while polling resumes the same report instead of asking for a new one. `${report.id}` and `${report.<field>}` (fields of the last status answer) may be used in `status.path` and `document.path`.","type":"object","additionalProperties":false,"required":["id_path","status","url_path"],"properties":{"id_path":{"description":"Dot path of the new report's id in the create answer, e.g. `reportId`.","type":"string","minLength":1},"status":{"$ref":"#/$defs/x-hoisted-3"},"document":{"$ref":"#/$defs/x-hoisted-4"},"url_path":{"description":"Dot path of the download URL in the document answer (or the status answer without `document`). A URL on another origin (a pre-signed storage URL) gets none of the connection's credentials.","type":"string","minLength":1},"compression_path":{"description":"Dot path of the compression in the same answer, e.g. `compressionAlgorithm`; `GZIP` (any case) is gunzipped.","type":"string","minLength":1},"page_size":{"description":"Records handed on per page while the document is decoded.","type":"integer","minimum":1,"default":1000},"reuse_in_run":{"description":"A report read to the end earlier in the same run is read again (its document fetched anew) instead of a new one being requested, e.g. for a stream partitioned by this one (`partitions.from.stream`).","type":"boolean","default":false},"resume_within_ms":{"description":"A stored report requested longer ago than this is not resumed: a new one is requested.","type":"integer","minimum":1,"default":21600000}}},"x-hoisted-6":{"description":"Keeps this stream's answers in the state store (its `syncengine_api_cache` tables) for `ttl`: a request made again while its answer is fresh (the same method, URL with its query parameters, and body) is answered from the store, sending nothing and spending no rate budget. Only 2xx answers are kept; a store that cannot be read or written is a miss, never a failed run. With `record_id`, a webhook of `syncengine serve` that names a record drops the answers holding it. See docs/http-source.md#response-cache.","type":"object","additionalProperties":false,"required":["ttl"],"properties":{"ttl":{"description":"How long an answer stays fresh: a number with a unit, e.g. `10m`, `30s`, `1h`.","type":"string","pattern":"^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$"},"record_id":{"description":"Dot path of the id in each record (e.g. `Id`), kept with the answer so the answers holding a changed record can be dropped.","type":"string","minLength":1}}}}};
const schema12 = {"description":"How to walk pages. Omit for a single request. `type` picks the style.","type":"object","required":["type"],"discriminator":{"propertyName":"type"},"oneOf":[{"title":"NoPagination","description":"One request.","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"const":"none"}}},{"title":"PagePagination","description":"Sends a page number that grows by one: `?page=1`, `?page=2`, ...","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"const":"page"},"page_param":{"description":"Query parameter of the page number.","type":"string","minLength":1,"default":"page"},"start_page":{"description":"Number of the first page.","type":"integer","minimum":0,"default":1},"size_param":{"description":"Query parameter of the page size (`per_page`, `limit`, `$top`, ...); the size is not sent without it.","type":"string","minLength":1},"size":{"description":"Records per page asked for; also how a short page is recognised. A server may send fewer (a cap): a short page ends the read only when it is shorter than an earlier page and no has-more or total signal says otherwise.","type":"integer","minimum":1,"default":100},"size_honoured":{"description":"The server never sends fewer than `size` records on a page that is not the last (it refuses a larger `size` rather than capping it, as Ploomes does): a short page, even the first, then ends the read at once. Without it, a short first page is checked with one more request, which must come back empty.","type":"boolean","default":false},"speculate":{"description":"Without a total in the response: while pages come back full, request up to `read_ahead` pages ahead anyway (within the connection's `rate_limit`), so that several requests are in flight. The requests past the end come back empty and are dropped: at most `read_ahead - 1` spent for nothing per read. Without it, pages ahead are requested only when `total_path` or `total_pages_path` says how many there are.","type":"boolean","default":false},"stop_when":{"description":"When to stop besides the style's own end: `empty_page` (a page with no records), `short_page` (fewer records than `size` and than an earlier page, while no has-more flag or total says there is more), `has_more` (the flag at `has_more_path` is false or missing), `total` (`total_path` records or `total_pages_path` pages reached), `repeated_page` (a page that holds the same records as the one before, from an API that ignores the page parameter and answers everything every time: that page is dropped). Several may be listed. A page that would end the read while the response says there is more (a has-more flag that is true, a total not reached) fails the stream instead.","type":"array","items":{"type":"string","enum":["empty_page","short_page","has_more","total","repeated_page"]},"minItems":1,"default":["short_page","empty_page"]},"has_more_path":{"description":"Dot path of a \"more pages\" flag in the response body, e.g. `hasMore`. When true, a short page does not end the read and a missing next-page token fails it. Without it, a top-level `has_more` or `hasMore` that is `true` counts the same way.","type":"string","minLength":1},"total_path":{"description":"Dot path of the total record count in the response body, e.g. `totalCount`. Until it is reached, a short page does not end the read and a page that cannot be followed fails it.","type":"string","minLength":1},"total_pages_path":{"description":"Dot path of the total page count in the response body, e.g. `pagination.total_pages`; read like `total_path`.","type":"string","minLength":1},"max_pages":{"description":"Loop guard: the read stops after this many pages (see `on_guard`).","type":"integer","minimum":1,"default":10000},"on_guard":{"description":"What a loop guard does when it trips (`max_pages` reached, the same next-page token or URL twice): `fail` fails the stream, which keeps its cursor; `warn` ends the read with a warning and the stream succeeds (an unordered incremental stream keeps its cursor).","type":"string","enum":["fail","warn"],"default":"fail"}}},{"title":"OffsetPagination","description":"Sends the number of records already read: `?offset=0`, `?offset=100`, ... (OData: `$skip` with `$top`).","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"const":"offset"},"offset_param":{"description":"Query parameter of the offset.","type":"string","minLength":1,"default":"offset"},"size_param":{"description":"Query parameter of the page size (`per_page`, `limit`, `$top`, ...); the size is not sent without it.","type":"string","minLength":1},"size":{"description":"Records per page asked for; also how a short page is recognised. A server may send fewer (a cap): a short page ends the read only when it is shorter than an earlier page and no has-more or total signal says otherwise.","type":"integer","minimum":1,"default":100},"size_honoured":{"description":"The server never sends fewer than `size` records on a page that is not the last (it refuses a larger `size` rather than capping it, as Ploomes does): a short page, even the first, then ends the read at once. Without it, a short first page is checked with one more request, which must come back empty.","type":"boolean","default":false},"speculate":{"description":"Without a total in the response: while pages come back full, request up to `read_ahead` pages ahead anyway (within the connection's `rate_limit`), so that several requests are in flight. The requests past the end come back empty and are dropped: at most `read_ahead - 1` spent for nothing per read. Without it, pages ahead are requested only when `total_path` or `total_pages_path` says how many there are.","type":"boolean","default":false},"stop_when":{"description":"When to stop besides the style's own end: `empty_page` (a page with no records), `short_page` (fewer records than `size` and than an earlier page, while no has-more flag or total says there is more), `has_more` (the flag at `has_more_path` is false or missing), `total` (`total_path` records or `total_pages_path` pages reached), `repeated_page` (a page that holds the same records as the one before, from an API that ignores the page parameter and answers everything every time: that page is dropped). Several may be listed. A page that would end the read while the response says there is more (a has-more flag that is true, a total not reached) fails the stream instead.","type":"array","items":{"type":"string","enum":["empty_page","short_page","has_more","total","repeated_page"]},"minItems":1,"default":["short_page","empty_page"]},"has_more_path":{"description":"Dot path of a \"more pages\" flag in the response body, e.g. `hasMore`. When true, a short page does not end the read and a missing next-page token fails it. Without it, a top-level `has_more` or `hasMore` that is `true` counts the same way.","type":"string","minLength":1},"total_path":{"description":"Dot path of the total record count in the response body, e.g. `totalCount`. Until it is reached, a short page does not end the read and a page that cannot be followed fails it.","type":"string","minLength":1},"total_pages_path":{"description":"Dot path of the total page count in the response body, e.g. `pagination.total_pages`; read like `total_path`.","type":"string","minLength":1},"max_pages":{"description":"Loop guard: the read stops after this many pages (see `on_guard`).","type":"integer","minimum":1,"default":10000},"on_guard":{"description":"What a loop guard does when it trips (`max_pages` reached, the same next-page token or URL twice): `fail` fails the stream, which keeps its cursor; `warn` ends the read with a warning and the stream succeeds (an unordered incremental stream keeps its cursor).","type":"string","enum":["fail","warn"],"default":"fail"}}},{"title":"CursorPagination","description":"Sends back a token until there is none: one found in the response body (`NextToken`, `continueFrom`, ...), or a field of the last record of the page (`starting_after` APIs).","type":"object","additionalProperties":false,"required":["type","token_param"],"properties":{"type":{"const":"cursor"},"token_from":{"description":"Where the next-page token comes from: `body` (at `token_path` in the response; no token ends the read) or `last_record` (the `token_field` of the page's last record, for Stripe's `starting_after` and other \"after id\" APIs; an empty page ends the read).","type":"string","enum":["body","last_record"],"default":"body"},"token_path":{"description":"Dot path of the next-page token in the response body, e.g. `payload.NextToken`. Needed with `token_from: body`.","type":"string","minLength":1},"token_field":{"description":"With `token_from: last_record`: dot path of the token in the last record of the page.","type":"string","minLength":1,"default":"id"},"token_param":{"description":"Query parameter that carries the token on the next request, e.g. `NextToken`, `from` or `starting_after`.","type":"string","minLength":1},"keep_params":{"description":"On the pages after the first, send only these of the stream's query parameters beside the token (SP-API getOrders takes only `MarketplaceIds` with `NextToken`). Omit to send them all again.","type":"array","items":{"type":"string","minLength":1}},"size_param":{"description":"Query parameter of the page size (`per_page`, `limit`, `$top`, ...); the size is not sent without it.","type":"string","minLength":1},"size":{"description":"Records per page asked for; also how a short page is recognised. A server may send fewer (a cap): a short page ends the read only when it is shorter than an earlier page and no has-more or total signal says otherwise.","type":"integer","minimum":1,"default":100},"size_honoured":{"description":"The server never sends fewer than `size` records on a page that is not the last (it refuses a larger `size` rather than capping it, as Ploomes does): a short page, even the first, then ends the read at once. Without it, a short first page is checked with one more request, which must come back empty.","type":"boolean","default":false},"stop_when":{"description":"When to stop besides the style's own end: `empty_page` (a page with no records), `short_page` (fewer records than `size` and than an earlier page, while no has-more flag or total says there is more), `has_more` (the flag at `has_more_path` is false or missing), `total` (`total_path` records or `total_pages_path` pages reached), `repeated_page` (a page that holds the same records as the one before, from an API that ignores the page parameter and answers everything every time: that page is dropped). Several may be listed. A page that would end the read while the response says there is more (a has-more flag that is true, a total not reached) fails the stream instead.","type":"array","items":{"type":"string","enum":["empty_page","short_page","has_more","total","repeated_page"]},"default":[]},"has_more_path":{"description":"Dot path of a \"more pages\" flag in the response body, e.g. `hasMore`. When true, a short page does not end the read and a missing next-page token fails it. Without it, a top-level `has_more` or `hasMore` that is `true` counts the same way.","type":"string","minLength":1},"total_path":{"description":"Dot path of the total record count in the response body, e.g. `totalCount`. Until it is reached, a short page does not end the read and a page that cannot be followed fails it.","type":"string","minLength":1},"total_pages_path":{"description":"Dot path of the total page count in the response body, e.g. `pagination.total_pages`; read like `total_path`.","type":"string","minLength":1},"max_pages":{"description":"Loop guard: the read stops after this many pages (see `on_guard`).","type":"integer","minimum":1,"default":10000},"on_guard":{"description":"What a loop guard does when it trips (`max_pages` reached, the same next-page token or URL twice): `fail` fails the stream, which keeps its cursor; `warn` ends the read with a warning and the stream succeeds (an unordered incremental stream keeps its cursor).","type":"string","enum":["fail","warn"],"default":"fail"}},"if":{"properties":{"token_from":{"const":"last_record"}},"required":["token_from"]},"else":{"required":["token_path"]}},{"title":"NextUrlPagination","description":"Follows a next-page URL found in the response body (`@odata.nextLink`, `links.next`, ...) until there is none.","type":"object","additionalProperties":false,"required":["type","next_url_path"],"properties":{"type":{"const":"next_url"},"next_url_path":{"description":"Dot path of the next page's URL in the response body.","type":"string","minLength":1},"stop_when":{"description":"When to stop besides the style's own end: `empty_page` (a page with no records), `short_page` (fewer records than `size` and than an earlier page, while no has-more flag or total says there is more), `has_more` (the flag at `has_more_path` is false or missing), `total` (`total_path` records or `total_pages_path` pages reached), `repeated_page` (a page that holds the same records as the one before, from an API that ignores the page parameter and answers everything every time: that page is dropped). Several may be listed. A page that would end the read while the response says there is more (a has-more flag that is true, a total not reached) fails the stream instead.","type":"array","items":{"type":"string","enum":["empty_page","short_page","has_more","total","repeated_page"]},"default":[]},"has_more_path":{"description":"Dot path of a \"more pages\" flag in the response body, e.g. `hasMore`. When true, a short page does not end the read and a missing next-page token fails it. Without it, a top-level `has_more` or `hasMore` that is `true` counts the same way.","type":"string","minLength":1},"total_path":{"description":"Dot path of the total record count in the response body, e.g. `totalCount`. Until it is reached, a short page does not end the read and a page that cannot be followed fails it.","type":"string","minLength":1},"total_pages_path":{"description":"Dot path of the total page count in the response body, e.g. `pagination.total_pages`; read like `total_path`.","type":"string","minLength":1},"max_pages":{"description":"Loop guard: the read stops after this many pages (see `on_guard`).","type":"integer","minimum":1,"default":10000},"on_guard":{"description":"What a loop guard does when it trips (`max_pages` reached, the same next-page token or URL twice): `fail` fails the stream, which keeps its cursor; `warn` ends the read with a warning and the stream succeeds (an unordered incremental stream keeps its cursor).","type":"string","enum":["fail","warn"],"default":"fail"}}},{"title":"LinkHeaderPagination","description":"Follows the `rel=\"next\"` URL of the `Link` response header (e.g. Shopify) until there is none.","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"const":"link_header"},"rel":{"description":"The link relation to follow.","type":"string","minLength":1,"default":"next"},"stop_when":{"description":"When to stop besides the style's own end: `empty_page` (a page with no records), `short_page` (fewer records than `size` and than an earlier page, while no has-more flag or total says there is more), `has_more` (the flag at `has_more_path` is false or missing), `total` (`total_path` records or `total_pages_path` pages reached), `repeated_page` (a page that holds the same records as the one before, from an API that ignores the page parameter and answers everything every time: that page is dropped). Several may be listed. A page that would end the read while the response says there is more (a has-more flag that is true, a total not reached) fails the stream instead.","type":"array","items":{"type":"string","enum":["empty_page","short_page","has_more","total","repeated_page"]},"default":[]},"has_more_path":{"description":"Dot path of a \"more pages\" flag in the response body, e.g. `hasMore`. When true, a short page does not end the read and a missing next-page token fails it. Without it, a top-level `has_more` or `hasMore` that is `true` counts the same way.","type":"string","minLength":1},"total_path":{"description":"Dot path of the total record count in the response body, e.g. `totalCount`. Until it is reached, a short page does not end the read and a page that cannot be followed fails it.","type":"string","minLength":1},"total_pages_path":{"description":"Dot path of the total page count in the response body, e.g. `pagination.total_pages`; read like `total_path`.","type":"string","minLength":1},"max_pages":{"description":"Loop guard: the read stops after this many pages (see `on_guard`).","type":"integer","minimum":1,"default":10000},"on_guard":{"description":"What a loop guard does when it trips (`max_pages` reached, the same next-page token or URL twice): `fail` fails the stream, which keeps its cursor; `warn` ends the read with a warning and the stream succeeds (an unordered incremental stream keeps its cursor).","type":"string","enum":["fail","warn"],"default":"fail"}}}]};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const tag0 = data.type;
if(typeof tag0 == "string"){
if(tag0 === "none"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema12.oneOf[0].required,parentSchema:schema12.oneOf[0],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "type")){
const err2 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema12.oneOf[0],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("none" !== data0){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/0/properties/type/const",keyword:"const",params:{allowedValue: "none"},message:"must be equal to constant",schema:"none",parentSchema:schema12.oneOf[0].properties.type,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else if(tag0 === "page"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.page_param === undefined){
data.page_param = "page";
}
if(data.start_page === undefined){
data.start_page = 1;
}
if(data.size === undefined){
data.size = 100;
}
if(data.size_honoured === undefined){
data.size_honoured = false;
}
if(data.speculate === undefined){
data.speculate = false;
}
if(data.stop_when === undefined){
data.stop_when = ["short_page","empty_page"];
}
if(data.max_pages === undefined){
data.max_pages = 10000;
}
if(data.on_guard === undefined){
data.on_guard = "fail";
}
if(data.type === undefined){
const err5 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema12.oneOf[1].required,parentSchema:schema12.oneOf[1],data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data){
if(!(func2.call(schema12.oneOf[1].properties, key1))){
const err6 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema12.oneOf[1],data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if("page" !== data1){
const err7 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/1/properties/type/const",keyword:"const",params:{allowedValue: "page"},message:"must be equal to constant",schema:"page",parentSchema:schema12.oneOf[1].properties.type,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
let data2 = data.page_param;
if(typeof data2 !== "string"){
let dataType0 = typeof data2;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data2;
}
else if(data2 === null){
coerced0 = "";
}
else {
const err8 = {instancePath:instancePath+"/page_param",schemaPath:"#/oneOf/1/properties/page_param/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[1].properties.page_param.type,parentSchema:schema12.oneOf[1].properties.page_param,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(coerced0 !== undefined){
data2 = coerced0;
if(data !== undefined){
data["page_param"] = coerced0;
}
}
}
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err9 = {instancePath:instancePath+"/page_param",schemaPath:"#/oneOf/1/properties/page_param/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.oneOf[1].properties.page_param,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
let data3 = data.start_page;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
let dataType1 = typeof data3;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 === "boolean" || data3 === null
              || (dataType1 === "string" && data3 && data3 == +data3 && !(data3 % 1))){
coerced1 = +data3;
}
else {
const err10 = {instancePath:instancePath+"/start_page",schemaPath:"#/oneOf/1/properties/start_page/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].properties.start_page.type,parentSchema:schema12.oneOf[1].properties.start_page,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(coerced1 !== undefined){
data3 = coerced1;
if(data !== undefined){
data["start_page"] = coerced1;
}
}
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/start_page",schemaPath:"#/oneOf/1/properties/start_page/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema12.oneOf[1].properties.start_page,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.size_param !== undefined){
let data4 = data.size_param;
if(typeof data4 !== "string"){
let dataType2 = typeof data4;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data4;
}
else if(data4 === null){
coerced2 = "";
}
else {
const err12 = {instancePath:instancePath+"/size_param",schemaPath:"#/oneOf/1/properties/size_param/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[1].properties.size_param.type,parentSchema:schema12.oneOf[1].properties.size_param,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(coerced2 !== undefined){
data4 = coerced2;
if(data !== undefined){
data["size_param"] = coerced2;
}
}
}
if(typeof data4 === "string"){
if(func3(data4) < 1){
const err13 = {instancePath:instancePath+"/size_param",schemaPath:"#/oneOf/1/properties/size_param/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.oneOf[1].properties.size_param,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
let data5 = data.size;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
let dataType3 = typeof data5;
let coerced3 = undefined;
if(!(coerced3 !== undefined)){
if(dataType3 === "boolean" || data5 === null
              || (dataType3 === "string" && data5 && data5 == +data5 && !(data5 % 1))){
coerced3 = +data5;
}
else {
const err14 = {instancePath:instancePath+"/size",schemaPath:"#/oneOf/1/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].properties.size.type,parentSchema:schema12.oneOf[1].properties.size,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(coerced3 !== undefined){
data5 = coerced3;
if(data !== undefined){
data["size"] = coerced3;
}
}
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
const err15 = {instancePath:instancePath+"/size",schemaPath:"#/oneOf/1/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.oneOf[1].properties.size,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
let data6 = data.size_honoured;
if(typeof data6 !== "boolean"){
let coerced4 = undefined;
if(!(coerced4 !== undefined)){
if(data6 === "false" || data6 === 0 || data6 === null){
coerced4 = false;
}
else if(data6 === "true" || data6 === 1){
coerced4 = true;
}
else {
const err16 = {instancePath:instancePath+"/size_honoured",schemaPath:"#/oneOf/1/properties/size_honoured/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.oneOf[1].properties.size_honoured.type,parentSchema:schema12.oneOf[1].properties.size_honoured,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(coerced4 !== undefined){
data6 = coerced4;
if(data !== undefined){
data["size_honoured"] = coerced4;
}
}
}
let data7 = data.speculate;
if(typeof data7 !== "boolean"){
let coerced5 = undefined;
if(!(coerced5 !== undefined)){
if(data7 === "false" || data7 === 0 || data7 === null){
coerced5 = false;
}
else if(data7 === "true" || data7 === 1){
coerced5 = true;
}
else {
const err17 = {instancePath:instancePath+"/speculate",schemaPath:"#/oneOf/1/properties/speculate/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.oneOf[1].properties.speculate.type,parentSchema:schema12.oneOf[1].properties.speculate,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(coerced5 !== undefined){
data7 = coerced5;
if(data !== undefined){
data["speculate"] = coerced5;
}
}
}
let data8 = data.stop_when;
if(Array.isArray(data8)){
if(data8.length < 1){
const err18 = {instancePath:instancePath+"/stop_when",schemaPath:"#/oneOf/1/properties/stop_when/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema12.oneOf[1].properties.stop_when,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(typeof data9 !== "string"){
let dataType6 = typeof data9;
let coerced6 = undefined;
if(!(coerced6 !== undefined)){
if(dataType6 == "number" || dataType6 == "boolean"){
coerced6 = "" + data9;
}
else if(data9 === null){
coerced6 = "";
}
else {
const err19 = {instancePath:instancePath+"/stop_when/" + i0,schemaPath:"#/oneOf/1/properties/stop_when/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[1].properties.stop_when.items.type,parentSchema:schema12.oneOf[1].properties.stop_when.items,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(coerced6 !== undefined){
data9 = coerced6;
if(data8 !== undefined){
data8[i0] = coerced6;
}
}
}
if(!(((((data9 === "empty_page") || (data9 === "short_page")) || (data9 === "has_more")) || (data9 === "total")) || (data9 === "repeated_page"))){
const err20 = {instancePath:instancePath+"/stop_when/" + i0,schemaPath:"#/oneOf/1/properties/stop_when/items/enum",keyword:"enum",params:{allowedValues: schema12.oneOf[1].properties.stop_when.items.enum},message:"must be equal to one of the allowed values",schema:schema12.oneOf[1].properties.stop_when.items.enum,parentSchema:schema12.oneOf[1].properties.stop_when.items,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/stop_when",schemaPath:"#/oneOf/1/properties/stop_when/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.oneOf[1].properties.stop_when.type,parentSchema:schema12.oneOf[1].properties.stop_when,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data.has_more_path !== undefined){
let data10 = data.has_more_path;
if(typeof data10 !== "string"){
let dataType7 = typeof data10;
let coerced7 = undefined;
if(!(coerced7 !== undefined)){
if(dataType7 == "number" || dataType7 == "boolean"){
coerced7 = "" + data10;
}
else if(data10 === null){
coerced7 = "";
}
else {
const err22 = {instancePath:instancePath+"/has_more_path",schemaPath:"#/oneOf/1/properties/has_more_path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[1].properties.has_more_path.type,parentSchema:schema12.oneOf[1].properties.has_more_path,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(coerced7 !== undefined){
data10 = coerced7;
if(data !== undefined){
data["has_more_path"] = coerced7;
}
}
}
if(typeof data10 === "string"){
if(func3(data10) < 1){
const err23 = {instancePath:instancePath+"/has_more_path",schemaPath:"#/oneOf/1/properties/has_more_path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.oneOf[1].properties.has_more_path,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
if(data.total_path !== undefined){
let data11 = data.total_path;
if(typeof data11 !== "string"){
let dataType8 = typeof data11;
let coerced8 = undefined;
if(!(coerced8 !== undefined)){
if(dataType8 == "number" || dataType8 == "boolean"){
coerced8 = "" + data11;
}
else if(data11 === null){
coerced8 = "";
}
else {
const err24 = {instancePath:instancePath+"/total_path",schemaPath:"#/oneOf/1/properties/total_path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[1].properties.total_path.type,parentSchema:schema12.oneOf[1].properties.total_path,data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(coerced8 !== undefined){
data11 = coerced8;
if(data !== undefined){
data["total_path"] = coerced8;
}
}
}
if(typeof data11 === "string"){
if(func3(data11) < 1){
const err25 = {instancePath:instancePath+"/total_path",schemaPath:"#/oneOf/1/properties/total_path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.oneOf[1].properties.total_path,data:data11};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data.total_pages_path !== undefined){
let data12 = data.total_pages_path;
if(typeof data12 !== "string"){
let dataType9 = typeof data12;
let coerced9 = undefined;
if(!(coerced9 !== undefined)){
if(dataType9 == "number" || dataType9 == "boolean"){
coerced9 = "" + data12;
}
else if(data12 === null){
coerced9 = "";
}
else {
const err26 = {instancePath:instancePath+"/total_pages_path",schemaPath:"#/oneOf/1/properties/total_pages_path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[1].properties.total_pages_path.type,parentSchema:schema12.oneOf[1].properties.total_pages_path,data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(coerced9 !== undefined){
data12 = coerced9;
if(data !== undefined){
data["total_pages_path"] = coerced9;
}
}
}
if(typeof data12 === "string"){
if(func3(data12) < 1){
const err27 = {instancePath:instancePath+"/total_pages_path",schemaPath:"#/oneOf/1/properties/total_pages_path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.oneOf[1].properties.total_pages_path,data:data12};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
let data13 = data.max_pages;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
let dataType10 = typeof data13;
let coerced10 = undefined;
if(!(coerced10 !== undefined)){
if(dataType10 === "boolean" || data13 === null
              || (dataType10 === "string" && data13 && data13 == +data13 && !(data13 % 1))){
coerced10 = +data13;
}
else {
const err28 = {instancePath:instancePath+"/max_pages",schemaPath:"#/oneOf/1/properties/max_pages/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].properties.max_pages.type,parentSchema:schema12.oneOf[1].properties.max_pages,data:data13};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(coerced10 !== undefined){
data13 = coerced10;
if(data !== undefined){
data["max_pages"] = coerced10;
}
}
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 1 || isNaN(data13)){
const err29 = {instancePath:instancePath+"/max_pages",schemaPath:"#/oneOf/1/properties/max_pages/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.oneOf[1].properties.max_pages,data:data13};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
let data14 = data.on_guard;
if(typeof data14 !== "string"){
let dataType11 = typeof data14;
let coerced11 = undefined;
if(!(coerced11 !== undefined)){
if(dataType11 == "number" || dataType11 == "boolean"){
coerced11 = "" + data14;
}
else if(data14 === null){
coerced11 = "";
}
else {
const err30 = {instancePath:instancePath+"/on_guard",schemaPath:"#/oneOf/1/properties/on_guard/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[1].properties.on_guard.type,parentSchema:schema12.oneOf[1].properties.on_guard,data:data14};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(coerced11 !== undefined){
data14 = coerced11;
if(data !== undefined){
data["on_guard"] = coerced11;
}
}
}
if(!((data14 === "fail") || (data14 === "warn"))){
const err31 = {instancePath:instancePath+"/on_guard",schemaPath:"#/oneOf/1/properties/on_guard/enum",keyword:"enum",params:{allowedValues: schema12.oneOf[1].properties.on_guard.enum},message:"must be equal to one of the allowed values",schema:schema12.oneOf[1].properties.on_guard.enum,parentSchema:schema12.oneOf[1].properties.on_guard,data:data14};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else if(tag0 === "offset"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.offset_param === undefined){
data.offset_param = "offset";
}
if(data.size === undefined){
data.size = 100;
}
if(data.size_honoured === undefined){
data.size_honoured = false;
}
if(data.speculate === undefined){
data.speculate = false;
}
if(data.stop_when === undefined){
data.stop_when = ["short_page","empty_page"];
}
if(data.max_pages === undefined){
data.max_pages = 10000;
}
if(data.on_guard === undefined){
data.on_guard = "fail";
}
if(data.type === undefined){
const err33 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema12.oneOf[2].required,parentSchema:schema12.oneOf[2],data};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
for(const key2 in data){
if(!(func2.call(schema12.oneOf[2].properties, key2))){
const err34 = {instancePath,schemaPath:"#/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema12.oneOf[2],data};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.type !== undefined){
let data15 = data.type;
if("offset" !== data15){
const err35 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/2/properties/type/const",keyword:"const",params:{allowedValue: "offset"},message:"must be equal to constant",schema:"offset",parentSchema:schema12.oneOf[2].properties.type,data:data15};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
let data16 = data.offset_param;
if(typeof data16 !== "string"){
let dataType12 = typeof data16;
let coerced12 = undefined;
if(!(coerced12 !== undefined)){
if(dataType12 == "number" || dataType12 == "boolean"){
coerced12 = "" + data16;
}
else if(data16 === null){
coerced12 = "";
}
else {
const err36 = {instancePath:instancePath+"/offset_param",schemaPath:"#/oneOf/2/properties/offset_param/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[2].properties.offset_param.type,parentSchema:schema12.oneOf[2].properties.offset_param,data:data16};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(coerced12 !== undefined){
data16 = coerced12;
if(data !== undefined){
data["offset_param"] = coerced12;
}
}
}
if(typeof data16 === "string"){
if(func3(data16) < 1){
const err37 = {instancePath:instancePath+"/offset_param",schemaPath:"#/oneOf/2/properties/offset_param/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.oneOf[2].properties.offset_param,data:data16};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.size_param !== undefined){
let data17 = data.size_param;
if(typeof data17 !== "string"){
let dataType13 = typeof data17;
let coerced13 = undefined;
if(!(coerced13 !== undefined)){
if(dataType13 == "number" || dataType13 == "boolean"){
coerced13 = "" + data17;
}
else if(data17 === null){
coerced13 = "";
}
else {
const err38 = {instancePath:instancePath+"/size_param",schemaPath:"#/oneOf/2/properties/size_param/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[2].properties.size_param.type,parentSchema:schema12.oneOf[2].properties.size_param,data:data17};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(coerced13 !== undefined){
data17 = coerced13;
if(data !== undefined){
data["size_param"] = coerced13;
}
}
}
if(typeof data17 === "string"){
if(func3(data17) < 1){
const err39 = {instancePath:instancePath+"/size_param",schemaPath:"#/oneOf/2/properties/size_param/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.oneOf[2].properties.size_param,data:data17};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
let data18 = data.size;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
let dataType14 = typeof data18;
let coerced14 = undefined;
if(!(coerced14 !== undefined)){
if(dataType14 === "boolean" || data18 === null
              || (dataType14 === "string" && data18 && data18 == +data18 && !(data18 % 1))){
coerced14 = +data18;
}
else {
const err40 = {instancePath:instancePath+"/size",schemaPath:"#/oneOf/2/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[2].properties.size.type,parentSchema:schema12.oneOf[2].properties.size,data:data18};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(coerced14 !== undefined){
data18 = coerced14;
if(data !== undefined){
data["size"] = coerced14;
}
}
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 1 || isNaN(data18)){
const err41 = {instancePath:instancePath+"/size",schemaPath:"#/oneOf/2/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.oneOf[2].properties.size,data:data18};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
let data19 = data.size_honoured;
if(typeof data19 !== "boolean"){
let coerced15 = undefined;
if(!(coerced15 !== undefined)){
if(data19 === "false" || data19 === 0 || data19 === null){
coerced15 = false;
}
else if(data19 === "true" || data19 === 1){
coerced15 = true;
}
else {
const err42 = {instancePath:instancePath+"/size_honoured",schemaPath:"#/oneOf/2/properties/size_honoured/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.oneOf[2].properties.size_honoured.type,parentSchema:schema12.oneOf[2].properties.size_honoured,data:data19};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(coerced15 !== undefined){
data19 = coerced15;
if(data !== undefined){
data["size_honoured"] = coerced15;
}
}
}
let data20 = data.speculate;
if(typeof data20 !== "boolean"){
let coerced16 = undefined;
if(!(coerced16 !== undefined)){
if(data20 === "false" || data20 === 0 || data20 === null){
coerced16 = false;
}
else if(data20 === "true" || data20 === 1){
coerced16 = true;
}
else {
const err43 = {instancePath:instancePath+"/speculate",schemaPath:"#/oneOf/2/properties/speculate/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.oneOf[2].properties.speculate.type,parentSchema:schema12.oneOf[2].properties.speculate,data:data20};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(coerced16 !== undefined){
data20 = coerced16;
if(data !== undefined){
data["speculate"] = coerced16;
}
}
}
let data21 = data.stop_when;
if(Array.isArray(data21)){
if(data21.length < 1){
const err44 = {instancePath:instancePath+"/stop_when",schemaPath:"#/oneOf/2/properties/stop_when/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema12.oneOf[2].properties.stop_when,data:data21};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
const len1 = data21.length;
for(let i1=0; i1<len1; i1++){
let data22 = data21[i1];
if(typeof data22 !== "string"){
let dataType17 = typeof data22;
let coerced17 = undefined;
if(!(coerced17 !== undefined)){
if(dataType17 == "number" || dataType17 == "boolean"){
coerced17 = "" + data22;
}
else if(data22 === null){
coerced17 = "";
}
else {
const err45 = {instancePath:instancePath+"/stop_when/" + i1,schemaPath:"#/oneOf/2/properties/stop_when/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[2].properties.stop_when.items.type,parentSchema:schema12.oneOf[2].properties.stop_when.items,data:data22};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(coerced17 !== undefined){
data22 = coerced17;
if(data21 !== undefined){
data21[i1] = coerced17;
}
}
}
if(!(((((data22 === "empty_page") || (data22 === "short_page")) || (data22 === "has_more")) || (data22 === "total")) || (data22 === "repeated_page"))){
const err46 = {instancePath:instancePath+"/stop_when/" + i1,schemaPath:"#/oneOf/2/properties/stop_when/items/enum",keyword:"enum",params:{allowedValues: schema12.oneOf[2].properties.stop_when.items.enum},message:"must be equal to one of the allowed values",schema:schema12.oneOf[2].properties.stop_when.items.enum,parentSchema:schema12.oneOf[2].properties.stop_when.items,data:data22};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/stop_when",schemaPath:"#/oneOf/2/properties/stop_when/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.oneOf[2].properties.stop_when.type,parentSchema:schema12.oneOf[2].properties.stop_when,data:data21};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data.has_more_path !== undefined){
let data23 = data.has_more_path;
if(typeof data23 !== "string"){
let dataType18 = typeof data23;
let coerced18 = undefined;
if(!(coerced18 !== undefined)){
if(dataType18 == "number" || dataType18 == "boolean"){
coerced18 = "" + data23;
}
else if(data23 === null){
coerced18 = "";
}
else {
const err48 = {instancePath:instancePath+"/has_more_path",schemaPath:"#/oneOf/2/properties/has_more_path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[2].properties.has_more_path.type,parentSchema:schema12.oneOf[2].properties.has_more_path,data:data23};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(coerced18 !== undefined){
data23 = coerced18;
if(data !== undefined){
data["has_more_path"] = coerced18;
}
}
}
if(typeof data23 === "string"){
if(func3(data23) < 1){
const err49 = {instancePath:instancePath+"/has_more_path",schemaPath:"#/oneOf/2/properties/has_more_path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.oneOf[2].properties.has_more_path,data:data23};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
if(data.total_path !== undefined){
let data24 = data.total_path;
if(typeof data24 !== "string"){
let dataType19 = typeof data24;
let coerced19 = undefined;
if(!(coerced19 !== undefined)){
if(dataType19 == "number" || dataType19 == "boolean"){
coerced19 = "" + data24;
}
else if(data24 === null){
coerced19 = "";
}
else {
const err50 = {instancePath:instancePath+"/total_path",schemaPath:"#/oneOf/2/properties/total_path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[2].properties.total_path.type,parentSchema:schema12.oneOf[2].properties.total_path,data:data24};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(coerced19 !== undefined){
data24 = coerced19;
if(data !== undefined){
data["total_path"] = coerced19;
}
}
}
if(typeof data24 === "string"){
if(func3(data24) < 1){
const err51 = {instancePath:instancePath+"/total_path",schemaPath:"#/oneOf/2/properties/total_path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.oneOf[2].properties.total_path,data:data24};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
if(data.total_pages_path !== undefined){
let data25 = data.total_pages_path;
if(typeof data25 !== "string"){
let dataType20 = typeof data25;
let coerced20 = undefined;
if(!(coerced20 !== undefined)){
if(dataType20 == "number" || dataType20 == "boolean"){
coerced20 = "" + data25;
}
else if(data25 === null){
coerced20 = "";
}
else {
const err52 = {instancePath:instancePath+"/total_pages_path",schemaPath:"#/oneOf/2/properties/total_pages_path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[2].properties.total_pages_path.type,parentSchema:schema12.oneOf[2].properties.total_pages_path,data:data25};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(coerced20 !== undefined){
data25 = coerced20;
if(data !== undefined){
data["total_pages_path"] = coerced20;
}
}
}
if(typeof data25 === "string"){
if(func3(data25) < 1){
const err53 = {instancePath:instancePath+"/total_pages_path",schemaPath:"#/oneOf/2/properties/total_pages_path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.oneOf[2].properties.total_pages_path,data:data25};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
let data26 = data.max_pages;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
let dataType21 = typeof data26;
let coerced21 = undefined;
if(!(coerced21 !== undefined)){
if(dataType21 === "boolean" || data26 === null
              || (dataType21 === "string" && data26 && data26 == +data26 && !(data26 % 1))){
coerced21 = +data26;
}
else {
const err54 = {instancePath:instancePath+"/max_pages",schemaPath:"#/oneOf/2/properties/max_pages/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[2].properties.max_pages.type,parentSchema:schema12.oneOf[2].properties.max_pages,data:data26};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(coerced21 !== undefined){
data26 = coerced21;
if(data !== undefined){
data["max_pages"] = coerced21;
}
}
}
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 < 1 || isNaN(data26)){
const err55 = {instancePath:instancePath+"/max_pages",schemaPath:"#/oneOf/2/properties/max_pages/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.oneOf[2].properties.max_pages,data:data26};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
let data27 = data.on_guard;
if(typeof data27 !== "string"){
let dataType22 = typeof data27;
let coerced22 = undefined;
if(!(coerced22 !== undefined)){
if(dataType22 == "number" || dataType22 == "boolean"){
coerced22 = "" + data27;
}
else if(data27 === null){
coerced22 = "";
}
else {
const err56 = {instancePath:instancePath+"/on_guard",schemaPath:"#/oneOf/2/properties/on_guard/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[2].properties.on_guard.type,parentSchema:schema12.oneOf[2].properties.on_guard,data:data27};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(coerced22 !== undefined){
data27 = coerced22;
if(data !== undefined){
data["on_guard"] = coerced22;
}
}
}
if(!((data27 === "fail") || (data27 === "warn"))){
const err57 = {instancePath:instancePath+"/on_guard",schemaPath:"#/oneOf/2/properties/on_guard/enum",keyword:"enum",params:{allowedValues: schema12.oneOf[2].properties.on_guard.enum},message:"must be equal to one of the allowed values",schema:schema12.oneOf[2].properties.on_guard.enum,parentSchema:schema12.oneOf[2].properties.on_guard,data:data27};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.oneOf[2].type,parentSchema:schema12.oneOf[2],data};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else if(tag0 === "cursor"){
const _errs66 = errors;
let valid12 = true;
const _errs67 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.token_from === undefined) && (missing0 = "token_from")){
const err59 = {};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
else {
if(data.token_from !== undefined){
if("last_record" !== data.token_from){
const err60 = {};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
}
var _valid0 = _errs67 === errors;
errors = _errs66;
if(vErrors !== null){
if(_errs66){
vErrors.length = _errs66;
}
else {
vErrors = null;
}
}
if(!_valid0){
const _errs69 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.token_path === undefined){
const err61 = {instancePath,schemaPath:"#/oneOf/3/else/required",keyword:"required",params:{missingProperty: "token_path"},message:"must have required property '"+"token_path"+"'",schema:schema12.oneOf[3].else.required,parentSchema:schema12.oneOf[3].else,data};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
var _valid0 = _errs69 === errors;
valid12 = _valid0;
}
if(!valid12){
const err62 = {instancePath,schemaPath:"#/oneOf/3/if",keyword:"if",params:{failingKeyword: "else"},message:"must match \"else\" schema",schema:schema12.oneOf[3].if,parentSchema:schema12.oneOf[3],data};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.token_from === undefined){
data.token_from = "body";
}
if(data.token_field === undefined){
data.token_field = "id";
}
if(data.size === undefined){
data.size = 100;
}
if(data.size_honoured === undefined){
data.size_honoured = false;
}
if(data.stop_when === undefined){
data.stop_when = [];
}
if(data.max_pages === undefined){
data.max_pages = 10000;
}
if(data.on_guard === undefined){
data.on_guard = "fail";
}
if(data.type === undefined){
const err63 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema12.oneOf[3].required,parentSchema:schema12.oneOf[3],data};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data.token_param === undefined){
const err64 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: "token_param"},message:"must have required property '"+"token_param"+"'",schema:schema12.oneOf[3].required,parentSchema:schema12.oneOf[3],data};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
for(const key3 in data){
if(!(func2.call(schema12.oneOf[3].properties, key3))){
const err65 = {instancePath,schemaPath:"#/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema12.oneOf[3],data};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data.type !== undefined){
let data29 = data.type;
if("cursor" !== data29){
const err66 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/3/properties/type/const",keyword:"const",params:{allowedValue: "cursor"},message:"must be equal to constant",schema:"cursor",parentSchema:schema12.oneOf[3].properties.type,data:data29};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
let data30 = data.token_from;
if(typeof data30 !== "string"){
let dataType23 = typeof data30;
let coerced23 = undefined;
if(!(coerced23 !== undefined)){
if(dataType23 == "number" || dataType23 == "boolean"){
coerced23 = "" + data30;
}
else if(data30 === null){
coerced23 = "";
}
else {
const err67 = {instancePath:instancePath+"/token_from",schemaPath:"#/oneOf/3/properties/token_from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[3].properties.token_from.type,parentSchema:schema12.oneOf[3].properties.token_from,data:data30};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(coerced23 !== undefined){
data30 = coerced23;
if(data !== undefined){
data["token_from"] = coerced23;
}
}
}
if(!((data30 === "body") || (data30 === "last_record"))){
const err68 = {instancePath:instancePath+"/token_from",schemaPath:"#/oneOf/3/properties/token_from/enum",keyword:"enum",params:{allowedValues: schema12.oneOf[3].properties.token_from.enum},message:"must be equal to one of the allowed values",schema:schema12.oneOf[3].properties.token_from.enum,parentSchema:schema12.oneOf[3].properties.token_from,data:data30};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data.token_path !== undefined){
let data31 = data.token_path;
if(typeof data31 !== "string"){
let dataType24 = typeof data31;
let coerced24 = undefined;
if(!(coerced24 !== undefined)){
if(dataType24 == "number" || dataType24 == "boolean"){
coerced24 = "" + data31;
}
else if(data31 === null){
coerced24 = "";
}
else {
const err69 = {instancePath:instancePath+"/token_path",schemaPath:"#/oneOf/3/properties/token_path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[3].properties.token_path.type,parentSchema:schema12.oneOf[3].properties.token_path,data:data31};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(coerced24 !== undefined){
data31 = coerced24;
if(data !== undefined){
data["token_path"] = coerced24;
}
}
}
if(typeof data31 === "string"){
if(func3(data31) < 1){
const err70 = {instancePath:instancePath+"/token_path",schemaPath:"#/oneOf/3/properties/token_path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.oneOf[3].properties.token_path,data:data31};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
let data32 = data.token_field;
if(typeof data32 !== "string"){
let dataType25 = typeof data32;
let coerced25 = undefined;
if(!(coerced25 !== undefined)){
if(dataType25 == "number" || dataType25 == "boolean"){
coerced25 = "" + data32;
}
else if(data32 === null){
coerced25 = "";
}
else {
const err71 = {instancePath:instancePath+"/token_field",schemaPath:"#/oneOf/3/properties/token_field/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[3].properties.token_field.type,parentSchema:schema12.oneOf[3].properties.token_field,data:data32};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(coerced25 !== undefined){
data32 = coerced25;
if(data !== undefined){
data["token_field"] = coerced25;
}
}
}
if(typeof data32 === "string"){
if(func3(data32) < 1){
const err72 = {instancePath:instancePath+"/token_field",schemaPath:"#/oneOf/3/properties/token_field/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.oneOf[3].properties.token_field,data:data32};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data.token_param !== undefined){
let data33 = data.token_param;
if(typeof data33 !== "string"){
let dataType26 = typeof data33;
let coerced26 = undefined;
if(!(coerced26 !== undefined)){
if(dataType26 == "number" || dataType26 == "boolean"){
coerced26 = "" + data33;
}
else if(data33 === null){
coerced26 = "";
}
else {
const err73 = {instancePath:instancePath+"/token_param",schemaPath:"#/oneOf/3/properties/token_param/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[3].properties.token_param.type,parentSchema:schema12.oneOf[3].properties.token_param,data:data33};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(coerced26 !== undefined){
data33 = coerced26;
if(data !== undefined){
data["token_param"] = coerced26;
}
}
}
if(typeof data33 === "string"){
if(func3(data33) < 1){
const err74 = {instancePath:instancePath+"/token_param",schemaPath:"#/oneOf/3/properties/token_param/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.oneOf[3].properties.token_param,data:data33};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
if(data.keep_params !== undefined){
let data34 = data.keep_params;
if(Array.isArray(data34)){
const len2 = data34.length;
for(let i2=0; i2<len2; i2++){
let data35 = data34[i2];
if(typeof data35 !== "string"){
let dataType27 = typeof data35;
let coerced27 = undefined;
if(!(coerced27 !== undefined)){
if(dataType27 == "number" || dataType27 == "boolean"){
coerced27 = "" + data35;
}
else if(data35 === null){
coerced27 = "";
}
else {
const err75 = {instancePath:instancePath+"/keep_params/" + i2,schemaPath:"#/oneOf/3/properties/keep_params/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[3].properties.keep_params.items.type,parentSchema:schema12.oneOf[3].properties.keep_params.items,data:data35};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(coerced27 !== undefined){
data35 = coerced27;
if(data34 !== undefined){
data34[i2] = coerced27;
}
}
}
if(typeof data35 === "string"){
if(func3(data35) < 1){
const err76 = {instancePath:instancePath+"/keep_params/" + i2,schemaPath:"#/oneOf/3/properties/keep_params/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.oneOf[3].properties.keep_params.items,data:data35};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
}
else {
const err77 = {instancePath:instancePath+"/keep_params",schemaPath:"#/oneOf/3/properties/keep_params/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.oneOf[3].properties.keep_params.type,parentSchema:schema12.oneOf[3].properties.keep_params,data:data34};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data.size_param !== undefined){
let data36 = data.size_param;
if(typeof data36 !== "string"){
let dataType28 = typeof data36;
let coerced28 = undefined;
if(!(coerced28 !== undefined)){
if(dataType28 == "number" || dataType28 == "boolean"){
coerced28 = "" + data36;
}
else if(data36 === null){
coerced28 = "";
}
else {
const err78 = {instancePath:instancePath+"/size_param",schemaPath:"#/oneOf/3/properties/size_param/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[3].properties.size_param.type,parentSchema:schema12.oneOf[3].properties.size_param,data:data36};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(coerced28 !== undefined){
data36 = coerced28;
if(data !== undefined){
data["size_param"] = coerced28;
}
}
}
if(typeof data36 === "string"){
if(func3(data36) < 1){
const err79 = {instancePath:instancePath+"/size_param",schemaPath:"#/oneOf/3/properties/size_param/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.oneOf[3].properties.size_param,data:data36};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
let data37 = data.size;
if(!(((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37))) && (isFinite(data37)))){
let dataType29 = typeof data37;
let coerced29 = undefined;
if(!(coerced29 !== undefined)){
if(dataType29 === "boolean" || data37 === null
              || (dataType29 === "string" && data37 && data37 == +data37 && !(data37 % 1))){
coerced29 = +data37;
}
else {
const err80 = {instancePath:instancePath+"/size",schemaPath:"#/oneOf/3/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[3].properties.size.type,parentSchema:schema12.oneOf[3].properties.size,data:data37};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(coerced29 !== undefined){
data37 = coerced29;
if(data !== undefined){
data["size"] = coerced29;
}
}
}
if((typeof data37 == "number") && (isFinite(data37))){
if(data37 < 1 || isNaN(data37)){
const err81 = {instancePath:instancePath+"/size",schemaPath:"#/oneOf/3/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.oneOf[3].properties.size,data:data37};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
let data38 = data.size_honoured;
if(typeof data38 !== "boolean"){
let coerced30 = undefined;
if(!(coerced30 !== undefined)){
if(data38 === "false" || data38 === 0 || data38 === null){
coerced30 = false;
}
else if(data38 === "true" || data38 === 1){
coerced30 = true;
}
else {
const err82 = {instancePath:instancePath+"/size_honoured",schemaPath:"#/oneOf/3/properties/size_honoured/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.oneOf[3].properties.size_honoured.type,parentSchema:schema12.oneOf[3].properties.size_honoured,data:data38};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(coerced30 !== undefined){
data38 = coerced30;
if(data !== undefined){
data["size_honoured"] = coerced30;
}
}
}
let data39 = data.stop_when;
if(Array.isArray(data39)){
const len3 = data39.length;
for(let i3=0; i3<len3; i3++){
let data40 = data39[i3];
if(typeof data40 !== "string"){
let dataType31 = typeof data40;
let coerced31 = undefined;
if(!(coerced31 !== undefined)){
if(dataType31 == "number" || dataType31 == "boolean"){
coerced31 = "" + data40;
}
else if(data40 === null){
coerced31 = "";
}
else {
const err83 = {instancePath:instancePath+"/stop_when/" + i3,schemaPath:"#/oneOf/3/properties/stop_when/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[3].properties.stop_when.items.type,parentSchema:schema12.oneOf[3].properties.stop_when.items,data:data40};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(coerced31 !== undefined){
data40 = coerced31;
if(data39 !== undefined){
data39[i3] = coerced31;
}
}
}
if(!(((((data40 === "empty_page") || (data40 === "short_page")) || (data40 === "has_more")) || (data40 === "total")) || (data40 === "repeated_page"))){
const err84 = {instancePath:instancePath+"/stop_when/" + i3,schemaPath:"#/oneOf/3/properties/stop_when/items/enum",keyword:"enum",params:{allowedValues: schema12.oneOf[3].properties.stop_when.items.enum},message:"must be equal to one of the allowed values",schema:schema12.oneOf[3].properties.stop_when.items.enum,parentSchema:schema12.oneOf[3].properties.stop_when.items,data:data40};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
else {
const err85 = {instancePath:instancePath+"/stop_when",schemaPath:"#/oneOf/3/properties/stop_when/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.oneOf[3].properties.stop_when.type,parentSchema:schema12.oneOf[3].properties.stop_when,data:data39};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(data.has_more_path !== undefined){
let data41 = data.has_more_path;
if(typeof data41 !== "string"){
let dataType32 = typeof data41;
let coerced32 = undefined;
if(!(coerced32 !== undefined)){
if(dataType32 == "number" || dataType32 == "boolean"){
coerced32 = "" + data41;
}
else if(data41 === null){
coerced32 = "";
}
else {
const err86 = {instancePath:instancePath+"/has_more_path",schemaPath:"#/oneOf/3/properties/has_more_path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[3].properties.has_more_path.type,parentSchema:schema12.oneOf[3].properties.has_more_path,data:data41};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(coerced32 !== undefined){
data41 = coerced32;
if(data !== undefined){
data["has_more_path"] = coerced32;
}
}
}
if(typeof data41 === "string"){
if(func3(data41) < 1){
const err87 = {instancePath:instancePath+"/has_more_path",schemaPath:"#/oneOf/3/properties/has_more_path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.oneOf[3].properties.has_more_path,data:data41};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
if(data.total_path !== undefined){
let data42 = data.total_path;
if(typeof data42 !== "string"){
let dataType33 = typeof data42;
let coerced33 = undefined;
if(!(coerced33 !== undefined)){
if(dataType33 == "number" || dataType33 == "boolean"){
coerced33 = "" + data42;
}
else if(data42 === null){
coerced33 = "";
}
else {
const err88 = {instancePath:instancePath+"/total_path",schemaPath:"#/oneOf/3/properties/total_path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[3].properties.total_path.type,parentSchema:schema12.oneOf[3].properties.total_path,data:data42};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(coerced33 !== undefined){
data42 = coerced33;
if(data !== undefined){
data["total_path"] = coerced33;
}
}
}
if(typeof data42 === "string"){
if(func3(data42) < 1){
const err89 = {instancePath:instancePath+"/total_path",schemaPath:"#/oneOf/3/properties/total_path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.oneOf[3].properties.total_path,data:data42};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
}
if(data.total_pages_path !== undefined){
let data43 = data.total_pages_path;
if(typeof data43 !== "string"){
let dataType34 = typeof data43;
let coerced34 = undefined;
if(!(coerced34 !== undefined)){
if(dataType34 == "number" || dataType34 == "boolean"){
coerced34 = "" + data43;
}
else if(data43 === null){
coerced34 = "";
}
else {
const err90 = {instancePath:instancePath+"/total_pages_path",schemaPath:"#/oneOf/3/properties/total_pages_path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[3].properties.total_pages_path.type,parentSchema:schema12.oneOf[3].properties.total_pages_path,data:data43};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(coerced34 !== undefined){
data43 = coerced34;
if(data !== undefined){
data["total_pages_path"] = coerced34;
}
}
}
if(typeof data43 === "string"){
if(func3(data43) < 1){
const err91 = {instancePath:instancePath+"/total_pages_path",schemaPath:"#/oneOf/3/properties/total_pages_path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.oneOf[3].properties.total_pages_path,data:data43};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
}
let data44 = data.max_pages;
if(!(((typeof data44 == "number") && (!(data44 % 1) && !isNaN(data44))) && (isFinite(data44)))){
let dataType35 = typeof data44;
let coerced35 = undefined;
if(!(coerced35 !== undefined)){
if(dataType35 === "boolean" || data44 === null
              || (dataType35 === "string" && data44 && data44 == +data44 && !(data44 % 1))){
coerced35 = +data44;
}
else {
const err92 = {instancePath:instancePath+"/max_pages",schemaPath:"#/oneOf/3/properties/max_pages/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[3].properties.max_pages.type,parentSchema:schema12.oneOf[3].properties.max_pages,data:data44};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(coerced35 !== undefined){
data44 = coerced35;
if(data !== undefined){
data["max_pages"] = coerced35;
}
}
}
if((typeof data44 == "number") && (isFinite(data44))){
if(data44 < 1 || isNaN(data44)){
const err93 = {instancePath:instancePath+"/max_pages",schemaPath:"#/oneOf/3/properties/max_pages/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.oneOf[3].properties.max_pages,data:data44};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
let data45 = data.on_guard;
if(typeof data45 !== "string"){
let dataType36 = typeof data45;
let coerced36 = undefined;
if(!(coerced36 !== undefined)){
if(dataType36 == "number" || dataType36 == "boolean"){
coerced36 = "" + data45;
}
else if(data45 === null){
coerced36 = "";
}
else {
const err94 = {instancePath:instancePath+"/on_guard",schemaPath:"#/oneOf/3/properties/on_guard/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[3].properties.on_guard.type,parentSchema:schema12.oneOf[3].properties.on_guard,data:data45};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(coerced36 !== undefined){
data45 = coerced36;
if(data !== undefined){
data["on_guard"] = coerced36;
}
}
}
if(!((data45 === "fail") || (data45 === "warn"))){
const err95 = {instancePath:instancePath+"/on_guard",schemaPath:"#/oneOf/3/properties/on_guard/enum",keyword:"enum",params:{allowedValues: schema12.oneOf[3].properties.on_guard.enum},message:"must be equal to one of the allowed values",schema:schema12.oneOf[3].properties.on_guard.enum,parentSchema:schema12.oneOf[3].properties.on_guard,data:data45};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
else {
const err96 = {instancePath,schemaPath:"#/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.oneOf[3].type,parentSchema:schema12.oneOf[3],data};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
else if(tag0 === "next_url"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.stop_when === undefined){
data.stop_when = [];
}
if(data.max_pages === undefined){
data.max_pages = 10000;
}
if(data.on_guard === undefined){
data.on_guard = "fail";
}
if(data.type === undefined){
const err97 = {instancePath,schemaPath:"#/oneOf/4/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema12.oneOf[4].required,parentSchema:schema12.oneOf[4],data};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(data.next_url_path === undefined){
const err98 = {instancePath,schemaPath:"#/oneOf/4/required",keyword:"required",params:{missingProperty: "next_url_path"},message:"must have required property '"+"next_url_path"+"'",schema:schema12.oneOf[4].required,parentSchema:schema12.oneOf[4],data};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
for(const key4 in data){
if(!((((((((key4 === "type") || (key4 === "next_url_path")) || (key4 === "stop_when")) || (key4 === "has_more_path")) || (key4 === "total_path")) || (key4 === "total_pages_path")) || (key4 === "max_pages")) || (key4 === "on_guard"))){
const err99 = {instancePath,schemaPath:"#/oneOf/4/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema12.oneOf[4],data};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data.type !== undefined){
let data46 = data.type;
if("next_url" !== data46){
const err100 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/4/properties/type/const",keyword:"const",params:{allowedValue: "next_url"},message:"must be equal to constant",schema:"next_url",parentSchema:schema12.oneOf[4].properties.type,data:data46};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data.next_url_path !== undefined){
let data47 = data.next_url_path;
if(typeof data47 !== "string"){
let dataType37 = typeof data47;
let coerced37 = undefined;
if(!(coerced37 !== undefined)){
if(dataType37 == "number" || dataType37 == "boolean"){
coerced37 = "" + data47;
}
else if(data47 === null){
coerced37 = "";
}
else {
const err101 = {instancePath:instancePath+"/next_url_path",schemaPath:"#/oneOf/4/properties/next_url_path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[4].properties.next_url_path.type,parentSchema:schema12.oneOf[4].properties.next_url_path,data:data47};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(coerced37 !== undefined){
data47 = coerced37;
if(data !== undefined){
data["next_url_path"] = coerced37;
}
}
}
if(typeof data47 === "string"){
if(func3(data47) < 1){
const err102 = {instancePath:instancePath+"/next_url_path",schemaPath:"#/oneOf/4/properties/next_url_path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.oneOf[4].properties.next_url_path,data:data47};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
}
let data48 = data.stop_when;
if(Array.isArray(data48)){
const len4 = data48.length;
for(let i4=0; i4<len4; i4++){
let data49 = data48[i4];
if(typeof data49 !== "string"){
let dataType38 = typeof data49;
let coerced38 = undefined;
if(!(coerced38 !== undefined)){
if(dataType38 == "number" || dataType38 == "boolean"){
coerced38 = "" + data49;
}
else if(data49 === null){
coerced38 = "";
}
else {
const err103 = {instancePath:instancePath+"/stop_when/" + i4,schemaPath:"#/oneOf/4/properties/stop_when/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[4].properties.stop_when.items.type,parentSchema:schema12.oneOf[4].properties.stop_when.items,data:data49};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(coerced38 !== undefined){
data49 = coerced38;
if(data48 !== undefined){
data48[i4] = coerced38;
}
}
}
if(!(((((data49 === "empty_page") || (data49 === "short_page")) || (data49 === "has_more")) || (data49 === "total")) || (data49 === "repeated_page"))){
const err104 = {instancePath:instancePath+"/stop_when/" + i4,schemaPath:"#/oneOf/4/properties/stop_when/items/enum",keyword:"enum",params:{allowedValues: schema12.oneOf[4].properties.stop_when.items.enum},message:"must be equal to one of the allowed values",schema:schema12.oneOf[4].properties.stop_when.items.enum,parentSchema:schema12.oneOf[4].properties.stop_when.items,data:data49};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
}
else {
const err105 = {instancePath:instancePath+"/stop_when",schemaPath:"#/oneOf/4/properties/stop_when/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.oneOf[4].properties.stop_when.type,parentSchema:schema12.oneOf[4].properties.stop_when,data:data48};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if(data.has_more_path !== undefined){
let data50 = data.has_more_path;
if(typeof data50 !== "string"){
let dataType39 = typeof data50;
let coerced39 = undefined;
if(!(coerced39 !== undefined)){
if(dataType39 == "number" || dataType39 == "boolean"){
coerced39 = "" + data50;
}
else if(data50 === null){
coerced39 = "";
}
else {
const err106 = {instancePath:instancePath+"/has_more_path",schemaPath:"#/oneOf/4/properties/has_more_path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[4].properties.has_more_path.type,parentSchema:schema12.oneOf[4].properties.has_more_path,data:data50};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(coerced39 !== undefined){
data50 = coerced39;
if(data !== undefined){
data["has_more_path"] = coerced39;
}
}
}
if(typeof data50 === "string"){
if(func3(data50) < 1){
const err107 = {instancePath:instancePath+"/has_more_path",schemaPath:"#/oneOf/4/properties/has_more_path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.oneOf[4].properties.has_more_path,data:data50};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
if(data.total_path !== undefined){
let data51 = data.total_path;
if(typeof data51 !== "string"){
let dataType40 = typeof data51;
let coerced40 = undefined;
if(!(coerced40 !== undefined)){
if(dataType40 == "number" || dataType40 == "boolean"){
coerced40 = "" + data51;
}
else if(data51 === null){
coerced40 = "";
}
else {
const err108 = {instancePath:instancePath+"/total_path",schemaPath:"#/oneOf/4/properties/total_path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[4].properties.total_path.type,parentSchema:schema12.oneOf[4].properties.total_path,data:data51};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(coerced40 !== undefined){
data51 = coerced40;
if(data !== undefined){
data["total_path"] = coerced40;
}
}
}
if(typeof data51 === "string"){
if(func3(data51) < 1){
const err109 = {instancePath:instancePath+"/total_path",schemaPath:"#/oneOf/4/properties/total_path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.oneOf[4].properties.total_path,data:data51};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
}
if(data.total_pages_path !== undefined){
let data52 = data.total_pages_path;
if(typeof data52 !== "string"){
let dataType41 = typeof data52;
let coerced41 = undefined;
if(!(coerced41 !== undefined)){
if(dataType41 == "number" || dataType41 == "boolean"){
coerced41 = "" + data52;
}
else if(data52 === null){
coerced41 = "";
}
else {
const err110 = {instancePath:instancePath+"/total_pages_path",schemaPath:"#/oneOf/4/properties/total_pages_path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[4].properties.total_pages_path.type,parentSchema:schema12.oneOf[4].properties.total_pages_path,data:data52};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(coerced41 !== undefined){
data52 = coerced41;
if(data !== undefined){
data["total_pages_path"] = coerced41;
}
}
}
if(typeof data52 === "string"){
if(func3(data52) < 1){
const err111 = {instancePath:instancePath+"/total_pages_path",schemaPath:"#/oneOf/4/properties/total_pages_path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.oneOf[4].properties.total_pages_path,data:data52};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
}
let data53 = data.max_pages;
if(!(((typeof data53 == "number") && (!(data53 % 1) && !isNaN(data53))) && (isFinite(data53)))){
let dataType42 = typeof data53;
let coerced42 = undefined;
if(!(coerced42 !== undefined)){
if(dataType42 === "boolean" || data53 === null
              || (dataType42 === "string" && data53 && data53 == +data53 && !(data53 % 1))){
coerced42 = +data53;
}
else {
const err112 = {instancePath:instancePath+"/max_pages",schemaPath:"#/oneOf/4/properties/max_pages/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[4].properties.max_pages.type,parentSchema:schema12.oneOf[4].properties.max_pages,data:data53};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(coerced42 !== undefined){
data53 = coerced42;
if(data !== undefined){
data["max_pages"] = coerced42;
}
}
}
if((typeof data53 == "number") && (isFinite(data53))){
if(data53 < 1 || isNaN(data53)){
const err113 = {instancePath:instancePath+"/max_pages",schemaPath:"#/oneOf/4/properties/max_pages/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.oneOf[4].properties.max_pages,data:data53};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
let data54 = data.on_guard;
if(typeof data54 !== "string"){
let dataType43 = typeof data54;
let coerced43 = undefined;
if(!(coerced43 !== undefined)){
if(dataType43 == "number" || dataType43 == "boolean"){
coerced43 = "" + data54;
}
else if(data54 === null){
coerced43 = "";
}
else {
const err114 = {instancePath:instancePath+"/on_guard",schemaPath:"#/oneOf/4/properties/on_guard/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[4].properties.on_guard.type,parentSchema:schema12.oneOf[4].properties.on_guard,data:data54};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(coerced43 !== undefined){
data54 = coerced43;
if(data !== undefined){
data["on_guard"] = coerced43;
}
}
}
if(!((data54 === "fail") || (data54 === "warn"))){
const err115 = {instancePath:instancePath+"/on_guard",schemaPath:"#/oneOf/4/properties/on_guard/enum",keyword:"enum",params:{allowedValues: schema12.oneOf[4].properties.on_guard.enum},message:"must be equal to one of the allowed values",schema:schema12.oneOf[4].properties.on_guard.enum,parentSchema:schema12.oneOf[4].properties.on_guard,data:data54};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
else {
const err116 = {instancePath,schemaPath:"#/oneOf/4/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.oneOf[4].type,parentSchema:schema12.oneOf[4],data};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
else if(tag0 === "link_header"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.rel === undefined){
data.rel = "next";
}
if(data.stop_when === undefined){
data.stop_when = [];
}
if(data.max_pages === undefined){
data.max_pages = 10000;
}
if(data.on_guard === undefined){
data.on_guard = "fail";
}
if(data.type === undefined){
const err117 = {instancePath,schemaPath:"#/oneOf/5/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema12.oneOf[5].required,parentSchema:schema12.oneOf[5],data};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
for(const key5 in data){
if(!((((((((key5 === "type") || (key5 === "rel")) || (key5 === "stop_when")) || (key5 === "has_more_path")) || (key5 === "total_path")) || (key5 === "total_pages_path")) || (key5 === "max_pages")) || (key5 === "on_guard"))){
const err118 = {instancePath,schemaPath:"#/oneOf/5/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema12.oneOf[5],data};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data.type !== undefined){
let data55 = data.type;
if("link_header" !== data55){
const err119 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/5/properties/type/const",keyword:"const",params:{allowedValue: "link_header"},message:"must be equal to constant",schema:"link_header",parentSchema:schema12.oneOf[5].properties.type,data:data55};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
let data56 = data.rel;
if(typeof data56 !== "string"){
let dataType44 = typeof data56;
let coerced44 = undefined;
if(!(coerced44 !== undefined)){
if(dataType44 == "number" || dataType44 == "boolean"){
coerced44 = "" + data56;
}
else if(data56 === null){
coerced44 = "";
}
else {
const err120 = {instancePath:instancePath+"/rel",schemaPath:"#/oneOf/5/properties/rel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[5].properties.rel.type,parentSchema:schema12.oneOf[5].properties.rel,data:data56};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(coerced44 !== undefined){
data56 = coerced44;
if(data !== undefined){
data["rel"] = coerced44;
}
}
}
if(typeof data56 === "string"){
if(func3(data56) < 1){
const err121 = {instancePath:instancePath+"/rel",schemaPath:"#/oneOf/5/properties/rel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.oneOf[5].properties.rel,data:data56};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
let data57 = data.stop_when;
if(Array.isArray(data57)){
const len5 = data57.length;
for(let i5=0; i5<len5; i5++){
let data58 = data57[i5];
if(typeof data58 !== "string"){
let dataType45 = typeof data58;
let coerced45 = undefined;
if(!(coerced45 !== undefined)){
if(dataType45 == "number" || dataType45 == "boolean"){
coerced45 = "" + data58;
}
else if(data58 === null){
coerced45 = "";
}
else {
const err122 = {instancePath:instancePath+"/stop_when/" + i5,schemaPath:"#/oneOf/5/properties/stop_when/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[5].properties.stop_when.items.type,parentSchema:schema12.oneOf[5].properties.stop_when.items,data:data58};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(coerced45 !== undefined){
data58 = coerced45;
if(data57 !== undefined){
data57[i5] = coerced45;
}
}
}
if(!(((((data58 === "empty_page") || (data58 === "short_page")) || (data58 === "has_more")) || (data58 === "total")) || (data58 === "repeated_page"))){
const err123 = {instancePath:instancePath+"/stop_when/" + i5,schemaPath:"#/oneOf/5/properties/stop_when/items/enum",keyword:"enum",params:{allowedValues: schema12.oneOf[5].properties.stop_when.items.enum},message:"must be equal to one of the allowed values",schema:schema12.oneOf[5].properties.stop_when.items.enum,parentSchema:schema12.oneOf[5].properties.stop_when.items,data:data58};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
}
else {
const err124 = {instancePath:instancePath+"/stop_when",schemaPath:"#/oneOf/5/properties/stop_when/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.oneOf[5].properties.stop_when.type,parentSchema:schema12.oneOf[5].properties.stop_when,data:data57};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
if(data.has_more_path !== undefined){
let data59 = data.has_more_path;
if(typeof data59 !== "string"){
let dataType46 = typeof data59;
let coerced46 = undefined;
if(!(coerced46 !== undefined)){
if(dataType46 == "number" || dataType46 == "boolean"){
coerced46 = "" + data59;
}
else if(data59 === null){
coerced46 = "";
}
else {
const err125 = {instancePath:instancePath+"/has_more_path",schemaPath:"#/oneOf/5/properties/has_more_path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[5].properties.has_more_path.type,parentSchema:schema12.oneOf[5].properties.has_more_path,data:data59};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(coerced46 !== undefined){
data59 = coerced46;
if(data !== undefined){
data["has_more_path"] = coerced46;
}
}
}
if(typeof data59 === "string"){
if(func3(data59) < 1){
const err126 = {instancePath:instancePath+"/has_more_path",schemaPath:"#/oneOf/5/properties/has_more_path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.oneOf[5].properties.has_more_path,data:data59};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
}
if(data.total_path !== undefined){
let data60 = data.total_path;
if(typeof data60 !== "string"){
let dataType47 = typeof data60;
let coerced47 = undefined;
if(!(coerced47 !== undefined)){
if(dataType47 == "number" || dataType47 == "boolean"){
coerced47 = "" + data60;
}
else if(data60 === null){
coerced47 = "";
}
else {
const err127 = {instancePath:instancePath+"/total_path",schemaPath:"#/oneOf/5/properties/total_path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[5].properties.total_path.type,parentSchema:schema12.oneOf[5].properties.total_path,data:data60};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
if(coerced47 !== undefined){
data60 = coerced47;
if(data !== undefined){
data["total_path"] = coerced47;
}
}
}
if(typeof data60 === "string"){
if(func3(data60) < 1){
const err128 = {instancePath:instancePath+"/total_path",schemaPath:"#/oneOf/5/properties/total_path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.oneOf[5].properties.total_path,data:data60};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
}
if(data.total_pages_path !== undefined){
let data61 = data.total_pages_path;
if(typeof data61 !== "string"){
let dataType48 = typeof data61;
let coerced48 = undefined;
if(!(coerced48 !== undefined)){
if(dataType48 == "number" || dataType48 == "boolean"){
coerced48 = "" + data61;
}
else if(data61 === null){
coerced48 = "";
}
else {
const err129 = {instancePath:instancePath+"/total_pages_path",schemaPath:"#/oneOf/5/properties/total_pages_path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[5].properties.total_pages_path.type,parentSchema:schema12.oneOf[5].properties.total_pages_path,data:data61};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(coerced48 !== undefined){
data61 = coerced48;
if(data !== undefined){
data["total_pages_path"] = coerced48;
}
}
}
if(typeof data61 === "string"){
if(func3(data61) < 1){
const err130 = {instancePath:instancePath+"/total_pages_path",schemaPath:"#/oneOf/5/properties/total_pages_path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.oneOf[5].properties.total_pages_path,data:data61};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
}
let data62 = data.max_pages;
if(!(((typeof data62 == "number") && (!(data62 % 1) && !isNaN(data62))) && (isFinite(data62)))){
let dataType49 = typeof data62;
let coerced49 = undefined;
if(!(coerced49 !== undefined)){
if(dataType49 === "boolean" || data62 === null
              || (dataType49 === "string" && data62 && data62 == +data62 && !(data62 % 1))){
coerced49 = +data62;
}
else {
const err131 = {instancePath:instancePath+"/max_pages",schemaPath:"#/oneOf/5/properties/max_pages/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[5].properties.max_pages.type,parentSchema:schema12.oneOf[5].properties.max_pages,data:data62};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
if(coerced49 !== undefined){
data62 = coerced49;
if(data !== undefined){
data["max_pages"] = coerced49;
}
}
}
if((typeof data62 == "number") && (isFinite(data62))){
if(data62 < 1 || isNaN(data62)){
const err132 = {instancePath:instancePath+"/max_pages",schemaPath:"#/oneOf/5/properties/max_pages/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.oneOf[5].properties.max_pages,data:data62};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
let data63 = data.on_guard;
if(typeof data63 !== "string"){
let dataType50 = typeof data63;
let coerced50 = undefined;
if(!(coerced50 !== undefined)){
if(dataType50 == "number" || dataType50 == "boolean"){
coerced50 = "" + data63;
}
else if(data63 === null){
coerced50 = "";
}
else {
const err133 = {instancePath:instancePath+"/on_guard",schemaPath:"#/oneOf/5/properties/on_guard/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[5].properties.on_guard.type,parentSchema:schema12.oneOf[5].properties.on_guard,data:data63};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
if(coerced50 !== undefined){
data63 = coerced50;
if(data !== undefined){
data["on_guard"] = coerced50;
}
}
}
if(!((data63 === "fail") || (data63 === "warn"))){
const err134 = {instancePath:instancePath+"/on_guard",schemaPath:"#/oneOf/5/properties/on_guard/enum",keyword:"enum",params:{allowedValues: schema12.oneOf[5].properties.on_guard.enum},message:"must be equal to one of the allowed values",schema:schema12.oneOf[5].properties.on_guard.enum,parentSchema:schema12.oneOf[5].properties.on_guard,data:data63};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
else {
const err135 = {instancePath,schemaPath:"#/oneOf/5/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.oneOf[5].type,parentSchema:schema12.oneOf[5],data};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
else {
const err136 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0},message:"value of tag \"type\" must be in oneOf",schema:schema12.discriminator,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
else {
const err137 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0},message:"tag \"type\" must be string",schema:schema12.discriminator,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
else {
const err138 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}

const schema13 = {"description":"Writes the stream's cursor into the request, formatted, for an incremental stream. Left out when there is no cursor yet (set `incremental.initial` to always send it).","type":"object","additionalProperties":false,"required":["param"],"properties":{"param":{"description":"Name of the query parameter, or dot path of the body field (with `in: body`), that carries the value.","type":"string","minLength":1},"in":{"description":"Where the value goes: the query string or the JSON body.","type":"string","enum":["query","body"],"default":"query"},"value":{"description":"The value sent, where `${cursor}` is the formatted cursor, e.g. `LastUpdateDate gt ${cursor}` for an OData `$filter`.","type":"string","default":"${cursor}","x-runtime-template":true},"format":{"$ref":"#/$defs/x-hoisted-1"},"lookback_s":{"description":"Seconds subtracted from the cursor before it is sent, to re-read late writes. Needs a `format` other than `raw`.","type":"number","minimum":0},"timezone":{"description":"IANA time zone (e.g. `America/Sao_Paulo`) for cursors written without an offset and for the formatted value, for APIs whose times carry no zone.","type":"string","minLength":1,"default":"UTC"}},"if":{"required":["lookback_s"]},"then":{"required":["format"]}};
const schema14 = {"description":"How the cursor is written: `raw` (as stored), `iso` (`2024-05-01T12:00:00Z`), `iso_date` (`2024-05-01`), `unix` (seconds), `unix_ms`, or a pattern of `%Y %m %d %H %M %S %L` (milliseconds) `%z` (`+0000`) `%%`, e.g. `%Y-%m-%dT%H:%M:%S`. Default `raw`.","type":"string","pattern":"^(raw|iso|iso_date|unix|unix_ms|([^%]|%[YmdHMSLz%])*%[YmdHMSLz%]([^%]|%[YmdHMSLz%])*)$"};
const pattern1 = new RegExp("^(raw|iso|iso_date|unix|unix_ms|([^%]|%[YmdHMSLz%])*%[YmdHMSLz%]([^%]|%[YmdHMSLz%])*)$", "u");

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
let dataType0 = typeof data;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data;
}
else if(data === null){
coerced0 = "";
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(coerced0 !== undefined){
data = coerced0;
if(parentData !== undefined){
parentData[parentDataProperty] = coerced0;
}
}
}
if(typeof data === "string"){
if(!pattern1.test(data)){
const err1 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^(raw|iso|iso_date|unix|unix_ms|([^%]|%[YmdHMSLz%])*%[YmdHMSLz%]([^%]|%[YmdHMSLz%])*)$"},message:"must match pattern \""+"^(raw|iso|iso_date|unix|unix_ms|([^%]|%[YmdHMSLz%])*%[YmdHMSLz%]([^%]|%[YmdHMSLz%])*)$"+"\"",schema:"^(raw|iso|iso_date|unix|unix_ms|([^%]|%[YmdHMSLz%])*%[YmdHMSLz%]([^%]|%[YmdHMSLz%])*)$",parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
validate34.errors = vErrors;
return errors === 0;
}


function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.lookback_s === undefined) && (missing0 = "lookback_s")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.format === undefined){
const err1 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "format"},message:"must have required property '"+"format"+"'",schema:schema13.then.required,parentSchema:schema13.then,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema13.if,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.in === undefined){
data.in = "query";
}
if(data.value === undefined){
data.value = "${cursor}";
}
if(data.timezone === undefined){
data.timezone = "UTC";
}
if(data.param === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "param"},message:"must have required property '"+"param"+"'",schema:schema13.required,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "param") || (key0 === "in")) || (key0 === "value")) || (key0 === "format")) || (key0 === "lookback_s")) || (key0 === "timezone"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.param !== undefined){
let data0 = data.param;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err5 = {instancePath:instancePath+"/param",schemaPath:"#/properties/param/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.param.type,parentSchema:schema13.properties.param,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["param"] = coerced0;
}
}
}
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err6 = {instancePath:instancePath+"/param",schemaPath:"#/properties/param/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.properties.param,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
let data1 = data.in;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
const err7 = {instancePath:instancePath+"/in",schemaPath:"#/properties/in/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.in.type,parentSchema:schema13.properties.in,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["in"] = coerced1;
}
}
}
if(!((data1 === "query") || (data1 === "body"))){
const err8 = {instancePath:instancePath+"/in",schemaPath:"#/properties/in/enum",keyword:"enum",params:{allowedValues: schema13.properties.in.enum},message:"must be equal to one of the allowed values",schema:schema13.properties.in.enum,parentSchema:schema13.properties.in,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
let data2 = data.value;
if(typeof data2 !== "string"){
let dataType2 = typeof data2;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data2;
}
else if(data2 === null){
coerced2 = "";
}
else {
const err9 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.value.type,parentSchema:schema13.properties.value,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["value"] = coerced2;
}
}
}
this.templates.push(instancePath + "/value");
if(data.format !== undefined){
if(!(validate34.call(this, data.format, {instancePath:instancePath+"/format",parentData:data,parentDataProperty:"format",rootData}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
if(data.lookback_s !== undefined){
let data4 = data.lookback_s;
if(!((typeof data4 == "number") && (isFinite(data4)))){
let dataType3 = typeof data4;
let coerced3 = undefined;
if(!(coerced3 !== undefined)){
if(dataType3 == "boolean" || data4 === null
              || (dataType3 == "string" && data4 && data4 == +data4)){
coerced3 = +data4;
}
else {
const err10 = {instancePath:instancePath+"/lookback_s",schemaPath:"#/properties/lookback_s/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema13.properties.lookback_s.type,parentSchema:schema13.properties.lookback_s,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(coerced3 !== undefined){
data4 = coerced3;
if(data !== undefined){
data["lookback_s"] = coerced3;
}
}
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err11 = {instancePath:instancePath+"/lookback_s",schemaPath:"#/properties/lookback_s/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.properties.lookback_s,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
let data5 = data.timezone;
if(typeof data5 !== "string"){
let dataType4 = typeof data5;
let coerced4 = undefined;
if(!(coerced4 !== undefined)){
if(dataType4 == "number" || dataType4 == "boolean"){
coerced4 = "" + data5;
}
else if(data5 === null){
coerced4 = "";
}
else {
const err12 = {instancePath:instancePath+"/timezone",schemaPath:"#/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.timezone.type,parentSchema:schema13.properties.timezone,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(coerced4 !== undefined){
data5 = coerced4;
if(data !== undefined){
data["timezone"] = coerced4;
}
}
}
if(typeof data5 === "string"){
if(func3(data5) < 1){
const err13 = {instancePath:instancePath+"/timezone",schemaPath:"#/properties/timezone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.properties.timezone,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}

const schema15 = {"description":"Reads an asynchronous report instead of a list: the stream's request (`path`, `method`, `params`, `body`) creates the report, `status` is polled (with backoff, honouring `Retry-After`) until the report is done, an optional `document` request gives the download URL, and the file (gzip or not) is decoded in the stream's `format` (`tsv`, `csv`, `jsonl`, `json`). The report id is kept in the state store until the document has been read, so a run that stops while polling resumes the same report instead of asking for a new one. `${report.id}` and `${report.<field>}` (fields of the last status answer) may be used in `status.path` and `document.path`.","type":"object","additionalProperties":false,"required":["id_path","status","url_path"],"properties":{"id_path":{"description":"Dot path of the new report's id in the create answer, e.g. `reportId`.","type":"string","minLength":1},"status":{"$ref":"#/$defs/x-hoisted-3"},"document":{"$ref":"#/$defs/x-hoisted-4"},"url_path":{"description":"Dot path of the download URL in the document answer (or the status answer without `document`). A URL on another origin (a pre-signed storage URL) gets none of the connection's credentials.","type":"string","minLength":1},"compression_path":{"description":"Dot path of the compression in the same answer, e.g. `compressionAlgorithm`; `GZIP` (any case) is gunzipped.","type":"string","minLength":1},"page_size":{"description":"Records handed on per page while the document is decoded.","type":"integer","minimum":1,"default":1000},"reuse_in_run":{"description":"A report read to the end earlier in the same run is read again (its document fetched anew) instead of a new one being requested, e.g. for a stream partitioned by this one (`partitions.from.stream`).","type":"boolean","default":false},"resume_within_ms":{"description":"A stored report requested longer ago than this is not resumed: a new one is requested.","type":"integer","minimum":1,"default":21600000}}};
const schema16 = {"description":"The status request, polled until the report is done.","type":"object","additionalProperties":false,"required":["path","status_path","done"],"properties":{"path":{"description":"Path of the status request, e.g. `/reports/2021-06-30/reports/${report.id}`.","type":"string","minLength":1},"status_path":{"description":"Dot path of the status in its answer, e.g. `processingStatus`.","type":"string","minLength":1},"done":{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"description":"Statuses that mean the document is ready, e.g. `[DONE]`."},"empty":{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"description":"Statuses that mean there is nothing to read (the stream reads no record), e.g. SP-API `[CANCELLED]`."},"failed":{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"description":"Statuses that fail the read, e.g. `[FATAL]`."},"interval_ms":{"description":"Wait before the first poll; it doubles after each poll.","type":"integer","minimum":1,"default":5000},"max_interval_ms":{"description":"Longest wait between two polls.","type":"integer","minimum":1,"default":60000},"timeout_ms":{"description":"Fail the read when the report is not done this long after it was requested (a later run resumes it).","type":"integer","minimum":1,"default":1800000}}};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.interval_ms === undefined){
data.interval_ms = 5000;
}
if(data.max_interval_ms === undefined){
data.max_interval_ms = 60000;
}
if(data.timeout_ms === undefined){
data.timeout_ms = 1800000;
}
if(data.path === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.status_path === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status_path"},message:"must have required property '"+"status_path"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.done === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "done"},message:"must have required property '"+"done"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "path") || (key0 === "status_path")) || (key0 === "done")) || (key0 === "empty")) || (key0 === "failed")) || (key0 === "interval_ms")) || (key0 === "max_interval_ms")) || (key0 === "timeout_ms"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.path !== undefined){
let data0 = data.path;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err4 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.path.type,parentSchema:schema16.properties.path,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["path"] = coerced0;
}
}
}
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err5 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16.properties.path,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.status_path !== undefined){
let data1 = data.status_path;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
const err6 = {instancePath:instancePath+"/status_path",schemaPath:"#/properties/status_path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.status_path.type,parentSchema:schema16.properties.status_path,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["status_path"] = coerced1;
}
}
}
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err7 = {instancePath:instancePath+"/status_path",schemaPath:"#/properties/status_path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16.properties.status_path,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.done !== undefined){
let data2 = data.done;
if(Array.isArray(data2)){
if(data2.length < 1){
const err8 = {instancePath:instancePath+"/done",schemaPath:"#/properties/done/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema16.properties.done,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 !== "string"){
let dataType2 = typeof data3;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data3;
}
else if(data3 === null){
coerced2 = "";
}
else {
const err9 = {instancePath:instancePath+"/done/" + i0,schemaPath:"#/properties/done/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.done.items.type,parentSchema:schema16.properties.done.items,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(coerced2 !== undefined){
data3 = coerced2;
if(data2 !== undefined){
data2[i0] = coerced2;
}
}
}
if(typeof data3 === "string"){
if(func3(data3) < 1){
const err10 = {instancePath:instancePath+"/done/" + i0,schemaPath:"#/properties/done/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16.properties.done.items,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
}
else {
const err11 = {instancePath:instancePath+"/done",schemaPath:"#/properties/done/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema16.properties.done.type,parentSchema:schema16.properties.done,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.empty !== undefined){
let data4 = data.empty;
if(Array.isArray(data4)){
if(data4.length < 1){
const err12 = {instancePath:instancePath+"/empty",schemaPath:"#/properties/empty/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema16.properties.empty,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
if(typeof data5 !== "string"){
let dataType3 = typeof data5;
let coerced3 = undefined;
if(!(coerced3 !== undefined)){
if(dataType3 == "number" || dataType3 == "boolean"){
coerced3 = "" + data5;
}
else if(data5 === null){
coerced3 = "";
}
else {
const err13 = {instancePath:instancePath+"/empty/" + i1,schemaPath:"#/properties/empty/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.empty.items.type,parentSchema:schema16.properties.empty.items,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(coerced3 !== undefined){
data5 = coerced3;
if(data4 !== undefined){
data4[i1] = coerced3;
}
}
}
if(typeof data5 === "string"){
if(func3(data5) < 1){
const err14 = {instancePath:instancePath+"/empty/" + i1,schemaPath:"#/properties/empty/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16.properties.empty.items,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
else {
const err15 = {instancePath:instancePath+"/empty",schemaPath:"#/properties/empty/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema16.properties.empty.type,parentSchema:schema16.properties.empty,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.failed !== undefined){
let data6 = data.failed;
if(Array.isArray(data6)){
if(data6.length < 1){
const err16 = {instancePath:instancePath+"/failed",schemaPath:"#/properties/failed/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema16.properties.failed,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
const len2 = data6.length;
for(let i2=0; i2<len2; i2++){
let data7 = data6[i2];
if(typeof data7 !== "string"){
let dataType4 = typeof data7;
let coerced4 = undefined;
if(!(coerced4 !== undefined)){
if(dataType4 == "number" || dataType4 == "boolean"){
coerced4 = "" + data7;
}
else if(data7 === null){
coerced4 = "";
}
else {
const err17 = {instancePath:instancePath+"/failed/" + i2,schemaPath:"#/properties/failed/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.failed.items.type,parentSchema:schema16.properties.failed.items,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(coerced4 !== undefined){
data7 = coerced4;
if(data6 !== undefined){
data6[i2] = coerced4;
}
}
}
if(typeof data7 === "string"){
if(func3(data7) < 1){
const err18 = {instancePath:instancePath+"/failed/" + i2,schemaPath:"#/properties/failed/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16.properties.failed.items,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
}
else {
const err19 = {instancePath:instancePath+"/failed",schemaPath:"#/properties/failed/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema16.properties.failed.type,parentSchema:schema16.properties.failed,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
let data8 = data.interval_ms;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
let dataType5 = typeof data8;
let coerced5 = undefined;
if(!(coerced5 !== undefined)){
if(dataType5 === "boolean" || data8 === null
              || (dataType5 === "string" && data8 && data8 == +data8 && !(data8 % 1))){
coerced5 = +data8;
}
else {
const err20 = {instancePath:instancePath+"/interval_ms",schemaPath:"#/properties/interval_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema16.properties.interval_ms.type,parentSchema:schema16.properties.interval_ms,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(coerced5 !== undefined){
data8 = coerced5;
if(data !== undefined){
data["interval_ms"] = coerced5;
}
}
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 1 || isNaN(data8)){
const err21 = {instancePath:instancePath+"/interval_ms",schemaPath:"#/properties/interval_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema16.properties.interval_ms,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
let data9 = data.max_interval_ms;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
let dataType6 = typeof data9;
let coerced6 = undefined;
if(!(coerced6 !== undefined)){
if(dataType6 === "boolean" || data9 === null
              || (dataType6 === "string" && data9 && data9 == +data9 && !(data9 % 1))){
coerced6 = +data9;
}
else {
const err22 = {instancePath:instancePath+"/max_interval_ms",schemaPath:"#/properties/max_interval_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema16.properties.max_interval_ms.type,parentSchema:schema16.properties.max_interval_ms,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(coerced6 !== undefined){
data9 = coerced6;
if(data !== undefined){
data["max_interval_ms"] = coerced6;
}
}
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 1 || isNaN(data9)){
const err23 = {instancePath:instancePath+"/max_interval_ms",schemaPath:"#/properties/max_interval_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema16.properties.max_interval_ms,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
let data10 = data.timeout_ms;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
let dataType7 = typeof data10;
let coerced7 = undefined;
if(!(coerced7 !== undefined)){
if(dataType7 === "boolean" || data10 === null
              || (dataType7 === "string" && data10 && data10 == +data10 && !(data10 % 1))){
coerced7 = +data10;
}
else {
const err24 = {instancePath:instancePath+"/timeout_ms",schemaPath:"#/properties/timeout_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema16.properties.timeout_ms.type,parentSchema:schema16.properties.timeout_ms,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(coerced7 !== undefined){
data10 = coerced7;
if(data !== undefined){
data["timeout_ms"] = coerced7;
}
}
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 1 || isNaN(data10)){
const err25 = {instancePath:instancePath+"/timeout_ms",schemaPath:"#/properties/timeout_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema16.properties.timeout_ms,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}

const schema17 = {"description":"A request between the status and the download that gives the download URL, e.g. SP-API getReportDocument.","type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"description":"e.g. `/reports/2021-06-30/documents/${report.reportDocumentId}`.","type":"string","minLength":1}}};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema17.required,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "path")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.path !== undefined){
let data0 = data.path;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err2 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.path.type,parentSchema:schema17.properties.path,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["path"] = coerced0;
}
}
}
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema17.properties.path,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema17.type,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}


function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.page_size === undefined){
data.page_size = 1000;
}
if(data.reuse_in_run === undefined){
data.reuse_in_run = false;
}
if(data.resume_within_ms === undefined){
data.resume_within_ms = 21600000;
}
if(data.id_path === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id_path"},message:"must have required property '"+"id_path"+"'",schema:schema15.required,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.status === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema15.required,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.url_path === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "url_path"},message:"must have required property '"+"url_path"+"'",schema:schema15.required,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "id_path") || (key0 === "status")) || (key0 === "document")) || (key0 === "url_path")) || (key0 === "compression_path")) || (key0 === "page_size")) || (key0 === "reuse_in_run")) || (key0 === "resume_within_ms"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id_path !== undefined){
let data0 = data.id_path;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err4 = {instancePath:instancePath+"/id_path",schemaPath:"#/properties/id_path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.id_path.type,parentSchema:schema15.properties.id_path,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["id_path"] = coerced0;
}
}
}
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err5 = {instancePath:instancePath+"/id_path",schemaPath:"#/properties/id_path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15.properties.id_path,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.status !== undefined){
if(!(validate38.call(this, data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
if(data.document !== undefined){
if(!(validate40.call(this, data.document, {instancePath:instancePath+"/document",parentData:data,parentDataProperty:"document",rootData}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
}
if(data.url_path !== undefined){
let data3 = data.url_path;
if(typeof data3 !== "string"){
let dataType1 = typeof data3;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data3;
}
else if(data3 === null){
coerced1 = "";
}
else {
const err6 = {instancePath:instancePath+"/url_path",schemaPath:"#/properties/url_path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.url_path.type,parentSchema:schema15.properties.url_path,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(coerced1 !== undefined){
data3 = coerced1;
if(data !== undefined){
data["url_path"] = coerced1;
}
}
}
if(typeof data3 === "string"){
if(func3(data3) < 1){
const err7 = {instancePath:instancePath+"/url_path",schemaPath:"#/properties/url_path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15.properties.url_path,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.compression_path !== undefined){
let data4 = data.compression_path;
if(typeof data4 !== "string"){
let dataType2 = typeof data4;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data4;
}
else if(data4 === null){
coerced2 = "";
}
else {
const err8 = {instancePath:instancePath+"/compression_path",schemaPath:"#/properties/compression_path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.compression_path.type,parentSchema:schema15.properties.compression_path,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(coerced2 !== undefined){
data4 = coerced2;
if(data !== undefined){
data["compression_path"] = coerced2;
}
}
}
if(typeof data4 === "string"){
if(func3(data4) < 1){
const err9 = {instancePath:instancePath+"/compression_path",schemaPath:"#/properties/compression_path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15.properties.compression_path,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
let data5 = data.page_size;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
let dataType3 = typeof data5;
let coerced3 = undefined;
if(!(coerced3 !== undefined)){
if(dataType3 === "boolean" || data5 === null
              || (dataType3 === "string" && data5 && data5 == +data5 && !(data5 % 1))){
coerced3 = +data5;
}
else {
const err10 = {instancePath:instancePath+"/page_size",schemaPath:"#/properties/page_size/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema15.properties.page_size.type,parentSchema:schema15.properties.page_size,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(coerced3 !== undefined){
data5 = coerced3;
if(data !== undefined){
data["page_size"] = coerced3;
}
}
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
const err11 = {instancePath:instancePath+"/page_size",schemaPath:"#/properties/page_size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema15.properties.page_size,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
let data6 = data.reuse_in_run;
if(typeof data6 !== "boolean"){
let coerced4 = undefined;
if(!(coerced4 !== undefined)){
if(data6 === "false" || data6 === 0 || data6 === null){
coerced4 = false;
}
else if(data6 === "true" || data6 === 1){
coerced4 = true;
}
else {
const err12 = {instancePath:instancePath+"/reuse_in_run",schemaPath:"#/properties/reuse_in_run/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema15.properties.reuse_in_run.type,parentSchema:schema15.properties.reuse_in_run,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(coerced4 !== undefined){
data6 = coerced4;
if(data !== undefined){
data["reuse_in_run"] = coerced4;
}
}
}
let data7 = data.resume_within_ms;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
let dataType5 = typeof data7;
let coerced5 = undefined;
if(!(coerced5 !== undefined)){
if(dataType5 === "boolean" || data7 === null
              || (dataType5 === "string" && data7 && data7 == +data7 && !(data7 % 1))){
coerced5 = +data7;
}
else {
const err13 = {instancePath:instancePath+"/resume_within_ms",schemaPath:"#/properties/resume_within_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema15.properties.resume_within_ms.type,parentSchema:schema15.properties.resume_within_ms,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(coerced5 !== undefined){
data7 = coerced5;
if(data !== undefined){
data["resume_within_ms"] = coerced5;
}
}
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 1 || isNaN(data7)){
const err14 = {instancePath:instancePath+"/resume_within_ms",schemaPath:"#/properties/resume_within_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema15.properties.resume_within_ms,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}

const schema18 = {"description":"Keeps this stream's answers in the state store (its `syncengine_api_cache` tables) for `ttl`: a request made again while its answer is fresh (the same method, URL with its query parameters, and body) is answered from the store, sending nothing and spending no rate budget. Only 2xx answers are kept; a store that cannot be read or written is a miss, never a failed run. With `record_id`, a webhook of `syncengine serve` that names a record drops the answers holding it. See docs/http-source.md#response-cache.","type":"object","additionalProperties":false,"required":["ttl"],"properties":{"ttl":{"description":"How long an answer stays fresh: a number with a unit, e.g. `10m`, `30s`, `1h`.","type":"string","pattern":"^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$"},"record_id":{"description":"Dot path of the id in each record (e.g. `Id`), kept with the answer so the answers holding a changed record can be dropped.","type":"string","minLength":1}}};
const pattern2 = new RegExp("^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$", "u");

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ttl === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ttl"},message:"must have required property '"+"ttl"+"'",schema:schema18.required,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "ttl") || (key0 === "record_id"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.ttl !== undefined){
let data0 = data.ttl;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err2 = {instancePath:instancePath+"/ttl",schemaPath:"#/properties/ttl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.properties.ttl.type,parentSchema:schema18.properties.ttl,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["ttl"] = coerced0;
}
}
}
if(typeof data0 === "string"){
if(!pattern2.test(data0)){
const err3 = {instancePath:instancePath+"/ttl",schemaPath:"#/properties/ttl/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$",parentSchema:schema18.properties.ttl,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.record_id !== undefined){
let data1 = data.record_id;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
const err4 = {instancePath:instancePath+"/record_id",schemaPath:"#/properties/record_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.properties.record_id.type,parentSchema:schema18.properties.record_id,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["record_id"] = coerced1;
}
}
}
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err5 = {instancePath:instancePath+"/record_id",schemaPath:"#/properties/record_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18.properties.record_id,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.type,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}


function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.method === undefined){
data.method = "GET";
}
if(data.format === undefined){
data.format = "json";
}
if(data.csv_delimiter === undefined){
data.csv_delimiter = ",";
}
if(data.ids_split === undefined){
data.ids_split = {};
}
if(data.path === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.connection !== undefined){
let data0 = data.connection;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err2 = {instancePath:instancePath+"/connection",schemaPath:"#/properties/connection/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.connection.type,parentSchema:schema11.properties.connection,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["connection"] = coerced0;
}
}
}
}
if(data.path !== undefined){
let data1 = data.path;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
const err3 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.path.type,parentSchema:schema11.properties.path,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["path"] = coerced1;
}
}
}
this.templates.push(instancePath + "/path");
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err4 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.path,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
let data2 = data.method;
if(typeof data2 !== "string"){
let dataType2 = typeof data2;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data2;
}
else if(data2 === null){
coerced2 = "";
}
else {
const err5 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.method.type,parentSchema:schema11.properties.method,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["method"] = coerced2;
}
}
}
if(!((data2 === "GET") || (data2 === "POST"))){
const err6 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/enum",keyword:"enum",params:{allowedValues: schema11.properties.method.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.method.enum,parentSchema:schema11.properties.method,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.params !== undefined){
let data3 = data.params;
this.templates.push(instancePath + "/params");
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
let data4 = data3[key1];
if(((typeof data4 !== "string") && (!((typeof data4 == "number") && (isFinite(data4))))) && (typeof data4 !== "boolean")){
let dataType3 = typeof data4;
let coerced3 = undefined;
if(!(coerced3 !== undefined)){
if(dataType3 == "number" || dataType3 == "boolean"){
coerced3 = "" + data4;
}
else if(data4 === null){
coerced3 = "";
}
else if(dataType3 == "boolean" || data4 === null
              || (dataType3 == "string" && data4 && data4 == +data4)){
coerced3 = +data4;
}
else if(data4 === "false" || data4 === 0 || data4 === null){
coerced3 = false;
}
else if(data4 === "true" || data4 === 1){
coerced3 = true;
}
else {
const err7 = {instancePath:instancePath+"/params/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/params/additionalProperties/type",keyword:"type",params:{type: schema11.properties.params.additionalProperties.type},message:"must be string,number,boolean",schema:schema11.properties.params.additionalProperties.type,parentSchema:schema11.properties.params.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(coerced3 !== undefined){
data4 = coerced3;
if(data3 !== undefined){
data3[key1] = coerced3;
}
}
}
}
}
else {
const err8 = {instancePath:instancePath+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.params.type,parentSchema:schema11.properties.params,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.headers !== undefined){
let data5 = data.headers;
this.templates.push(instancePath + "/headers");
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key2 in data5){
let data6 = data5[key2];
if(((typeof data6 !== "string") && (!((typeof data6 == "number") && (isFinite(data6))))) && (typeof data6 !== "boolean")){
let dataType4 = typeof data6;
let coerced4 = undefined;
if(!(coerced4 !== undefined)){
if(dataType4 == "number" || dataType4 == "boolean"){
coerced4 = "" + data6;
}
else if(data6 === null){
coerced4 = "";
}
else if(dataType4 == "boolean" || data6 === null
              || (dataType4 == "string" && data6 && data6 == +data6)){
coerced4 = +data6;
}
else if(data6 === "false" || data6 === 0 || data6 === null){
coerced4 = false;
}
else if(data6 === "true" || data6 === 1){
coerced4 = true;
}
else {
const err9 = {instancePath:instancePath+"/headers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/headers/additionalProperties/type",keyword:"type",params:{type: schema11.properties.headers.additionalProperties.type},message:"must be string,number,boolean",schema:schema11.properties.headers.additionalProperties.type,parentSchema:schema11.properties.headers.additionalProperties,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(coerced4 !== undefined){
data6 = coerced4;
if(data5 !== undefined){
data5[key2] = coerced4;
}
}
}
}
}
else {
const err10 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.headers.type,parentSchema:schema11.properties.headers,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.body !== undefined){
let data7 = data.body;
if(!data7 || typeof data7 != "object"){
const err11 = {instancePath:instancePath+"/body",schemaPath:"#/properties/body/type",keyword:"type",params:{type: schema11.properties.body.type},message:"must be object,array",schema:schema11.properties.body.type,parentSchema:schema11.properties.body,data:data7};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
this.templates.push(instancePath + "/body");
}
let data8 = data.format;
if(typeof data8 !== "string"){
let dataType5 = typeof data8;
let coerced5 = undefined;
if(!(coerced5 !== undefined)){
if(dataType5 == "number" || dataType5 == "boolean"){
coerced5 = "" + data8;
}
else if(data8 === null){
coerced5 = "";
}
else {
const err12 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.format.type,parentSchema:schema11.properties.format,data:data8};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(coerced5 !== undefined){
data8 = coerced5;
if(data !== undefined){
data["format"] = coerced5;
}
}
}
if(!((((data8 === "json") || (data8 === "jsonl")) || (data8 === "csv")) || (data8 === "tsv"))){
const err13 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/enum",keyword:"enum",params:{allowedValues: schema11.properties.format.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.format.enum,parentSchema:schema11.properties.format,data:data8};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
let data9 = data.csv_delimiter;
if(typeof data9 !== "string"){
let dataType6 = typeof data9;
let coerced6 = undefined;
if(!(coerced6 !== undefined)){
if(dataType6 == "number" || dataType6 == "boolean"){
coerced6 = "" + data9;
}
else if(data9 === null){
coerced6 = "";
}
else {
const err14 = {instancePath:instancePath+"/csv_delimiter",schemaPath:"#/properties/csv_delimiter/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.csv_delimiter.type,parentSchema:schema11.properties.csv_delimiter,data:data9};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(coerced6 !== undefined){
data9 = coerced6;
if(data !== undefined){
data["csv_delimiter"] = coerced6;
}
}
}
if(typeof data9 === "string"){
if(func3(data9) > 1){
const err15 = {instancePath:instancePath+"/csv_delimiter",schemaPath:"#/properties/csv_delimiter/maxLength",keyword:"maxLength",params:{limit: 1},message:"must NOT have more than 1 characters",schema:1,parentSchema:schema11.properties.csv_delimiter,data:data9};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(func3(data9) < 1){
const err16 = {instancePath:instancePath+"/csv_delimiter",schemaPath:"#/properties/csv_delimiter/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.csv_delimiter,data:data9};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.records_path !== undefined){
let data10 = data.records_path;
if(typeof data10 !== "string"){
let dataType7 = typeof data10;
let coerced7 = undefined;
if(!(coerced7 !== undefined)){
if(dataType7 == "number" || dataType7 == "boolean"){
coerced7 = "" + data10;
}
else if(data10 === null){
coerced7 = "";
}
else {
const err17 = {instancePath:instancePath+"/records_path",schemaPath:"#/properties/records_path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.records_path.type,parentSchema:schema11.properties.records_path,data:data10};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(coerced7 !== undefined){
data10 = coerced7;
if(data !== undefined){
data["records_path"] = coerced7;
}
}
}
if(typeof data10 === "string"){
if(func3(data10) < 1){
const err18 = {instancePath:instancePath+"/records_path",schemaPath:"#/properties/records_path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.records_path,data:data10};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data.pagination !== undefined){
if(!(validate31.call(this, data.pagination, {instancePath:instancePath+"/pagination",parentData:data,parentDataProperty:"pagination",rootData}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
if(data.since !== undefined){
if(!(validate33.call(this, data.since, {instancePath:instancePath+"/since",parentData:data,parentDataProperty:"since",rootData}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
if(data.report !== undefined){
if(!(validate37.call(this, data.report, {instancePath:instancePath+"/report",parentData:data,parentDataProperty:"report",rootData}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
if(data.response_cache !== undefined){
if(!(validate43.call(this, data.response_cache, {instancePath:instancePath+"/response_cache",parentData:data,parentDataProperty:"response_cache",rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
let data15 = data.ids_split;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.max_ids === undefined){
data15.max_ids = 100;
}
if(data15.max_url_length === undefined){
data15.max_url_length = 8000;
}
for(const key3 in data15){
if(!((key3 === "max_ids") || (key3 === "max_url_length"))){
const err19 = {instancePath:instancePath+"/ids_split",schemaPath:"#/properties/ids_split/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.ids_split,data:data15};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
let data16 = data15.max_ids;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
let dataType8 = typeof data16;
let coerced8 = undefined;
if(!(coerced8 !== undefined)){
if(dataType8 === "boolean" || data16 === null
              || (dataType8 === "string" && data16 && data16 == +data16 && !(data16 % 1))){
coerced8 = +data16;
}
else {
const err20 = {instancePath:instancePath+"/ids_split/max_ids",schemaPath:"#/properties/ids_split/properties/max_ids/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.ids_split.properties.max_ids.type,parentSchema:schema11.properties.ids_split.properties.max_ids,data:data16};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(coerced8 !== undefined){
data16 = coerced8;
if(data15 !== undefined){
data15["max_ids"] = coerced8;
}
}
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 1 || isNaN(data16)){
const err21 = {instancePath:instancePath+"/ids_split/max_ids",schemaPath:"#/properties/ids_split/properties/max_ids/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.ids_split.properties.max_ids,data:data16};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
let data17 = data15.max_url_length;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
let dataType9 = typeof data17;
let coerced9 = undefined;
if(!(coerced9 !== undefined)){
if(dataType9 === "boolean" || data17 === null
              || (dataType9 === "string" && data17 && data17 == +data17 && !(data17 % 1))){
coerced9 = +data17;
}
else {
const err22 = {instancePath:instancePath+"/ids_split/max_url_length",schemaPath:"#/properties/ids_split/properties/max_url_length/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.ids_split.properties.max_url_length.type,parentSchema:schema11.properties.ids_split.properties.max_url_length,data:data17};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(coerced9 !== undefined){
data17 = coerced9;
if(data15 !== undefined){
data15["max_url_length"] = coerced9;
}
}
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 100 || isNaN(data17)){
const err23 = {instancePath:instancePath+"/ids_split/max_url_length",schemaPath:"#/properties/ids_split/properties/max_url_length/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema11.properties.ids_split.properties.max_url_length,data:data17};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/ids_split",schemaPath:"#/properties/ids_split/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.ids_split.type,parentSchema:schema11.properties.ids_split,data:data15};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}

const validate_2 = validate45;
const schema19 = {"type":"object","additionalProperties":false,"required":["path"],"properties":{"connection":{"type":"string"},"path":{"description":"Path appended to the connection's `base_url`. In `mode: record` it may use `${record.field}`, e.g. `/items/${record.id}`.","type":"string","minLength":1,"x-runtime-template":true},"method":{"description":"HTTP method.","type":"string","enum":["POST","PUT","PATCH","DELETE"],"default":"POST"},"mode":{"description":"`batch`: one request carries up to `batch_size` records; `record`: one request per record (to capture the id the target creates).","type":"string","enum":["batch","record"],"default":"batch"},"batch_size":{"description":"`batch`: most records in one request.","type":"integer","minimum":1,"default":100},"max_body_bytes":{"description":"`batch`: a request body larger than this is split in halves before it is sent.","type":"integer","minimum":100},"delay_ms":{"description":"Pause between two requests of this stream, in milliseconds (e.g. 500 for SparkLayer).","type":"integer","minimum":0,"default":0},"body":{"description":"Body template: any JSON value; a string that is exactly `${records}` (batch) or `${record}` (record mode) becomes the records, e.g. `{ items: \"${records}\" }`. Default: the list of records (batch) or the record.","tsType":"unknown","x-runtime-template":true},"params":{"type":"object","additionalProperties":{"type":["string","number","boolean"]},"description":"Query parameters; may use runtime references.","x-runtime-template":true},"headers":{"type":"object","additionalProperties":{"type":["string","number","boolean"]},"description":"Extra headers; may use runtime references.","x-runtime-template":true},"exclude":{"description":"Record fields left out of the body (e.g. the source id kept only for the crosswalk).","type":"array","items":{"type":"string"}},"retry_conflicts":{"description":"Retry a 409 Conflict like a 429 (targets that report concurrent updates that way).","type":"boolean","default":true},"on_record_error":{"description":"`record` mode: a 4xx answer for one record quarantines it and the run goes on (`quarantine`), or fails the run (`fail`).","type":"string","enum":["quarantine","fail"],"default":"quarantine"},"crosswalk":{"$ref":"#/$defs/x-hoisted-1"}},"$defs":{"x-hoisted-0":{"description":"The request that updates an already copied record.","type":"object","additionalProperties":false,"required":["path"],"properties":{"method":{"type":"string","enum":["PUT","PATCH","POST"],"default":"PATCH"},"path":{"type":"string","minLength":1,"description":"e.g. `/items/${target_id}`.","x-runtime-template":true}}},"x-hoisted-1":{"description":"`record` mode: record `(kind, source id) -> target id` from each response in the ID crosswalk, and decide what to do with a record already copied (`existing`).","type":"object","additionalProperties":false,"required":["kind","source_id","target_id"],"properties":{"kind":{"description":"Crosswalk kind, e.g. `item`.","type":"string","minLength":1},"source_id":{"description":"Dot path of the source id in the record.","type":"string","minLength":1},"target_id":{"description":"Dot path of the new id in the response body.","type":"string","minLength":1},"existing":{"description":"A record whose source id is already mapped: `skip` it, or `update` it with `update` (path may use `${target_id}`).","type":"string","enum":["skip","update"],"default":"skip"},"update":{"$ref":"#/$defs/x-hoisted-0"}}}}};
const schema20 = {"description":"`record` mode: record `(kind, source id) -> target id` from each response in the ID crosswalk, and decide what to do with a record already copied (`existing`).","type":"object","additionalProperties":false,"required":["kind","source_id","target_id"],"properties":{"kind":{"description":"Crosswalk kind, e.g. `item`.","type":"string","minLength":1},"source_id":{"description":"Dot path of the source id in the record.","type":"string","minLength":1},"target_id":{"description":"Dot path of the new id in the response body.","type":"string","minLength":1},"existing":{"description":"A record whose source id is already mapped: `skip` it, or `update` it with `update` (path may use `${target_id}`).","type":"string","enum":["skip","update"],"default":"skip"},"update":{"$ref":"#/$defs/x-hoisted-0"}}};
const schema21 = {"description":"The request that updates an already copied record.","type":"object","additionalProperties":false,"required":["path"],"properties":{"method":{"type":"string","enum":["PUT","PATCH","POST"],"default":"PATCH"},"path":{"type":"string","minLength":1,"description":"e.g. `/items/${target_id}`.","x-runtime-template":true}}};

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.method === undefined){
data.method = "PATCH";
}
if(data.path === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema21.required,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "method") || (key0 === "path"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
let data0 = data.method;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err2 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.method.type,parentSchema:schema21.properties.method,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["method"] = coerced0;
}
}
}
if(!(((data0 === "PUT") || (data0 === "PATCH")) || (data0 === "POST"))){
const err3 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/enum",keyword:"enum",params:{allowedValues: schema21.properties.method.enum},message:"must be equal to one of the allowed values",schema:schema21.properties.method.enum,parentSchema:schema21.properties.method,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.path !== undefined){
let data1 = data.path;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
const err4 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.path.type,parentSchema:schema21.properties.path,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["path"] = coerced1;
}
}
}
this.templates.push(instancePath + "/path");
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err5 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.path,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}


function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.existing === undefined){
data.existing = "skip";
}
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema20.required,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.source_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source_id"},message:"must have required property '"+"source_id"+"'",schema:schema20.required,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.target_id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "target_id"},message:"must have required property '"+"target_id"+"'",schema:schema20.required,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "kind") || (key0 === "source_id")) || (key0 === "target_id")) || (key0 === "existing")) || (key0 === "update"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err4 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.kind.type,parentSchema:schema20.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["kind"] = coerced0;
}
}
}
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err5 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.source_id !== undefined){
let data1 = data.source_id;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
const err6 = {instancePath:instancePath+"/source_id",schemaPath:"#/properties/source_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.source_id.type,parentSchema:schema20.properties.source_id,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["source_id"] = coerced1;
}
}
}
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err7 = {instancePath:instancePath+"/source_id",schemaPath:"#/properties/source_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.source_id,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.target_id !== undefined){
let data2 = data.target_id;
if(typeof data2 !== "string"){
let dataType2 = typeof data2;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data2;
}
else if(data2 === null){
coerced2 = "";
}
else {
const err8 = {instancePath:instancePath+"/target_id",schemaPath:"#/properties/target_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.target_id.type,parentSchema:schema20.properties.target_id,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["target_id"] = coerced2;
}
}
}
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err9 = {instancePath:instancePath+"/target_id",schemaPath:"#/properties/target_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.target_id,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
let data3 = data.existing;
if(typeof data3 !== "string"){
let dataType3 = typeof data3;
let coerced3 = undefined;
if(!(coerced3 !== undefined)){
if(dataType3 == "number" || dataType3 == "boolean"){
coerced3 = "" + data3;
}
else if(data3 === null){
coerced3 = "";
}
else {
const err10 = {instancePath:instancePath+"/existing",schemaPath:"#/properties/existing/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.existing.type,parentSchema:schema20.properties.existing,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(coerced3 !== undefined){
data3 = coerced3;
if(data !== undefined){
data["existing"] = coerced3;
}
}
}
if(!((data3 === "skip") || (data3 === "update"))){
const err11 = {instancePath:instancePath+"/existing",schemaPath:"#/properties/existing/enum",keyword:"enum",params:{allowedValues: schema20.properties.existing.enum},message:"must be equal to one of the allowed values",schema:schema20.properties.existing.enum,parentSchema:schema20.properties.existing,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.update !== undefined){
if(!(validate47.call(this, data.update, {instancePath:instancePath+"/update",parentData:data,parentDataProperty:"update",rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.type,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate46.errors = vErrors;
return errors === 0;
}


function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.method === undefined){
data.method = "POST";
}
if(data.mode === undefined){
data.mode = "batch";
}
if(data.batch_size === undefined){
data.batch_size = 100;
}
if(data.delay_ms === undefined){
data.delay_ms = 0;
}
if(data.retry_conflicts === undefined){
data.retry_conflicts = true;
}
if(data.on_record_error === undefined){
data.on_record_error = "quarantine";
}
if(data.path === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema19.required,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema19.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.connection !== undefined){
let data0 = data.connection;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err2 = {instancePath:instancePath+"/connection",schemaPath:"#/properties/connection/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.connection.type,parentSchema:schema19.properties.connection,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["connection"] = coerced0;
}
}
}
}
if(data.path !== undefined){
let data1 = data.path;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
const err3 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.path.type,parentSchema:schema19.properties.path,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["path"] = coerced1;
}
}
}
this.templates.push(instancePath + "/path");
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err4 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.path,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
let data2 = data.method;
if(typeof data2 !== "string"){
let dataType2 = typeof data2;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data2;
}
else if(data2 === null){
coerced2 = "";
}
else {
const err5 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.method.type,parentSchema:schema19.properties.method,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["method"] = coerced2;
}
}
}
if(!((((data2 === "POST") || (data2 === "PUT")) || (data2 === "PATCH")) || (data2 === "DELETE"))){
const err6 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/enum",keyword:"enum",params:{allowedValues: schema19.properties.method.enum},message:"must be equal to one of the allowed values",schema:schema19.properties.method.enum,parentSchema:schema19.properties.method,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
let data3 = data.mode;
if(typeof data3 !== "string"){
let dataType3 = typeof data3;
let coerced3 = undefined;
if(!(coerced3 !== undefined)){
if(dataType3 == "number" || dataType3 == "boolean"){
coerced3 = "" + data3;
}
else if(data3 === null){
coerced3 = "";
}
else {
const err7 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.mode.type,parentSchema:schema19.properties.mode,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(coerced3 !== undefined){
data3 = coerced3;
if(data !== undefined){
data["mode"] = coerced3;
}
}
}
if(!((data3 === "batch") || (data3 === "record"))){
const err8 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/enum",keyword:"enum",params:{allowedValues: schema19.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema19.properties.mode.enum,parentSchema:schema19.properties.mode,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
let data4 = data.batch_size;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
let dataType4 = typeof data4;
let coerced4 = undefined;
if(!(coerced4 !== undefined)){
if(dataType4 === "boolean" || data4 === null
              || (dataType4 === "string" && data4 && data4 == +data4 && !(data4 % 1))){
coerced4 = +data4;
}
else {
const err9 = {instancePath:instancePath+"/batch_size",schemaPath:"#/properties/batch_size/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema19.properties.batch_size.type,parentSchema:schema19.properties.batch_size,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(coerced4 !== undefined){
data4 = coerced4;
if(data !== undefined){
data["batch_size"] = coerced4;
}
}
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/batch_size",schemaPath:"#/properties/batch_size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema19.properties.batch_size,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.max_body_bytes !== undefined){
let data5 = data.max_body_bytes;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
let dataType5 = typeof data5;
let coerced5 = undefined;
if(!(coerced5 !== undefined)){
if(dataType5 === "boolean" || data5 === null
              || (dataType5 === "string" && data5 && data5 == +data5 && !(data5 % 1))){
coerced5 = +data5;
}
else {
const err11 = {instancePath:instancePath+"/max_body_bytes",schemaPath:"#/properties/max_body_bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema19.properties.max_body_bytes.type,parentSchema:schema19.properties.max_body_bytes,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(coerced5 !== undefined){
data5 = coerced5;
if(data !== undefined){
data["max_body_bytes"] = coerced5;
}
}
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 100 || isNaN(data5)){
const err12 = {instancePath:instancePath+"/max_body_bytes",schemaPath:"#/properties/max_body_bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema19.properties.max_body_bytes,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
let data6 = data.delay_ms;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
let dataType6 = typeof data6;
let coerced6 = undefined;
if(!(coerced6 !== undefined)){
if(dataType6 === "boolean" || data6 === null
              || (dataType6 === "string" && data6 && data6 == +data6 && !(data6 % 1))){
coerced6 = +data6;
}
else {
const err13 = {instancePath:instancePath+"/delay_ms",schemaPath:"#/properties/delay_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema19.properties.delay_ms.type,parentSchema:schema19.properties.delay_ms,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(coerced6 !== undefined){
data6 = coerced6;
if(data !== undefined){
data["delay_ms"] = coerced6;
}
}
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err14 = {instancePath:instancePath+"/delay_ms",schemaPath:"#/properties/delay_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema19.properties.delay_ms,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.body !== undefined){
this.templates.push(instancePath + "/body");
}
if(data.params !== undefined){
let data8 = data.params;
this.templates.push(instancePath + "/params");
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key1 in data8){
let data9 = data8[key1];
if(((typeof data9 !== "string") && (!((typeof data9 == "number") && (isFinite(data9))))) && (typeof data9 !== "boolean")){
let dataType7 = typeof data9;
let coerced7 = undefined;
if(!(coerced7 !== undefined)){
if(dataType7 == "number" || dataType7 == "boolean"){
coerced7 = "" + data9;
}
else if(data9 === null){
coerced7 = "";
}
else if(dataType7 == "boolean" || data9 === null
              || (dataType7 == "string" && data9 && data9 == +data9)){
coerced7 = +data9;
}
else if(data9 === "false" || data9 === 0 || data9 === null){
coerced7 = false;
}
else if(data9 === "true" || data9 === 1){
coerced7 = true;
}
else {
const err15 = {instancePath:instancePath+"/params/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/params/additionalProperties/type",keyword:"type",params:{type: schema19.properties.params.additionalProperties.type},message:"must be string,number,boolean",schema:schema19.properties.params.additionalProperties.type,parentSchema:schema19.properties.params.additionalProperties,data:data9};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(coerced7 !== undefined){
data9 = coerced7;
if(data8 !== undefined){
data8[key1] = coerced7;
}
}
}
}
}
else {
const err16 = {instancePath:instancePath+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.params.type,parentSchema:schema19.properties.params,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.headers !== undefined){
let data10 = data.headers;
this.templates.push(instancePath + "/headers");
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key2 in data10){
let data11 = data10[key2];
if(((typeof data11 !== "string") && (!((typeof data11 == "number") && (isFinite(data11))))) && (typeof data11 !== "boolean")){
let dataType8 = typeof data11;
let coerced8 = undefined;
if(!(coerced8 !== undefined)){
if(dataType8 == "number" || dataType8 == "boolean"){
coerced8 = "" + data11;
}
else if(data11 === null){
coerced8 = "";
}
else if(dataType8 == "boolean" || data11 === null
              || (dataType8 == "string" && data11 && data11 == +data11)){
coerced8 = +data11;
}
else if(data11 === "false" || data11 === 0 || data11 === null){
coerced8 = false;
}
else if(data11 === "true" || data11 === 1){
coerced8 = true;
}
else {
const err17 = {instancePath:instancePath+"/headers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/headers/additionalProperties/type",keyword:"type",params:{type: schema19.properties.headers.additionalProperties.type},message:"must be string,number,boolean",schema:schema19.properties.headers.additionalProperties.type,parentSchema:schema19.properties.headers.additionalProperties,data:data11};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(coerced8 !== undefined){
data11 = coerced8;
if(data10 !== undefined){
data10[key2] = coerced8;
}
}
}
}
}
else {
const err18 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.headers.type,parentSchema:schema19.properties.headers,data:data10};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.exclude !== undefined){
let data12 = data.exclude;
if(Array.isArray(data12)){
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
let data13 = data12[i0];
if(typeof data13 !== "string"){
let dataType9 = typeof data13;
let coerced9 = undefined;
if(!(coerced9 !== undefined)){
if(dataType9 == "number" || dataType9 == "boolean"){
coerced9 = "" + data13;
}
else if(data13 === null){
coerced9 = "";
}
else {
const err19 = {instancePath:instancePath+"/exclude/" + i0,schemaPath:"#/properties/exclude/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.exclude.items.type,parentSchema:schema19.properties.exclude.items,data:data13};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(coerced9 !== undefined){
data13 = coerced9;
if(data12 !== undefined){
data12[i0] = coerced9;
}
}
}
}
}
else {
const err20 = {instancePath:instancePath+"/exclude",schemaPath:"#/properties/exclude/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.exclude.type,parentSchema:schema19.properties.exclude,data:data12};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
let data14 = data.retry_conflicts;
if(typeof data14 !== "boolean"){
let coerced10 = undefined;
if(!(coerced10 !== undefined)){
if(data14 === "false" || data14 === 0 || data14 === null){
coerced10 = false;
}
else if(data14 === "true" || data14 === 1){
coerced10 = true;
}
else {
const err21 = {instancePath:instancePath+"/retry_conflicts",schemaPath:"#/properties/retry_conflicts/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema19.properties.retry_conflicts.type,parentSchema:schema19.properties.retry_conflicts,data:data14};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(coerced10 !== undefined){
data14 = coerced10;
if(data !== undefined){
data["retry_conflicts"] = coerced10;
}
}
}
let data15 = data.on_record_error;
if(typeof data15 !== "string"){
let dataType11 = typeof data15;
let coerced11 = undefined;
if(!(coerced11 !== undefined)){
if(dataType11 == "number" || dataType11 == "boolean"){
coerced11 = "" + data15;
}
else if(data15 === null){
coerced11 = "";
}
else {
const err22 = {instancePath:instancePath+"/on_record_error",schemaPath:"#/properties/on_record_error/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.on_record_error.type,parentSchema:schema19.properties.on_record_error,data:data15};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(coerced11 !== undefined){
data15 = coerced11;
if(data !== undefined){
data["on_record_error"] = coerced11;
}
}
}
if(!((data15 === "quarantine") || (data15 === "fail"))){
const err23 = {instancePath:instancePath+"/on_record_error",schemaPath:"#/properties/on_record_error/enum",keyword:"enum",params:{allowedValues: schema19.properties.on_record_error.enum},message:"must be equal to one of the allowed values",schema:schema19.properties.on_record_error.enum,parentSchema:schema19.properties.on_record_error,data:data15};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data.crosswalk !== undefined){
if(!(validate46.call(this, data.crosswalk, {instancePath:instancePath+"/crosswalk",parentData:data,parentDataProperty:"crosswalk",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.type,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate45.errors = vErrors;
return errors === 0;
}

export const VALIDATORS: readonly PrecompiledValidator[] = [
  { schema: "{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"base_url\"],\"properties\":{\"type\":{\"type\":\"string\"},\"base_url\":{\"description\":\"Base URL; stream paths are appended to it, e.g. `https://api.example.com/v1`.\",\"type\":\"string\",\"minLength\":1,\"format\":\"http-url\"},\"auth\":{\"description\":\"How requests authenticate. Omit for public APIs. `type` picks the style.\",\"type\":\"object\",\"required\":[\"type\"],\"discriminator\":{\"propertyName\":\"type\"},\"oneOf\":[{\"title\":\"bearer\",\"description\":\"Sends `Authorization: Bearer <token>`.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"type\",\"token\"],\"properties\":{\"type\":{\"const\":\"bearer\"},\"token\":{\"description\":\"The bearer token.\",\"type\":\"string\",\"minLength\":1,\"x-secret\":true}}},{\"title\":\"api_key\",\"description\":\"Sends a static key in a header (default `X-API-Key`) or a query parameter.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"type\",\"key\"],\"properties\":{\"type\":{\"const\":\"api_key\"},\"key\":{\"description\":\"The key value.\",\"type\":\"string\",\"minLength\":1,\"x-secret\":true},\"header\":{\"description\":\"Header that carries the key, e.g. `User-Key`.\",\"type\":\"string\",\"default\":\"X-API-Key\"},\"query_param\":{\"description\":\"Query parameter that carries the key, instead of a header.\",\"type\":\"string\"}}},{\"title\":\"basic\",\"description\":\"Sends `Authorization: Basic <base64(username:password)>`.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"type\",\"username\",\"password\"],\"properties\":{\"type\":{\"const\":\"basic\"},\"username\":{\"description\":\"User name.\",\"type\":\"string\",\"minLength\":1},\"password\":{\"description\":\"Password.\",\"type\":\"string\",\"x-secret\":true}}},{\"title\":\"oauth2_client_credentials\",\"description\":\"OAuth2 `client_credentials` grant: fetches an access token from `token_url`, caches it, and fetches a new one before it expires or after a 401.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"type\",\"token_url\",\"client_id\",\"client_secret\"],\"properties\":{\"type\":{\"const\":\"oauth2_client_credentials\"},\"token_url\":{\"description\":\"Token endpoint: an absolute URL, or a path relative to `base_url`.\",\"type\":\"string\",\"minLength\":1},\"client_id\":{\"description\":\"OAuth2 client id.\",\"type\":\"string\",\"minLength\":1},\"client_secret\":{\"description\":\"OAuth2 client secret.\",\"type\":\"string\",\"minLength\":1,\"x-secret\":true},\"scope\":{\"description\":\"Space-separated scopes to request.\",\"type\":\"string\"},\"client_auth\":{\"description\":\"Where the client credentials go: `body` (as `client_id`/`client_secret` fields) or `basic` (an `Authorization: Basic` header).\",\"type\":\"string\",\"enum\":[\"body\",\"basic\"],\"default\":\"body\"},\"body_format\":{\"description\":\"Encoding of the token request: `form` (`application/x-www-form-urlencoded`, the OAuth2 standard) or `json` (e.g. SparkLayer).\",\"type\":\"string\",\"enum\":[\"form\",\"json\"],\"default\":\"form\"},\"token_params\":{\"type\":\"object\",\"additionalProperties\":{\"type\":[\"string\",\"number\",\"boolean\"]},\"description\":\"Extra fields of the token request, e.g. `audience`.\"},\"token_headers\":{\"type\":\"object\",\"additionalProperties\":{\"type\":[\"string\",\"number\",\"boolean\"]},\"description\":\"Extra headers of the token request, e.g. SparkLayer's `Site-Id`.\"},\"header\":{\"description\":\"Header that carries the obtained token, e.g. `x-amz-access-token`.\",\"type\":\"string\",\"minLength\":1,\"default\":\"Authorization\"},\"prefix\":{\"description\":\"Text before the token in that header; `\\\"\\\"` sends the bare token.\",\"type\":\"string\",\"default\":\"Bearer \"},\"refresh_margin_s\":{\"description\":\"Fetch a new token this many seconds before the current one expires (at most half its lifetime).\",\"type\":\"number\",\"minimum\":0,\"default\":60},\"token_lifetime_s\":{\"description\":\"Lifetime in seconds of a token whose response has no `expires_in`. Without it such a token is kept until the API answers 401.\",\"type\":\"number\",\"exclusiveMinimum\":0}}},{\"title\":\"oauth2_refresh_token\",\"description\":\"OAuth2 `refresh_token` grant (e.g. Amazon LWA): trades a long-lived refresh token for access tokens. A refresh token the server rotates is kept in the state store and used from then on.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"type\",\"token_url\",\"client_id\",\"client_secret\",\"refresh_token\"],\"properties\":{\"type\":{\"const\":\"oauth2_refresh_token\"},\"refresh_token\":{\"description\":\"The refresh token, as first issued.\",\"type\":\"string\",\"minLength\":1,\"x-secret\":true},\"token_url\":{\"description\":\"Token endpoint: an absolute URL, or a path relative to `base_url`.\",\"type\":\"string\",\"minLength\":1},\"client_id\":{\"description\":\"OAuth2 client id.\",\"type\":\"string\",\"minLength\":1},\"client_secret\":{\"description\":\"OAuth2 client secret.\",\"type\":\"string\",\"minLength\":1,\"x-secret\":true},\"scope\":{\"description\":\"Space-separated scopes to request.\",\"type\":\"string\"},\"client_auth\":{\"description\":\"Where the client credentials go: `body` (as `client_id`/`client_secret` fields) or `basic` (an `Authorization: Basic` header).\",\"type\":\"string\",\"enum\":[\"body\",\"basic\"],\"default\":\"body\"},\"body_format\":{\"description\":\"Encoding of the token request: `form` (`application/x-www-form-urlencoded`, the OAuth2 standard) or `json` (e.g. SparkLayer).\",\"type\":\"string\",\"enum\":[\"form\",\"json\"],\"default\":\"form\"},\"token_params\":{\"type\":\"object\",\"additionalProperties\":{\"type\":[\"string\",\"number\",\"boolean\"]},\"description\":\"Extra fields of the token request, e.g. `audience`.\"},\"token_headers\":{\"type\":\"object\",\"additionalProperties\":{\"type\":[\"string\",\"number\",\"boolean\"]},\"description\":\"Extra headers of the token request, e.g. SparkLayer's `Site-Id`.\"},\"header\":{\"description\":\"Header that carries the obtained token, e.g. `x-amz-access-token`.\",\"type\":\"string\",\"minLength\":1,\"default\":\"Authorization\"},\"prefix\":{\"description\":\"Text before the token in that header; `\\\"\\\"` sends the bare token.\",\"type\":\"string\",\"default\":\"Bearer \"},\"refresh_margin_s\":{\"description\":\"Fetch a new token this many seconds before the current one expires (at most half its lifetime).\",\"type\":\"number\",\"minimum\":0,\"default\":60},\"token_lifetime_s\":{\"description\":\"Lifetime in seconds of a token whose response has no `expires_in`. Without it such a token is kept until the API answers 401.\",\"type\":\"number\",\"exclusiveMinimum\":0}}},{\"title\":\"session\",\"description\":\"Logs in with a username and password (e.g. Bitcram) and sends the token found in the login response.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"type\",\"login_url\",\"username\",\"password\"],\"properties\":{\"type\":{\"const\":\"session\"},\"login_url\":{\"description\":\"Login endpoint: an absolute URL, or a path relative to `base_url`.\",\"type\":\"string\",\"minLength\":1},\"username\":{\"description\":\"User name.\",\"type\":\"string\",\"minLength\":1},\"password\":{\"description\":\"Password.\",\"type\":\"string\",\"x-secret\":true},\"username_field\":{\"description\":\"Name of the user name field in the login body.\",\"type\":\"string\",\"minLength\":1,\"default\":\"username\"},\"password_field\":{\"description\":\"Name of the password field in the login body.\",\"type\":\"string\",\"minLength\":1,\"default\":\"password\"},\"body_format\":{\"description\":\"Encoding of the login body.\",\"type\":\"string\",\"enum\":[\"json\",\"form\"],\"default\":\"json\"},\"token_path\":{\"description\":\"Dot path of the token in the login response.\",\"type\":\"string\",\"minLength\":1,\"default\":\"token\"},\"expires_in_path\":{\"description\":\"Dot path of the token's lifetime in seconds in the login response, if it has one.\",\"type\":\"string\",\"minLength\":1},\"token_headers\":{\"type\":\"object\",\"additionalProperties\":{\"type\":[\"string\",\"number\",\"boolean\"]},\"description\":\"Extra headers of the login request.\"},\"header\":{\"description\":\"Header that carries the obtained token, e.g. `x-amz-access-token`.\",\"type\":\"string\",\"minLength\":1,\"default\":\"Authorization\"},\"prefix\":{\"description\":\"Text before the token in that header; `\\\"\\\"` sends the bare token.\",\"type\":\"string\",\"default\":\"Bearer \"},\"refresh_margin_s\":{\"description\":\"Fetch a new token this many seconds before the current one expires (at most half its lifetime).\",\"type\":\"number\",\"minimum\":0,\"default\":60},\"token_lifetime_s\":{\"description\":\"Lifetime in seconds of a token whose response has no `expires_in`. Without it such a token is kept until the API answers 401.\",\"type\":\"number\",\"exclusiveMinimum\":0}}}]},\"headers\":{\"type\":\"object\",\"additionalProperties\":{\"type\":[\"string\",\"number\",\"boolean\"]},\"description\":\"Headers sent with every request of this connection, e.g. ServiceTitan's `ST-App-Key`.\"},\"timeout_ms\":{\"description\":\"Per-attempt timeout in milliseconds, from sending the request to the end of the response body.\",\"type\":\"integer\",\"minimum\":1,\"default\":30000},\"timeout\":{\"description\":\"Per-attempt timeout as a duration, e.g. `30s`, `2m`, `500ms`; wins over `timeout_ms`. Handy when a variable holds seconds: `${env.HTTP_TIMEOUT:-30}s`.\",\"type\":\"string\",\"pattern\":\"^[0-9]+(\\\\.[0-9]+)?(ms|s|m|h)$\"},\"retries\":{\"description\":\"Retries of a request after a network error, a timeout, 408, 425, 429 or 5xx.\",\"type\":\"integer\",\"minimum\":0,\"maximum\":10,\"default\":3},\"retry_delay_ms\":{\"description\":\"Delay before the first retry, in milliseconds; it doubles with each retry, with jitter.\",\"type\":\"integer\",\"minimum\":0,\"default\":1000},\"retry_max_delay_ms\":{\"description\":\"Longest wait before a retry. A `Retry-After` asking for longer fails the request instead.\",\"type\":\"integer\",\"minimum\":0,\"default\":60000},\"rate_limit\":{\"description\":\"Request budget of the connection, shared by every stream that uses it. Limits combine: a request waits until all of them allow it.\",\"type\":\"object\",\"additionalProperties\":false,\"minProperties\":1,\"properties\":{\"interval_ms\":{\"description\":\"At least this long between the starts of two requests, e.g. `500`.\",\"type\":\"integer\",\"minimum\":1},\"requests_per_second\":{\"description\":\"Token bucket: at most this many requests per second on average (fractions allowed).\",\"type\":\"number\",\"exclusiveMinimum\":0},\"requests_per_minute\":{\"description\":\"Token bucket: at most this many requests per minute on average.\",\"type\":\"number\",\"exclusiveMinimum\":0},\"burst\":{\"description\":\"Requests the token buckets allow back to back before the average rate applies.\",\"type\":\"integer\",\"minimum\":1,\"default\":1},\"max_concurrent\":{\"description\":\"At most this many requests in flight at once.\",\"type\":\"integer\",\"minimum\":1}}},\"circuit_breaker\":{\"description\":\"Stops calling an API that keeps failing: after `failures` consecutive failed attempts (network error, timeout, 5xx) every request of the connection fails at once for `cooldown_ms`; then one trial request decides whether it closes again.\",\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"failures\":{\"description\":\"Consecutive failed attempts that open the circuit.\",\"type\":\"integer\",\"minimum\":1,\"default\":5},\"cooldown_ms\":{\"description\":\"How long an open circuit fails requests before letting a trial through.\",\"type\":\"integer\",\"minimum\":1,\"default\":30000}}},\"hosts\":{\"description\":\"Sends the requests for a host to another origin, like curl `--connect-to` (e.g. `{ \\\"acme.myshopify.com\\\": \\\"http://127.0.0.1:8081\\\" }` to run against a local fake or a staging proxy): URLs, next-page links and messages keep the real host, which the request carries in `X-Forwarded-Host` (and the scheme in `X-Forwarded-Proto`). Token and login requests of the connection follow it too.\",\"type\":\"object\",\"propertyNames\":{\"minLength\":1},\"additionalProperties\":{\"type\":\"string\",\"format\":\"http-url\"}}}}", validate: validate_0 },
  { schema: "{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"path\"],\"properties\":{\"connection\":{\"type\":\"string\"},\"path\":{\"description\":\"Path appended to the connection's `base_url`, e.g. `/customers`; may use runtime references such as `${parent.id}`.\",\"type\":\"string\",\"minLength\":1,\"x-runtime-template\":true},\"method\":{\"description\":\"HTTP method.\",\"type\":\"string\",\"enum\":[\"GET\",\"POST\"],\"default\":\"GET\"},\"params\":{\"type\":\"object\",\"additionalProperties\":{\"type\":[\"string\",\"number\",\"boolean\"]},\"description\":\"Query parameters. Values may use runtime references, e.g. `updated_since: ${cursor}`; a parameter whose value is only a reference to nothing (no cursor yet) is left out.\",\"x-runtime-template\":true},\"headers\":{\"type\":\"object\",\"additionalProperties\":{\"type\":[\"string\",\"number\",\"boolean\"]},\"description\":\"Extra headers for this stream; may use runtime references.\",\"x-runtime-template\":true},\"body\":{\"description\":\"JSON body sent with `method: POST`; strings may use runtime references.\",\"type\":[\"object\",\"array\"],\"tsType\":\"Record<string, unknown> | unknown[]\",\"x-runtime-template\":true},\"format\":{\"description\":\"How the response body is decoded: `json`, `jsonl` (one JSON record per line), `csv` (a header row, then one record per row; values are text) or `tsv` (tab-separated lines with a header line, no quoting, as SP-API flat-file reports).\",\"type\":\"string\",\"enum\":[\"json\",\"jsonl\",\"csv\",\"tsv\"],\"default\":\"json\"},\"csv_delimiter\":{\"description\":\"Field delimiter of a `csv` response.\",\"type\":\"string\",\"minLength\":1,\"maxLength\":1,\"default\":\",\"},\"records_path\":{\"description\":\"Dot path of the records array in a JSON response, e.g. `data`, `value` or `payload.Orders`. Omit when the body is the array. A key that contains dots (`@odata.nextLink`) is found as a whole.\",\"type\":\"string\",\"minLength\":1},\"pagination\":{\"description\":\"How to walk pages. Omit for a single request. `type` picks the style.\",\"type\":\"object\",\"required\":[\"type\"],\"discriminator\":{\"propertyName\":\"type\"},\"oneOf\":[{\"title\":\"NoPagination\",\"description\":\"One request.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"type\"],\"properties\":{\"type\":{\"const\":\"none\"}}},{\"title\":\"PagePagination\",\"description\":\"Sends a page number that grows by one: `?page=1`, `?page=2`, ...\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"type\"],\"properties\":{\"type\":{\"const\":\"page\"},\"page_param\":{\"description\":\"Query parameter of the page number.\",\"type\":\"string\",\"minLength\":1,\"default\":\"page\"},\"start_page\":{\"description\":\"Number of the first page.\",\"type\":\"integer\",\"minimum\":0,\"default\":1},\"size_param\":{\"description\":\"Query parameter of the page size (`per_page`, `limit`, `$top`, ...); the size is not sent without it.\",\"type\":\"string\",\"minLength\":1},\"size\":{\"description\":\"Records per page asked for; also how a short page is recognised. A server may send fewer (a cap): a short page ends the read only when it is shorter than an earlier page and no has-more or total signal says otherwise.\",\"type\":\"integer\",\"minimum\":1,\"default\":100},\"size_honoured\":{\"description\":\"The server never sends fewer than `size` records on a page that is not the last (it refuses a larger `size` rather than capping it, as Ploomes does): a short page, even the first, then ends the read at once. Without it, a short first page is checked with one more request, which must come back empty.\",\"type\":\"boolean\",\"default\":false},\"speculate\":{\"description\":\"Without a total in the response: while pages come back full, request up to `read_ahead` pages ahead anyway (within the connection's `rate_limit`), so that several requests are in flight. The requests past the end come back empty and are dropped: at most `read_ahead - 1` spent for nothing per read. Without it, pages ahead are requested only when `total_path` or `total_pages_path` says how many there are.\",\"type\":\"boolean\",\"default\":false},\"stop_when\":{\"description\":\"When to stop besides the style's own end: `empty_page` (a page with no records), `short_page` (fewer records than `size` and than an earlier page, while no has-more flag or total says there is more), `has_more` (the flag at `has_more_path` is false or missing), `total` (`total_path` records or `total_pages_path` pages reached), `repeated_page` (a page that holds the same records as the one before, from an API that ignores the page parameter and answers everything every time: that page is dropped). Several may be listed. A page that would end the read while the response says there is more (a has-more flag that is true, a total not reached) fails the stream instead.\",\"type\":\"array\",\"items\":{\"type\":\"string\",\"enum\":[\"empty_page\",\"short_page\",\"has_more\",\"total\",\"repeated_page\"]},\"minItems\":1,\"default\":[\"short_page\",\"empty_page\"]},\"has_more_path\":{\"description\":\"Dot path of a \\\"more pages\\\" flag in the response body, e.g. `hasMore`. When true, a short page does not end the read and a missing next-page token fails it. Without it, a top-level `has_more` or `hasMore` that is `true` counts the same way.\",\"type\":\"string\",\"minLength\":1},\"total_path\":{\"description\":\"Dot path of the total record count in the response body, e.g. `totalCount`. Until it is reached, a short page does not end the read and a page that cannot be followed fails it.\",\"type\":\"string\",\"minLength\":1},\"total_pages_path\":{\"description\":\"Dot path of the total page count in the response body, e.g. `pagination.total_pages`; read like `total_path`.\",\"type\":\"string\",\"minLength\":1},\"max_pages\":{\"description\":\"Loop guard: the read stops after this many pages (see `on_guard`).\",\"type\":\"integer\",\"minimum\":1,\"default\":10000},\"on_guard\":{\"description\":\"What a loop guard does when it trips (`max_pages` reached, the same next-page token or URL twice): `fail` fails the stream, which keeps its cursor; `warn` ends the read with a warning and the stream succeeds (an unordered incremental stream keeps its cursor).\",\"type\":\"string\",\"enum\":[\"fail\",\"warn\"],\"default\":\"fail\"}}},{\"title\":\"OffsetPagination\",\"description\":\"Sends the number of records already read: `?offset=0`, `?offset=100`, ... (OData: `$skip` with `$top`).\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"type\"],\"properties\":{\"type\":{\"const\":\"offset\"},\"offset_param\":{\"description\":\"Query parameter of the offset.\",\"type\":\"string\",\"minLength\":1,\"default\":\"offset\"},\"size_param\":{\"description\":\"Query parameter of the page size (`per_page`, `limit`, `$top`, ...); the size is not sent without it.\",\"type\":\"string\",\"minLength\":1},\"size\":{\"description\":\"Records per page asked for; also how a short page is recognised. A server may send fewer (a cap): a short page ends the read only when it is shorter than an earlier page and no has-more or total signal says otherwise.\",\"type\":\"integer\",\"minimum\":1,\"default\":100},\"size_honoured\":{\"description\":\"The server never sends fewer than `size` records on a page that is not the last (it refuses a larger `size` rather than capping it, as Ploomes does): a short page, even the first, then ends the read at once. Without it, a short first page is checked with one more request, which must come back empty.\",\"type\":\"boolean\",\"default\":false},\"speculate\":{\"description\":\"Without a total in the response: while pages come back full, request up to `read_ahead` pages ahead anyway (within the connection's `rate_limit`), so that several requests are in flight. The requests past the end come back empty and are dropped: at most `read_ahead - 1` spent for nothing per read. Without it, pages ahead are requested only when `total_path` or `total_pages_path` says how many there are.\",\"type\":\"boolean\",\"default\":false},\"stop_when\":{\"description\":\"When to stop besides the style's own end: `empty_page` (a page with no records), `short_page` (fewer records than `size` and than an earlier page, while no has-more flag or total says there is more), `has_more` (the flag at `has_more_path` is false or missing), `total` (`total_path` records or `total_pages_path` pages reached), `repeated_page` (a page that holds the same records as the one before, from an API that ignores the page parameter and answers everything every time: that page is dropped). Several may be listed. A page that would end the read while the response says there is more (a has-more flag that is true, a total not reached) fails the stream instead.\",\"type\":\"array\",\"items\":{\"type\":\"string\",\"enum\":[\"empty_page\",\"short_page\",\"has_more\",\"total\",\"repeated_page\"]},\"minItems\":1,\"default\":[\"short_page\",\"empty_page\"]},\"has_more_path\":{\"description\":\"Dot path of a \\\"more pages\\\" flag in the response body, e.g. `hasMore`. When true, a short page does not end the read and a missing next-page token fails it. Without it, a top-level `has_more` or `hasMore` that is `true` counts the same way.\",\"type\":\"string\",\"minLength\":1},\"total_path\":{\"description\":\"Dot path of the total record count in the response body, e.g. `totalCount`. Until it is reached, a short page does not end the read and a page that cannot be followed fails it.\",\"type\":\"string\",\"minLength\":1},\"total_pages_path\":{\"description\":\"Dot path of the total page count in the response body, e.g. `pagination.total_pages`; read like `total_path`.\",\"type\":\"string\",\"minLength\":1},\"max_pages\":{\"description\":\"Loop guard: the read stops after this many pages (see `on_guard`).\",\"type\":\"integer\",\"minimum\":1,\"default\":10000},\"on_guard\":{\"description\":\"What a loop guard does when it trips (`max_pages` reached, the same next-page token or URL twice): `fail` fails the stream, which keeps its cursor; `warn` ends the read with a warning and the stream succeeds (an unordered incremental stream keeps its cursor).\",\"type\":\"string\",\"enum\":[\"fail\",\"warn\"],\"default\":\"fail\"}}},{\"title\":\"CursorPagination\",\"description\":\"Sends back a token until there is none: one found in the response body (`NextToken`, `continueFrom`, ...), or a field of the last record of the page (`starting_after` APIs).\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"type\",\"token_param\"],\"properties\":{\"type\":{\"const\":\"cursor\"},\"token_from\":{\"description\":\"Where the next-page token comes from: `body` (at `token_path` in the response; no token ends the read) or `last_record` (the `token_field` of the page's last record, for Stripe's `starting_after` and other \\\"after id\\\" APIs; an empty page ends the read).\",\"type\":\"string\",\"enum\":[\"body\",\"last_record\"],\"default\":\"body\"},\"token_path\":{\"description\":\"Dot path of the next-page token in the response body, e.g. `payload.NextToken`. Needed with `token_from: body`.\",\"type\":\"string\",\"minLength\":1},\"token_field\":{\"description\":\"With `token_from: last_record`: dot path of the token in the last record of the page.\",\"type\":\"string\",\"minLength\":1,\"default\":\"id\"},\"token_param\":{\"description\":\"Query parameter that carries the token on the next request, e.g. `NextToken`, `from` or `starting_after`.\",\"type\":\"string\",\"minLength\":1},\"keep_params\":{\"description\":\"On the pages after the first, send only these of the stream's query parameters beside the token (SP-API getOrders takes only `MarketplaceIds` with `NextToken`). Omit to send them all again.\",\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1}},\"size_param\":{\"description\":\"Query parameter of the page size (`per_page`, `limit`, `$top`, ...); the size is not sent without it.\",\"type\":\"string\",\"minLength\":1},\"size\":{\"description\":\"Records per page asked for; also how a short page is recognised. A server may send fewer (a cap): a short page ends the read only when it is shorter than an earlier page and no has-more or total signal says otherwise.\",\"type\":\"integer\",\"minimum\":1,\"default\":100},\"size_honoured\":{\"description\":\"The server never sends fewer than `size` records on a page that is not the last (it refuses a larger `size` rather than capping it, as Ploomes does): a short page, even the first, then ends the read at once. Without it, a short first page is checked with one more request, which must come back empty.\",\"type\":\"boolean\",\"default\":false},\"stop_when\":{\"description\":\"When to stop besides the style's own end: `empty_page` (a page with no records), `short_page` (fewer records than `size` and than an earlier page, while no has-more flag or total says there is more), `has_more` (the flag at `has_more_path` is false or missing), `total` (`total_path` records or `total_pages_path` pages reached), `repeated_page` (a page that holds the same records as the one before, from an API that ignores the page parameter and answers everything every time: that page is dropped). Several may be listed. A page that would end the read while the response says there is more (a has-more flag that is true, a total not reached) fails the stream instead.\",\"type\":\"array\",\"items\":{\"type\":\"string\",\"enum\":[\"empty_page\",\"short_page\",\"has_more\",\"total\",\"repeated_page\"]},\"default\":[]},\"has_more_path\":{\"description\":\"Dot path of a \\\"more pages\\\" flag in the response body, e.g. `hasMore`. When true, a short page does not end the read and a missing next-page token fails it. Without it, a top-level `has_more` or `hasMore` that is `true` counts the same way.\",\"type\":\"string\",\"minLength\":1},\"total_path\":{\"description\":\"Dot path of the total record count in the response body, e.g. `totalCount`. Until it is reached, a short page does not end the read and a page that cannot be followed fails it.\",\"type\":\"string\",\"minLength\":1},\"total_pages_path\":{\"description\":\"Dot path of the total page count in the response body, e.g. `pagination.total_pages`; read like `total_path`.\",\"type\":\"string\",\"minLength\":1},\"max_pages\":{\"description\":\"Loop guard: the read stops after this many pages (see `on_guard`).\",\"type\":\"integer\",\"minimum\":1,\"default\":10000},\"on_guard\":{\"description\":\"What a loop guard does when it trips (`max_pages` reached, the same next-page token or URL twice): `fail` fails the stream, which keeps its cursor; `warn` ends the read with a warning and the stream succeeds (an unordered incremental stream keeps its cursor).\",\"type\":\"string\",\"enum\":[\"fail\",\"warn\"],\"default\":\"fail\"}},\"if\":{\"properties\":{\"token_from\":{\"const\":\"last_record\"}},\"required\":[\"token_from\"]},\"else\":{\"required\":[\"token_path\"]}},{\"title\":\"NextUrlPagination\",\"description\":\"Follows a next-page URL found in the response body (`@odata.nextLink`, `links.next`, ...) until there is none.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"type\",\"next_url_path\"],\"properties\":{\"type\":{\"const\":\"next_url\"},\"next_url_path\":{\"description\":\"Dot path of the next page's URL in the response body.\",\"type\":\"string\",\"minLength\":1},\"stop_when\":{\"description\":\"When to stop besides the style's own end: `empty_page` (a page with no records), `short_page` (fewer records than `size` and than an earlier page, while no has-more flag or total says there is more), `has_more` (the flag at `has_more_path` is false or missing), `total` (`total_path` records or `total_pages_path` pages reached), `repeated_page` (a page that holds the same records as the one before, from an API that ignores the page parameter and answers everything every time: that page is dropped). Several may be listed. A page that would end the read while the response says there is more (a has-more flag that is true, a total not reached) fails the stream instead.\",\"type\":\"array\",\"items\":{\"type\":\"string\",\"enum\":[\"empty_page\",\"short_page\",\"has_more\",\"total\",\"repeated_page\"]},\"default\":[]},\"has_more_path\":{\"description\":\"Dot path of a \\\"more pages\\\" flag in the response body, e.g. `hasMore`. When true, a short page does not end the read and a missing next-page token fails it. Without it, a top-level `has_more` or `hasMore` that is `true` counts the same way.\",\"type\":\"string\",\"minLength\":1},\"total_path\":{\"description\":\"Dot path of the total record count in the response body, e.g. `totalCount`. Until it is reached, a short page does not end the read and a page that cannot be followed fails it.\",\"type\":\"string\",\"minLength\":1},\"total_pages_path\":{\"description\":\"Dot path of the total page count in the response body, e.g. `pagination.total_pages`; read like `total_path`.\",\"type\":\"string\",\"minLength\":1},\"max_pages\":{\"description\":\"Loop guard: the read stops after this many pages (see `on_guard`).\",\"type\":\"integer\",\"minimum\":1,\"default\":10000},\"on_guard\":{\"description\":\"What a loop guard does when it trips (`max_pages` reached, the same next-page token or URL twice): `fail` fails the stream, which keeps its cursor; `warn` ends the read with a warning and the stream succeeds (an unordered incremental stream keeps its cursor).\",\"type\":\"string\",\"enum\":[\"fail\",\"warn\"],\"default\":\"fail\"}}},{\"title\":\"LinkHeaderPagination\",\"description\":\"Follows the `rel=\\\"next\\\"` URL of the `Link` response header (e.g. Shopify) until there is none.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"type\"],\"properties\":{\"type\":{\"const\":\"link_header\"},\"rel\":{\"description\":\"The link relation to follow.\",\"type\":\"string\",\"minLength\":1,\"default\":\"next\"},\"stop_when\":{\"description\":\"When to stop besides the style's own end: `empty_page` (a page with no records), `short_page` (fewer records than `size` and than an earlier page, while no has-more flag or total says there is more), `has_more` (the flag at `has_more_path` is false or missing), `total` (`total_path` records or `total_pages_path` pages reached), `repeated_page` (a page that holds the same records as the one before, from an API that ignores the page parameter and answers everything every time: that page is dropped). Several may be listed. A page that would end the read while the response says there is more (a has-more flag that is true, a total not reached) fails the stream instead.\",\"type\":\"array\",\"items\":{\"type\":\"string\",\"enum\":[\"empty_page\",\"short_page\",\"has_more\",\"total\",\"repeated_page\"]},\"default\":[]},\"has_more_path\":{\"description\":\"Dot path of a \\\"more pages\\\" flag in the response body, e.g. `hasMore`. When true, a short page does not end the read and a missing next-page token fails it. Without it, a top-level `has_more` or `hasMore` that is `true` counts the same way.\",\"type\":\"string\",\"minLength\":1},\"total_path\":{\"description\":\"Dot path of the total record count in the response body, e.g. `totalCount`. Until it is reached, a short page does not end the read and a page that cannot be followed fails it.\",\"type\":\"string\",\"minLength\":1},\"total_pages_path\":{\"description\":\"Dot path of the total page count in the response body, e.g. `pagination.total_pages`; read like `total_path`.\",\"type\":\"string\",\"minLength\":1},\"max_pages\":{\"description\":\"Loop guard: the read stops after this many pages (see `on_guard`).\",\"type\":\"integer\",\"minimum\":1,\"default\":10000},\"on_guard\":{\"description\":\"What a loop guard does when it trips (`max_pages` reached, the same next-page token or URL twice): `fail` fails the stream, which keeps its cursor; `warn` ends the read with a warning and the stream succeeds (an unordered incremental stream keeps its cursor).\",\"type\":\"string\",\"enum\":[\"fail\",\"warn\"],\"default\":\"fail\"}}}]},\"since\":{\"description\":\"Writes the stream's cursor into the request, formatted, for an incremental stream. Left out when there is no cursor yet (set `incremental.initial` to always send it).\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"param\"],\"properties\":{\"param\":{\"description\":\"Name of the query parameter, or dot path of the body field (with `in: body`), that carries the value.\",\"type\":\"string\",\"minLength\":1},\"in\":{\"description\":\"Where the value goes: the query string or the JSON body.\",\"type\":\"string\",\"enum\":[\"query\",\"body\"],\"default\":\"query\"},\"value\":{\"description\":\"The value sent, where `${cursor}` is the formatted cursor, e.g. `LastUpdateDate gt ${cursor}` for an OData `$filter`.\",\"type\":\"string\",\"default\":\"${cursor}\",\"x-runtime-template\":true},\"format\":{\"description\":\"How the cursor is written: `raw` (as stored), `iso` (`2024-05-01T12:00:00Z`), `iso_date` (`2024-05-01`), `unix` (seconds), `unix_ms`, or a pattern of `%Y %m %d %H %M %S %L` (milliseconds) `%z` (`+0000`) `%%`, e.g. `%Y-%m-%dT%H:%M:%S`. Default `raw`.\",\"type\":\"string\",\"pattern\":\"^(raw|iso|iso_date|unix|unix_ms|([^%]|%[YmdHMSLz%])*%[YmdHMSLz%]([^%]|%[YmdHMSLz%])*)$\"},\"lookback_s\":{\"description\":\"Seconds subtracted from the cursor before it is sent, to re-read late writes. Needs a `format` other than `raw`.\",\"type\":\"number\",\"minimum\":0},\"timezone\":{\"description\":\"IANA time zone (e.g. `America/Sao_Paulo`) for cursors written without an offset and for the formatted value, for APIs whose times carry no zone.\",\"type\":\"string\",\"minLength\":1,\"default\":\"UTC\"}},\"if\":{\"required\":[\"lookback_s\"]},\"then\":{\"required\":[\"format\"]}},\"report\":{\"description\":\"Reads an asynchronous report instead of a list: the stream's request (`path`, `method`, `params`, `body`) creates the report, `status` is polled (with backoff, honouring `Retry-After`) until the report is done, an optional `document` request gives the download URL, and the file (gzip or not) is decoded in the stream's `format` (`tsv`, `csv`, `jsonl`, `json`). The report id is kept in the state store until the document has been read, so a run that stops while polling resumes the same report instead of asking for a new one. `${report.id}` and `${report.<field>}` (fields of the last status answer) may be used in `status.path` and `document.path`.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"id_path\",\"status\",\"url_path\"],\"properties\":{\"id_path\":{\"description\":\"Dot path of the new report's id in the create answer, e.g. `reportId`.\",\"type\":\"string\",\"minLength\":1},\"status\":{\"description\":\"The status request, polled until the report is done.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"path\",\"status_path\",\"done\"],\"properties\":{\"path\":{\"description\":\"Path of the status request, e.g. `/reports/2021-06-30/reports/${report.id}`.\",\"type\":\"string\",\"minLength\":1},\"status_path\":{\"description\":\"Dot path of the status in its answer, e.g. `processingStatus`.\",\"type\":\"string\",\"minLength\":1},\"done\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"minItems\":1,\"description\":\"Statuses that mean the document is ready, e.g. `[DONE]`.\"},\"empty\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"minItems\":1,\"description\":\"Statuses that mean there is nothing to read (the stream reads no record), e.g. SP-API `[CANCELLED]`.\"},\"failed\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"minItems\":1,\"description\":\"Statuses that fail the read, e.g. `[FATAL]`.\"},\"interval_ms\":{\"description\":\"Wait before the first poll; it doubles after each poll.\",\"type\":\"integer\",\"minimum\":1,\"default\":5000},\"max_interval_ms\":{\"description\":\"Longest wait between two polls.\",\"type\":\"integer\",\"minimum\":1,\"default\":60000},\"timeout_ms\":{\"description\":\"Fail the read when the report is not done this long after it was requested (a later run resumes it).\",\"type\":\"integer\",\"minimum\":1,\"default\":1800000}}},\"document\":{\"description\":\"A request between the status and the download that gives the download URL, e.g. SP-API getReportDocument.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"path\"],\"properties\":{\"path\":{\"description\":\"e.g. `/reports/2021-06-30/documents/${report.reportDocumentId}`.\",\"type\":\"string\",\"minLength\":1}}},\"url_path\":{\"description\":\"Dot path of the download URL in the document answer (or the status answer without `document`). A URL on another origin (a pre-signed storage URL) gets none of the connection's credentials.\",\"type\":\"string\",\"minLength\":1},\"compression_path\":{\"description\":\"Dot path of the compression in the same answer, e.g. `compressionAlgorithm`; `GZIP` (any case) is gunzipped.\",\"type\":\"string\",\"minLength\":1},\"page_size\":{\"description\":\"Records handed on per page while the document is decoded.\",\"type\":\"integer\",\"minimum\":1,\"default\":1000},\"reuse_in_run\":{\"description\":\"A report read to the end earlier in the same run is read again (its document fetched anew) instead of a new one being requested, e.g. for a stream partitioned by this one (`partitions.from.stream`).\",\"type\":\"boolean\",\"default\":false},\"resume_within_ms\":{\"description\":\"A stored report requested longer ago than this is not resumed: a new one is requested.\",\"type\":\"integer\",\"minimum\":1,\"default\":21600000}}},\"response_cache\":{\"description\":\"Keeps this stream's answers in the state store (its `syncengine_api_cache` tables) for `ttl`: a request made again while its answer is fresh (the same method, URL with its query parameters, and body) is answered from the store, sending nothing and spending no rate budget. Only 2xx answers are kept; a store that cannot be read or written is a miss, never a failed run. With `record_id`, a webhook of `syncengine serve` that names a record drops the answers holding it. See docs/http-source.md#response-cache.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"ttl\"],\"properties\":{\"ttl\":{\"description\":\"How long an answer stays fresh: a number with a unit, e.g. `10m`, `30s`, `1h`.\",\"type\":\"string\",\"pattern\":\"^[0-9]+(\\\\.[0-9]+)?(ms|s|m|h|d)$\"},\"record_id\":{\"description\":\"Dot path of the id in each record (e.g. `Id`), kept with the answer so the answers holding a changed record can be dropped.\",\"type\":\"string\",\"minLength\":1}}},\"ids_split\":{\"description\":\"For an `ids` run whose options take all ids at once (`${ids}`, `${ids_csv}`, e.g. in `strategies.ids.source`): the ids are sent in several requests, each with at most `max_ids` ids and a first URL of at most `max_url_length` characters. Each request is paginated like the stream.\",\"type\":\"object\",\"additionalProperties\":false,\"default\":{},\"properties\":{\"max_ids\":{\"description\":\"Most ids in one request.\",\"type\":\"integer\",\"minimum\":1,\"default\":100},\"max_url_length\":{\"description\":\"Longest URL, in characters, of the first request of each group (many servers refuse more than 8 KB); a lone id that is longer still gets its request.\",\"type\":\"integer\",\"minimum\":100,\"default\":8000}}}}}", validate: validate_1 },
  { schema: "{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"path\"],\"properties\":{\"connection\":{\"type\":\"string\"},\"path\":{\"description\":\"Path appended to the connection's `base_url`. In `mode: record` it may use `${record.field}`, e.g. `/items/${record.id}`.\",\"type\":\"string\",\"minLength\":1,\"x-runtime-template\":true},\"method\":{\"description\":\"HTTP method.\",\"type\":\"string\",\"enum\":[\"POST\",\"PUT\",\"PATCH\",\"DELETE\"],\"default\":\"POST\"},\"mode\":{\"description\":\"`batch`: one request carries up to `batch_size` records; `record`: one request per record (to capture the id the target creates).\",\"type\":\"string\",\"enum\":[\"batch\",\"record\"],\"default\":\"batch\"},\"batch_size\":{\"description\":\"`batch`: most records in one request.\",\"type\":\"integer\",\"minimum\":1,\"default\":100},\"max_body_bytes\":{\"description\":\"`batch`: a request body larger than this is split in halves before it is sent.\",\"type\":\"integer\",\"minimum\":100},\"delay_ms\":{\"description\":\"Pause between two requests of this stream, in milliseconds (e.g. 500 for SparkLayer).\",\"type\":\"integer\",\"minimum\":0,\"default\":0},\"body\":{\"description\":\"Body template: any JSON value; a string that is exactly `${records}` (batch) or `${record}` (record mode) becomes the records, e.g. `{ items: \\\"${records}\\\" }`. Default: the list of records (batch) or the record.\",\"tsType\":\"unknown\",\"x-runtime-template\":true},\"params\":{\"type\":\"object\",\"additionalProperties\":{\"type\":[\"string\",\"number\",\"boolean\"]},\"description\":\"Query parameters; may use runtime references.\",\"x-runtime-template\":true},\"headers\":{\"type\":\"object\",\"additionalProperties\":{\"type\":[\"string\",\"number\",\"boolean\"]},\"description\":\"Extra headers; may use runtime references.\",\"x-runtime-template\":true},\"exclude\":{\"description\":\"Record fields left out of the body (e.g. the source id kept only for the crosswalk).\",\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"retry_conflicts\":{\"description\":\"Retry a 409 Conflict like a 429 (targets that report concurrent updates that way).\",\"type\":\"boolean\",\"default\":true},\"on_record_error\":{\"description\":\"`record` mode: a 4xx answer for one record quarantines it and the run goes on (`quarantine`), or fails the run (`fail`).\",\"type\":\"string\",\"enum\":[\"quarantine\",\"fail\"],\"default\":\"quarantine\"},\"crosswalk\":{\"description\":\"`record` mode: record `(kind, source id) -> target id` from each response in the ID crosswalk, and decide what to do with a record already copied (`existing`).\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"kind\",\"source_id\",\"target_id\"],\"properties\":{\"kind\":{\"description\":\"Crosswalk kind, e.g. `item`.\",\"type\":\"string\",\"minLength\":1},\"source_id\":{\"description\":\"Dot path of the source id in the record.\",\"type\":\"string\",\"minLength\":1},\"target_id\":{\"description\":\"Dot path of the new id in the response body.\",\"type\":\"string\",\"minLength\":1},\"existing\":{\"description\":\"A record whose source id is already mapped: `skip` it, or `update` it with `update` (path may use `${target_id}`).\",\"type\":\"string\",\"enum\":[\"skip\",\"update\"],\"default\":\"skip\"},\"update\":{\"description\":\"The request that updates an already copied record.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"path\"],\"properties\":{\"method\":{\"type\":\"string\",\"enum\":[\"PUT\",\"PATCH\",\"POST\"],\"default\":\"PATCH\"},\"path\":{\"type\":\"string\",\"minLength\":1,\"description\":\"e.g. `/items/${target_id}`.\",\"x-runtime-template\":true}}}}}}}", validate: validate_2 },
];
