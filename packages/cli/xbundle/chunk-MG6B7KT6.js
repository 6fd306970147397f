// packages/connectors/dist/http/http-transport.js
var wrappers = [];
function wrapHttpTransport(wrap) {
  wrappers.push(wrap);
  return () => {
    const at = wrappers.lastIndexOf(wrap);
    if (at !== -1)
      wrappers.splice(at, 1);
  };
}
function withHttpTransport(base) {
  return wrappers.reduce((next, wrap) => wrap(next), base);
}

export {
  wrapHttpTransport,
  withHttpTransport
};
