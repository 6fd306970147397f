const MASK = '***';
/** Secrets shorter than this are not masked: they would mask ordinary text. */
const MIN_SECRET_LENGTH = 4;
/** Query parameters whose values are masked in any URL that is printed. */
const SECRET_PARAM =
  /([?&](?:access_token|api_key|apikey|key|token|secret|client_secret|password|signature|sig)=)[^&#\s"']*?(?=$|[&#\s"']|:\s)/gi;

/** Masks known secret values in text that is about to be printed or stored. */
export interface Redactor {
  /** Registers a value that must never be printed. */
  add(secret: string): void;
  /** Returns `text` with every registered secret replaced by `***`. */
  redact(text: string): string;
  /** Deep-copies `value`, masking secrets in every string. */
  redactValue<T>(value: T): T;
  /** How many distinct secrets are registered. */
  readonly size: number;
}

/** Creates an empty redactor; the engine shares one per loaded pipeline. */
export function createRedactor(initial: Iterable<string> = []): Redactor {
  const secrets = new Set<string>();
  let pattern: RegExp | undefined;

  const redact = (text: string): string => {
    let out = text.replace(SECRET_PARAM, `$1${MASK}`);
    if (pattern) out = out.replace(pattern, MASK);
    return out;
  };

  const redactValue = <T>(value: T): T => {
    if (typeof value === 'string') return redact(value) as T;
    if (Array.isArray(value)) return value.map(redactValue) as T;
    if (value && typeof value === 'object' && !(value instanceof Date)) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = redactValue(v);
      return out as T;
    }
    return value;
  };

  const redactor: Redactor = {
    add(secret) {
      if (typeof secret !== 'string' || secret.length < MIN_SECRET_LENGTH || secrets.has(secret)) return;
      secrets.add(secret);
      // A secret also leaks through a URL or a form body in its percent-encoded form. Encoded once
      // only: encoding the encoded form again ('%' -> '%25') would never end.
      secrets.add(encodeURIComponent(secret));
      // Longest first, so a secret that contains another is masked whole.
      const alternatives = [...secrets].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      pattern = new RegExp(alternatives.join('|'), 'g');
    },
    redact,
    redactValue,
    get size() {
      return secrets.size;
    },
  };
  for (const s of initial) redactor.add(s);
  return redactor;
}
