import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { compileLogic, createEngine, LOGIC_OPERATIONS, LogicCompileError, PipelineConfigError } from '../src/index.js';
import { TEST_CONNECTORS } from './_memory-connectors.js';

/** json-logic-js, the reference; syncengine registers its custom operations there too. */
const reference = (rule: unknown, data: unknown): unknown => jsonLogic.apply(rule as never, data);
const compiled = (rule: unknown, data: unknown): unknown => compileLogic(rule)(data);

/** What a rule gives, or the fact that it throws (both implementations must agree on that too). */
function outcome(run: () => unknown): { value: unknown } | { throws: true } {
  try {
    return { value: run() };
  } catch {
    return { throws: true };
  }
}

type Case = readonly [rule: unknown, data: unknown, expected: unknown];

/** Checks a custom operation through the compiler and through json-logic-js. */
function expectOperation([rule, data, expected]: Case): void {
  expect(compiled(rule, data)).toEqual(expected);
  expect(reference(rule, data)).toEqual(expected);
}

const v = (path: string) => ({ var: path });

describe('custom operations', () => {
  it.each<Case>([
    [{ number: [v('x')] }, { x: '12.50' }, 12.5],
    [{ number: [v('x')] }, { x: ' 3 ' }, 3],
    [{ number: [v('x')] }, { x: '1,234' }, 1234],
    [{ number: [v('x')] }, { x: '1,234,567.89' }, 1234567.89],
    [{ number: [v('x')] }, { x: -7.25 }, -7.25],
    [{ number: [v('x')] }, { x: null }, null],
    [{ number: [v('x')] }, {}, null],
    [{ number: [v('x')] }, { x: '' }, null],
    [{ number: [v('x')] }, { x: 'abc' }, null],
    [{ number: [v('x')] }, { x: '12,5' }, null],
    [{ number: [v('x')] }, { x: [5] }, null],
    [{ number: [v('x')] }, { x: { n: 1 } }, null],
  ])('number %j with %j gives %j', (...c) => expectOperation(c));

  it.each<Case>([
    [{ integer: [v('x')] }, { x: '12.50' }, 12],
    [{ integer: [v('x')] }, { x: ' 3 ' }, 3],
    [{ integer: [v('x')] }, { x: '1,234' }, 1234],
    [{ integer: [v('x')] }, { x: -3.7 }, -3],
    [{ integer: [v('x')] }, { x: 3.99 }, 3],
    [{ integer: [v('x')] }, { x: null }, null],
    [{ integer: [v('x')] }, { x: 'twelve' }, null],
  ])('integer %j with %j gives %j', (...c) => expectOperation(c));

  it.each<Case>([
    [{ string: [v('x')] }, { x: 12.5 }, '12.5'],
    [{ string: [v('x')] }, { x: true }, 'true'],
    [{ string: [v('x')] }, { x: 'as is' }, 'as is'],
    [{ string: [v('x')] }, { x: { a: 1 } }, '{"a":1}'],
    [{ string: [v('x')] }, { x: [1, 2] }, '[1,2]'],
    [{ string: [v('x')] }, { x: null }, null],
    [{ string: [v('x')] }, {}, null],
  ])('string %j with %j gives %j', (...c) => expectOperation(c));

  it.each<Case>([
    ...['true', 'TRUE', ' yes ', 'Y', 'on', '1', 1, true].map((x): Case => [{ boolean: [v('x')] }, { x }, true]),
    ...['false', 'No', 'n', 'OFF', '0', 0, false].map((x): Case => [{ boolean: [v('x')] }, { x }, false]),
    [{ boolean: [v('x')] }, { x: 'maybe' }, null],
    [{ boolean: [v('x')] }, { x: 2 }, null],
    [{ boolean: [v('x')] }, { x: null }, null],
    [{ boolean: [v('x')] }, {}, null],
  ])('boolean %j with %j gives %j', (...c) => expectOperation(c));

  it.each<Case>([
    // A text without a zone is read in UTC, or in the zone given as the second argument.
    [{ date: [v('x')] }, { x: '2024-05-01 10:00:00' }, '2024-05-01T10:00:00.000Z'],
    [{ date: [v('x'), '-03:00'] }, { x: '2024-05-01 10:00:00' }, '2024-05-01T13:00:00.000Z'],
    [{ date: [v('x'), '+05:30'] }, { x: '2024-05-01T10:00:00' }, '2024-05-01T04:30:00.000Z'],
    [{ date: [v('x'), '-03:00'] }, { x: '2024-05-01' }, '2024-05-01T03:00:00.000Z'],
    [{ date: [v('x')] }, { x: '2024-05-01' }, '2024-05-01T00:00:00.000Z'],
    // A text with its own zone keeps it; the zone argument does not apply.
    [{ date: [v('x'), '-03:00'] }, { x: '2024-05-01T10:00:00Z' }, '2024-05-01T10:00:00.000Z'],
    [{ date: [v('x'), '-03:00'] }, { x: '2024-05-01T10:00:00+02:00' }, '2024-05-01T08:00:00.000Z'],
    [{ date: [v('x')] }, { x: '2024-05-01T10:00:00.123' }, '2024-05-01T10:00:00.123Z'],
    // Epoch milliseconds.
    [{ date: [v('x')] }, { x: 1714557600000 }, '2024-05-01T10:00:00.000Z'],
    [{ date: [v('x')] }, { x: null }, null],
    [{ date: [v('x')] }, { x: '' }, null],
    [{ date: [v('x')] }, { x: 'not a date' }, null],
    [{ date: [v('x'), 'America/Sao_Paulo'] }, { x: '2024-05-01 10:00:00' }, '2024-05-01T13:00:00.000Z'],
  ])('date %j with %j gives %j', (...c) => expectOperation(c));

  it('date of an epoch number out of range gives null, like any other bad input', () => {
    // Regression: this used to throw "RangeError: Invalid time value", rejecting the record.
    expect(outcome(() => compiled({ date: [v('x')] }, { x: 1e20 }))).toEqual({ value: null });
  });

  it('now gives the current time as an ISO 8601 UTC timestamp', () => {
    const before = Date.now();
    const value = compiled({ now: [] }, {});
    const after = Date.now();
    expect(value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const time = Date.parse(value as string);
    expect(time).toBeGreaterThanOrEqual(before);
    expect(time).toBeLessThanOrEqual(after);
    expect(reference({ now: [] }, {})).toMatch(/Z$/);
  });

  it.each<Case>([
    [{ coalesce: [v('a'), v('b'), v('c')] }, { a: null, b: '', c: 'third' }, 'third'],
    [{ coalesce: [v('a'), v('b'), 'fallback'] }, { b: 0 }, 0],
    [{ coalesce: [v('a'), v('b')] }, { a: false, b: 1 }, false],
    [{ coalesce: [v('a'), v('b')] }, {}, null],
    [{ coalesce: [] }, {}, null],
  ])('coalesce %j with %j gives %j', (...c) => expectOperation(c));

  it.each<Case>([
    [{ default: [v('a'), 'n/a'] }, { a: 'set' }, 'set'],
    [{ default: [v('a'), 'n/a'] }, { a: null }, 'n/a'],
    [{ default: [v('a'), 'n/a'] }, { a: '' }, 'n/a'],
    [{ default: [v('a'), 'n/a'] }, {}, 'n/a'],
    [{ default: [v('a'), 'n/a'] }, { a: 0 }, 0],
    [{ default: [v('a'), 'n/a'] }, { a: false }, false],
  ])('default %j with %j gives %j', (...c) => expectOperation(c));

  it.each<Case>([
    [{ lower: [v('s')] }, { s: 'ÁBC Def' }, 'ábc def'],
    [{ lower: [v('s')] }, { s: 12 }, '12'],
    [{ lower: [v('s')] }, { s: null }, null],
    [{ upper: [v('s')] }, { s: 'cia_loc_1' }, 'CIA_LOC_1'],
    [{ upper: [v('s')] }, { s: 'straße' }, 'STRASSE'],
    [{ upper: [v('s')] }, {}, null],
    [{ trim: [v('s')] }, { s: '  a b \n' }, 'a b'],
    [{ trim: [v('s')] }, { s: 5 }, '5'],
    [{ trim: [v('s')] }, { s: null }, null],
  ])('lower/upper/trim %j with %j gives %j', (...c) => expectOperation(c));

  it.each<Case>([
    [{ starts_with: [v('s'), 'CIA_'] }, { s: 'CIA_LOC_12' }, true],
    [{ starts_with: [v('s'), 'CIA_LOC_'] }, { s: 'CIA_12' }, false],
    [{ starts_with: [v('s'), '1'] }, { s: 123 }, true],
    [{ starts_with: [v('s'), 'x'] }, { s: null }, false],
    [{ starts_with: [v('s'), 'x'] }, {}, false],
    [{ ends_with: [v('s'), '.csv'] }, { s: 'export.csv' }, true],
    [{ ends_with: [v('s'), '.csv'] }, { s: 'export.json' }, false],
    [{ ends_with: [v('s'), 'x'] }, { s: null }, false],
  ])('starts_with/ends_with %j with %j gives %j', (...c) => expectOperation(c));

  it.each<Case>([
    [{ contains: [v('s'), 'Atlas'] }, { s: 'Compressor Atlas Copco GA30' }, true],
    [{ contains: [v('s'), 'atlas'] }, { s: 'Compressor Atlas Copco GA30' }, false],
    [{ contains: [v('s'), 'b'] }, { s: ['a', 'b'] }, true],
    [{ contains: [v('s'), '1'] }, { s: [1, 2] }, false],
    [{ contains: [v('s'), 12] }, { s: 'A12' }, true],
    [{ contains: [v('s'), 'x'] }, { s: null }, false],
    [{ contains: [v('s'), 'x'] }, {}, false],
  ])('contains %j with %j gives %j', (...c) => expectOperation(c));

  it.each<Case>([
    [{ concat: [v('a'), '-', v('b')] }, { a: 'SKU', b: 7 }, 'SKU-7'],
    [{ concat: [v('a'), v('b'), v('c')] }, { a: 'x', b: null, c: true }, 'xtrue'],
    [{ concat: [v('a'), v('b')] }, {}, ''],
    [{ concat: [] }, {}, ''],
  ])('concat %j with %j gives %j', (...c) => expectOperation(c));

  it.each<Case>([
    [{ split: [v('s'), ','] }, { s: 'a,b,,c' }, ['a', 'b', '', 'c']],
    [{ split: [v('s')] }, { s: 'a,b' }, ['a', 'b']],
    [{ split: [v('s'), ' '] }, { s: 'a b' }, ['a', 'b']],
    [{ split: [v('s'), '.'] }, { s: 12.5 }, ['12', '5']],
    [{ split: [v('s'), ','] }, { s: null }, []],
    [{ split: [v('s'), ','] }, { s: '' }, ['']],
    [{ join: [v('l'), ' / '] }, { l: ['a', null, 'b'] }, 'a / b'],
    [{ join: [v('l')] }, { l: ['a', 'b'] }, 'a,b'],
    [{ join: [v('l'), '-'] }, { l: [] }, ''],
    [{ join: [v('l'), '-'] }, { l: 'ab' }, null],
    [{ join: [v('l'), '-'] }, { l: null }, null],
  ])('split/join %j with %j gives %j', (...c) => expectOperation(c));

  it.each<Case>([
    [{ replace: [v('s'), '-', '/'] }, { s: 'a-b-c' }, 'a/b/c'],
    [{ replace: [v('s'), '-'] }, { s: 'a-b' }, 'ab'],
    [{ replace: [v('s'), '.', ','] }, { s: 12.5 }, '12,5'],
    [{ replace: [v('s'), 'x', 'y'] }, { s: 'none here' }, 'none here'],
    [{ replace: [v('s'), 'a', 'b'] }, { s: null }, null],
  ])('replace %j with %j gives %j', (...c) => expectOperation(c));

  it.each<Case>([
    // Half away from zero, not half to even and not half up.
    [{ round: [v('x')] }, { x: 2.5 }, 3],
    [{ round: [v('x')] }, { x: -2.5 }, -3],
    [{ round: [v('x')] }, { x: 0.5 }, 1],
    [{ round: [v('x')] }, { x: -1.5 }, -2],
    [{ round: [v('x'), 2] }, { x: '12.345' }, 12.35],
    [{ round: [v('x'), 2] }, { x: 2.675 }, 2.68],
    [{ round: [v('x'), 1] }, { x: 1.45 }, 1.5],
    [{ round: [v('x'), 2] }, { x: '1,234.567' }, 1234.57],
    [{ round: [v('x'), -2] }, { x: 1234.5678 }, 1200],
    [{ round: [v('x')] }, { x: ' 3 ' }, 3],
    [{ round: [v('x')] }, { x: null }, null],
    [{ round: [v('x')] }, { x: 'abc' }, null],
  ])('round %j with %j gives %j', (...c) => expectOperation(c));

  it('round of a small negative number is zero, written as 0', () => {
    // The value is -0 (Math.sign(-0.4) * 0); JSON and text both write it as 0.
    expect(JSON.stringify(compiled({ round: [v('x')] }, { x: -0.4 }))).toBe('0');
    expect(compiled({ concat: [{ round: [v('x')] }] }, { x: -0.4 })).toBe('0');
  });

  it('round of 1.005 to 2 decimals is 1.01 (half away from zero of the written value)', () => {
    // Regression: 1.005 * 100 is 100.49999999999999 in floating point, so multiplying by the factor
    // gave 1.
    expect(compiled({ round: [v('x'), 2] }, { x: '1.005' })).toBe(1.01);
    expect(compiled({ round: [v('x'), 2] }, { x: -1.005 })).toBe(-1.01);
  });

  it('round works on numbers whose text is in exponent form (tiny float leftovers, huge values)', () => {
    // 0.1 + 0.2 - 0.3 is 5.551115123125783e-17: rounding such leftovers must give 0, not NaN.
    expect(compiled({ round: [{ '-': [{ '+': [0.1, 0.2] }, 0.3] }, 2] }, {})).toBe(0);
    expect(compiled({ round: [v('x'), 2] }, { x: 1e-7 })).toBe(0);
    expect(compiled({ round: [v('x'), 2] }, { x: -2.5e-9 })).toBe(0);
    expect(compiled({ round: [v('x')] }, { x: 1e21 })).toBe(1e21);
  });

  it.each<Case>([
    [{ to_json: [v('x')] }, { x: { a: [1, 'b'] } }, '{"a":[1,"b"]}'],
    [{ to_json: [v('x')] }, { x: 'text' }, '"text"'],
    [{ to_json: [v('x')] }, { x: null }, 'null'],
    [{ from_json: [v('x')] }, { x: '{"a":[1,"b"]}' }, { a: [1, 'b'] }],
    [{ from_json: [v('x')] }, { x: '12.5' }, 12.5],
    [{ from_json: [v('x')] }, { x: '{broken' }, null],
    [{ from_json: [v('x')] }, { x: '' }, null],
    [{ from_json: [v('x')] }, { x: null }, null],
    [{ from_json: [v('x')] }, { x: { already: 'parsed' } }, { already: 'parsed' }],
  ])('to_json/from_json %j with %j gives %j', (...c) => expectOperation(c));

  it.each<Case>([
    // Inline tables need two or more keys: an object with one key is a json-logic operation.
    [{ lookup: [{ BR: 'Brazil', AR: 'Argentina' }, v('code')] }, { code: 'BR' }, 'Brazil'],
    [{ lookup: [{ BR: 'Brazil', AR: 'Argentina' }, v('code'), 'Unknown'] }, { code: 'CL' }, 'Unknown'],
    [{ lookup: [{ BR: 'Brazil', AR: 'Argentina' }, v('code')] }, { code: 'CL' }, null],
    [{ lookup: [{ BR: 'Brazil', AR: 'Argentina' }, v('code'), 'Unknown'] }, {}, 'Unknown'],
    [{ lookup: [{ 1: 'one', 2: 'two' }, v('n')] }, { n: 1 }, 'one'],
    [{ lookup: [{ a: 0, b: 1 }, v('k'), 'd'] }, { k: 'a' }, 0],
    [{ lookup: [v('table'), v('k'), 'd'] }, { table: { x: 'from data' }, k: 'x' }, 'from data'],
    [{ lookup: [v('table'), v('k'), 'd'] }, { table: null, k: 'x' }, 'd'],
  ])('lookup %j with %j gives %j', (...c) => expectOperation(c));

  it('lookup of a key the table does not have gives the default, even for names every object inherits', () => {
    // Regression: `constructor` gave Object's constructor function and `__proto__` gave {}.
    const rule = { lookup: [{ BR: 'Brazil', AR: 'Argentina' }, v('code'), 'Unknown'] };
    expect(compiled(rule, { code: 'constructor' })).toBe('Unknown');
    expect(compiled(rule, { code: 'toString' })).toBe('Unknown');
    expect(compiled(rule, { code: '__proto__' })).toBe('Unknown');
  });

  it('every custom operation is known to the loader', () => {
    const custom = [
      'number',
      'integer',
      'string',
      'boolean',
      'date',
      'now',
      'coalesce',
      'default',
      'lower',
      'upper',
      'trim',
      'starts_with',
      'ends_with',
      'contains',
      'concat',
      'split',
      'join',
      'replace',
      'round',
      'to_json',
      'from_json',
      'lookup',
    ];
    expect(LOGIC_OPERATIONS).toEqual(expect.arrayContaining(custom));
  });
});

/** Data the equivalence corpus runs over: typical, empty, oddly typed, and not an object at all. */
const DATA: readonly unknown[] = [
  {
    a: 1,
    b: '2',
    c: null,
    e: '',
    z: 0,
    t: true,
    f: false,
    n: -3.5,
    s: 'hello world',
    total: '12.50',
    arr: [1, 2, 3],
    strs: ['a', 'b'],
    o: { p: { q: 'deep' }, n: 5 },
    items: [
      { qty: 2, price: '3.5' },
      { qty: 0, price: 10 },
    ],
    code: 'CIA_LOC_7',
  },
  { a: '1', b: 2, c: 0, e: 'x', n: '7', s: 'CIA_12', total: 0, arr: [], strs: [], o: { p: null }, items: [], code: 'CIA_12' },
  { a: [1], b: null, s: '', n: null, total: '1,234', arr: 'not a list', o: 'text', items: null, code: null },
  {},
  null,
  42,
];

/** Standard json-logic rules: the compiler must give what json-logic-js gives, for every data object. */
const STANDARD_RULES: readonly unknown[] = [
  // var: dotted paths, defaults, the whole data, computed paths, array indexes
  { var: 'a' },
  { var: ['a'] },
  { var: 'o.p.q' },
  { var: ['o.p.q', 'fallback'] },
  { var: ['missing.deep.path', 42] },
  { var: ['o.n', { var: 'a' }] },
  { var: 'arr.1' },
  { var: 'items.0.price' },
  { var: 's.length' },
  { var: '' },
  { var: [] },
  { var: [{ cat: ['o', '.', 'n'] }] },
  { var: 1 },
  // missing, missing_some
  { missing: ['a', 'b', 'nope'] },
  { missing: ['e', 'z', 'c', 'f'] },
  { missing: 'o.p.q' },
  { missing: { merge: ['a', ['o.p.q', 'zz']] } },
  { missing: [] },
  { missing_some: [1, ['a', 'nope', 'b']] },
  { missing_some: [2, ['a', 'nope', 'zz']] },
  { missing_some: [0, ['nope']] },
  // if / ?: chains
  { if: [{ var: 't' }, 'yes', 'no'] },
  { if: [{ '<': [{ var: 'n' }, 0] }, 'negative', { '==': [{ var: 'n' }, 0] }, 'zero', 'positive'] },
  { if: [false, 1] },
  { if: [] },
  { if: [{ var: 'arr' }, 'non-empty list', 'empty list or none'] },
  { if: ['0', 'text zero is truthy', 'falsy'] },
  { '?:': [{ var: 'a' }, 'has a', 'no a'] },
  // and / or return values, not booleans
  { and: [{ var: 'a' }, { var: 'b' }] },
  { and: [{ var: 't' }, { var: 'z' }, 'never reached'] },
  { and: [] },
  { or: [{ var: 'c' }, { var: 'e' }, { var: 's' }] },
  { or: [false, 0, ''] },
  { or: [{ var: 'nope' }, { var: 'arr' }, 'last'] },
  // equality: loose and strict
  { '==': [{ var: 'a' }, '1'] },
  { '==': [null, { var: 'c' }] },
  { '==': [0, false] },
  { '==': [{ var: 'arr' }, ''] },
  { '!=': [{ var: 'b' }, 2] },
  { '===': [{ var: 'a' }, 1] },
  { '!==': [{ var: 'a' }, '1'] },
  { '!==': [{ var: 'nope' }, null] },
  // comparisons, including the 3-argument between forms
  { '>': [{ var: 'total' }, 10] },
  { '>=': [{ var: 'n' }, -3.5] },
  { '<': [{ var: 'b' }, '10'] },
  { '<': [{ var: 'c' }, 1] },
  { '<': [1, { var: 'n' }, 10] },
  { '<=': [1, { var: 'a' }, 1] },
  { '<=': [0, { var: 'o.n' }, 5] },
  // negation
  { '!': [{ var: 'arr' }] },
  { '!': { var: 'e' } },
  { '!!': [{ var: 'arr' }] },
  { '!!': ['0'] },
  { '!!': [[]] },
  // arithmetic, with numeric text
  { '+': [{ var: 'a' }, { var: 'b' }] },
  { '+': ['3', 4, '0.5'] },
  { '+': { var: 'total' } },
  { '+': [] },
  { '-': [{ var: 'b' }, 1] },
  { '-': { var: 'n' } },
  { '-': ['5', '2'] },
  { '*': [{ var: 'a' }, '2.5'] },
  { '*': ['3'] },
  { '/': [{ var: 'b' }, 4] },
  { '%': [{ var: 'b' }, 2] },
  { '%': [7, 3] },
  { min: [3, { var: 'a' }, -1] },
  { max: [{ var: 'n' }, '4'] },
  { max: [] },
  // text
  { cat: ['Hi ', { var: 's' }, null, 1] },
  { cat: { var: 'o.p.q' } },
  { cat: [] },
  { substr: [{ var: 's' }, 6] },
  { substr: [{ var: 's' }, -5] },
  { substr: [{ var: 's' }, 1, 3] },
  { substr: [{ var: 's' }, 0, -6] },
  { in: ['world', { var: 's' }] },
  { in: [{ var: 'a' }, { var: 'arr' }] },
  { in: ['x', { var: 'c' }] },
  { in: ['b', ['a', 'b']] },
  // lists
  { merge: [{ var: 'arr' }, [4, [5]], 6] },
  { merge: [] },
  { map: [{ var: 'arr' }, { '*': [{ var: '' }, 2] }] },
  { map: [{ var: 'items' }, { var: 'qty' }] },
  { map: [{ var: 'o' }, 1] },
  { filter: [{ var: 'arr' }, { '>': [{ var: '' }, 1] }] },
  { filter: [{ var: 'items' }, { var: 'qty' }] },
  { reduce: [{ var: 'items' }, { '+': [{ var: 'accumulator' }, { '*': [{ var: 'current.qty' }, { var: 'current.price' }] }] }, 0] },
  { reduce: [{ var: 'arr' }, { '+': [{ var: 'accumulator' }, { var: 'current' }] }] },
  { reduce: [{ var: 'nope' }, 1, 'initial'] },
  { all: [{ var: 'arr' }, { '>': [{ var: '' }, 0] }] },
  { all: [[], true] },
  { none: [{ var: 'items' }, { '==': [{ var: 'qty' }, 0] }] },
  { none: [{ var: 'nope' }, true] },
  { some: [{ var: 'strs' }, { '==': [{ var: '' }, 'b'] }] },
  { some: [{ var: 'nope' }, true] },
  // literals
  [{ var: 'a' }, 1, 'x'],
  { a: 1, b: 2 },
  'plain text',
  null,
  // nested rules
  {
    if: [
      { and: [{ some: [{ var: 'items' }, { '>': [{ var: 'qty' }, 0] }] }, { '!': { missing: ['s'] } }] },
      { cat: [{ substr: [{ var: 's' }, 0, 3] }, '-', { '+': [{ var: 'a' }, 1] }] },
      'skip',
    ],
  },
  { map: [{ filter: [{ var: 'items' }, { '>': [{ var: 'qty' }, 0] }] }, { cat: [{ var: 'qty' }, 'x', { var: 'price' }] }] },
  { '==': [{ reduce: [{ var: 'arr' }, { max: [{ var: 'accumulator' }, { var: 'current' }] }, 0] }, 3] },
];

/** Custom operations, also registered in json-logic-js: the compiler must agree with it on these too. */
const CUSTOM_RULES: readonly unknown[] = [
  { number: { var: 'total' } },
  { integer: [{ var: 'n' }] },
  { round: [{ '*': [{ number: [{ var: 'total' }] }, 1.1] }, 2] },
  { string: [{ var: 'o' }] },
  { boolean: [{ var: 'e' }] },
  { date: [{ var: 's' }, '-03:00'] },
  { coalesce: [{ var: 'c' }, { var: 'e' }, { var: 'a' }, 'none'] },
  { default: [{ var: 'code' }, 'NO-CODE'] },
  { lower: { var: 's' } },
  { upper: [{ var: 'code' }] },
  { trim: [{ cat: ['  ', { var: 's' }, '  '] }] },
  { starts_with: [{ var: 'code' }, 'CIA_LOC_'] },
  { ends_with: [{ var: 's' }, 'world'] },
  { contains: [{ var: 'strs' }, 'b'] },
  { concat: [{ var: 'a' }, '/', { var: 'b' }, { var: 'c' }] },
  { split: [{ var: 's' }, ' '] },
  { join: [{ var: 'arr' }, '|'] },
  { replace: [{ var: 's' }, 'o', '0'] },
  { to_json: [{ var: 'items' }] },
  { from_json: [{ to_json: [{ var: 'o' }] }] },
  { lookup: [{ CIA_12: 'service', CIA_LOC_7: 'rental' }, { var: 'code' }, 'product'] },
  { if: [{ starts_with: [{ var: 'code' }, 'CIA_LOC_'] }, 'rental', { starts_with: [{ var: 'code' }, 'CIA_'] }, 'service', 'product'] },
  { map: [{ var: 'items' }, { round: [{ number: { var: 'price' } }, 0] }] },
];

describe('the compiler gives what json-logic-js gives', () => {
  it('the corpus is big enough to mean something', () => {
    expect(STANDARD_RULES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(STANDARD_RULES.map((rule) => [JSON.stringify(rule), rule] as const))('%s', (_, rule) => {
    for (const data of DATA) {
      expect(
        outcome(() => compiled(rule, data)),
        `data ${JSON.stringify(data)}`,
      ).toEqual(outcome(() => reference(rule, data)));
    }
  });

  it.each(CUSTOM_RULES.map((rule) => [JSON.stringify(rule), rule] as const))('custom: %s', (_, rule) => {
    for (const data of DATA) {
      expect(
        outcome(() => compiled(rule, data)),
        `data ${JSON.stringify(data)}`,
      ).toEqual(outcome(() => reference(rule, data)));
    }
  });

  it('a compiled rule is reusable: the same closure gives the same answers over many records', () => {
    const rule = { if: [{ '>': [{ var: 'qty' }, 10] }, 'bulk', { '>': [{ var: 'qty' }, 0] }, 'some', 'none'] };
    const fn = compileLogic(rule);
    const records = Array.from({ length: 30 }, (_, i) => ({ qty: i - 5 }));
    expect(records.map(fn)).toEqual(records.map((r) => reference(rule, r)));
  });

  it('missing with a list of keys and further keys checks what json-logic-js checks', () => {
    // json-logic-js reads only the list when the first argument is one (["a", "b"] here).
    // Regression: the compiler also checked "c".
    const rule = { missing: [['a', 'b'], 'c'] };
    expect(compiled(rule, {})).toEqual(reference(rule, {}));
    expect(reference(rule, {})).toEqual(['a', 'b']);
  });
});

describe('unknown operations', () => {
  const known = LOGIC_OPERATIONS.join(', ');

  it('compileLogic throws a LogicCompileError naming the operation and the known ones', () => {
    let error: unknown;
    try {
      compileLogic({ explode: [] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LogicCompileError);
    expect((error as Error).name).toBe('LogicCompileError');
    expect((error as Error).message).toBe(`unknown operation "explode"; known operations: ${known}`);
  });

  it('names where a nested unknown operation is', () => {
    expect(() => compileLogic({ and: [true, { if: [{ explode: [1] }, 1, 2] }] })).toThrow(
      `unknown operation "explode" (inside and[1].if[0]); known operations: ${known}`,
    );
    expect(() => compileLogic({ map: [{ var: 'lines' }, { cat: ['x', { sku_of: { var: '' } }] }] })).toThrow(
      'unknown operation "sku_of" (inside map[1].cat[1]);',
    );
    expect(() => compileLogic([1, { nope: [] }])).toThrow('unknown operation "nope" (inside [1]);');
  });

  it('reads an object with exactly one key as an operation, so a one-entry inline table is an unknown operation', () => {
    expect(() => compileLogic({ lookup: [{ BR: 'Brazil' }, { var: 'code' }] })).toThrow('unknown operation "BR" (inside lookup[0]);');
    expect(compiled({ lookup: [{ BR: 'Brazil', AR: 'Argentina' }, { var: 'code' }] }, { code: 'BR' })).toBe('Brazil');
  });

  it('is found when the rule is compiled, before any data is seen', () => {
    expect(() => compileLogic({ if: [false, { explode: [] }, 'never'] })).toThrow(LogicCompileError);
  });

  it("lists the standard operations and the custom ones, without json-logic-js's log", () => {
    expect(LOGIC_OPERATIONS).toEqual(
      expect.arrayContaining([
        'var',
        'missing',
        'missing_some',
        'if',
        '?:',
        'and',
        'or',
        '==',
        '===',
        '!=',
        '!==',
        '<',
        '<=',
        '>',
        '>=',
        '!',
        '!!',
        '+',
        '-',
        '*',
        '/',
        '%',
        'min',
        'max',
        'cat',
        'substr',
        'in',
        'merge',
        'map',
        'filter',
        'reduce',
        'all',
        'none',
        'some',
      ]),
    );
    expect(LOGIC_OPERATIONS).not.toContain('log');
    expect(() => compileLogic({ log: 'x' })).toThrow('unknown operation "log"');
  });

  it('an operation named like a built-in property of every object is unknown too', () => {
    // json-logic-js says "Unrecognized operation toString". Regression: the compiler called
    // Object.prototype.toString instead, and the rule gave "[object Undefined]".
    expect(() => reference({ toString: [] }, {})).toThrow('Unrecognized operation toString');
    expect(() => compileLogic({ toString: [] })).toThrow(LogicCompileError);
    expect(() => compileLogic({ constructor: [1] })).toThrow('unknown operation "constructor"');
  });

  describe('through the loader', () => {
    const engine = createEngine({ connectors: TEST_CONNECTORS });
    const pipeline = (transforms: string) => `version: 1
connections:
  src: { type: memory, dataset: d }
  out: { type: memory_sink, name: out }
streams:
  x:
    source: { connection: src }
    transforms:
${transforms}
    sink: { connection: out }
`;
    const problems = async (yaml: string): Promise<PipelineConfigError> => {
      try {
        await engine.parse(yaml, { file: 'pipelines/orders.yaml', baseDir: '/tmp' }, { env: {} });
      } catch (error) {
        if (error instanceof PipelineConfigError) return error;
        throw error;
      }
      throw new Error('the pipeline validated');
    };

    it('a filter with an unknown operation fails validation at its file:line:column', async () => {
      const error = await problems(pipeline('      - filter: {explode: []}'));
      expect(
        error.message.startsWith(
          'pipelines/orders.yaml:9:17 streams.x.transforms[0].filter: unknown operation "explode"; known operations: !, !!, !=, !==, %, *, +, -, /, <, <=, ==, ===, >, >=, ?:, all, and,',
        ),
      ).toBe(true);
      expect(error.message).toBe(
        `pipelines/orders.yaml:9:17 streams.x.transforms[0].filter: unknown operation "explode"; known operations: ${known}`,
      );
      expect(error.issues).toEqual([
        {
          file: 'pipelines/orders.yaml',
          line: 9,
          column: 17,
          path: 'streams.x.transforms[0].filter',
          message: `unknown operation "explode"; known operations: ${known}`,
        },
      ]);
    });

    it('reports every rule with an unknown operation: map and set expressions, classify conditions, join fields', async () => {
      const error = await problems(
        pipeline(`      - map:
          id: id
          total: { expr: { "*": [{ var: qty }, { price_of: [{ var: sku }] }] } }
      - set:
          flag: { expr: { yes: [] } }
      - classify:
          rules:
            - when: { starts_with: [{ var: code }, "CIA_"] }
              set: { kind: service }
            - when: { startswith: [{ var: code }, "X"] }
              set: { kind: x }
      - join:
          from: { source: { connection: src, dataset: other } }
          on: { left: id, right: id }
          fields:
            name: { expr: { capitalize: [{ var: name }] } }`),
      );
      expect(error.issues.map((i) => `${i.line}:${i.column} ${i.path}: ${i.message.split(';')[0]}`)).toEqual([
        '11:26 streams.x.transforms[0].map.total.expr: unknown operation "price_of" (inside *[1])',
        '13:25 streams.x.transforms[1].set.flag.expr: unknown operation "yes"',
        '18:21 streams.x.transforms[2].classify.rules[1].when: unknown operation "startswith"',
        '24:27 streams.x.transforms[3].join.fields.name.expr: unknown operation "capitalize"',
      ]);
    });
  });
});

describe('truthiness', () => {
  it('follows json-logic: an empty list is false, the text "0" is true', () => {
    const truthy = (value: unknown) => compiled({ '!!': [{ var: 'v' }] }, { v: value });
    expect([0, '', null, false, []].map(truthy)).toEqual([false, false, false, false, false]);
    expect(['0', 'false', [0], {}, -1, ' '].map(truthy)).toEqual([true, true, true, true, true, true]);
    expect(truthy(undefined)).toBe(false);
  });
});

describe('date in an IANA time zone', () => {
  it('reads a zone-less time in the zone, daylight saving time included', () => {
    expect(compileLogic({ date: ['2024-05-01 10:00:00', 'America/Sao_Paulo'] })({})).toBe('2024-05-01T13:00:00.000Z');
    expect(compileLogic({ date: ['2024-07-01T10:00:00', 'Europe/Berlin'] })({})).toBe('2024-07-01T08:00:00.000Z');
    expect(compileLogic({ date: ['2024-01-15T10:00:00.250', 'Europe/Berlin'] })({})).toBe('2024-01-15T09:00:00.250Z');
    expect(compileLogic({ date: ['2024-01-15T10:00:00Z', 'Europe/Berlin'] })({})).toBe('2024-01-15T10:00:00.000Z');
    expect(compileLogic({ date: ['2024-01-15T10:00:00', 'Nowhere/Zone'] })({})).toBeNull();
  });
});
