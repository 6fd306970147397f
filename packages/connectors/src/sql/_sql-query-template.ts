import { sql, type RawBuilder } from 'kysely';
import { parseTemplate, SourceError } from '@syncengine/engine';

/** What the scanner must know about the dialect's literals. */
export interface QueryDialect {
  /** `\'` escapes a quote inside '...' (MySQL). */
  backslashEscapes: boolean;
  /** `$tag$ ... $tag$` strings (PostgreSQL). */
  dollarQuotes: boolean;
}

/** Values a query template refers to. */
export interface QueryValues {
  /** Resolves a runtime reference such as `${cursor}` (the engine's `ReadContext.render`). */
  render(value: unknown): unknown;
  /** Values for `:name` placeholders, already rendered. */
  params: Readonly<Record<string, unknown>>;
  /** Converts a value to what the driver binds. */
  bind(value: unknown): unknown;
  /** What the text is, in messages. @default 'query' */
  label?: string;
}

type State = { in: 'code' } | { in: 'quote'; close: string } | { in: 'line' } | { in: 'block' } | { in: 'dollar'; tag: string };

/**
 * Turns a query with `${runtime.refs}` and `:name` placeholders into a kysely raw query in which
 * every such value is a bound parameter (inside a quoted identifier, `"t_${tenant.key}"`, the value is
 * spliced into the name when it is only letters, digits and `_`). Quotes, comments and PostgreSQL `::casts` are skipped, so
 * `':x'`, `-- :x` and `a::text` stay as written; a reference inside a quoted string is an error (it
 * would be taken literally). A param that the query never uses is an error too (a typo otherwise).
 */
export function compileQueryTemplate(query: string, values: QueryValues, dialect: QueryDialect): RawBuilder<Record<string, unknown>> {
  const pieces: unknown[] = [];
  let text = '';
  const used = new Set<string>();
  let state: State = { in: 'code' };
  const bindValue = (value: unknown) => {
    if (text) pieces.push(sql.raw(text));
    text = '';
    pieces.push(values.bind(value));
  };

  for (const part of parseTemplate(query)) {
    if (typeof part !== 'string') {
      if (state.in === 'code') bindValue(values.render(part.raw));
      else if (state.in === 'quote' && state.close === (dialect.backslashEscapes ? '`' : '"')) {
        // Inside a quoted identifier ("client_${tenant.key}_data"): a name, spliced only when it is letters, digits and `_`.
        const name = values.render(part.raw);
        if ((typeof name !== 'string' && typeof name !== 'number') || !/^[A-Za-z0-9_]+$/.test(String(name)))
          throw new SourceError(
            `${values.label ?? 'query'}: ${part.raw} in a quoted identifier must be letters, digits and _ (got ${name === undefined || name === null ? 'nothing' : 'other characters'})`,
          );
        text += String(name);
      } else if (state.in === 'quote' || state.in === 'dollar') {
        throw new SourceError(
          `${values.label ?? 'query'}: ${part.raw} is inside a quoted string; remove the quotes, the value is sent as a bound parameter`,
        );
      } else text += part.raw;
      continue;
    }
    let i = 0;
    const s = part;
    while (i < s.length) {
      const c = s[i]!;
      const next = s[i + 1];
      if (state.in === 'code') {
        if (c === "'" || c === '"' || c === '`') {
          state = { in: 'quote', close: c };
        } else if (c === '-' && next === '-') {
          state = { in: 'line' };
        } else if (c === '/' && next === '*') {
          state = { in: 'block' };
          text += '/*';
          i += 2;
          continue;
        } else if (c === '$' && dialect.dollarQuotes && !/[\w$]/.test(s[i - 1] ?? ' ')) {
          const tag = /^\$([A-Za-z_]\w*)?\$/.exec(s.slice(i))?.[0];
          if (tag) {
            state = { in: 'dollar', tag };
            text += tag;
            i += tag.length;
            continue;
          }
        } else if (c === ':' && next === ':') {
          text += '::';
          i += 2;
          continue;
        } else if (c === ':' && !/[\w:]/.test(s[i - 1] ?? ' ')) {
          const name = /^[A-Za-z_]\w*/.exec(s.slice(i + 1))?.[0];
          if (name !== undefined && Object.hasOwn(values.params, name)) {
            used.add(name);
            bindValue(values.params[name]);
            i += 1 + name.length;
            continue;
          }
        }
      } else if (state.in === 'quote') {
        if (c === '\\' && dialect.backslashEscapes && state.close !== '`') {
          text += c + (next ?? '');
          i += 2;
          continue;
        }
        if (c === state.close) {
          if (next === state.close) {
            text += c + next;
            i += 2;
            continue;
          }
          state = { in: 'code' };
        }
      } else if (state.in === 'line') {
        if (c === '\n') state = { in: 'code' };
      } else if (state.in === 'block') {
        if (c === '*' && next === '/') {
          state = { in: 'code' };
          text += '*/';
          i += 2;
          continue;
        }
      } else if (s.startsWith(state.tag, i)) {
        text += state.tag;
        i += state.tag.length;
        state = { in: 'code' };
        continue;
      }
      text += c;
      i += 1;
    }
  }
  const unused = Object.keys(values.params).filter((name) => !used.has(name));
  if (unused.length) {
    throw new SourceError(
      `params ${unused.join(', ')} ${unused.length > 1 ? 'are' : 'is'} not used in the ${values.label ?? 'query'}; write :${unused[0]} where the value belongs`,
    );
  }
  if (text) pieces.push(sql.raw(text));
  return sql.join(pieces, sql.raw('')) as RawBuilder<Record<string, unknown>>;
}
