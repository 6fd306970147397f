export { createTokenIssuer, NO_FAULTS, startFakeServer } from './fake-server.js';
export type { FakeRequest, FakeResponse, FakeRoute, FakeServer, Faults, RecordedRequest } from './fake-server.js';
export { catsyTradePrice, createCatsyProducts, startCatsyFake } from './catsy-fake.js';
export type { CatsyFake, CatsyFakeOptions, CatsyProduct, CatsyStore, CatsyTotalField } from './catsy-fake.js';
export { startSparkLayerFake } from './sparklayer-fake.js';
export type {
  SparkLayerBatch,
  SparkLayerFake,
  SparkLayerFakeOptions,
  SparkLayerPriceBreak,
  SparkLayerPriceList,
  SparkLayerSkuPricing,
  SparkLayerStore,
} from './sparklayer-fake.js';
export { createBitcramData, startBitcramFake } from './bitcram-fake.js';
export type { BitcramCheckout, BitcramCostRow, BitcramFake, BitcramFakeOptions, BitcramPriceRow, BitcramStockRow, BitcramStore } from './bitcram-fake.js';
export { createPloomesProducts, createPloomesWebhookPayload, PLOOMES_FIELD_KEYS, ploomesOtherPropertiesToMap, startPloomesFake } from './ploomes-fake.js';
export type { PloomesFake, PloomesFakeOptions, PloomesOtherProperty, PloomesProduct, PloomesStore, PloomesWebhookPayload } from './ploomes-fake.js';
