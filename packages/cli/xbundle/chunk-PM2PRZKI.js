import {
  SyncError
} from "./chunk-RLQ4YVQZ.js";

// packages/engine/dist/util/import-driver.js
async function importDriver(name, load, options) {
  try {
    return await load();
  } catch (error) {
    if (!isMissingPackage(error, name))
      throw error;
    throw new SyncError(options.code ?? "CONFIG_INVALID", `${options.usedBy} needs the "${name}" package, which is not installed: run \`npm install ${name}\``, { cause: error });
  }
}
function isMissingPackage(error, name) {
  const code = error?.code;
  if (code !== "ERR_MODULE_NOT_FOUND" && code !== "MODULE_NOT_FOUND")
    return false;
  const message = error.message;
  return message.includes(`'${name}'`) || message.includes(`"${name}"`) || message.includes(`'${name}/`);
}

export {
  importDriver
};
