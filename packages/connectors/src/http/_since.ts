import {
  checkTimeZone,
  formatInstant,
  parseInstant,
  renderRuntime,
  RUNTIME_SCOPES,
  SourceError,
  type ReadContext,
} from '@syncengine/engine';
import type { HttpSourceOptions } from './http-types.generated.js';

type SinceOptions = NonNullable<HttpSourceOptions['since']>;

/** The value `since` sends for this read, or undefined when there is no cursor yet (the parameter is left out). */
export function sinceValue(since: SinceOptions, ctx: Pick<ReadContext, 'cursor' | 'render'>): unknown {
  const cursor = ctx.cursor;
  if (cursor === undefined || cursor === null || cursor === '') return undefined;
  const formatted = formatCursor(cursor, since);
  // `${cursor}` is the formatted cursor here; every other reference (`${parent.id}`, ...) keeps its meaning.
  const scopes: Record<string, unknown> = Object.fromEntries(RUNTIME_SCOPES.map((scope) => [scope, ctx.render(`\${${scope}}`)]));
  scopes.cursor = formatted;
  return renderRuntime(since.value, scopes);
}

/** Applies `format`, `lookback_s` and `timezone` to a stored cursor. */
export function formatCursor(cursor: unknown, since: Pick<SinceOptions, 'format' | 'lookback_s' | 'timezone'>): unknown {
  const format = since.format ?? 'raw';
  if (format === 'raw') {
    if (since.lookback_s)
      throw new SourceError('since.lookback_s needs since.format (iso, unix, ...): a raw cursor cannot be moved back in time');
    return cursor;
  }
  try {
    checkTimeZone(since.timezone);
  } catch (error) {
    throw new SourceError(`since.timezone: ${(error as Error).message}`);
  }
  const instant = parseInstant(cursor, since.timezone);
  if (instant === undefined) {
    throw new SourceError(
      `since: cannot read the cursor ${JSON.stringify(cursor)} as a time for format ${format}; use format: raw for ids and other values`,
    );
  }
  return formatInstant(instant - (since.lookback_s ?? 0) * 1000, format, since.timezone);
}
