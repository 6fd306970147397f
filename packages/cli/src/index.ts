export { main, EXIT } from './main.js';
export type { CliIo } from './output/cli-io.js';
export { renderSummary } from './output/render-summary.js';
