/** At most this many changed lines are printed per stream. */
const SHOWN = 20;

/** Groups JSON lines `{"stream": ..., "record": ...}` by stream, keeping each stream's order. */
export function linesByStream(lines: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of lines) {
    const stream = String((JSON.parse(line) as { stream?: unknown }).stream ?? '');
    out.set(stream, [...(out.get(stream) ?? []), line]);
  }
  return out;
}

/** The lines of `expected` and `actual` as a unified list of `  `, `- ` and `+ ` lines (longest common subsequence). */
function diffLines(expected: readonly string[], actual: readonly string[]): string[] {
  const n = expected.length;
  const m = actual.length;
  if (n * m > 4_000_000) return [...expected.map((l) => `- ${l}`), ...actual.map((l) => `+ ${l}`)];
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i]![j] = expected[i] === actual[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && expected[i] === actual[j]) {
      out.push(`  ${expected[i++]}`);
      j++;
    } else if (j < m && (i === n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) out.push(`+ ${actual[j++]}`);
    else out.push(`- ${expected[i++]}`);
  }
  return out;
}

/**
 * Compares the records each stream produced with the expected ones and describes every
 * difference per stream (`- expected`, `+ actual`); empty when they are the same.
 */
export function diffRecords(expected: readonly string[], actual: readonly string[]): string {
  const want = linesByStream(expected);
  const got = linesByStream(actual);
  const parts: string[] = [];
  for (const stream of [...new Set([...want.keys(), ...got.keys()])].sort()) {
    const a = want.get(stream) ?? [];
    const b = got.get(stream) ?? [];
    if (a.length === b.length && a.every((line, i) => line === b[i])) continue;
    const changed = diffLines(a, b).filter((l) => !l.startsWith('  '));
    const removed = changed.filter((l) => l.startsWith('-')).length;
    parts.push(
      `stream ${stream}: expected ${a.length} records, got ${b.length} (${removed} expected not produced, ${changed.length - removed} produced not expected)`,
      ...changed.slice(0, SHOWN).map((l) => `  ${l}`),
      ...(changed.length > SHOWN ? [`  ... and ${changed.length - SHOWN} more changed lines`] : []),
    );
  }
  return parts.join('\n');
}
