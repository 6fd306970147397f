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
export type {
  BitcramCheckout,
  BitcramCostRow,
  BitcramFake,
  BitcramFakeOptions,
  BitcramPriceRow,
  BitcramStockRow,
  BitcramStore,
} from './bitcram-fake.js';
export {
  createPloomesProducts,
  createPloomesWebhookPayload,
  PLOOMES_FIELD_KEYS,
  ploomesOtherPropertiesToMap,
  startPloomesFake,
} from './ploomes-fake.js';
export type {
  PloomesFake,
  PloomesFakeOptions,
  PloomesOtherProperty,
  PloomesPart,
  PloomesProduct,
  PloomesStore,
  PloomesWebhookPayload,
} from './ploomes-fake.js';
export { SHOPIFY_READ_SCOPES, startShopifyFake } from './shopify-fake.js';
export type {
  ShopifyCustomer,
  ShopifyFake,
  ShopifyFakeOptions,
  ShopifyInventoryLevel,
  ShopifyLineItem,
  ShopifyLocation,
  ShopifyOrder,
  ShopifyProduct,
  ShopifySeedCounts,
  ShopifyShop,
  ShopifyShopOptions,
  ShopifyShopStore,
  ShopifyStore,
  ShopifyVariant,
} from './shopify-fake.js';
export { AMAZON_USAGE_PLANS, LISTING_COLUMNS, startAmazonFake } from './amazon-fake.js';
export type {
  AmazonCatalogItem,
  AmazonFake,
  AmazonFakeOptions,
  AmazonInventorySummary,
  AmazonListing,
  AmazonRegion,
  AmazonReport,
  ReportStatus,
  ReportTimings,
  AmazonMoney,
  AmazonOperation,
  AmazonOrder,
  AmazonOrderItem,
  AmazonSellerOptions,
  AmazonSellerStore,
  AmazonStore,
  AmazonUsagePlan,
} from './amazon-fake.js';
export { startServiceTitanFake, startServiceTitanFakes } from './servicetitan-fake.js';
export type {
  ServiceTitanEnvironment,
  ServiceTitanFake,
  ServiceTitanFakeOptions,
  ServiceTitanJob,
  ServiceTitanMaterial,
  ServiceTitanPurchaseOrder,
  ServiceTitanPurchaseOrderItem,
  ServiceTitanRecord,
  ServiceTitanResource,
  ServiceTitanStore,
} from './servicetitan-fake.js';
