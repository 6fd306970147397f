import {
  defineConnector
} from "./chunk-P2BNM7YI.js";
import "./chunk-PIRHQTI4.js";

// packages/connectors/dist/stdout/stdout-validators.generated.js
var validate_0 = validate10;
var schema11 = { "type": "object", "additionalProperties": false, "properties": { "type": { "type": "string" }, "pretty": { "description": "Indent each record over several lines instead of one JSON line per record.", "type": "boolean", "default": false } } };
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.pretty === void 0) {
      data.pretty = false;
    }
    for (const key0 in data) {
      if (!(key0 === "type" || key0 === "pretty")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
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
            const err1 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.type.type, parentSchema: schema11.properties.type, data: data0 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
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
    let data1 = data.pretty;
    if (typeof data1 !== "boolean") {
      let coerced1 = void 0;
      if (!(coerced1 !== void 0)) {
        if (data1 === "false" || data1 === 0 || data1 === null) {
          coerced1 = false;
        } else if (data1 === "true" || data1 === 1) {
          coerced1 = true;
        } else {
          const err2 = { instancePath: instancePath + "/pretty", schemaPath: "#/properties/pretty/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.pretty.type, parentSchema: schema11.properties.pretty, data: data1 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (coerced1 !== void 0) {
        data1 = coerced1;
        if (data !== void 0) {
          data["pretty"] = coerced1;
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var validate_1 = validate11;
var schema12 = { "type": "object", "additionalProperties": false, "properties": { "connection": { "type": "string" } } };
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "connection")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
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
            const err1 = { instancePath: instancePath + "/connection", schemaPath: "#/properties/connection/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.connection.type, parentSchema: schema12.properties.connection, data: data0 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
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
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var VALIDATORS = [
  { schema: '{"type":"object","additionalProperties":false,"properties":{"type":{"type":"string"},"pretty":{"description":"Indent each record over several lines instead of one JSON line per record.","type":"boolean","default":false}}}', validate: validate_0 },
  { schema: '{"type":"object","additionalProperties":false,"properties":{"connection":{"type":"string"}}}', validate: validate_1 }
];

// packages/connectors/dist/stdout/stdout-connector.js
var CONNECTION_SCHEMA = {
  type: "object",
  additionalProperties: false,
  properties: {
    pretty: { description: "Indent each record over several lines instead of one JSON line per record.", type: "boolean", default: false }
  }
};
var STREAM_SCHEMA = { type: "object", additionalProperties: false, properties: {} };
var stdout_connector_default = defineConnector({
  name: "stdout",
  description: "Standard output, one JSON record per line.",
  connectionSchema: CONNECTION_SCHEMA,
  sink: { streamSchema: STREAM_SCHEMA },
  validators: VALIDATORS,
  async connect(config, ctx) {
    return {
      async openWriter() {
        return {
          async write(records) {
            let text = "";
            for (const record of records)
              text += `${ctx.redactor.redact(JSON.stringify(record, null, config.pretty ? 2 : void 0))}
`;
            process.stdout.write(text);
            return { inserted: records.length, updated: 0, skipped: 0 };
          }
        };
      }
    };
  }
});
export {
  stdout_connector_default as default
};
