// packages/engine/dist/config/validator-runtime.js
import { createRequire } from "node:module";
var require2 = createRequire(import.meta.url);
var ucs2length = require2("ajv/dist/runtime/ucs2length.js").default;
var equal = require2("ajv/dist/runtime/equal.js").default;
var CONFIG_FORMATS = {
  "http-url": { type: "string", validate: isHttpUrl }
};
function isHttpUrl(value) {
  if (value === "" || value.startsWith("${"))
    return true;
  const sample = value.replace(/\$\{[^}]*\}/g, "x");
  if (!URL.canParse(sample))
    return false;
  const protocol = new URL(sample).protocol;
  return protocol === "http:" || protocol === "https:";
}

export {
  ucs2length,
  CONFIG_FORMATS
};
