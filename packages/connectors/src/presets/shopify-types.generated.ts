/* Generated from the shopify connector's schemas by `npm run generate`. Do not edit by hand: a test fails when it is stale. */
/* Types describe options after validation, so keys with a default are always present. */

export interface ShopifyConnectionConfig {
  /**
   * The shop: its handle (`acme`), its domain (`acme.myshopify.com`) or its URL (`https://acme.myshopify.com/`), as client databases hold it in any of these forms.
   */
  shop: string;
  /**
   * Admin API access token (`shpat_...`), sent as `X-Shopify-Access-Token`.
   */
  access_token: string;
  /**
   * Admin API version in the base URL (`YYYY-MM`).
   */
  api_version: string;
}
