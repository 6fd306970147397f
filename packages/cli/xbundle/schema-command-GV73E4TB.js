import "./chunk-LYA7H2TX.js";
import {
  BUILTIN_CONNECTORS
} from "./chunk-P3UW47MM.js";
import "./chunk-VHNRJIKL.js";
import "./chunk-USJJSOEW.js";
import "./chunk-JFTVXPZF.js";
import "./chunk-UVMJULST.js";
import "./chunk-WN2DRB5R.js";
import "./chunk-QNSC5OAB.js";
import "./chunk-3POCXQQ3.js";
import "./chunk-MG6B7KT6.js";
import {
  buildEditorSchema
} from "./chunk-LYI5B7ID.js";
import "./chunk-4UUC4JN3.js";
import "./chunk-XQSIKRHP.js";
import "./chunk-GRVIXJDI.js";
import "./chunk-AXXOOHKV.js";
import "./chunk-UFM4XGWW.js";
import "./chunk-OTMD6KH5.js";
import "./chunk-PM2PRZKI.js";
import "./chunk-RLQ4YVQZ.js";
import "./chunk-XVXQH47A.js";
import "./chunk-Q4FN6NNM.js";
import "./chunk-P2BNM7YI.js";
import "./chunk-PIRHQTI4.js";

// packages/cli/dist/commands/schema-command.js
async function schemaCommand(io) {
  const connectors = await Promise.all(Object.values(BUILTIN_CONNECTORS).map((load) => load()));
  io.stdout.write(`${JSON.stringify(buildEditorSchema(connectors), null, 2)}
`);
  return 0;
}
export {
  schemaCommand
};
