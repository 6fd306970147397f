// packages/cli/dist/commands/usage-error.js
var UsageError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};

export {
  UsageError
};
