// packages/cli/dist/ops/parse-duration.js
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5 };
function parseDuration(text) {
  const match = /^([0-9]+(?:\.[0-9]+)?)(ms|s|m|h|d)$/.exec(text.trim());
  if (!match)
    return void 0;
  const ms = Number(match[1]) * UNIT_MS[match[2]];
  return ms > 0 ? ms : void 0;
}
function formatDuration(ms) {
  for (const [unit, size] of [
    ["d", 864e5],
    ["h", 36e5],
    ["m", 6e4],
    ["s", 1e3]
  ]) {
    if (ms >= size && ms % size === 0)
      return `${ms / size}${unit}`;
  }
  return `${ms}ms`;
}

export {
  parseDuration,
  formatDuration
};
