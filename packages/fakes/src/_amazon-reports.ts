/**
 * The Reports API 2021-06-30 of the SP-API fake: createReport, getReport, getReportDocument, and the
 * pre-signed document URLs of its storage host; plus the seller's merchant listings that
 * GET_MERCHANT_LISTINGS_ALL_DATA reports (FBA and merchant-fulfilled) as tab-separated text.
 */
import { createHmac } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { amazonTime, type AmazonCatalogItem, type AmazonInventorySummary } from './_amazon-data.js';
import { spErrors } from './_amazon-operations.js';
import { createSeededRandom } from './_seeded-random.js';
import type { FakeRequest, FakeResponse } from './fake-server.js';

/** One row of GET_MERCHANT_LISTINGS_ALL_DATA, by column name (all text, as in the file). */
export type AmazonListing = Record<(typeof LISTING_COLUMNS)[number], string>;

/** The columns of GET_MERCHANT_LISTINGS_ALL_DATA, in file order. */
export const LISTING_COLUMNS = [
  'item-name',
  'item-description',
  'listing-id',
  'seller-sku',
  'price',
  'quantity',
  'open-date',
  'image-url',
  'item-is-marketplace',
  'product-id-type',
  'zshop-shipping-fee',
  'item-note',
  'item-condition',
  'zshop-category1',
  'zshop-browse-path',
  'zshop-storefront-feature',
  'asin1',
  'asin2',
  'asin3',
  'will-ship-internationally',
  'expedited-shipping',
  'zshop-boldface',
  'product-id',
  'bid-for-featured-placement',
  'add-delete',
  'pending-quantity',
  'fulfillment-channel',
  'merchant-shipping-group',
  'status',
] as const;

/** The report types the fake produces. */
export const REPORT_TYPES = ['GET_MERCHANT_LISTINGS_ALL_DATA'] as const;

/** A report's processingStatus (reports 2021-06-30 `Report.processingStatus`). */
export type ReportStatus = 'IN_QUEUE' | 'IN_PROGRESS' | 'DONE' | 'CANCELLED' | 'FATAL';

/** A requested report, as the fake keeps it. */
export interface AmazonReport {
  reportId: string;
  reportType: string;
  sellerId: string;
  marketplaceIds: string[];
  createdAt: number;
  /** The end it reaches once processed: DONE, or CANCELLED (no data) / FATAL (a fault). */
  outcome: 'DONE' | 'CANCELLED' | 'FATAL';
  documentId?: string;
  /** The document's bytes (gzipped when compressed). */
  document?: Buffer;
}

/** How long reports take, on the fake's clock. */
export interface ReportTimings {
  /** IN_QUEUE this long after createReport. @default 2 */
  queuedSeconds: number;
  /** Then IN_PROGRESS this long. @default 3 */
  processingSeconds: number;
}

/** The seller's listings: one per FBA SKU (`AMAZON_NA`), then `mfn` merchant-fulfilled ones (`DEFAULT`) from further down the catalog. */
export function createListings(
  seed: number,
  inventory: readonly AmazonInventorySummary[],
  catalog: readonly AmazonCatalogItem[],
  mfn: number,
  prefix: string,
): AmazonListing[] {
  const rnd = createSeededRandom(seed ^ 0x5eed);
  const row = (asin: string, title: string, sku: string, channel: 'AMAZON_NA' | 'DEFAULT', i: number): AmazonListing => {
    const values: Record<string, string> = Object.fromEntries(LISTING_COLUMNS.map((c) => [c, '']));
    Object.assign(values, {
      'item-name': title,
      'item-description': `${title}. Lead-free brass, NPT threads.`,
      'listing-id': `0${String(seed % 1000).padStart(3, '0')}${String(5_100_000 + i * 37)}`,
      'seller-sku': sku,
      price: (rnd.int(499, 7999) / 100).toFixed(2),
      quantity: channel === 'DEFAULT' ? String(rnd.int(0, 120)) : '',
      'open-date': `${amazonTime(Date.UTC(2024, 0, 10 + i, 15))
        .replace('T', ' ')
        .replace('Z', '')} PST`,
      'item-is-marketplace': 'y',
      'product-id-type': '1',
      'item-condition': '11',
      asin1: asin,
      'will-ship-internationally': channel === 'DEFAULT' ? '1' : '',
      'expedited-shipping': channel === 'DEFAULT' ? 'N' : '',
      'product-id': asin,
      'fulfillment-channel': channel,
      'merchant-shipping-group': channel === 'DEFAULT' ? 'Migrated Template' : '',
      status: i % 9 === 8 ? 'Inactive' : 'Active',
    });
    return values as AmazonListing;
  };
  const fba = inventory.map((s, i) => row(s.asin, s.productName, s.sellerSku, 'AMAZON_NA', i));
  const used = new Set(inventory.map((s) => s.asin));
  const rest = catalog.filter((c) => !used.has(c.asin)).slice(0, mfn);
  const merchant = rest.map((item, j) =>
    row(item.asin, String(item.summaries[0]?.itemName ?? item.asin), `${prefix}-MFN-${String(200 + j)}`, 'DEFAULT', fba.length + j),
  );
  return [...fba, ...merchant];
}

/** The listings as the report file: a header line, then one tab-separated line per listing. */
export function listingsTsv(listings: readonly AmazonListing[]): string {
  const lines = [LISTING_COLUMNS.join('\t'), ...listings.map((l) => LISTING_COLUMNS.map((c) => l[c]).join('\t'))];
  return `${lines.join('\n')}\n`;
}

/** The reports of every seller and the answers of the three operations. */
export function createReports(options: {
  clock: () => number;
  timings: ReportTimings;
  compress: boolean;
  /** The storage host's base URL (known once it listens). */
  documentsUrl: () => string;
  listingsOf: (sellerId: string) => AmazonListing[];
}) {
  const reports = new Map<string, AmazonReport>();
  const signingKey = `fake-s3-${Math.random().toString(36).slice(2)}`;
  let counter = 0;
  /** The outcome of the next report created, then back to normal: a test's FATAL. */
  let nextOutcome: 'CANCELLED' | 'FATAL' | undefined;

  const status = (report: AmazonReport): ReportStatus => {
    const age = options.clock() - report.createdAt;
    if (age < options.timings.queuedSeconds * 1000) return 'IN_QUEUE';
    if (age < (options.timings.queuedSeconds + options.timings.processingSeconds) * 1000) return 'IN_PROGRESS';
    return report.outcome;
  };
  const sign = (documentId: string, expires: number) => createHmac('sha256', signingKey).update(`${documentId}:${expires}`).digest('hex');

  return {
    reports,
    /** How long reports take; change it while the fake runs (e.g. a report that stays IN_PROGRESS). */
    timings: options.timings,
    /** Makes the next created report end CANCELLED or FATAL. */
    failNext(outcome: 'CANCELLED' | 'FATAL') {
      nextOutcome = outcome;
    },
    create(req: FakeRequest, sellerId: string, sellerMarketplaces: readonly string[]): FakeResponse {
      const body = req.json as { reportType?: unknown; marketplaceIds?: unknown } | undefined;
      if (!body || typeof body !== 'object') return { status: 400, body: spErrors('InvalidInput', 'The request body is not valid JSON.') };
      if (typeof body.reportType !== 'string' || !(REPORT_TYPES as readonly string[]).includes(body.reportType))
        return { status: 400, body: spErrors('InvalidInput', `Invalid reportType: ${String(body.reportType)}.`) };
      const marketplaceIds = body.marketplaceIds;
      if (!Array.isArray(marketplaceIds) || !marketplaceIds.length || !marketplaceIds.every((m) => typeof m === 'string'))
        return { status: 400, body: spErrors('InvalidInput', 'marketplaceIds is required: a list of marketplace ids.') };
      const unknown = marketplaceIds.find((m) => !sellerMarketplaces.includes(m));
      if (unknown) return { status: 400, body: spErrors('InvalidInput', `Invalid marketplaceId: ${unknown}.`) };
      counter += 1;
      const reportId = String(50_000_000_000 + counter * 7);
      const listings = options.listingsOf(sellerId);
      const outcome = nextOutcome ?? (listings.length ? 'DONE' : 'CANCELLED');
      nextOutcome = undefined;
      reports.set(reportId, { reportId, reportType: body.reportType, sellerId, marketplaceIds, createdAt: options.clock(), outcome });
      return { status: 202, body: { reportId } };
    },
    get(reportId: string, sellerId: string): FakeResponse {
      const report = reports.get(reportId);
      if (!report || report.sellerId !== sellerId) return { status: 404, body: spErrors('NotFound', `Report ${reportId} not found.`) };
      const state = status(report);
      const end = report.createdAt + (options.timings.queuedSeconds + options.timings.processingSeconds) * 1000;
      if (state === 'DONE' && !report.documentId) {
        report.documentId = `amzn1.spdoc.1.4.na.${reportId}.T${counter}`;
        const text = listingsTsv(options.listingsOf(sellerId));
        report.document = options.compress ? gzipSync(text) : Buffer.from(text);
      }
      return {
        body: {
          reportType: report.reportType,
          reportId,
          marketplaceIds: report.marketplaceIds,
          createdTime: amazonTime(report.createdAt),
          processingStatus: state,
          ...(state !== 'IN_QUEUE' ? { processingStartTime: amazonTime(report.createdAt + options.timings.queuedSeconds * 1000) } : {}),
          ...(state === 'DONE' || state === 'CANCELLED' || state === 'FATAL' ? { processingEndTime: amazonTime(end) } : {}),
          ...(report.documentId ? { reportDocumentId: report.documentId } : {}),
        },
      };
    },
    document(documentId: string, sellerId: string): FakeResponse {
      const report = [...reports.values()].find((r) => r.documentId === documentId && r.sellerId === sellerId);
      if (!report) return { status: 404, body: spErrors('NotFound', `Report document ${documentId} not found.`) };
      // Pre-signed: valid five minutes, like the SP-API's.
      const expires = Math.floor(options.clock() / 1000) + 300;
      const query = `X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=300&X-Amz-Date=${expires}&X-Amz-Signature=${sign(documentId, expires)}`;
      return {
        body: {
          reportDocumentId: documentId,
          url: `${options.documentsUrl()}/${encodeURIComponent(documentId)}?${query}`,
          ...(options.compress ? { compressionAlgorithm: 'GZIP' } : {}),
        },
      };
    },
    /** The storage host: the document's bytes for a URL whose signature holds and has not expired. */
    download(req: FakeRequest): FakeResponse {
      const documentId = decodeURIComponent(req.params.document ?? '');
      const expires = Number(req.query['X-Amz-Date']);
      const denied = (message: string): FakeResponse => ({
        status: 403,
        headers: { 'content-type': 'application/xml' },
        text: `<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>${message}</Message></Error>`,
      });
      if (req.query['X-Amz-Signature'] !== sign(documentId, expires))
        return denied('The request signature we calculated does not match the signature you provided.');
      if (options.clock() / 1000 > expires) return denied('Request has expired');
      const report = [...reports.values()].find((r) => r.documentId === documentId);
      if (!report?.document)
        return { status: 404, headers: { 'content-type': 'application/xml' }, text: '<Error><Code>NoSuchKey</Code></Error>' };
      return {
        bytes: report.document,
        headers: { 'content-type': options.compress ? 'application/octet-stream' : 'text/plain; charset=UTF-8' },
      };
    },
  };
}
