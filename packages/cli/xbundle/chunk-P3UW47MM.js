// packages/connectors/dist/builtin-connectors.js
var BUILTIN_CONNECTORS = {
  "amazon-sp": async () => (await import("./amazon-sp-connector-E5DKVUSM.js")).default,
  bitcram: async () => (await import("./bitcram-connector-DELN7BMW.js")).default,
  catsy: async () => (await import("./catsy-connector-XYZ6W5RQ.js")).default,
  crosswalk: async () => (await import("./crosswalk-connector-REEOV326.js")).default,
  http: async () => (await import("./http-connector-XBHCCFIV.js")).default,
  mysql: async () => (await import("./mysql-connector-A3EDKED5.js")).default,
  ploomes: async () => (await import("./ploomes-connector-L443ZF3Y.js")).default,
  postgres: async () => (await import("./postgres-connector-7PO5BL4Z.js")).default,
  servicetitan: async () => (await import("./servicetitan-connector-LBKEV74C.js")).default,
  shopify: async () => (await import("./shopify-connector-6O7HVQWD.js")).default,
  sparklayer: async () => (await import("./sparklayer-connector-FHLVCVKY.js")).default,
  sqlite: async () => (await import("./sqlite-connector-N3LP42KX.js")).default,
  stdout: async () => (await import("./stdout-connector-BRODOQY4.js")).default
};

export {
  BUILTIN_CONNECTORS
};
