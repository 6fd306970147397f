// packages/engine/dist/connector/connector.js
var NO_METRICS = { increment() {
}, observe() {
}, set() {
} };
function defineConnector(definition) {
  return definition;
}

export {
  NO_METRICS,
  defineConnector
};
