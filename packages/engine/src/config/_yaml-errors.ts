import type { Document, LineCounter, YAMLError } from 'yaml';
import { isMap, isPair, isScalar, isSeq } from './_yaml.js';
import type { PathSegment } from './_yaml-positions.js';

/** A YAML syntax problem, placed where the author has to look. */
export interface YamlProblem {
  offset: number;
  path: PathSegment[];
  message: string;
}

/**
 * Rewrites the `yaml` library's errors for people: one problem per mistake, placed at its cause
 * (the opening quote or brace that is never closed, the over-indented line, the repeated key)
 * rather than where the parser gave up.
 */
export function describeYamlErrors(errors: readonly YAMLError[], text: string, doc: Document, lines: LineCounter): YamlProblem[] {
  const problems: YamlProblem[] = [];
  const seenOrigins = new Set<number>();
  for (const error of errors) {
    const [start, end] = error.pos;
    if (seenOrigins.has(start)) continue;
    seenOrigins.add(start);
    const first = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    switch (error.code) {
      case 'DUPLICATE_KEY': {
        const key = /^["']?([^"':\n]+)/.exec(text.slice(start))?.[1]?.trim() ?? '';
        const path = pathOfKeyAt(doc, start) ?? [];
        problems.push({ offset: start, path, message: `duplicate key "${key}": a key may appear only once in a map` });
        break;
      }
      case 'TAB_AS_INDENT':
        problems.push({ offset: start, path: [], message: 'YAML syntax error: tabs are not allowed for indentation; indent with spaces' });
        break;
      case 'MISSING_CHAR':
        if (/quote/.test(first)) {
          problems.push({ offset: unclosedQuote(text, start) ?? start, path: [], message: `YAML syntax error: ${first}` });
          break;
        }
        problems.push({ offset: start, path: [], message: `YAML syntax error: ${first}` });
        break;
      case 'BAD_INDENT':
        if (/^Flow (map|sequence)/.test(first)) {
          const open = first.startsWith('Flow map') ? '{' : '[';
          problems.push({ offset: unclosedBracket(text, start, open) ?? start, path: [], message: `YAML syntax error: ${first}` });
          break;
        }
        problems.push({ offset: start, path: [], message: `YAML syntax error: ${first}` });
        break;
      case 'BLOCK_AS_IMPLICIT_KEY':
      case 'MULTILINE_IMPLICIT_KEY': {
        const rest = text.slice(start, (text.indexOf('\n', start) + 1 || text.length + 1) - 1);
        if (
          error.code === 'BLOCK_AS_IMPLICIT_KEY' &&
          /:(\s|$)/.test(rest) &&
          !errors.some((e) => e.pos[0] === start && e.code === 'MULTILINE_IMPLICIT_KEY')
        ) {
          // One line, `key: a: b`: the value holds ": ", which starts a map where a value is expected.
          problems.push({
            offset: start,
            path: [],
            message: 'YAML syntax error: a value may not contain ": " unless it is quoted, e.g. "a: b"',
          });
          break;
        }
        // Both come from one over-indented line: point at it.
        const last = Math.max(end, ...errors.filter((e) => e.pos[0] === start).map((e) => e.pos[1]));
        const line = lines.linePos(last).line;
        const lineStart = lines.lineStarts[line - 1] ?? start;
        const indent = /^ */.exec(text.slice(lineStart))?.[0].length ?? 0;
        for (const other of errors) if (other.pos[0] === start) seenOrigins.add(other.pos[0]);
        problems.push({
          offset: lineStart + indent,
          path: [],
          message: 'YAML syntax error: bad indentation; keys of the same map must start in the same column',
        });
        break;
      }
      default:
        problems.push({ offset: start, path: [], message: `YAML syntax error: ${first}` });
    }
  }
  return problems;
}

/** The first quote in the text that opens a string and is never closed on its line. */
function unclosedQuote(text: string, before: number): number | undefined {
  let offset = 0;
  for (const line of text.slice(0, before).split('\n')) {
    const content = line.replace(/(^|\s)#.*$/, '');
    for (const quote of ['"', "'"]) {
      const at = content.search(new RegExp(`(^|[\\s:\\[{,-])${quote}`));
      if (at === -1) continue;
      const from = content.indexOf(quote, at);
      const rest = content.slice(from + 1);
      const closed = quote === '"' ? /(^|[^\\])"/.test(rest) : rest.includes("'");
      if (!closed) return offset + from;
    }
    offset += line.length + 1;
  }
  return undefined;
}

/** The nearest `{` or `[` before `before` that has no matching closer. */
function unclosedBracket(text: string, before: number, open: '{' | '['): number | undefined {
  const close = open === '{' ? '}' : ']';
  let depth = 0;
  for (let i = before - 1; i >= 0; i--) {
    const c = text[i];
    if (c === close) depth += 1;
    else if (c === open) {
      if (depth === 0) return i;
      depth -= 1;
    }
  }
  return undefined;
}

/** The path of the map key that starts at `offset`, e.g. `streams.orders.source`. */
function pathOfKeyAt(doc: Document, offset: number): PathSegment[] | undefined {
  const walk = (node: unknown, path: PathSegment[]): PathSegment[] | undefined => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key;
        const name = isScalar(key) ? String(key.value) : String(key);
        if (isScalar(key) && key.range?.[0] === offset) return [...path, name];
        const found = walk(pair.value, [...path, name]);
        if (found) return found;
      }
    } else if (isSeq(node)) {
      for (let i = 0; i < node.items.length; i++) {
        const found = walk(node.items[i], [...path, i]);
        if (found) return found;
      }
    }
    return undefined;
  };
  return walk(doc.contents, []);
}
