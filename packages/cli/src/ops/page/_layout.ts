import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

/** What the page templates return: escaped HTML, possibly still resolving. */
export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** Options of `layout`. */
export interface LayoutOptions {
  /** A run is in progress: refresh the live regions (the script) or the page (without JavaScript). */
  live?: boolean;
  /** Keep refreshing the live regions even when no run is in progress (the overview: new runs appear). */
  poll?: boolean;
  /** The CSRF token of the session, for the log-out form; none on the login page. */
  csrf?: string;
  /** A message shown at the top (after an action). */
  notice?: { kind: 'ok' | 'error'; text: string };
}

/** The page around every view: head, header with navigation, the notice, and the script. */
export function layout(title: string, content: Html | string, options: LayoutOptions = {}): Html {
  // Plain text (an error) is escaped like any other value.
  const body =
    typeof content === 'string'
      ? html`<h1>${title}</h1>
          <p>${content}</p>`
      : content;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · syncengine ops</title>
${options.live ? html`<noscript><meta http-equiv="refresh" content="3" /></noscript>` : ''}
<link rel="stylesheet" href="/ui/style.css">
<script src="/ui/app.js" defer></script>
</head>
<body${options.live || options.poll ? raw(' data-live-page') : ''}>
<a class="skip" href="#main">Skip to content</a>
<header>
<nav aria-label="Main"><a href="/" class="brand">syncengine ops</a></nav>
${
  options.csrf
    ? html`<form method="post" action="/logout" class="inline">
        <input type="hidden" name="csrf" value="${options.csrf}" /><button type="submit">Log out</button>
      </form>`
    : ''
}
</header>
<main id="main">
${options.notice ? html`<p class="notice ${options.notice.kind}" role="${options.notice.kind === 'error' ? 'alert' : 'status'}">${options.notice.text}</p>` : ''}
${body}
</main>
</body>
</html>`;
}

/** A status word with its colour class. */
export function statusBadge(status: string): Html {
  return html`<span class="status s-${status}">${status}</span>`;
}

/** A table that scrolls sideways on a narrow screen. */
export function table(caption: string, header: readonly string[], rows: readonly Html[], empty: string): Html {
  if (rows.length === 0) return html`<p class="empty">${empty}</p>`;
  return html`<div class="scroll" tabindex="0" role="region" aria-label="${caption}">
    <table>
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          ${header.map((h) => html`<th scope="col">${h}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
  </div>`;
}

/** Milliseconds as `1.2s` or `3m 04s`. */
export function duration(ms: number | undefined): string {
  if (ms === undefined || Number.isNaN(ms)) return '';
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
}

/** A cursor value as text. */
export function cursorText(value: unknown): string {
  return value === undefined || value === null ? '(none)' : JSON.stringify(value);
}

/** The style sheet of the ops page: no external fonts or assets. */
export const STYLE = `
:root{--fg:#1b1f24;--muted:#57606a;--bg:#fff;--line:#d0d7de;--accent:#0b5cad;--ok:#1a7f37;--bad:#b42318;--warn:#9a6700;--run:#0b5cad}
*{box-sizing:border-box}body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
header{display:flex;justify-content:space-between;align-items:center;gap:1rem;padding:.6rem 1rem;border-bottom:1px solid var(--line);background:#f6f8fa}
.brand{font-weight:700;color:var(--fg);text-decoration:none}main{padding:1rem;max-width:80rem;margin:0 auto}
h1{font-size:1.4rem;margin:.2rem 0 1rem}h2{font-size:1.15rem;margin:1.6rem 0 .5rem}
a{color:var(--accent)}a:focus,button:focus,input:focus,select:focus,summary:focus,.scroll:focus{outline:3px solid #f4b400;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:.5rem;top:.5rem;background:#fff;padding:.3rem}
.scroll{overflow-x:auto;border:1px solid var(--line);border-radius:6px}table{border-collapse:collapse;width:100%;font-size:.93rem}
caption{text-align:left;padding:.4rem .6rem;color:var(--muted);font-size:.85rem}
th,td{padding:.4rem .6rem;border-top:1px solid var(--line);text-align:left;vertical-align:top}th{background:#f6f8fa;white-space:nowrap}
td.num{text-align:right;font-variant-numeric:tabular-nums}code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.88em;word-break:break-all}
.status{font-weight:600}.s-succeeded{color:var(--ok)}.s-failed,.s-abandoned{color:var(--bad)}.s-running,.s-queued{color:var(--run)}.s-aborted,.s-skipped{color:var(--warn)}
.notice{padding:.6rem .8rem;border-radius:6px;border:1px solid var(--line)}.notice.ok{background:#dafbe1}.notice.error{background:#ffebe9}
form.inline{display:inline}fieldset{border:1px solid var(--line);border-radius:6px;margin:.5rem 0;padding:.6rem .8rem}
label{display:inline-block;margin:.2rem .8rem .2rem 0}input[type=text],select{font:inherit;padding:.3rem .4rem;border:1px solid #8c959f;border-radius:4px;max-width:100%}
button{font:inherit;padding:.35rem .8rem;border:1px solid #8c959f;border-radius:6px;background:#f6f8fa;cursor:pointer;min-height:2.2rem}button.primary{background:var(--accent);color:#fff;border-color:var(--accent)}
.empty,.muted{color:var(--muted)}.log{font-family:ui-monospace,Menlo,monospace;font-size:.85rem;white-space:pre-wrap;background:#f6f8fa;border:1px solid var(--line);border-radius:6px;padding:.6rem;max-height:32rem;overflow:auto}
.log .warn{color:var(--warn)}.log .error{color:var(--bad)}dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dl.facts dt{color:var(--muted)}dl.facts dd{margin:0}
@media (max-width:40rem){main{padding:.6rem}th,td{padding:.35rem .4rem}h1{font-size:1.2rem}}
`;

/**
 * The page's only script: while a run is in progress, it reloads the live regions every two seconds
 * in place (forms keep what was typed). Without JavaScript the page refreshes itself instead.
 */
export const SCRIPT = `(() => {
  const live = () => document.body.hasAttribute('data-live-page');
  const tick = async () => {
    if (!live()) return;
    try {
      const response = await fetch(location.href, { credentials: 'same-origin', headers: { accept: 'text/html' } });
      if (response.ok) {
        const next = new DOMParser().parseFromString(await response.text(), 'text/html');
        for (const region of document.querySelectorAll('[data-live]')) {
          const fresh = next.getElementById(region.id);
          // A form being filled in keeps what was typed.
          if (fresh && !region.contains(document.activeElement)) region.innerHTML = fresh.innerHTML;
        }
        if (!next.body.hasAttribute('data-live-page')) document.body.removeAttribute('data-live-page');
      }
    } catch {}
    setTimeout(tick, 2000);
  };
  setTimeout(tick, 2000);
})();
`;
