/** How one kind of name is listed when a reference to it is unknown. */
export interface NameKind {
  /** Singular noun in the message: `connection`, `stream`, `variable`, `secret`. */
  noun: string;
  /** Label before the list of known names: `defined connections`, `streams`. */
  listLabel: string;
  /** What is said when nothing of this kind exists: `no connections are defined`. */
  none: string;
  /** Advice appended in parentheses, e.g. `add it under secrets:`. */
  hint?: string;
}

export const CONNECTION_NAMES: NameKind = { noun: 'connection', listLabel: 'defined connections', none: 'no connections are defined' };
export const STREAM_NAMES: NameKind = { noun: 'stream', listLabel: 'streams', none: 'no streams are defined' };

/**
 * The one wording of every "unknown name" error in a pipeline file:
 * `unknown connection "nope"; defined connections: api, out` or `...; no connections are defined`.
 */
export function unknownName(kind: NameKind, name: string, known: readonly string[], hint = kind.hint): string {
  const list = known.length ? `${kind.listLabel}: ${known.join(', ')}` : kind.none;
  return `unknown ${kind.noun} "${name}"; ${list}${hint ? ` (${hint})` : ''}`;
}
