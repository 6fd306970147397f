const MAX = 200;

/**
 * The error message in an error response body, for error texts: the usual fields of JSON
 * error bodies (`message`, OAuth2 `error`/`error_description`, RFC 7807 `detail`/`title`,
 * `errors[0].message`, ASP.NET `errors`), else the start of the text. Empty for an empty body.
 */
export function errorDetail(body: string): string {
  const text = body.trim();
  if (!text) return '';
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return clip(text.replace(/<[^>]*>/g, ' '));
  }
  return clip(fromJson(data) ?? JSON.stringify(data));
}

function fromJson(data: unknown): string | undefined {
  if (typeof data === 'string') return data;
  if (Array.isArray(data)) return data.length ? fromJson(data[0]) : undefined;
  if (!data || typeof data !== 'object') return undefined;
  const o = data as Record<string, unknown>;
  // OAuth2 token errors: `invalid_grant: The refresh token has expired`.
  if (typeof o.error === 'string' && typeof o.error_description === 'string' && o.message === undefined)
    return `${o.error}: ${o.error_description}`;
  // RFC 7807 validation problems: the field errors say more than the generic title.
  if (o.errors && typeof o.errors === 'object' && !Array.isArray(o.errors) && typeof o.title === 'string') {
    const field = firstEntry(o.errors as Record<string, unknown>);
    if (field) return `${o.title} ${field}`;
  }
  for (const key of ['message', 'Message', 'error_description', 'detail', 'title', 'error', 'errors']) {
    const value = o[key];
    if (typeof value === 'string' && value) return value;
    if (value && typeof value === 'object') {
      const inner = Array.isArray(value) ? fromJson(value) : (fromJson(value) ?? firstEntry(value as Record<string, unknown>));
      if (inner) return inner;
    }
  }
  return undefined;
}

/** ASP.NET validation errors: `{ "pageSize": ["must be at most 500"] }`. */
function firstEntry(map: Record<string, unknown>): string | undefined {
  for (const [key, value] of Object.entries(map)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === 'string') return `${key}: ${first}`;
  }
  return undefined;
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX ? `${flat.slice(0, MAX - 3)}...` : flat;
}
