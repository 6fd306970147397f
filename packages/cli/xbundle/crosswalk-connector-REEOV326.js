import {
  ucs2length
} from "./chunk-Q4FN6NNM.js";
import {
  defineConnector
} from "./chunk-P2BNM7YI.js";
import "./chunk-PIRHQTI4.js";

// packages/connectors/dist/crosswalk/crosswalk-validators.generated.js
var validate_0 = validate10;
var schema11 = { "type": "object", "additionalProperties": false, "properties": { "type": { "type": "string" } } };
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "type")) {
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
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var validate_1 = validate11;
var schema12 = { "type": "object", "additionalProperties": false, "required": ["kind", "source_id", "target_id"], "properties": { "connection": { "type": "string" }, "kind": { "description": "Crosswalk kind, e.g. `vendor`.", "type": "string", "minLength": 1 }, "source_id": { "description": "Dot path of the source id in each record.", "type": "string", "minLength": 1 }, "target_id": { "description": "Dot path of the target id in each record; a record without one is skipped.", "type": "string", "minLength": 1 } } };
var func2 = ucs2length;
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.source_id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source_id" }, message: "must have required property 'source_id'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.target_id === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "target_id" }, message: "must have required property 'target_id'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "connection" || key0 === "kind" || key0 === "source_id" || key0 === "target_id")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
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
            const err4 = { instancePath: instancePath + "/connection", schemaPath: "#/properties/connection/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.connection.type, parentSchema: schema12.properties.connection, data: data0 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
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
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (typeof data1 !== "string") {
        let dataType1 = typeof data1;
        let coerced1 = void 0;
        if (!(coerced1 !== void 0)) {
          if (dataType1 == "number" || dataType1 == "boolean") {
            coerced1 = "" + data1;
          } else if (data1 === null) {
            coerced1 = "";
          } else {
            const err5 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.kind.type, parentSchema: schema12.properties.kind, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (coerced1 !== void 0) {
          data1 = coerced1;
          if (data !== void 0) {
            data["kind"] = coerced1;
          }
        }
      }
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err6 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.kind, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    if (data.source_id !== void 0) {
      let data2 = data.source_id;
      if (typeof data2 !== "string") {
        let dataType2 = typeof data2;
        let coerced2 = void 0;
        if (!(coerced2 !== void 0)) {
          if (dataType2 == "number" || dataType2 == "boolean") {
            coerced2 = "" + data2;
          } else if (data2 === null) {
            coerced2 = "";
          } else {
            const err7 = { instancePath: instancePath + "/source_id", schemaPath: "#/properties/source_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.source_id.type, parentSchema: schema12.properties.source_id, data: data2 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (coerced2 !== void 0) {
          data2 = coerced2;
          if (data !== void 0) {
            data["source_id"] = coerced2;
          }
        }
      }
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err8 = { instancePath: instancePath + "/source_id", schemaPath: "#/properties/source_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.source_id, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    if (data.target_id !== void 0) {
      let data3 = data.target_id;
      if (typeof data3 !== "string") {
        let dataType3 = typeof data3;
        let coerced3 = void 0;
        if (!(coerced3 !== void 0)) {
          if (dataType3 == "number" || dataType3 == "boolean") {
            coerced3 = "" + data3;
          } else if (data3 === null) {
            coerced3 = "";
          } else {
            const err9 = { instancePath: instancePath + "/target_id", schemaPath: "#/properties/target_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.target_id.type, parentSchema: schema12.properties.target_id, data: data3 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (coerced3 !== void 0) {
          data3 = coerced3;
          if (data !== void 0) {
            data["target_id"] = coerced3;
          }
        }
      }
      if (typeof data3 === "string") {
        if (func2(data3) < 1) {
          const err10 = { instancePath: instancePath + "/target_id", schemaPath: "#/properties/target_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.target_id, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var VALIDATORS = [
  { schema: '{"type":"object","additionalProperties":false,"properties":{"type":{"type":"string"}}}', validate: validate_0 },
  { schema: '{"type":"object","additionalProperties":false,"required":["kind","source_id","target_id"],"properties":{"connection":{"type":"string"},"kind":{"description":"Crosswalk kind, e.g. `vendor`.","type":"string","minLength":1},"source_id":{"description":"Dot path of the source id in each record.","type":"string","minLength":1},"target_id":{"description":"Dot path of the target id in each record; a record without one is skipped.","type":"string","minLength":1}}}', validate: validate_1 }
];

// packages/connectors/dist/crosswalk/crosswalk-connector.js
var CONNECTION_SCHEMA = { type: "object", additionalProperties: false, properties: {} };
var SINK_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["kind", "source_id", "target_id"],
  properties: {
    kind: { description: "Crosswalk kind, e.g. `vendor`.", type: "string", minLength: 1 },
    source_id: { description: "Dot path of the source id in each record.", type: "string", minLength: 1 },
    target_id: { description: "Dot path of the target id in each record; a record without one is skipped.", type: "string", minLength: 1 }
  }
};
var crosswalk_connector_default = defineConnector({
  name: "crosswalk",
  description: "The ID crosswalk in the state store, as a sink of (source id, target id) pairs.",
  connectionSchema: CONNECTION_SCHEMA,
  sink: { streamSchema: SINK_SCHEMA },
  validators: VALIDATORS,
  async connect(_config, ctx) {
    const { compilePath, getPath } = await import("./dist-SLLUF3DP.js");
    return {
      async openWriter(options) {
        const source = compilePath(options.source_id);
        const target = compilePath(options.target_id);
        return {
          async write(records) {
            const entries = [];
            for (const record of records) {
              const s = getPath(record, source);
              const t = getPath(record, target);
              if (s === void 0 || s === null || t === void 0 || t === null || t === "")
                continue;
              entries.push({ sourceId: String(s), targetId: String(t) });
            }
            const known = await ctx.crosswalk.lookup(options.kind, entries.map((e) => e.sourceId));
            const changed = entries.filter((e) => known.get(e.sourceId) !== e.targetId);
            await ctx.crosswalk.put(options.kind, changed);
            const inserted = changed.filter((e) => !known.has(e.sourceId)).length;
            return { inserted, updated: changed.length - inserted, skipped: records.length - changed.length };
          }
        };
      }
    };
  }
});
export {
  crosswalk_connector_default as default
};
