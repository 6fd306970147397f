import {
  serverConnectionSchema
} from "./chunk-QNSC5OAB.js";
import {
  SQL_SINK_SCHEMA,
  SQL_SOURCE_SCHEMA
} from "./chunk-3POCXQQ3.js";
import "./chunk-UFM4XGWW.js";
import "./chunk-RLQ4YVQZ.js";
import {
  ucs2length
} from "./chunk-Q4FN6NNM.js";
import {
  defineConnector
} from "./chunk-P2BNM7YI.js";
import "./chunk-PIRHQTI4.js";

// packages/connectors/dist/mysql/mysql-validators.generated.js
var validate_0 = validate10;
var schema11 = { "type": "object", "additionalProperties": false, "properties": { "type": { "type": "string" }, "url": { "description": "Connection URL (mysql://, mariadb://), e.g. `mysql://app:${env.MYSQL_PASSWORD}@db.example.com:3306/sync`. Fields given next to it override its parts. Percent-encode special characters in the password.", "type": "string", "pattern": "^(mysql|mariadb)://", "x-secret": true }, "host": { "description": "Server host name or address. Default `localhost`.", "type": "string", "minLength": 1 }, "port": { "description": "Server port. Default 3306.", "type": "integer", "minimum": 1, "maximum": 65535 }, "user": { "description": "User name.", "type": "string", "minLength": 1 }, "password": { "description": "Password.", "type": "string", "x-secret": true }, "database": { "description": "Database name; required unless `url` names it.", "type": "string", "minLength": 1 }, "ssl": { "description": "`true`: encrypt and verify the server certificate; `no-verify`: encrypt without verifying (self-signed or private-CA servers); `false`: plain. Default: what the URL says (`sslmode`), else plain.", "type": ["boolean", "string"], "enum": [true, false, "no-verify"] }, "pool_size": { "description": "Most connections held open at once.", "type": "integer", "minimum": 1, "maximum": 100, "default": 10 } }, "allOf": [{ "if": { "not": { "required": ["url"] } }, "then": { "required": ["database"] } }] };
var func2 = Object.prototype.hasOwnProperty;
var func3 = ucs2length;
var pattern0 = new RegExp("^(mysql|mariadb)://", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  const _errs4 = errors;
  const _errs5 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.url === void 0 && (missing0 = "url")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var valid2 = _errs5 === errors;
  if (valid2) {
    const err1 = {};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  } else {
    errors = _errs4;
    if (vErrors !== null) {
      if (_errs4) {
        vErrors.length = _errs4;
      } else {
        vErrors = null;
      }
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs6 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.database === void 0) {
        const err2 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "database" }, message: "must have required property 'database'", schema: schema11.allOf[0].then.required, parentSchema: schema11.allOf[0].then, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var _valid0 = _errs6 === errors;
    valid1 = _valid0;
  }
  if (!valid1) {
    const err3 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema11.allOf[0].if, parentSchema: schema11.allOf[0], data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.pool_size === void 0) {
      data.pool_size = 10;
    }
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
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
            const err5 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.type.type, parentSchema: schema11.properties.type, data: data0 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
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
    if (data.url !== void 0) {
      let data1 = data.url;
      if (typeof data1 !== "string") {
        let dataType1 = typeof data1;
        let coerced1 = void 0;
        if (!(coerced1 !== void 0)) {
          if (dataType1 == "number" || dataType1 == "boolean") {
            coerced1 = "" + data1;
          } else if (data1 === null) {
            coerced1 = "";
          } else {
            const err6 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.url.type, parentSchema: schema11.properties.url, data: data1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (coerced1 !== void 0) {
          data1 = coerced1;
          if (data !== void 0) {
            data["url"] = coerced1;
          }
        }
      }
      this.secrets.push(instancePath + "/url");
      if (typeof data1 === "string") {
        if (!pattern0.test(data1)) {
          const err7 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/pattern", keyword: "pattern", params: { pattern: "^(mysql|mariadb)://" }, message: 'must match pattern "^(mysql|mariadb)://"', schema: "^(mysql|mariadb)://", parentSchema: schema11.properties.url, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    if (data.host !== void 0) {
      let data2 = data.host;
      if (typeof data2 !== "string") {
        let dataType2 = typeof data2;
        let coerced2 = void 0;
        if (!(coerced2 !== void 0)) {
          if (dataType2 == "number" || dataType2 == "boolean") {
            coerced2 = "" + data2;
          } else if (data2 === null) {
            coerced2 = "";
          } else {
            const err8 = { instancePath: instancePath + "/host", schemaPath: "#/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.host.type, parentSchema: schema11.properties.host, data: data2 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (coerced2 !== void 0) {
          data2 = coerced2;
          if (data !== void 0) {
            data["host"] = coerced2;
          }
        }
      }
      if (typeof data2 === "string") {
        if (func3(data2) < 1) {
          const err9 = { instancePath: instancePath + "/host", schemaPath: "#/properties/host/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.host, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    if (data.port !== void 0) {
      let data3 = data.port;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        let dataType3 = typeof data3;
        let coerced3 = void 0;
        if (!(coerced3 !== void 0)) {
          if (dataType3 === "boolean" || data3 === null || dataType3 === "string" && data3 && data3 == +data3 && !(data3 % 1)) {
            coerced3 = +data3;
          } else {
            const err10 = { instancePath: instancePath + "/port", schemaPath: "#/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.port.type, parentSchema: schema11.properties.port, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (coerced3 !== void 0) {
          data3 = coerced3;
          if (data !== void 0) {
            data["port"] = coerced3;
          }
        }
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 > 65535 || isNaN(data3)) {
          const err11 = { instancePath: instancePath + "/port", schemaPath: "#/properties/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema11.properties.port, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data3 < 1 || isNaN(data3)) {
          const err12 = { instancePath: instancePath + "/port", schemaPath: "#/properties/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.port, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
    if (data.user !== void 0) {
      let data4 = data.user;
      if (typeof data4 !== "string") {
        let dataType4 = typeof data4;
        let coerced4 = void 0;
        if (!(coerced4 !== void 0)) {
          if (dataType4 == "number" || dataType4 == "boolean") {
            coerced4 = "" + data4;
          } else if (data4 === null) {
            coerced4 = "";
          } else {
            const err13 = { instancePath: instancePath + "/user", schemaPath: "#/properties/user/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.user.type, parentSchema: schema11.properties.user, data: data4 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (coerced4 !== void 0) {
          data4 = coerced4;
          if (data !== void 0) {
            data["user"] = coerced4;
          }
        }
      }
      if (typeof data4 === "string") {
        if (func3(data4) < 1) {
          const err14 = { instancePath: instancePath + "/user", schemaPath: "#/properties/user/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.user, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
    if (data.password !== void 0) {
      let data5 = data.password;
      if (typeof data5 !== "string") {
        let dataType5 = typeof data5;
        let coerced5 = void 0;
        if (!(coerced5 !== void 0)) {
          if (dataType5 == "number" || dataType5 == "boolean") {
            coerced5 = "" + data5;
          } else if (data5 === null) {
            coerced5 = "";
          } else {
            const err15 = { instancePath: instancePath + "/password", schemaPath: "#/properties/password/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.password.type, parentSchema: schema11.properties.password, data: data5 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (coerced5 !== void 0) {
          data5 = coerced5;
          if (data !== void 0) {
            data["password"] = coerced5;
          }
        }
      }
      this.secrets.push(instancePath + "/password");
    }
    if (data.database !== void 0) {
      let data6 = data.database;
      if (typeof data6 !== "string") {
        let dataType6 = typeof data6;
        let coerced6 = void 0;
        if (!(coerced6 !== void 0)) {
          if (dataType6 == "number" || dataType6 == "boolean") {
            coerced6 = "" + data6;
          } else if (data6 === null) {
            coerced6 = "";
          } else {
            const err16 = { instancePath: instancePath + "/database", schemaPath: "#/properties/database/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.database.type, parentSchema: schema11.properties.database, data: data6 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (coerced6 !== void 0) {
          data6 = coerced6;
          if (data !== void 0) {
            data["database"] = coerced6;
          }
        }
      }
      if (typeof data6 === "string") {
        if (func3(data6) < 1) {
          const err17 = { instancePath: instancePath + "/database", schemaPath: "#/properties/database/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.database, data: data6 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
    }
    if (data.ssl !== void 0) {
      let data7 = data.ssl;
      if (typeof data7 !== "boolean" && typeof data7 !== "string") {
        let dataType7 = typeof data7;
        let coerced7 = void 0;
        if (!(coerced7 !== void 0)) {
          if (data7 === "false" || data7 === 0 || data7 === null) {
            coerced7 = false;
          } else if (data7 === "true" || data7 === 1) {
            coerced7 = true;
          } else if (dataType7 == "number" || dataType7 == "boolean") {
            coerced7 = "" + data7;
          } else if (data7 === null) {
            coerced7 = "";
          } else {
            const err18 = { instancePath: instancePath + "/ssl", schemaPath: "#/properties/ssl/type", keyword: "type", params: { type: schema11.properties.ssl.type }, message: "must be boolean,string", schema: schema11.properties.ssl.type, parentSchema: schema11.properties.ssl, data: data7 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (coerced7 !== void 0) {
          data7 = coerced7;
          if (data !== void 0) {
            data["ssl"] = coerced7;
          }
        }
      }
      if (!(data7 === true || data7 === false || data7 === "no-verify")) {
        const err19 = { instancePath: instancePath + "/ssl", schemaPath: "#/properties/ssl/enum", keyword: "enum", params: { allowedValues: schema11.properties.ssl.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.ssl.enum, parentSchema: schema11.properties.ssl, data: data7 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    let data8 = data.pool_size;
    if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
      let dataType8 = typeof data8;
      let coerced8 = void 0;
      if (!(coerced8 !== void 0)) {
        if (dataType8 === "boolean" || data8 === null || dataType8 === "string" && data8 && data8 == +data8 && !(data8 % 1)) {
          coerced8 = +data8;
        } else {
          const err20 = { instancePath: instancePath + "/pool_size", schemaPath: "#/properties/pool_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.pool_size.type, parentSchema: schema11.properties.pool_size, data: data8 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
      if (coerced8 !== void 0) {
        data8 = coerced8;
        if (data !== void 0) {
          data["pool_size"] = coerced8;
        }
      }
    }
    if (typeof data8 == "number" && isFinite(data8)) {
      if (data8 > 100 || isNaN(data8)) {
        const err21 = { instancePath: instancePath + "/pool_size", schemaPath: "#/properties/pool_size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema11.properties.pool_size, data: data8 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (data8 < 1 || isNaN(data8)) {
        const err22 = { instancePath: instancePath + "/pool_size", schemaPath: "#/properties/pool_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.pool_size, data: data8 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
  } else {
    const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var validate_1 = validate11;
var schema12 = { "type": "object", "additionalProperties": false, "required": ["query"], "properties": { "connection": { "type": "string" }, "query": { "description": "The SELECT to read. Runtime references such as `${cursor}` and `:name` placeholders for `params` are sent as bound parameters, never spliced into the SQL text. See docs/sql.md.", "type": "string", "minLength": 1, "x-runtime-template": true }, "params": { "description": "Values for `:name` placeholders in `query`, bound as parameters. Values may be `${vars.x}`, `${env.X}` or runtime references such as `${cursor}`.", "type": "object", "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_]{0,62}$" }, "additionalProperties": { "type": ["string", "number", "boolean", "null", "object", "array"], "tsType": "unknown" }, "x-runtime-template": true }, "batch_size": { "description": "Rows fetched from the database at a time and handed on as one page.", "type": "integer", "minimum": 1, "maximum": 1e5, "default": 1e3 } } };
var pattern1 = new RegExp("^[A-Za-z_][A-Za-z0-9_]{0,62}$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.batch_size === void 0) {
      data.batch_size = 1e3;
    }
    if (data.query === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "query" }, message: "must have required property 'query'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "connection" || key0 === "query" || key0 === "params" || key0 === "batch_size")) {
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
    if (data.query !== void 0) {
      let data1 = data.query;
      if (typeof data1 !== "string") {
        let dataType1 = typeof data1;
        let coerced1 = void 0;
        if (!(coerced1 !== void 0)) {
          if (dataType1 == "number" || dataType1 == "boolean") {
            coerced1 = "" + data1;
          } else if (data1 === null) {
            coerced1 = "";
          } else {
            const err3 = { instancePath: instancePath + "/query", schemaPath: "#/properties/query/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.query.type, parentSchema: schema12.properties.query, data: data1 };
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
            data["query"] = coerced1;
          }
        }
      }
      this.templates.push(instancePath + "/query");
      if (typeof data1 === "string") {
        if (func3(data1) < 1) {
          const err4 = { instancePath: instancePath + "/query", schemaPath: "#/properties/query/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.query, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.params !== void 0) {
      let data2 = data.params;
      this.templates.push(instancePath + "/params");
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          const _errs8 = errors;
          if (typeof key1 === "string") {
            if (!pattern1.test(key1)) {
              const err5 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]{0,62}$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]{0,62}$"', schema: "^[A-Za-z_][A-Za-z0-9_]{0,62}$", parentSchema: schema12.properties.params.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
          var valid1 = _errs8 === errors;
          if (!valid1) {
            const err6 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema12.properties.params.propertyNames, parentSchema: schema12.properties.params, data: data2 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        for (const key2 in data2) {
          let data3 = data2[key2];
          if (typeof data3 != "object" && typeof data3 !== "string" && !(typeof data3 == "number" && isFinite(data3)) && typeof data3 !== "boolean") {
            let dataType2 = typeof data3;
            let coerced2 = void 0;
            if (!(coerced2 !== void 0)) {
              if (dataType2 == "number" || dataType2 == "boolean") {
                coerced2 = "" + data3;
              } else if (data3 === null) {
                coerced2 = "";
              } else if (dataType2 == "boolean" || data3 === null || dataType2 == "string" && data3 && data3 == +data3) {
                coerced2 = +data3;
              } else if (data3 === "false" || data3 === 0 || data3 === null) {
                coerced2 = false;
              } else if (data3 === "true" || data3 === 1) {
                coerced2 = true;
              } else if (data3 === "" || data3 === 0 || data3 === false) {
                coerced2 = null;
              } else {
                const err7 = { instancePath: instancePath + "/params/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/params/additionalProperties/type", keyword: "type", params: { type: schema12.properties.params.additionalProperties.type }, message: "must be string,number,boolean,null,object,array", schema: schema12.properties.params.additionalProperties.type, parentSchema: schema12.properties.params.additionalProperties, data: data3 };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (coerced2 !== void 0) {
              data3 = coerced2;
              if (data2 !== void 0) {
                data2[key2] = coerced2;
              }
            }
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.params.type, parentSchema: schema12.properties.params, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    let data4 = data.batch_size;
    if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
      let dataType3 = typeof data4;
      let coerced3 = void 0;
      if (!(coerced3 !== void 0)) {
        if (dataType3 === "boolean" || data4 === null || dataType3 === "string" && data4 && data4 == +data4 && !(data4 % 1)) {
          coerced3 = +data4;
        } else {
          const err9 = { instancePath: instancePath + "/batch_size", schemaPath: "#/properties/batch_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.batch_size.type, parentSchema: schema12.properties.batch_size, data: data4 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      if (coerced3 !== void 0) {
        data4 = coerced3;
        if (data !== void 0) {
          data["batch_size"] = coerced3;
        }
      }
    }
    if (typeof data4 == "number" && isFinite(data4)) {
      if (data4 > 1e5 || isNaN(data4)) {
        const err10 = { instancePath: instancePath + "/batch_size", schemaPath: "#/properties/batch_size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema12.properties.batch_size, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (data4 < 1 || isNaN(data4)) {
        const err11 = { instancePath: instancePath + "/batch_size", schemaPath: "#/properties/batch_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema12.properties.batch_size, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var validate_2 = validate12;
var schema13 = { "type": "object", "additionalProperties": false, "required": ["table"], "properties": { "connection": { "type": "string" }, "table": { "description": "Target table. May use runtime references, e.g. `client_${tenant.id}_data`; the result must be a plain identifier (letters, digits, `_`, at most 63 characters), else the stream fails before any SQL runs.", "type": "string", "minLength": 1, "x-runtime-template": true }, "mode": { "description": "`append` inserts every record; `insert_new` inserts only records whose key is not in the table yet; `upsert` inserts new keys and updates changed rows; `replace` empties the table and loads the whole run in one transaction. See docs/write-modes.md.", "type": "string", "enum": ["append", "insert_new", "upsert", "replace"], "default": "append" }, "key": { "description": "Column(s) that identify a row; required for `insert_new` and `upsert`, and made the primary key of a created table.", "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]{0,62}$" }, "minItems": 1, "uniqueItems": true }, "columns": { "description": "Columns to write, by name: a type (`text`, `integer`, `bigint`, `number`, `decimal`, `boolean`, `json`, `timestamp`, `date`) or `{type, nullable, precision, scale}`. Used to create the table when it is missing. Declared columns win: their types are never inferred nor widened, and fields not listed are not written. When omitted, the table is created from the data and kept in step with it under the `schema` policy; see docs/sql.md.", "type": "object", "minProperties": 1, "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_]{0,62}$" }, "additionalProperties": { "anyOf": [{ "type": "string", "enum": ["text", "integer", "bigint", "number", "decimal", "boolean", "json", "timestamp", "date"] }, { "type": "object", "additionalProperties": false, "required": ["type"], "properties": { "type": { "type": "string", "enum": ["text", "integer", "bigint", "number", "decimal", "boolean", "json", "timestamp", "date"] }, "nullable": { "type": "boolean", "description": "Allow NULL (default true; key columns are never null)." }, "precision": { "type": "integer", "minimum": 1, "maximum": 65, "description": "Total digits of a `decimal`." }, "scale": { "type": "integer", "minimum": 0, "maximum": 30, "description": "Digits after the point of a `decimal`." } } }] } }, "schema": { "description": "What happens when no `columns` are declared and the records do not match the table: `evolve` adds a column for a new field and widens a column whose values no longer fit (integer -> number -> text); `freeze` quarantines a record with a field the table lacks or a value its column cannot hold, with the reason; `discard_columns` drops such fields and values; `discard_records` drops such records (counted as skipped and logged). The table itself is created from the first batch under every policy.", "type": "string", "enum": ["evolve", "freeze", "discard_columns", "discard_records"], "default": "evolve" }, "create_table": { "description": "Create the table when it does not exist: from `columns`, else from the first batch of records.", "type": "boolean", "default": true }, "add_new_columns": { "description": "Add declared columns that an existing table lacks (as nullable columns) instead of failing.", "type": "boolean", "default": false }, "rows_per_statement": { "description": "Most rows in one INSERT; lowered automatically to fit the dialect's parameter limit.", "type": "integer", "minimum": 1, "default": 500 }, "before": { "description": "SQL statements run before the load, one statement per item, as written (trusted configuration). In `replace` mode they run inside the load transaction; otherwise once when the stream starts.", "type": "array", "items": { "type": "string", "minLength": 1 }, "default": [] }, "after": { "description": "SQL statements run after the last batch, e.g. `CALL update_mirror()`. In `replace` mode they run inside the load transaction, before it commits; otherwise after the last batch has committed. A failing statement fails the stream.", "type": "array", "items": { "type": "string", "minLength": 1 }, "default": [] } }, "allOf": [{ "if": { "properties": { "mode": { "enum": ["insert_new", "upsert"] } }, "required": ["mode"] }, "then": { "required": ["key"] } }] };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.mode === void 0 && (missing0 = "mode")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.mode !== void 0) {
        let data0 = data.mode;
        if (!(data0 === "insert_new" || data0 === "upsert")) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.key === void 0) {
        const err2 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema13.allOf[0].then.required, parentSchema: schema13.allOf[0].then, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var _valid0 = _errs5 === errors;
    valid1 = _valid0;
  }
  if (!valid1) {
    const err3 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema13.allOf[0].if, parentSchema: schema13.allOf[0], data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.mode === void 0) {
      data.mode = "append";
    }
    if (data.schema === void 0) {
      data.schema = "evolve";
    }
    if (data.create_table === void 0) {
      data.create_table = true;
    }
    if (data.add_new_columns === void 0) {
      data.add_new_columns = false;
    }
    if (data.rows_per_statement === void 0) {
      data.rows_per_statement = 500;
    }
    if (data.before === void 0) {
      data.before = [];
    }
    if (data.after === void 0) {
      data.after = [];
    }
    if (data.table === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "table" }, message: "must have required property 'table'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema13.properties, key0)) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.connection !== void 0) {
      let data1 = data.connection;
      if (typeof data1 !== "string") {
        let dataType0 = typeof data1;
        let coerced0 = void 0;
        if (!(coerced0 !== void 0)) {
          if (dataType0 == "number" || dataType0 == "boolean") {
            coerced0 = "" + data1;
          } else if (data1 === null) {
            coerced0 = "";
          } else {
            const err6 = { instancePath: instancePath + "/connection", schemaPath: "#/properties/connection/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.connection.type, parentSchema: schema13.properties.connection, data: data1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (coerced0 !== void 0) {
          data1 = coerced0;
          if (data !== void 0) {
            data["connection"] = coerced0;
          }
        }
      }
    }
    if (data.table !== void 0) {
      let data2 = data.table;
      if (typeof data2 !== "string") {
        let dataType1 = typeof data2;
        let coerced1 = void 0;
        if (!(coerced1 !== void 0)) {
          if (dataType1 == "number" || dataType1 == "boolean") {
            coerced1 = "" + data2;
          } else if (data2 === null) {
            coerced1 = "";
          } else {
            const err7 = { instancePath: instancePath + "/table", schemaPath: "#/properties/table/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.table.type, parentSchema: schema13.properties.table, data: data2 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (coerced1 !== void 0) {
          data2 = coerced1;
          if (data !== void 0) {
            data["table"] = coerced1;
          }
        }
      }
      this.templates.push(instancePath + "/table");
      if (typeof data2 === "string") {
        if (func3(data2) < 1) {
          const err8 = { instancePath: instancePath + "/table", schemaPath: "#/properties/table/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.table, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    let data3 = data.mode;
    if (typeof data3 !== "string") {
      let dataType2 = typeof data3;
      let coerced2 = void 0;
      if (!(coerced2 !== void 0)) {
        if (dataType2 == "number" || dataType2 == "boolean") {
          coerced2 = "" + data3;
        } else if (data3 === null) {
          coerced2 = "";
        } else {
          const err9 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.mode.type, parentSchema: schema13.properties.mode, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      if (coerced2 !== void 0) {
        data3 = coerced2;
        if (data !== void 0) {
          data["mode"] = coerced2;
        }
      }
    }
    if (!(data3 === "append" || data3 === "insert_new" || data3 === "upsert" || data3 === "replace")) {
      const err10 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/enum", keyword: "enum", params: { allowedValues: schema13.properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema13.properties.mode.enum, parentSchema: schema13.properties.mode, data: data3 };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.key !== void 0) {
      let data4 = data.key;
      if (Array.isArray(data4)) {
        if (data4.length < 1) {
          const err11 = { instancePath: instancePath + "/key", schemaPath: "#/properties/key/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema13.properties.key, data: data4 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 !== "string") {
            let dataType3 = typeof data5;
            let coerced3 = void 0;
            if (!(coerced3 !== void 0)) {
              if (dataType3 == "number" || dataType3 == "boolean") {
                coerced3 = "" + data5;
              } else if (data5 === null) {
                coerced3 = "";
              } else {
                const err12 = { instancePath: instancePath + "/key/" + i0, schemaPath: "#/properties/key/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.key.items.type, parentSchema: schema13.properties.key.items, data: data5 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (coerced3 !== void 0) {
              data5 = coerced3;
              if (data4 !== void 0) {
                data4[i0] = coerced3;
              }
            }
          }
          if (typeof data5 === "string") {
            if (!pattern1.test(data5)) {
              const err13 = { instancePath: instancePath + "/key/" + i0, schemaPath: "#/properties/key/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]{0,62}$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]{0,62}$"', schema: "^[A-Za-z_][A-Za-z0-9_]{0,62}$", parentSchema: schema13.properties.key.items, data: data5 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
        }
        let i1 = data4.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data4[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err14 = { instancePath: instancePath + "/key", schemaPath: "#/properties/key/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema13.properties.key, data: data4 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/key", schemaPath: "#/properties/key/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.key.type, parentSchema: schema13.properties.key, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.columns !== void 0) {
      let data6 = data.columns;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (Object.keys(data6).length < 1) {
          const err16 = { instancePath: instancePath + "/columns", schemaPath: "#/properties/columns/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema13.properties.columns, data: data6 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        for (const key1 in data6) {
          const _errs19 = errors;
          if (typeof key1 === "string") {
            if (!pattern1.test(key1)) {
              const err17 = { instancePath: instancePath + "/columns", schemaPath: "#/properties/columns/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]{0,62}$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]{0,62}$"', schema: "^[A-Za-z_][A-Za-z0-9_]{0,62}$", parentSchema: schema13.properties.columns.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          }
          var valid7 = _errs19 === errors;
          if (!valid7) {
            const err18 = { instancePath: instancePath + "/columns", schemaPath: "#/properties/columns/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema13.properties.columns.propertyNames, parentSchema: schema13.properties.columns, data: data6 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        for (const key2 in data6) {
          let data7 = data6[key2];
          const _errs22 = errors;
          let valid9 = false;
          const _errs23 = errors;
          if (typeof data7 !== "string") {
            let dataType4 = typeof data7;
            let coerced4 = void 0;
            if (!(coerced4 !== void 0)) {
              if (dataType4 == "number" || dataType4 == "boolean") {
                coerced4 = "" + data7;
              } else if (data7 === null) {
                coerced4 = "";
              } else {
                const err19 = { instancePath: instancePath + "/columns/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/columns/additionalProperties/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.columns.additionalProperties.anyOf[0].type, parentSchema: schema13.properties.columns.additionalProperties.anyOf[0], data: data7 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (coerced4 !== void 0) {
              data7 = coerced4;
              if (data6 !== void 0) {
                data6[key2] = coerced4;
              }
            }
          }
          if (!(data7 === "text" || data7 === "integer" || data7 === "bigint" || data7 === "number" || data7 === "decimal" || data7 === "boolean" || data7 === "json" || data7 === "timestamp" || data7 === "date")) {
            const err20 = { instancePath: instancePath + "/columns/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/columns/additionalProperties/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema13.properties.columns.additionalProperties.anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema13.properties.columns.additionalProperties.anyOf[0].enum, parentSchema: schema13.properties.columns.additionalProperties.anyOf[0], data: data7 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          var _valid1 = _errs23 === errors;
          valid9 = valid9 || _valid1;
          if (!valid9) {
            const _errs25 = errors;
            if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
              if (data7.type === void 0) {
                const err21 = { instancePath: instancePath + "/columns/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/columns/additionalProperties/anyOf/1/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema13.properties.columns.additionalProperties.anyOf[1].required, parentSchema: schema13.properties.columns.additionalProperties.anyOf[1], data: data7 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
              for (const key3 in data7) {
                if (!(key3 === "type" || key3 === "nullable" || key3 === "precision" || key3 === "scale")) {
                  const err22 = { instancePath: instancePath + "/columns/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/columns/additionalProperties/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13.properties.columns.additionalProperties.anyOf[1], data: data7 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              }
              if (data7.type !== void 0) {
                let data8 = data7.type;
                if (typeof data8 !== "string") {
                  let dataType5 = typeof data8;
                  let coerced5 = void 0;
                  if (!(coerced5 !== void 0)) {
                    if (dataType5 == "number" || dataType5 == "boolean") {
                      coerced5 = "" + data8;
                    } else if (data8 === null) {
                      coerced5 = "";
                    } else {
                      const err23 = { instancePath: instancePath + "/columns/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/type", schemaPath: "#/properties/columns/additionalProperties/anyOf/1/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.columns.additionalProperties.anyOf[1].properties.type.type, parentSchema: schema13.properties.columns.additionalProperties.anyOf[1].properties.type, data: data8 };
                      if (vErrors === null) {
                        vErrors = [err23];
                      } else {
                        vErrors.push(err23);
                      }
                      errors++;
                    }
                  }
                  if (coerced5 !== void 0) {
                    data8 = coerced5;
                    if (data7 !== void 0) {
                      data7["type"] = coerced5;
                    }
                  }
                }
                if (!(data8 === "text" || data8 === "integer" || data8 === "bigint" || data8 === "number" || data8 === "decimal" || data8 === "boolean" || data8 === "json" || data8 === "timestamp" || data8 === "date")) {
                  const err24 = { instancePath: instancePath + "/columns/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/type", schemaPath: "#/properties/columns/additionalProperties/anyOf/1/properties/type/enum", keyword: "enum", params: { allowedValues: schema13.properties.columns.additionalProperties.anyOf[1].properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema13.properties.columns.additionalProperties.anyOf[1].properties.type.enum, parentSchema: schema13.properties.columns.additionalProperties.anyOf[1].properties.type, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              }
              if (data7.nullable !== void 0) {
                let data9 = data7.nullable;
                if (typeof data9 !== "boolean") {
                  let coerced6 = void 0;
                  if (!(coerced6 !== void 0)) {
                    if (data9 === "false" || data9 === 0 || data9 === null) {
                      coerced6 = false;
                    } else if (data9 === "true" || data9 === 1) {
                      coerced6 = true;
                    } else {
                      const err25 = { instancePath: instancePath + "/columns/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/nullable", schemaPath: "#/properties/columns/additionalProperties/anyOf/1/properties/nullable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema13.properties.columns.additionalProperties.anyOf[1].properties.nullable.type, parentSchema: schema13.properties.columns.additionalProperties.anyOf[1].properties.nullable, data: data9 };
                      if (vErrors === null) {
                        vErrors = [err25];
                      } else {
                        vErrors.push(err25);
                      }
                      errors++;
                    }
                  }
                  if (coerced6 !== void 0) {
                    data9 = coerced6;
                    if (data7 !== void 0) {
                      data7["nullable"] = coerced6;
                    }
                  }
                }
              }
              if (data7.precision !== void 0) {
                let data10 = data7.precision;
                if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
                  let dataType7 = typeof data10;
                  let coerced7 = void 0;
                  if (!(coerced7 !== void 0)) {
                    if (dataType7 === "boolean" || data10 === null || dataType7 === "string" && data10 && data10 == +data10 && !(data10 % 1)) {
                      coerced7 = +data10;
                    } else {
                      const err26 = { instancePath: instancePath + "/columns/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/precision", schemaPath: "#/properties/columns/additionalProperties/anyOf/1/properties/precision/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema13.properties.columns.additionalProperties.anyOf[1].properties.precision.type, parentSchema: schema13.properties.columns.additionalProperties.anyOf[1].properties.precision, data: data10 };
                      if (vErrors === null) {
                        vErrors = [err26];
                      } else {
                        vErrors.push(err26);
                      }
                      errors++;
                    }
                  }
                  if (coerced7 !== void 0) {
                    data10 = coerced7;
                    if (data7 !== void 0) {
                      data7["precision"] = coerced7;
                    }
                  }
                }
                if (typeof data10 == "number" && isFinite(data10)) {
                  if (data10 > 65 || isNaN(data10)) {
                    const err27 = { instancePath: instancePath + "/columns/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/precision", schemaPath: "#/properties/columns/additionalProperties/anyOf/1/properties/precision/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65 }, message: "must be <= 65", schema: 65, parentSchema: schema13.properties.columns.additionalProperties.anyOf[1].properties.precision, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                  if (data10 < 1 || isNaN(data10)) {
                    const err28 = { instancePath: instancePath + "/columns/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/precision", schemaPath: "#/properties/columns/additionalProperties/anyOf/1/properties/precision/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema13.properties.columns.additionalProperties.anyOf[1].properties.precision, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
              }
              if (data7.scale !== void 0) {
                let data11 = data7.scale;
                if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
                  let dataType8 = typeof data11;
                  let coerced8 = void 0;
                  if (!(coerced8 !== void 0)) {
                    if (dataType8 === "boolean" || data11 === null || dataType8 === "string" && data11 && data11 == +data11 && !(data11 % 1)) {
                      coerced8 = +data11;
                    } else {
                      const err29 = { instancePath: instancePath + "/columns/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/scale", schemaPath: "#/properties/columns/additionalProperties/anyOf/1/properties/scale/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema13.properties.columns.additionalProperties.anyOf[1].properties.scale.type, parentSchema: schema13.properties.columns.additionalProperties.anyOf[1].properties.scale, data: data11 };
                      if (vErrors === null) {
                        vErrors = [err29];
                      } else {
                        vErrors.push(err29);
                      }
                      errors++;
                    }
                  }
                  if (coerced8 !== void 0) {
                    data11 = coerced8;
                    if (data7 !== void 0) {
                      data7["scale"] = coerced8;
                    }
                  }
                }
                if (typeof data11 == "number" && isFinite(data11)) {
                  if (data11 > 30 || isNaN(data11)) {
                    const err30 = { instancePath: instancePath + "/columns/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/scale", schemaPath: "#/properties/columns/additionalProperties/anyOf/1/properties/scale/maximum", keyword: "maximum", params: { comparison: "<=", limit: 30 }, message: "must be <= 30", schema: 30, parentSchema: schema13.properties.columns.additionalProperties.anyOf[1].properties.scale, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                  if (data11 < 0 || isNaN(data11)) {
                    const err31 = { instancePath: instancePath + "/columns/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/scale", schemaPath: "#/properties/columns/additionalProperties/anyOf/1/properties/scale/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema13.properties.columns.additionalProperties.anyOf[1].properties.scale, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
              }
            } else {
              const err32 = { instancePath: instancePath + "/columns/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/columns/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.columns.additionalProperties.anyOf[1].type, parentSchema: schema13.properties.columns.additionalProperties.anyOf[1], data: data7 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            var _valid1 = _errs25 === errors;
            valid9 = valid9 || _valid1;
          }
          if (!valid9) {
            const err33 = { instancePath: instancePath + "/columns/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/columns/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema13.properties.columns.additionalProperties.anyOf, parentSchema: schema13.properties.columns.additionalProperties, data: data7 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          } else {
            errors = _errs22;
            if (vErrors !== null) {
              if (_errs22) {
                vErrors.length = _errs22;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err34 = { instancePath: instancePath + "/columns", schemaPath: "#/properties/columns/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.columns.type, parentSchema: schema13.properties.columns, data: data6 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    let data12 = data.schema;
    if (typeof data12 !== "string") {
      let dataType9 = typeof data12;
      let coerced9 = void 0;
      if (!(coerced9 !== void 0)) {
        if (dataType9 == "number" || dataType9 == "boolean") {
          coerced9 = "" + data12;
        } else if (data12 === null) {
          coerced9 = "";
        } else {
          const err35 = { instancePath: instancePath + "/schema", schemaPath: "#/properties/schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.schema.type, parentSchema: schema13.properties.schema, data: data12 };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      }
      if (coerced9 !== void 0) {
        data12 = coerced9;
        if (data !== void 0) {
          data["schema"] = coerced9;
        }
      }
    }
    if (!(data12 === "evolve" || data12 === "freeze" || data12 === "discard_columns" || data12 === "discard_records")) {
      const err36 = { instancePath: instancePath + "/schema", schemaPath: "#/properties/schema/enum", keyword: "enum", params: { allowedValues: schema13.properties.schema.enum }, message: "must be equal to one of the allowed values", schema: schema13.properties.schema.enum, parentSchema: schema13.properties.schema, data: data12 };
      if (vErrors === null) {
        vErrors = [err36];
      } else {
        vErrors.push(err36);
      }
      errors++;
    }
    let data13 = data.create_table;
    if (typeof data13 !== "boolean") {
      let coerced10 = void 0;
      if (!(coerced10 !== void 0)) {
        if (data13 === "false" || data13 === 0 || data13 === null) {
          coerced10 = false;
        } else if (data13 === "true" || data13 === 1) {
          coerced10 = true;
        } else {
          const err37 = { instancePath: instancePath + "/create_table", schemaPath: "#/properties/create_table/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema13.properties.create_table.type, parentSchema: schema13.properties.create_table, data: data13 };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      }
      if (coerced10 !== void 0) {
        data13 = coerced10;
        if (data !== void 0) {
          data["create_table"] = coerced10;
        }
      }
    }
    let data14 = data.add_new_columns;
    if (typeof data14 !== "boolean") {
      let coerced11 = void 0;
      if (!(coerced11 !== void 0)) {
        if (data14 === "false" || data14 === 0 || data14 === null) {
          coerced11 = false;
        } else if (data14 === "true" || data14 === 1) {
          coerced11 = true;
        } else {
          const err38 = { instancePath: instancePath + "/add_new_columns", schemaPath: "#/properties/add_new_columns/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema13.properties.add_new_columns.type, parentSchema: schema13.properties.add_new_columns, data: data14 };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      }
      if (coerced11 !== void 0) {
        data14 = coerced11;
        if (data !== void 0) {
          data["add_new_columns"] = coerced11;
        }
      }
    }
    let data15 = data.rows_per_statement;
    if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
      let dataType12 = typeof data15;
      let coerced12 = void 0;
      if (!(coerced12 !== void 0)) {
        if (dataType12 === "boolean" || data15 === null || dataType12 === "string" && data15 && data15 == +data15 && !(data15 % 1)) {
          coerced12 = +data15;
        } else {
          const err39 = { instancePath: instancePath + "/rows_per_statement", schemaPath: "#/properties/rows_per_statement/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema13.properties.rows_per_statement.type, parentSchema: schema13.properties.rows_per_statement, data: data15 };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      }
      if (coerced12 !== void 0) {
        data15 = coerced12;
        if (data !== void 0) {
          data["rows_per_statement"] = coerced12;
        }
      }
    }
    if (typeof data15 == "number" && isFinite(data15)) {
      if (data15 < 1 || isNaN(data15)) {
        const err40 = { instancePath: instancePath + "/rows_per_statement", schemaPath: "#/properties/rows_per_statement/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema13.properties.rows_per_statement, data: data15 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    let data16 = data.before;
    if (Array.isArray(data16)) {
      const len1 = data16.length;
      for (let i2 = 0; i2 < len1; i2++) {
        let data17 = data16[i2];
        if (typeof data17 !== "string") {
          let dataType13 = typeof data17;
          let coerced13 = void 0;
          if (!(coerced13 !== void 0)) {
            if (dataType13 == "number" || dataType13 == "boolean") {
              coerced13 = "" + data17;
            } else if (data17 === null) {
              coerced13 = "";
            } else {
              const err41 = { instancePath: instancePath + "/before/" + i2, schemaPath: "#/properties/before/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.before.items.type, parentSchema: schema13.properties.before.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          }
          if (coerced13 !== void 0) {
            data17 = coerced13;
            if (data16 !== void 0) {
              data16[i2] = coerced13;
            }
          }
        }
        if (typeof data17 === "string") {
          if (func3(data17) < 1) {
            const err42 = { instancePath: instancePath + "/before/" + i2, schemaPath: "#/properties/before/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.before.items, data: data17 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
      }
    } else {
      const err43 = { instancePath: instancePath + "/before", schemaPath: "#/properties/before/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.before.type, parentSchema: schema13.properties.before, data: data16 };
      if (vErrors === null) {
        vErrors = [err43];
      } else {
        vErrors.push(err43);
      }
      errors++;
    }
    let data18 = data.after;
    if (Array.isArray(data18)) {
      const len2 = data18.length;
      for (let i3 = 0; i3 < len2; i3++) {
        let data19 = data18[i3];
        if (typeof data19 !== "string") {
          let dataType14 = typeof data19;
          let coerced14 = void 0;
          if (!(coerced14 !== void 0)) {
            if (dataType14 == "number" || dataType14 == "boolean") {
              coerced14 = "" + data19;
            } else if (data19 === null) {
              coerced14 = "";
            } else {
              const err44 = { instancePath: instancePath + "/after/" + i3, schemaPath: "#/properties/after/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.after.items.type, parentSchema: schema13.properties.after.items, data: data19 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          }
          if (coerced14 !== void 0) {
            data19 = coerced14;
            if (data18 !== void 0) {
              data18[i3] = coerced14;
            }
          }
        }
        if (typeof data19 === "string") {
          if (func3(data19) < 1) {
            const err45 = { instancePath: instancePath + "/after/" + i3, schemaPath: "#/properties/after/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.after.items, data: data19 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
      }
    } else {
      const err46 = { instancePath: instancePath + "/after", schemaPath: "#/properties/after/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.after.type, parentSchema: schema13.properties.after, data: data18 };
      if (vErrors === null) {
        vErrors = [err46];
      } else {
        vErrors.push(err46);
      }
      errors++;
    }
  } else {
    const err47 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data };
    if (vErrors === null) {
      vErrors = [err47];
    } else {
      vErrors.push(err47);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
var VALIDATORS = [
  { schema: '{"type":"object","additionalProperties":false,"properties":{"type":{"type":"string"},"url":{"description":"Connection URL (mysql://, mariadb://), e.g. `mysql://app:${env.MYSQL_PASSWORD}@db.example.com:3306/sync`. Fields given next to it override its parts. Percent-encode special characters in the password.","type":"string","pattern":"^(mysql|mariadb)://","x-secret":true},"host":{"description":"Server host name or address. Default `localhost`.","type":"string","minLength":1},"port":{"description":"Server port. Default 3306.","type":"integer","minimum":1,"maximum":65535},"user":{"description":"User name.","type":"string","minLength":1},"password":{"description":"Password.","type":"string","x-secret":true},"database":{"description":"Database name; required unless `url` names it.","type":"string","minLength":1},"ssl":{"description":"`true`: encrypt and verify the server certificate; `no-verify`: encrypt without verifying (self-signed or private-CA servers); `false`: plain. Default: what the URL says (`sslmode`), else plain.","type":["boolean","string"],"enum":[true,false,"no-verify"]},"pool_size":{"description":"Most connections held open at once.","type":"integer","minimum":1,"maximum":100,"default":10}},"allOf":[{"if":{"not":{"required":["url"]}},"then":{"required":["database"]}}]}', validate: validate_0 },
  { schema: '{"type":"object","additionalProperties":false,"required":["query"],"properties":{"connection":{"type":"string"},"query":{"description":"The SELECT to read. Runtime references such as `${cursor}` and `:name` placeholders for `params` are sent as bound parameters, never spliced into the SQL text. See docs/sql.md.","type":"string","minLength":1,"x-runtime-template":true},"params":{"description":"Values for `:name` placeholders in `query`, bound as parameters. Values may be `${vars.x}`, `${env.X}` or runtime references such as `${cursor}`.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]{0,62}$"},"additionalProperties":{"type":["string","number","boolean","null","object","array"],"tsType":"unknown"},"x-runtime-template":true},"batch_size":{"description":"Rows fetched from the database at a time and handed on as one page.","type":"integer","minimum":1,"maximum":100000,"default":1000}}}', validate: validate_1 },
  { schema: '{"type":"object","additionalProperties":false,"required":["table"],"properties":{"connection":{"type":"string"},"table":{"description":"Target table. May use runtime references, e.g. `client_${tenant.id}_data`; the result must be a plain identifier (letters, digits, `_`, at most 63 characters), else the stream fails before any SQL runs.","type":"string","minLength":1,"x-runtime-template":true},"mode":{"description":"`append` inserts every record; `insert_new` inserts only records whose key is not in the table yet; `upsert` inserts new keys and updates changed rows; `replace` empties the table and loads the whole run in one transaction. See docs/write-modes.md.","type":"string","enum":["append","insert_new","upsert","replace"],"default":"append"},"key":{"description":"Column(s) that identify a row; required for `insert_new` and `upsert`, and made the primary key of a created table.","type":"array","items":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]{0,62}$"},"minItems":1,"uniqueItems":true},"columns":{"description":"Columns to write, by name: a type (`text`, `integer`, `bigint`, `number`, `decimal`, `boolean`, `json`, `timestamp`, `date`) or `{type, nullable, precision, scale}`. Used to create the table when it is missing. Declared columns win: their types are never inferred nor widened, and fields not listed are not written. When omitted, the table is created from the data and kept in step with it under the `schema` policy; see docs/sql.md.","type":"object","minProperties":1,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]{0,62}$"},"additionalProperties":{"anyOf":[{"type":"string","enum":["text","integer","bigint","number","decimal","boolean","json","timestamp","date"]},{"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"type":"string","enum":["text","integer","bigint","number","decimal","boolean","json","timestamp","date"]},"nullable":{"type":"boolean","description":"Allow NULL (default true; key columns are never null)."},"precision":{"type":"integer","minimum":1,"maximum":65,"description":"Total digits of a `decimal`."},"scale":{"type":"integer","minimum":0,"maximum":30,"description":"Digits after the point of a `decimal`."}}}]}},"schema":{"description":"What happens when no `columns` are declared and the records do not match the table: `evolve` adds a column for a new field and widens a column whose values no longer fit (integer -> number -> text); `freeze` quarantines a record with a field the table lacks or a value its column cannot hold, with the reason; `discard_columns` drops such fields and values; `discard_records` drops such records (counted as skipped and logged). The table itself is created from the first batch under every policy.","type":"string","enum":["evolve","freeze","discard_columns","discard_records"],"default":"evolve"},"create_table":{"description":"Create the table when it does not exist: from `columns`, else from the first batch of records.","type":"boolean","default":true},"add_new_columns":{"description":"Add declared columns that an existing table lacks (as nullable columns) instead of failing.","type":"boolean","default":false},"rows_per_statement":{"description":"Most rows in one INSERT; lowered automatically to fit the dialect\'s parameter limit.","type":"integer","minimum":1,"default":500},"before":{"description":"SQL statements run before the load, one statement per item, as written (trusted configuration). In `replace` mode they run inside the load transaction; otherwise once when the stream starts.","type":"array","items":{"type":"string","minLength":1},"default":[]},"after":{"description":"SQL statements run after the last batch, e.g. `CALL update_mirror()`. In `replace` mode they run inside the load transaction, before it commits; otherwise after the last batch has committed. A failing statement fails the stream.","type":"array","items":{"type":"string","minLength":1},"default":[]}},"allOf":[{"if":{"properties":{"mode":{"enum":["insert_new","upsert"]}},"required":["mode"]},"then":{"required":["key"]}}]}', validate: validate_2 }
];

// packages/connectors/dist/mysql/mysql-connector.js
var mysql_connector_default = defineConnector({
  name: "mysql",
  description: "A MySQL or MariaDB database: SQL query source and table sink (append, insert_new, upsert, replace).",
  connectionSchema: serverConnectionSchema("mysql"),
  source: { streamSchema: SQL_SOURCE_SCHEMA },
  sink: { streamSchema: SQL_SINK_SCHEMA },
  validators: VALIDATORS,
  // The driver, kysely and the SQL writer are loaded when a connection opens, not when a pipeline is validated.
  connect: async (config, ctx) => (await import("./_open-mysql-GWQWS462.js")).openMysql(config, ctx)
});
export {
  mysql_connector_default as default
};
