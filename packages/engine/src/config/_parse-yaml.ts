import type { Document, LineCounter } from 'yaml';
import { Composer, isAlias, isCollection, isMap, isPair, isScalar, isSeq, Parser, YAMLParseError } from './_yaml.js';
import type { YamlProblem } from './_yaml-errors.js';
import type { PathSegment } from './_yaml-positions.js';

/** How deeply maps and lists may nest in a pipeline file. */
export const MAX_YAML_DEPTH = 64;
/** How many values aliases may add to a document when expanded. */
export const MAX_ALIAS_EXPANSION = 100_000;

/** The document, or only problems when it was too deep to build safely. */
export type ParsedYaml = { doc: Document; problems: YamlProblem[] } | { doc: undefined; problems: YamlProblem[] };

/**
 * Parses YAML with the options of a pipeline file, first checking its nesting depth on the
 * concrete syntax tree (so no recursion ever sees a deeper document), then its keys (unique in
 * each map) and aliases:
 * each names an anchor defined before it, none contains itself, and together they stay
 * under `MAX_ALIAS_EXPANSION` values.
 */
export function parseYaml(text: string, lineCounter: LineCounter): ParsedYaml {
  const tokens = [...new Parser(lineCounter.addNewLine).parse(text)];
  const deep = tooDeepAt(tokens);
  if (deep !== undefined) {
    return {
      doc: undefined,
      problems: [
        {
          offset: deep,
          path: [],
          message: `YAML nesting is deeper than ${MAX_YAML_DEPTH} levels of maps and lists; a pipeline file needs far fewer (is a bracket never closed?)`,
        },
      ],
    };
  }
  // The library's `uniqueKeys` compares each key with every earlier one (quadratic in a map's size):
  // duplicate keys are found below with a set per map instead.
  const composer = new Composer({ prettyErrors: false, uniqueKeys: false, strict: true });
  let doc: Document | undefined;
  for (const next of composer.compose(tokens, true, text.length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(
        new YAMLParseError(
          next.range.slice(0, 2) as [number, number],
          'MULTIPLE_DOCS',
          'a pipeline file holds one YAML document; remove the second "---"',
        ),
      );
      break;
    }
  }
  return { doc: doc!, problems: checkAliases(doc!) };
}

type Token = ReturnType<Parser['parse']> extends Generator<infer T> ? T : never;

/** Offset of the first map or list nested deeper than `MAX_YAML_DEPTH`, walking without recursion. */
function tooDeepAt(tokens: Token[]): number | undefined {
  let first: number | undefined;
  const stack: [unknown, number][] = tokens.map((t) => [t, 0]);
  while (stack.length) {
    const [token, depth] = stack.pop()!;
    if (!token || typeof token !== 'object') continue;
    const t = token as { type?: string; offset?: number; value?: unknown; key?: unknown; items?: { key?: unknown; value?: unknown }[] };
    let inner = depth;
    if (t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection') {
      inner = depth + 1;
      if (inner > MAX_YAML_DEPTH) {
        if (first === undefined || t.offset! < first) first = t.offset;
        continue;
      }
    }
    if (t.items) for (const item of t.items) stack.push([item.key, inner], [item.value, inner]);
    if (t.value && typeof t.value === 'object') stack.push([t.value, inner]);
  }
  return first;
}

/** Duplicate keys, undefined aliases, aliases inside their own anchor, and alias expansion past the limit. */
function checkAliases(doc: Document): YamlProblem[] {
  const problems: YamlProblem[] = [];
  const anchors = new Map<string, unknown>();
  const sizes = new Map<unknown, number>();
  const open = new Set<unknown>();
  let expanded = 0;
  let exhausted = false;

  const walk = (node: unknown, path: PathSegment[]): number => {
    if (exhausted) return 0;
    if (isAlias(node)) {
      const offset = node.range?.[0] ?? 0;
      const target = anchors.get(node.source);
      if (target === undefined) {
        problems.push({ offset, path, message: `undefined alias "*${node.source}": no anchor "&${node.source}" is set before it` });
        return 1;
      }
      if (open.has(target)) {
        problems.push({ offset, path, message: `alias "*${node.source}" is inside the map or list its anchor names, so it never ends` });
        return 1;
      }
      const size = sizes.get(target) ?? 1;
      expanded += size;
      if (expanded > MAX_ALIAS_EXPANSION) {
        exhausted = true;
        problems.push({
          offset,
          path,
          message: `aliases expand the file to more than ${MAX_ALIAS_EXPANSION} values (an alias bomb?); use fewer or smaller aliases`,
        });
      }
      return size;
    }
    const anchor = (node as { anchor?: string } | null)?.anchor;
    if (anchor) anchors.set(anchor, node);
    let size = 1;
    if (isCollection(node)) {
      open.add(node);
      if (isMap(node)) {
        const seen = new Set<string>();
        for (const pair of node.items) {
          if (!isPair(pair)) continue;
          const name = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
          if (seen.has(name)) {
            const offset = (pair.key as { range?: [number] } | null)?.range?.[0] ?? node.range?.[0] ?? 0;
            problems.push({ offset, path: [...path, name], message: `duplicate key "${name}": a key may appear only once in a map` });
          }
          seen.add(name);
          size += walk(pair.key, path) + walk(pair.value, [...path, name]);
        }
      } else if (isSeq(node)) {
        node.items.forEach((item, i) => (size += walk(item, [...path, i])));
      }
      open.delete(node);
    }
    sizes.set(node, size);
    return size;
  };
  walk(doc.contents, []);
  return problems;
}
