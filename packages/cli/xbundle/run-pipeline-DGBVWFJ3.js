import {
  runPipeline
} from "./chunk-XQSIKRHP.js";
import "./chunk-GRVIXJDI.js";
import "./chunk-PM2PRZKI.js";
import "./chunk-RLQ4YVQZ.js";
import "./chunk-P2BNM7YI.js";
import "./chunk-PIRHQTI4.js";
export {
  runPipeline
};
