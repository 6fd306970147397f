import { compileLogic, LogicCompileError } from '../expressions/logic.js';
import { mergeOptions } from '../plan/_plan-selections.js';
import type { CheckEndpoint } from './_check-connector-blocks.js';
import type { ConfigReporter } from './_config-reporter.js';
import { CONNECTION_NAMES, STREAM_NAMES, unknownName } from './_unknown-name.js';

/**
 * Checks `selections:` and `queries:`: the streams and connections they name exist, a selection's
 * source options merged over the stream's are valid for its connector, and `where` compiles.
 */
export function checkSelectionsAndQueries(
  root: Record<string, unknown>,
  ctx: {
    reporter: ConfigReporter;
    checkEndpoint: CheckEndpoint;
    connections: Record<string, Record<string, unknown>>;
  },
): void {
  const streams = isMap(root.streams) ? root.streams : {};
  for (const [name, selection] of Object.entries(isMap(root.selections) ? root.selections : {})) {
    if (!isMap(selection) || !isMap(selection.streams)) continue;
    for (const [stream, choice] of Object.entries(selection.streams)) {
      const path = ['selections', name, 'streams', stream];
      const target = streams[stream];
      if (!isMap(target)) {
        ctx.reporter.at(path, unknownName(STREAM_NAMES, stream, Object.keys(streams)), true);
        continue;
      }
      if (!isMap(choice)) continue;
      // The merged options are checked as the stream's source block they become for the run.
      if (isMap(choice.source) && isMap(target.source))
        ctx.checkEndpoint(mergeOptions(target.source, choice.source), 'source', [...path, 'source']);
      if ('where' in choice) {
        try {
          compileLogic(choice.where);
        } catch (error) {
          if (error instanceof LogicCompileError) ctx.reporter.at([...path, 'where'], error.message);
          else throw error;
        }
      }
    }
  }
  for (const [name, query] of Object.entries(isMap(root.queries) ? root.queries : {})) {
    if (!isMap(query) || typeof query.connection !== 'string') continue;
    if (!Object.hasOwn(ctx.connections, query.connection))
      ctx.reporter.at(['queries', name, 'connection'], unknownName(CONNECTION_NAMES, query.connection, Object.keys(ctx.connections)));
  }
}

function isMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
