// @ts-nocheck
/* Generated from the mysql connector's schemas by `npm run generate` (ajv standalone code): loading a pipeline compiles no schema. Do not edit by hand: a test fails when it is stale. */
import type { PrecompiledValidator } from '@syncengine/engine';
import { ucs2length } from '@syncengine/engine/validator-runtime';

const validate_0 = validate21;
const schema6 = {"type":"object","additionalProperties":false,"properties":{"type":{"type":"string"},"url":{"description":"Connection URL (mysql://, mariadb://), e.g. `mysql://app:${env.MYSQL_PASSWORD}@db.example.com:3306/sync`. Fields given next to it override its parts. Percent-encode special characters in the password.","type":"string","pattern":"^(mysql|mariadb)://","x-secret":true},"host":{"description":"Server host name or address. Default `localhost`.","type":"string","minLength":1},"port":{"description":"Server port. Default 3306.","type":"integer","minimum":1,"maximum":65535},"user":{"description":"User name.","type":"string","minLength":1},"password":{"description":"Password.","type":"string","x-secret":true},"database":{"description":"Database name; required unless `url` names it.","type":"string","minLength":1},"ssl":{"description":"`true`: encrypt and verify the server certificate; `no-verify`: encrypt without verifying (self-signed or private-CA servers); `false`: plain. Default: what the URL says (`sslmode`), else plain.","type":["boolean","string"],"enum":[true,false,"no-verify"]},"socket_path":{"description":"Connect through this Unix socket instead of `host` and `port`, e.g. Cloud Run's `/cloudsql/<project:region:instance>` or a Cloud SQL Auth Proxy started with `--unix-socket`. Empty: host and port.","type":"string"},"pool_size":{"description":"Most connections held open at once.","type":"integer","minimum":1,"maximum":100,"default":10}},"allOf":[{"if":{"not":{"required":["url"]}},"then":{"required":["database"]}}]};
const func2 = Object.prototype.hasOwnProperty;
const func3 = ucs2length;
const pattern0 = new RegExp("^(mysql|mariadb)://", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
const _errs4 = errors;
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.url === undefined) && (missing0 = "url")){
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
var valid2 = _errs5 === errors;
if(valid2){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.database === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "database"},message:"must have required property '"+"database"+"'",schema:schema6.allOf[0].then.required,parentSchema:schema6.allOf[0].then,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs6 === errors;
valid1 = _valid0;
}
if(!valid1){
const err3 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema6.allOf[0].if,parentSchema:schema6.allOf[0],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.pool_size === undefined){
data.pool_size = 10;
}
for(const key0 in data){
if(!(func2.call(schema6.properties, key0))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema6,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
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
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.type.type,parentSchema:schema6.properties.type,data:data0};
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
data["type"] = coerced0;
}
}
}
}
if(data.url !== undefined){
let data1 = data.url;
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
const err6 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.url.type,parentSchema:schema6.properties.url,data:data1};
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
data["url"] = coerced1;
}
}
}
this.secrets.push(instancePath + "/url");
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err7 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/pattern",keyword:"pattern",params:{pattern: "^(mysql|mariadb)://"},message:"must match pattern \""+"^(mysql|mariadb)://"+"\"",schema:"^(mysql|mariadb)://",parentSchema:schema6.properties.url,data:data1};
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
if(data.host !== undefined){
let data2 = data.host;
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
const err8 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.host.type,parentSchema:schema6.properties.host,data:data2};
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
data["host"] = coerced2;
}
}
}
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err9 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema6.properties.host,data:data2};
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
if(data.port !== undefined){
let data3 = data.port;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
let dataType3 = typeof data3;
let coerced3 = undefined;
if(!(coerced3 !== undefined)){
if(dataType3 === "boolean" || data3 === null
              || (dataType3 === "string" && data3 && data3 == +data3 && !(data3 % 1))){
coerced3 = +data3;
}
else {
const err10 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema6.properties.port.type,parentSchema:schema6.properties.port,data:data3};
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
data["port"] = coerced3;
}
}
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 65535 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema6.properties.port,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err12 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema6.properties.port,data:data3};
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
if(data.user !== undefined){
let data4 = data.user;
if(typeof data4 !== "string"){
let dataType4 = typeof data4;
let coerced4 = undefined;
if(!(coerced4 !== undefined)){
if(dataType4 == "number" || dataType4 == "boolean"){
coerced4 = "" + data4;
}
else if(data4 === null){
coerced4 = "";
}
else {
const err13 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.user.type,parentSchema:schema6.properties.user,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(coerced4 !== undefined){
data4 = coerced4;
if(data !== undefined){
data["user"] = coerced4;
}
}
}
if(typeof data4 === "string"){
if(func3(data4) < 1){
const err14 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema6.properties.user,data:data4};
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
if(data.password !== undefined){
let data5 = data.password;
if(typeof data5 !== "string"){
let dataType5 = typeof data5;
let coerced5 = undefined;
if(!(coerced5 !== undefined)){
if(dataType5 == "number" || dataType5 == "boolean"){
coerced5 = "" + data5;
}
else if(data5 === null){
coerced5 = "";
}
else {
const err15 = {instancePath:instancePath+"/password",schemaPath:"#/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.password.type,parentSchema:schema6.properties.password,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(coerced5 !== undefined){
data5 = coerced5;
if(data !== undefined){
data["password"] = coerced5;
}
}
}
this.secrets.push(instancePath + "/password");
}
if(data.database !== undefined){
let data6 = data.database;
if(typeof data6 !== "string"){
let dataType6 = typeof data6;
let coerced6 = undefined;
if(!(coerced6 !== undefined)){
if(dataType6 == "number" || dataType6 == "boolean"){
coerced6 = "" + data6;
}
else if(data6 === null){
coerced6 = "";
}
else {
const err16 = {instancePath:instancePath+"/database",schemaPath:"#/properties/database/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.database.type,parentSchema:schema6.properties.database,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(coerced6 !== undefined){
data6 = coerced6;
if(data !== undefined){
data["database"] = coerced6;
}
}
}
if(typeof data6 === "string"){
if(func3(data6) < 1){
const err17 = {instancePath:instancePath+"/database",schemaPath:"#/properties/database/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema6.properties.database,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data.ssl !== undefined){
let data7 = data.ssl;
if((typeof data7 !== "boolean") && (typeof data7 !== "string")){
let dataType7 = typeof data7;
let coerced7 = undefined;
if(!(coerced7 !== undefined)){
if(data7 === "false" || data7 === 0 || data7 === null){
coerced7 = false;
}
else if(data7 === "true" || data7 === 1){
coerced7 = true;
}
else if(dataType7 == "number" || dataType7 == "boolean"){
coerced7 = "" + data7;
}
else if(data7 === null){
coerced7 = "";
}
else {
const err18 = {instancePath:instancePath+"/ssl",schemaPath:"#/properties/ssl/type",keyword:"type",params:{type: schema6.properties.ssl.type},message:"must be boolean,string",schema:schema6.properties.ssl.type,parentSchema:schema6.properties.ssl,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(coerced7 !== undefined){
data7 = coerced7;
if(data !== undefined){
data["ssl"] = coerced7;
}
}
}
if(!(((data7 === true) || (data7 === false)) || (data7 === "no-verify"))){
const err19 = {instancePath:instancePath+"/ssl",schemaPath:"#/properties/ssl/enum",keyword:"enum",params:{allowedValues: schema6.properties.ssl.enum},message:"must be equal to one of the allowed values",schema:schema6.properties.ssl.enum,parentSchema:schema6.properties.ssl,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.socket_path !== undefined){
let data8 = data.socket_path;
if(typeof data8 !== "string"){
let dataType8 = typeof data8;
let coerced8 = undefined;
if(!(coerced8 !== undefined)){
if(dataType8 == "number" || dataType8 == "boolean"){
coerced8 = "" + data8;
}
else if(data8 === null){
coerced8 = "";
}
else {
const err20 = {instancePath:instancePath+"/socket_path",schemaPath:"#/properties/socket_path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.socket_path.type,parentSchema:schema6.properties.socket_path,data:data8};
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
data8 = coerced8;
if(data !== undefined){
data["socket_path"] = coerced8;
}
}
}
}
let data9 = data.pool_size;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
let dataType9 = typeof data9;
let coerced9 = undefined;
if(!(coerced9 !== undefined)){
if(dataType9 === "boolean" || data9 === null
              || (dataType9 === "string" && data9 && data9 == +data9 && !(data9 % 1))){
coerced9 = +data9;
}
else {
const err21 = {instancePath:instancePath+"/pool_size",schemaPath:"#/properties/pool_size/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema6.properties.pool_size.type,parentSchema:schema6.properties.pool_size,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(coerced9 !== undefined){
data9 = coerced9;
if(data !== undefined){
data["pool_size"] = coerced9;
}
}
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 100 || isNaN(data9)){
const err22 = {instancePath:instancePath+"/pool_size",schemaPath:"#/properties/pool_size/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema6.properties.pool_size,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data9 < 1 || isNaN(data9)){
const err23 = {instancePath:instancePath+"/pool_size",schemaPath:"#/properties/pool_size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema6.properties.pool_size,data:data9};
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
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.type,parentSchema:schema6,data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}

const validate_1 = validate22;
const schema7 = {"type":"object","additionalProperties":false,"required":["query"],"properties":{"connection":{"type":"string"},"query":{"description":"The SELECT to read. Runtime references such as `${cursor}` and `:name` placeholders for `params` are sent as bound parameters, never spliced into the SQL text. See docs/sql.md.","type":"string","minLength":1,"x-runtime-template":true},"params":{"$ref":"#/$defs/x-hoisted-0"},"batch_size":{"description":"Rows fetched from the database at a time and handed on as one page.","type":"integer","minimum":1,"maximum":100000,"default":1000}},"$defs":{"x-hoisted-0":{"description":"Values for `:name` placeholders in `query`, bound as parameters. Values may be `${vars.x}`, `${env.X}` or runtime references such as `${cursor}`.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]{0,62}$"},"additionalProperties":{"type":["string","number","boolean","null","object","array"],"tsType":"unknown"},"x-runtime-template":true}}};
const schema8 = {"description":"Values for `:name` placeholders in `query`, bound as parameters. Values may be `${vars.x}`, `${env.X}` or runtime references such as `${cursor}`.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]{0,62}$"},"additionalProperties":{"type":["string","number","boolean","null","object","array"],"tsType":"unknown"},"x-runtime-template":true};
const pattern1 = new RegExp("^[A-Za-z_][A-Za-z0-9_]{0,62}$", "u");

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
this.templates.push(instancePath + "");
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
const _errs1 = errors;
if(typeof key0 === "string"){
if(!pattern1.test(key0)){
const err0 = {instancePath,schemaPath:"#/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]{0,62}$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]{0,62}$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]{0,62}$",parentSchema:schema8.propertyNames,data:key0,propertyName:key0};
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
const err1 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema8.propertyNames,parentSchema:schema8,data};
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
if((((typeof data0 != "object") && (typeof data0 !== "string")) && (!((typeof data0 == "number") && (isFinite(data0))))) && (typeof data0 !== "boolean")){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else if(dataType0 == "boolean" || data0 === null
              || (dataType0 == "string" && data0 && data0 == +data0)){
coerced0 = +data0;
}
else if(data0 === "false" || data0 === 0 || data0 === null){
coerced0 = false;
}
else if(data0 === "true" || data0 === 1){
coerced0 = true;
}
else if(data0 === "" || data0 === 0 || data0 === false){
coerced0 = null;
}
else {
const err2 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/type",keyword:"type",params:{type: schema8.additionalProperties.type},message:"must be string,number,boolean,null,object,array",schema:schema8.additionalProperties.type,parentSchema:schema8.additionalProperties,data:data0};
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
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema8.type,parentSchema:schema8,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.batch_size === undefined){
data.batch_size = 1000;
}
if(data.query === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "query"},message:"must have required property '"+"query"+"'",schema:schema7.required,parentSchema:schema7,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "connection") || (key0 === "query")) || (key0 === "params")) || (key0 === "batch_size"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema7,data};
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
const err2 = {instancePath:instancePath+"/connection",schemaPath:"#/properties/connection/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.properties.connection.type,parentSchema:schema7.properties.connection,data:data0};
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
if(data.query !== undefined){
let data1 = data.query;
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
const err3 = {instancePath:instancePath+"/query",schemaPath:"#/properties/query/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.properties.query.type,parentSchema:schema7.properties.query,data:data1};
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
data["query"] = coerced1;
}
}
}
this.templates.push(instancePath + "/query");
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err4 = {instancePath:instancePath+"/query",schemaPath:"#/properties/query/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema7.properties.query,data:data1};
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
if(data.params !== undefined){
if(!(validate23.call(this, data.params, {instancePath:instancePath+"/params",parentData:data,parentDataProperty:"params",rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
let data3 = data.batch_size;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
let dataType2 = typeof data3;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 === "boolean" || data3 === null
              || (dataType2 === "string" && data3 && data3 == +data3 && !(data3 % 1))){
coerced2 = +data3;
}
else {
const err5 = {instancePath:instancePath+"/batch_size",schemaPath:"#/properties/batch_size/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema7.properties.batch_size.type,parentSchema:schema7.properties.batch_size,data:data3};
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
data3 = coerced2;
if(data !== undefined){
data["batch_size"] = coerced2;
}
}
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 100000 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/batch_size",schemaPath:"#/properties/batch_size/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema7.properties.batch_size,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/batch_size",schemaPath:"#/properties/batch_size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema7.properties.batch_size,data:data3};
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
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.type,parentSchema:schema7,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}

const validate_2 = validate25;
const schema9 = {"type":"object","additionalProperties":false,"required":["table"],"properties":{"connection":{"type":"string"},"table":{"description":"Target table. May use runtime references, e.g. `client_${tenant.id}_data`; the result must be a plain identifier (letters, digits, `_`, at most 63 characters), else the stream fails before any SQL runs.","type":"string","minLength":1,"x-runtime-template":true},"mode":{"description":"`append` inserts every record; `insert_new` inserts only records whose key is not in the table yet; `upsert` inserts new keys and updates changed rows; `replace` empties the table and loads the whole run in one transaction. See docs/write-modes.md.","type":"string","enum":["append","insert_new","upsert","replace"],"default":"append"},"key":{"description":"Column(s) that identify a row; required for `insert_new` and `upsert`, and made the primary key of a created table.","type":"array","items":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]{0,62}$"},"minItems":1,"uniqueItems":true},"columns":{"$ref":"#/$defs/x-hoisted-1"},"schema":{"description":"What happens when no `columns` are declared and the records do not match the table: `evolve` adds a column for a new field and widens a column whose values no longer fit (integer -> number -> text); `freeze` quarantines a record with a field the table lacks or a value its column cannot hold, with the reason; `discard_columns` drops such fields and values; `discard_records` drops such records (counted as skipped and logged). The table itself is created from the first batch under every policy.","type":"string","enum":["evolve","freeze","discard_columns","discard_records"],"default":"evolve"},"create_table":{"description":"Create the table when it does not exist: from `columns`, else from the first batch of records.","type":"boolean","default":true},"add_new_columns":{"description":"Add declared columns that an existing table lacks (as nullable columns) instead of failing.","type":"boolean","default":false},"rows_per_statement":{"description":"Most rows in one INSERT; lowered automatically to fit the dialect's parameter limit.","type":"integer","minimum":1,"default":1000},"before":{"description":"SQL statements run before the load, one statement per item, as written (trusted configuration). In `replace` mode they run inside the load transaction; otherwise once when the stream starts.","type":"array","items":{"type":"string","minLength":1},"default":[]},"after":{"description":"SQL statements run after the last batch, e.g. `CALL update_mirror()`. In `replace` mode they run inside the load transaction, before it commits; otherwise after the last batch has committed. A failing statement fails the stream.","type":"array","items":{"type":"string","minLength":1},"default":[]}},"allOf":[{"if":{"properties":{"mode":{"enum":["insert_new","upsert"]}},"required":["mode"]},"then":{"required":["key"]}}],"$defs":{"x-hoisted-0":{"anyOf":[{"type":"string","enum":["text","integer","bigint","number","decimal","boolean","json","timestamp","date"]},{"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"type":"string","enum":["text","integer","bigint","number","decimal","boolean","json","timestamp","date"]},"nullable":{"type":"boolean","description":"Allow NULL (default true; key columns are never null)."},"precision":{"type":"integer","minimum":1,"maximum":65,"description":"Total digits of a `decimal`."},"scale":{"type":"integer","minimum":0,"maximum":30,"description":"Digits after the point of a `decimal`."}}}]},"x-hoisted-1":{"description":"Columns to write, by name: a type (`text`, `integer`, `bigint`, `number`, `decimal`, `boolean`, `json`, `timestamp`, `date`) or `{type, nullable, precision, scale}`. Used to create the table when it is missing. Declared columns win: their types are never inferred nor widened, and fields not listed are not written. When omitted, the table is created from the data and kept in step with it under the `schema` policy; see docs/sql.md.","type":"object","minProperties":1,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]{0,62}$"},"additionalProperties":{"$ref":"#/$defs/x-hoisted-0"}}}};
const schema10 = {"description":"Columns to write, by name: a type (`text`, `integer`, `bigint`, `number`, `decimal`, `boolean`, `json`, `timestamp`, `date`) or `{type, nullable, precision, scale}`. Used to create the table when it is missing. Declared columns win: their types are never inferred nor widened, and fields not listed are not written. When omitted, the table is created from the data and kept in step with it under the `schema` policy; see docs/sql.md.","type":"object","minProperties":1,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]{0,62}$"},"additionalProperties":{"$ref":"#/$defs/x-hoisted-0"}};
const schema11 = {"anyOf":[{"type":"string","enum":["text","integer","bigint","number","decimal","boolean","json","timestamp","date"]},{"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"type":"string","enum":["text","integer","bigint","number","decimal","boolean","json","timestamp","date"]},"nullable":{"type":"boolean","description":"Allow NULL (default true; key columns are never null)."},"precision":{"type":"integer","minimum":1,"maximum":65,"description":"Total digits of a `decimal`."},"scale":{"type":"integer","minimum":0,"maximum":30,"description":"Digits after the point of a `decimal`."}}}]};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
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
const err0 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.anyOf[0].type,parentSchema:schema11.anyOf[0],data};
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
if(!(((((((((data === "text") || (data === "integer")) || (data === "bigint")) || (data === "number")) || (data === "decimal")) || (data === "boolean")) || (data === "json")) || (data === "timestamp")) || (data === "date"))){
const err1 = {instancePath,schemaPath:"#/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema11.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema11.anyOf[0].enum,parentSchema:schema11.anyOf[0],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err2 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema11.anyOf[1].required,parentSchema:schema11.anyOf[1],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "nullable")) || (key0 === "precision")) || (key0 === "scale"))){
const err3 = {instancePath,schemaPath:"#/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11.anyOf[1],data};
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
if(typeof data0 !== "string"){
let dataType1 = typeof data0;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data0;
}
else if(data0 === null){
coerced1 = "";
}
else {
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/1/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.anyOf[1].properties.type.type,parentSchema:schema11.anyOf[1].properties.type,data:data0};
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
data0 = coerced1;
if(data !== undefined){
data["type"] = coerced1;
}
}
}
if(!(((((((((data0 === "text") || (data0 === "integer")) || (data0 === "bigint")) || (data0 === "number")) || (data0 === "decimal")) || (data0 === "boolean")) || (data0 === "json")) || (data0 === "timestamp")) || (data0 === "date"))){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/1/properties/type/enum",keyword:"enum",params:{allowedValues: schema11.anyOf[1].properties.type.enum},message:"must be equal to one of the allowed values",schema:schema11.anyOf[1].properties.type.enum,parentSchema:schema11.anyOf[1].properties.type,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.nullable !== undefined){
let data1 = data.nullable;
if(typeof data1 !== "boolean"){
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(data1 === "false" || data1 === 0 || data1 === null){
coerced2 = false;
}
else if(data1 === "true" || data1 === 1){
coerced2 = true;
}
else {
const err6 = {instancePath:instancePath+"/nullable",schemaPath:"#/anyOf/1/properties/nullable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.anyOf[1].properties.nullable.type,parentSchema:schema11.anyOf[1].properties.nullable,data:data1};
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
data1 = coerced2;
if(data !== undefined){
data["nullable"] = coerced2;
}
}
}
}
if(data.precision !== undefined){
let data2 = data.precision;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
let dataType3 = typeof data2;
let coerced3 = undefined;
if(!(coerced3 !== undefined)){
if(dataType3 === "boolean" || data2 === null
              || (dataType3 === "string" && data2 && data2 == +data2 && !(data2 % 1))){
coerced3 = +data2;
}
else {
const err7 = {instancePath:instancePath+"/precision",schemaPath:"#/anyOf/1/properties/precision/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.anyOf[1].properties.precision.type,parentSchema:schema11.anyOf[1].properties.precision,data:data2};
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
data2 = coerced3;
if(data !== undefined){
data["precision"] = coerced3;
}
}
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 65 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/precision",schemaPath:"#/anyOf/1/properties/precision/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65},message:"must be <= 65",schema:65,parentSchema:schema11.anyOf[1].properties.precision,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/precision",schemaPath:"#/anyOf/1/properties/precision/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.anyOf[1].properties.precision,data:data2};
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
if(data.scale !== undefined){
let data3 = data.scale;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
let dataType4 = typeof data3;
let coerced4 = undefined;
if(!(coerced4 !== undefined)){
if(dataType4 === "boolean" || data3 === null
              || (dataType4 === "string" && data3 && data3 == +data3 && !(data3 % 1))){
coerced4 = +data3;
}
else {
const err10 = {instancePath:instancePath+"/scale",schemaPath:"#/anyOf/1/properties/scale/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.anyOf[1].properties.scale.type,parentSchema:schema11.anyOf[1].properties.scale,data:data3};
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
data3 = coerced4;
if(data !== undefined){
data["scale"] = coerced4;
}
}
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 30 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/scale",schemaPath:"#/anyOf/1/properties/scale/maximum",keyword:"maximum",params:{comparison: "<=", limit: 30},message:"must be <= 30",schema:30,parentSchema:schema11.anyOf[1].properties.scale,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err12 = {instancePath:instancePath+"/scale",schemaPath:"#/anyOf/1/properties/scale/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.anyOf[1].properties.scale,data:data3};
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
}
else {
const err13 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.anyOf[1].type,parentSchema:schema11.anyOf[1],data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
}
if(!valid0){
const err14 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.anyOf,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate27.errors = vErrors;
return errors === 0;
}


function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
const err0 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
const _errs1 = errors;
if(typeof key0 === "string"){
if(!pattern1.test(key0)){
const err1 = {instancePath,schemaPath:"#/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]{0,62}$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]{0,62}$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]{0,62}$",parentSchema:schema10.propertyNames,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var valid0 = _errs1 === errors;
if(!valid0){
const err2 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema10.propertyNames,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
for(const key1 in data){
if(!(validate27.call(this, data[key1], {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.type,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}


function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.mode === undefined) && (missing0 = "mode")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.mode !== undefined){
let data0 = data.mode;
if(!((data0 === "insert_new") || (data0 === "upsert"))){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.key === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema9.allOf[0].then.required,parentSchema:schema9.allOf[0].then,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
}
if(!valid1){
const err3 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema9.allOf[0].if,parentSchema:schema9.allOf[0],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.mode === undefined){
data.mode = "append";
}
if(data.schema === undefined){
data.schema = "evolve";
}
if(data.create_table === undefined){
data.create_table = true;
}
if(data.add_new_columns === undefined){
data.add_new_columns = false;
}
if(data.rows_per_statement === undefined){
data.rows_per_statement = 1000;
}
if(data.before === undefined){
data.before = [];
}
if(data.after === undefined){
data.after = [];
}
if(data.table === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "table"},message:"must have required property '"+"table"+"'",schema:schema9.required,parentSchema:schema9,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema9.properties, key0))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema9,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.connection !== undefined){
let data1 = data.connection;
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
const err6 = {instancePath:instancePath+"/connection",schemaPath:"#/properties/connection/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.connection.type,parentSchema:schema9.properties.connection,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(coerced0 !== undefined){
data1 = coerced0;
if(data !== undefined){
data["connection"] = coerced0;
}
}
}
}
if(data.table !== undefined){
let data2 = data.table;
if(typeof data2 !== "string"){
let dataType1 = typeof data2;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data2;
}
else if(data2 === null){
coerced1 = "";
}
else {
const err7 = {instancePath:instancePath+"/table",schemaPath:"#/properties/table/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.table.type,parentSchema:schema9.properties.table,data:data2};
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
data2 = coerced1;
if(data !== undefined){
data["table"] = coerced1;
}
}
}
this.templates.push(instancePath + "/table");
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err8 = {instancePath:instancePath+"/table",schemaPath:"#/properties/table/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema9.properties.table,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
let data3 = data.mode;
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
const err9 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.mode.type,parentSchema:schema9.properties.mode,data:data3};
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
if(data !== undefined){
data["mode"] = coerced2;
}
}
}
if(!((((data3 === "append") || (data3 === "insert_new")) || (data3 === "upsert")) || (data3 === "replace"))){
const err10 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/enum",keyword:"enum",params:{allowedValues: schema9.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema9.properties.mode.enum,parentSchema:schema9.properties.mode,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.key !== undefined){
let data4 = data.key;
if(Array.isArray(data4)){
if(data4.length < 1){
const err11 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema9.properties.key,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
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
const err12 = {instancePath:instancePath+"/key/" + i0,schemaPath:"#/properties/key/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.key.items.type,parentSchema:schema9.properties.key.items,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(coerced3 !== undefined){
data5 = coerced3;
if(data4 !== undefined){
data4[i0] = coerced3;
}
}
}
if(typeof data5 === "string"){
if(!pattern1.test(data5)){
const err13 = {instancePath:instancePath+"/key/" + i0,schemaPath:"#/properties/key/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]{0,62}$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]{0,62}$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]{0,62}$",parentSchema:schema9.properties.key.items,data:data5};
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
let i1 = data4.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data4[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err14 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema9.properties.key,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err15 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema9.properties.key.type,parentSchema:schema9.properties.key,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.columns !== undefined){
if(!(validate26.call(this, data.columns, {instancePath:instancePath+"/columns",parentData:data,parentDataProperty:"columns",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
let data7 = data.schema;
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
const err16 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.schema.type,parentSchema:schema9.properties.schema,data:data7};
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
data7 = coerced4;
if(data !== undefined){
data["schema"] = coerced4;
}
}
}
if(!((((data7 === "evolve") || (data7 === "freeze")) || (data7 === "discard_columns")) || (data7 === "discard_records"))){
const err17 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/enum",keyword:"enum",params:{allowedValues: schema9.properties.schema.enum},message:"must be equal to one of the allowed values",schema:schema9.properties.schema.enum,parentSchema:schema9.properties.schema,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
let data8 = data.create_table;
if(typeof data8 !== "boolean"){
let coerced5 = undefined;
if(!(coerced5 !== undefined)){
if(data8 === "false" || data8 === 0 || data8 === null){
coerced5 = false;
}
else if(data8 === "true" || data8 === 1){
coerced5 = true;
}
else {
const err18 = {instancePath:instancePath+"/create_table",schemaPath:"#/properties/create_table/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema9.properties.create_table.type,parentSchema:schema9.properties.create_table,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(coerced5 !== undefined){
data8 = coerced5;
if(data !== undefined){
data["create_table"] = coerced5;
}
}
}
let data9 = data.add_new_columns;
if(typeof data9 !== "boolean"){
let coerced6 = undefined;
if(!(coerced6 !== undefined)){
if(data9 === "false" || data9 === 0 || data9 === null){
coerced6 = false;
}
else if(data9 === "true" || data9 === 1){
coerced6 = true;
}
else {
const err19 = {instancePath:instancePath+"/add_new_columns",schemaPath:"#/properties/add_new_columns/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema9.properties.add_new_columns.type,parentSchema:schema9.properties.add_new_columns,data:data9};
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
if(data !== undefined){
data["add_new_columns"] = coerced6;
}
}
}
let data10 = data.rows_per_statement;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
let dataType7 = typeof data10;
let coerced7 = undefined;
if(!(coerced7 !== undefined)){
if(dataType7 === "boolean" || data10 === null
              || (dataType7 === "string" && data10 && data10 == +data10 && !(data10 % 1))){
coerced7 = +data10;
}
else {
const err20 = {instancePath:instancePath+"/rows_per_statement",schemaPath:"#/properties/rows_per_statement/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema9.properties.rows_per_statement.type,parentSchema:schema9.properties.rows_per_statement,data:data10};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(coerced7 !== undefined){
data10 = coerced7;
if(data !== undefined){
data["rows_per_statement"] = coerced7;
}
}
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 1 || isNaN(data10)){
const err21 = {instancePath:instancePath+"/rows_per_statement",schemaPath:"#/properties/rows_per_statement/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema9.properties.rows_per_statement,data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
let data11 = data.before;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i2=0; i2<len1; i2++){
let data12 = data11[i2];
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
const err22 = {instancePath:instancePath+"/before/" + i2,schemaPath:"#/properties/before/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.before.items.type,parentSchema:schema9.properties.before.items,data:data12};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(coerced8 !== undefined){
data12 = coerced8;
if(data11 !== undefined){
data11[i2] = coerced8;
}
}
}
if(typeof data12 === "string"){
if(func3(data12) < 1){
const err23 = {instancePath:instancePath+"/before/" + i2,schemaPath:"#/properties/before/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema9.properties.before.items,data:data12};
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
}
else {
const err24 = {instancePath:instancePath+"/before",schemaPath:"#/properties/before/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema9.properties.before.type,parentSchema:schema9.properties.before,data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
let data13 = data.after;
if(Array.isArray(data13)){
const len2 = data13.length;
for(let i3=0; i3<len2; i3++){
let data14 = data13[i3];
if(typeof data14 !== "string"){
let dataType9 = typeof data14;
let coerced9 = undefined;
if(!(coerced9 !== undefined)){
if(dataType9 == "number" || dataType9 == "boolean"){
coerced9 = "" + data14;
}
else if(data14 === null){
coerced9 = "";
}
else {
const err25 = {instancePath:instancePath+"/after/" + i3,schemaPath:"#/properties/after/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.after.items.type,parentSchema:schema9.properties.after.items,data:data14};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(coerced9 !== undefined){
data14 = coerced9;
if(data13 !== undefined){
data13[i3] = coerced9;
}
}
}
if(typeof data14 === "string"){
if(func3(data14) < 1){
const err26 = {instancePath:instancePath+"/after/" + i3,schemaPath:"#/properties/after/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema9.properties.after.items,data:data14};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
}
else {
const err27 = {instancePath:instancePath+"/after",schemaPath:"#/properties/after/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema9.properties.after.type,parentSchema:schema9.properties.after,data:data13};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.type,parentSchema:schema9,data};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}

export const VALIDATORS: readonly PrecompiledValidator[] = [
  { schema: "{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"type\":{\"type\":\"string\"},\"url\":{\"description\":\"Connection URL (mysql://, mariadb://), e.g. `mysql://app:${env.MYSQL_PASSWORD}@db.example.com:3306/sync`. Fields given next to it override its parts. Percent-encode special characters in the password.\",\"type\":\"string\",\"pattern\":\"^(mysql|mariadb)://\",\"x-secret\":true},\"host\":{\"description\":\"Server host name or address. Default `localhost`.\",\"type\":\"string\",\"minLength\":1},\"port\":{\"description\":\"Server port. Default 3306.\",\"type\":\"integer\",\"minimum\":1,\"maximum\":65535},\"user\":{\"description\":\"User name.\",\"type\":\"string\",\"minLength\":1},\"password\":{\"description\":\"Password.\",\"type\":\"string\",\"x-secret\":true},\"database\":{\"description\":\"Database name; required unless `url` names it.\",\"type\":\"string\",\"minLength\":1},\"ssl\":{\"description\":\"`true`: encrypt and verify the server certificate; `no-verify`: encrypt without verifying (self-signed or private-CA servers); `false`: plain. Default: what the URL says (`sslmode`), else plain.\",\"type\":[\"boolean\",\"string\"],\"enum\":[true,false,\"no-verify\"]},\"socket_path\":{\"description\":\"Connect through this Unix socket instead of `host` and `port`, e.g. Cloud Run's `/cloudsql/<project:region:instance>` or a Cloud SQL Auth Proxy started with `--unix-socket`. Empty: host and port.\",\"type\":\"string\"},\"pool_size\":{\"description\":\"Most connections held open at once.\",\"type\":\"integer\",\"minimum\":1,\"maximum\":100,\"default\":10}},\"allOf\":[{\"if\":{\"not\":{\"required\":[\"url\"]}},\"then\":{\"required\":[\"database\"]}}]}", validate: validate_0 },
  { schema: "{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"query\"],\"properties\":{\"connection\":{\"type\":\"string\"},\"query\":{\"description\":\"The SELECT to read. Runtime references such as `${cursor}` and `:name` placeholders for `params` are sent as bound parameters, never spliced into the SQL text. See docs/sql.md.\",\"type\":\"string\",\"minLength\":1,\"x-runtime-template\":true},\"params\":{\"description\":\"Values for `:name` placeholders in `query`, bound as parameters. Values may be `${vars.x}`, `${env.X}` or runtime references such as `${cursor}`.\",\"type\":\"object\",\"propertyNames\":{\"pattern\":\"^[A-Za-z_][A-Za-z0-9_]{0,62}$\"},\"additionalProperties\":{\"type\":[\"string\",\"number\",\"boolean\",\"null\",\"object\",\"array\"],\"tsType\":\"unknown\"},\"x-runtime-template\":true},\"batch_size\":{\"description\":\"Rows fetched from the database at a time and handed on as one page.\",\"type\":\"integer\",\"minimum\":1,\"maximum\":100000,\"default\":1000}}}", validate: validate_1 },
  { schema: "{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"table\"],\"properties\":{\"connection\":{\"type\":\"string\"},\"table\":{\"description\":\"Target table. May use runtime references, e.g. `client_${tenant.id}_data`; the result must be a plain identifier (letters, digits, `_`, at most 63 characters), else the stream fails before any SQL runs.\",\"type\":\"string\",\"minLength\":1,\"x-runtime-template\":true},\"mode\":{\"description\":\"`append` inserts every record; `insert_new` inserts only records whose key is not in the table yet; `upsert` inserts new keys and updates changed rows; `replace` empties the table and loads the whole run in one transaction. See docs/write-modes.md.\",\"type\":\"string\",\"enum\":[\"append\",\"insert_new\",\"upsert\",\"replace\"],\"default\":\"append\"},\"key\":{\"description\":\"Column(s) that identify a row; required for `insert_new` and `upsert`, and made the primary key of a created table.\",\"type\":\"array\",\"items\":{\"type\":\"string\",\"pattern\":\"^[A-Za-z_][A-Za-z0-9_]{0,62}$\"},\"minItems\":1,\"uniqueItems\":true},\"columns\":{\"description\":\"Columns to write, by name: a type (`text`, `integer`, `bigint`, `number`, `decimal`, `boolean`, `json`, `timestamp`, `date`) or `{type, nullable, precision, scale}`. Used to create the table when it is missing. Declared columns win: their types are never inferred nor widened, and fields not listed are not written. When omitted, the table is created from the data and kept in step with it under the `schema` policy; see docs/sql.md.\",\"type\":\"object\",\"minProperties\":1,\"propertyNames\":{\"pattern\":\"^[A-Za-z_][A-Za-z0-9_]{0,62}$\"},\"additionalProperties\":{\"anyOf\":[{\"type\":\"string\",\"enum\":[\"text\",\"integer\",\"bigint\",\"number\",\"decimal\",\"boolean\",\"json\",\"timestamp\",\"date\"]},{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"type\"],\"properties\":{\"type\":{\"type\":\"string\",\"enum\":[\"text\",\"integer\",\"bigint\",\"number\",\"decimal\",\"boolean\",\"json\",\"timestamp\",\"date\"]},\"nullable\":{\"type\":\"boolean\",\"description\":\"Allow NULL (default true; key columns are never null).\"},\"precision\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":65,\"description\":\"Total digits of a `decimal`.\"},\"scale\":{\"type\":\"integer\",\"minimum\":0,\"maximum\":30,\"description\":\"Digits after the point of a `decimal`.\"}}}]}},\"schema\":{\"description\":\"What happens when no `columns` are declared and the records do not match the table: `evolve` adds a column for a new field and widens a column whose values no longer fit (integer -> number -> text); `freeze` quarantines a record with a field the table lacks or a value its column cannot hold, with the reason; `discard_columns` drops such fields and values; `discard_records` drops such records (counted as skipped and logged). The table itself is created from the first batch under every policy.\",\"type\":\"string\",\"enum\":[\"evolve\",\"freeze\",\"discard_columns\",\"discard_records\"],\"default\":\"evolve\"},\"create_table\":{\"description\":\"Create the table when it does not exist: from `columns`, else from the first batch of records.\",\"type\":\"boolean\",\"default\":true},\"add_new_columns\":{\"description\":\"Add declared columns that an existing table lacks (as nullable columns) instead of failing.\",\"type\":\"boolean\",\"default\":false},\"rows_per_statement\":{\"description\":\"Most rows in one INSERT; lowered automatically to fit the dialect's parameter limit.\",\"type\":\"integer\",\"minimum\":1,\"default\":1000},\"before\":{\"description\":\"SQL statements run before the load, one statement per item, as written (trusted configuration). In `replace` mode they run inside the load transaction; otherwise once when the stream starts.\",\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"default\":[]},\"after\":{\"description\":\"SQL statements run after the last batch, e.g. `CALL update_mirror()`. In `replace` mode they run inside the load transaction, before it commits; otherwise after the last batch has committed. A failing statement fails the stream.\",\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"default\":[]}},\"allOf\":[{\"if\":{\"properties\":{\"mode\":{\"enum\":[\"insert_new\",\"upsert\"]}},\"required\":[\"mode\"]},\"then\":{\"required\":[\"key\"]}}]}", validate: validate_2 },
];
