/**
 * A minimal OData `$filter` / `$orderby` reader for the Ploomes fake. Supports comparisons
 * (`eq ne gt ge lt le`), `in (...)`, `and`, `or`, `not`, parentheses, `contains`/`startswith`/`endswith`,
 * navigation paths (`Group/Name`), and number, string, boolean, null and datetime literals.
 * Anything else is an {@link ODataError}, answered with 400 like a real OData service.
 */

/** A query option the fake cannot read; the message follows ASP.NET OData's wording where known. */
export class ODataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ODataError';
  }
}

/** The type of a property, as the evaluator needs it. */
export type ODataType = 'number' | 'string' | 'boolean' | 'datetime';

/** What the filter needs to know about the entity type. */
export interface ODataSchema {
  /** The type of a property path (`Id`, `Group/Name`), or undefined when there is none. */
  typeOf(path: string): ODataType | undefined;
  /** The value of a property path on a record. */
  valueOf(record: unknown, path: string): unknown;
  /** Milliseconds since epoch of a zone-less datetime (account-local time). */
  localEpoch(text: string): number;
  /** Entity type name for error messages, e.g. `Ploomes.Api.Product`. */
  typeName: string;
}

type Literal =
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'null' }
  | { kind: 'datetime'; text: string };
type Token = { t: 'punct'; v: '(' | ')' | ',' } | { t: 'word'; v: string } | { t: 'lit'; v: Literal };

const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:\d{2})?/;
const NUMBER = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?[mMdDfFlL]?/;
const WORD = /^[A-Za-z_][A-Za-z0-9_]*(?:\/[A-Za-z_][A-Za-z0-9_]*)*/;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let rest = text;
  while (rest.length > 0) {
    const space = /^\s+/.exec(rest);
    if (space) {
      rest = rest.slice(space[0].length);
      continue;
    }
    const c = rest[0];
    if (c === '(' || c === ')' || c === ',') {
      tokens.push({ t: 'punct', v: c });
      rest = rest.slice(1);
      continue;
    }
    if (c === "'") {
      let i = 1;
      let value = '';
      for (;;) {
        if (i >= rest.length) throw new ODataError(`There is an unterminated string literal in '${text}'.`);
        if (rest[i] === "'") {
          if (rest[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          break;
        }
        value += rest[i];
        i += 1;
      }
      tokens.push({ t: 'lit', v: { kind: 'string', value } });
      rest = rest.slice(i + 1);
      continue;
    }
    const dt = DATETIME.exec(rest);
    if (dt) {
      tokens.push({ t: 'lit', v: { kind: 'datetime', text: dt[0] } });
      rest = rest.slice(dt[0].length);
      continue;
    }
    const num = NUMBER.exec(rest);
    if (num) {
      tokens.push({ t: 'lit', v: { kind: 'number', value: Number.parseFloat(num[0]) } });
      rest = rest.slice(num[0].length);
      continue;
    }
    const word = WORD.exec(rest);
    if (word) {
      const w = word[0];
      if (w === 'true' || w === 'false') tokens.push({ t: 'lit', v: { kind: 'boolean', value: w === 'true' } });
      else if (w === 'null') tokens.push({ t: 'lit', v: { kind: 'null' } });
      else tokens.push({ t: 'word', v: w });
      rest = rest.slice(w.length);
      continue;
    }
    throw new ODataError(`Syntax error at position ${text.length - rest.length} in '${text}'.`);
  }
  return tokens;
}

/** A compiled `$filter`. */
export type ODataPredicate = (record: unknown) => boolean;

const COMPARISONS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const FUNCTIONS = new Set(['contains', 'startswith', 'endswith']);

/** Compiles a `$filter` expression against a schema; throws {@link ODataError} when it cannot. */
export function compileODataFilter(text: string, schema: ODataSchema): ODataPredicate {
  const tokens = tokenize(text);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const isWord = (v: string): boolean => {
    const tok = peek();
    return tok?.t === 'word' && tok.v === v;
  };
  const expectPunct = (v: '(' | ')' | ','): void => {
    const tok = peek();
    if (tok?.t !== 'punct' || tok.v !== v) throw new ODataError(`')' or ',' expected at position ${pos} in '${text}'.`);
    pos += 1;
  };
  const literal = (): Literal => {
    const tok = peek();
    if (tok?.t !== 'lit') throw new ODataError(`Expression expected at position ${pos} in '${text}'.`);
    pos += 1;
    return tok.v;
  };
  const property = (): { path: string; type: ODataType } => {
    const tok = peek();
    if (tok?.t !== 'word') throw new ODataError(`Expression expected at position ${pos} in '${text}'.`);
    pos += 1;
    const type = schema.typeOf(tok.v);
    if (!type) throw new ODataError(`Could not find a property named '${tok.v}' on type '${schema.typeName}'.`);
    return { path: tok.v, type };
  };

  const compare = (type: ODataType, path: string, op: string, lit: Literal): ODataPredicate => {
    if (lit.kind === 'null') {
      if (op !== 'eq' && op !== 'ne') throw new ODataError(`The operator '${op}' cannot be used with null.`);
      return (r) => (schema.valueOf(r, path) == null) === (op === 'eq');
    }
    if (lit.kind !== type) {
      const edm = (k: string): string =>
        ({ number: 'Edm.Int64', string: 'Edm.String', boolean: 'Edm.Boolean', datetime: 'Edm.DateTimeOffset' })[k] ?? k;
      throw new ODataError(
        `A binary operator with incompatible types was detected. Found operand types '${edm(type)}' and '${edm(lit.kind)}' for operator kind '${op}'.`,
      );
    }
    const right: number | string | boolean =
      lit.kind === 'datetime' ? (/(Z|[+-]\d{2}:\d{2})$/.test(lit.text) ? Date.parse(lit.text) : schema.localEpoch(lit.text)) : lit.value;
    return (r) => {
      const raw = schema.valueOf(r, path);
      if (raw == null) return op === 'ne';
      const left = type === 'datetime' ? schema.localEpoch(String(raw)) : (raw as number | string | boolean);
      switch (op) {
        case 'eq':
          return left === right;
        case 'ne':
          return left !== right;
        case 'gt':
          return left > right;
        case 'ge':
          return left >= right;
        case 'lt':
          return left < right;
        default:
          return left <= right;
      }
    };
  };

  const primary = (): ODataPredicate => {
    const tok = peek();
    if (tok?.t === 'punct' && tok.v === '(') {
      pos += 1;
      const inner = or();
      expectPunct(')');
      return inner;
    }
    if (tok?.t === 'word' && FUNCTIONS.has(tok.v.toLowerCase())) {
      const fn = tok.v.toLowerCase();
      pos += 1;
      expectPunct('(');
      const { path, type } = property();
      if (type !== 'string')
        throw new ODataError(`No function signature for the function with name '${fn}' matches the specified arguments.`);
      expectPunct(',');
      const lit = literal();
      if (lit.kind !== 'string')
        throw new ODataError(`No function signature for the function with name '${fn}' matches the specified arguments.`);
      expectPunct(')');
      const needle = lit.value;
      return (r) => {
        const value = schema.valueOf(r, path);
        if (typeof value !== 'string') return false;
        return fn === 'contains' ? value.includes(needle) : fn === 'startswith' ? value.startsWith(needle) : value.endsWith(needle);
      };
    }
    if (tok?.t === 'word' && /\/(any|all)$/.test(tok.v))
      throw new ODataError(`Lambda expressions (${tok.v}) are not supported by this fake.`);
    const { path, type } = property();
    const opTok = peek();
    if (opTok?.t !== 'word') throw new ODataError(`Syntax error: operator expected after '${path}' in '${text}'.`);
    pos += 1;
    if (opTok.v === 'in') {
      expectPunct('(');
      const tests: ODataPredicate[] = [compare(type, path, 'eq', literal())];
      while (peek()?.t === 'punct' && (peek() as { v: string }).v === ',') {
        pos += 1;
        tests.push(compare(type, path, 'eq', literal()));
      }
      expectPunct(')');
      return (r) => tests.some((t) => t(r));
    }
    if (!COMPARISONS.has(opTok.v)) throw new ODataError(`Syntax error: unknown operator '${opTok.v}' in '${text}'.`);
    return compare(type, path, opTok.v, literal());
  };

  const not = (): ODataPredicate => {
    if (isWord('not')) {
      pos += 1;
      const inner = not();
      return (r) => !inner(r);
    }
    return primary();
  };
  const and = (): ODataPredicate => {
    let left = not();
    while (isWord('and')) {
      pos += 1;
      const l = left;
      const right = not();
      left = (r) => l(r) && right(r);
    }
    return left;
  };
  function or(): ODataPredicate {
    let left = and();
    while (isWord('or')) {
      pos += 1;
      const l = left;
      const right = and();
      left = (r) => l(r) || right(r);
    }
    return left;
  }

  const predicate = or();
  if (pos !== tokens.length) throw new ODataError(`Syntax error at position ${pos} in '${text}'.`);
  return predicate;
}

/** Compiles `$orderby` (`Id`, `LastUpdateDate desc, Id`) into a comparator. */
export function compileODataOrderBy(text: string, schema: ODataSchema): (a: unknown, b: unknown) => number {
  const keys = text.split(',').map((part) => {
    const [path = '', direction = 'asc', ...extra] = part.trim().split(/\s+/);
    if (extra.length > 0 || (direction !== 'asc' && direction !== 'desc')) throw new ODataError(`Syntax error in $orderby '${text}'.`);
    const type = schema.typeOf(path);
    if (!type) throw new ODataError(`Could not find a property named '${path}' on type '${schema.typeName}'.`);
    return { path, type, sign: direction === 'desc' ? -1 : 1 };
  });
  return (a, b) => {
    for (const { path, type, sign } of keys) {
      const va = schema.valueOf(a, path);
      const vb = schema.valueOf(b, path);
      if (va == null && vb == null) continue;
      if (va == null) return -sign;
      if (vb == null) return sign;
      const x = type === 'datetime' ? schema.localEpoch(String(va)) : (va as number | string);
      const y = type === 'datetime' ? schema.localEpoch(String(vb)) : (vb as number | string);
      if (x < y) return -sign;
      if (x > y) return sign;
    }
    return 0;
  };
}
