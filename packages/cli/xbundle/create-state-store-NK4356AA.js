import {
  createStateStore
} from "./chunk-AXXOOHKV.js";
import "./chunk-UFM4XGWW.js";
import "./chunk-OTMD6KH5.js";
import "./chunk-PM2PRZKI.js";
import "./chunk-RLQ4YVQZ.js";
import "./chunk-PIRHQTI4.js";
export {
  createStateStore
};
