/** URL helpers of the HTTP source: joining, query strings, and how URLs are shown in logs. */

/** Appends a path to the base URL; an absolute `http(s)://` path is used as it is. */
export function joinUrl(base: string, path: string): string {
  if (/^https?:\/\//i.test(path)) return path;
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/**
 * Sets query parameters on a URL, replacing any already there with the same name, after the
 * others (or before them, with `position: 'first'`).
 * Values are percent-encoded, but `$ : , @ /` stay readable (`$filter`, ISO times), which RFC 3986 allows in a query.
 */
export function withQuery(url: string, params: Readonly<Record<string, string>>, position: 'first' | 'last' = 'last'): string {
  const names = Object.keys(params);
  if (names.length === 0) return url;
  const hash = url.indexOf('#');
  const bare = hash === -1 ? url : url.slice(0, hash);
  const mark = bare.indexOf('?');
  const head = mark === -1 ? bare : bare.slice(0, mark);
  const kept = (mark === -1 ? '' : bare.slice(mark + 1)).split('&').filter((pair) => pair && !names.includes(decodeName(pair)));
  const added = names.map((name) => `${encodeQuery(name)}=${encodeQuery(params[name]!)}`);
  return `${head}?${(position === 'first' ? [...added, ...kept] : [...kept, ...added]).join('&')}`;
}

function decodeName(pair: string): string {
  const name = pair.split('=')[0]!.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

function encodeQuery(text: string): string {
  return encodeURIComponent(text).replace(/%(24|3A|2C|40|2F)/gi, (escape) => decodeURIComponent(escape));
}

/** A URL as logs show it: relative to the base URL when it is below it, e.g. `/items?page=2`. */
export function shortUrl(url: string, base: string): string {
  const prefix = base.replace(/\/+$/, '');
  return url.startsWith(prefix) && /^[/?]|^$/.test(url.slice(prefix.length)) ? url.slice(prefix.length) || '/' : url;
}

/** True when both URLs have the same scheme, host and port. */
export function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}
