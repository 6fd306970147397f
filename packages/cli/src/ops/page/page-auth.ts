import { createHmac } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { html } from 'hono/html';
import { safeEqual } from '../safe-equal.js';
import { layout } from './_layout.js';

/** The cookie that carries a logged-in session. */
export const SESSION_COOKIE = 'syncengine_session';
/** The cookie with the name a user gave at log-in (recorded as who changed state). */
export const NAME_COOKIE = 'syncengine_name';
const SESSION_HOURS = 12;

/** The session and CSRF values derived from the API token: the cookie never holds the token itself. */
export interface PageKeys {
  session: string;
  csrf: string;
}

/** Derives the session cookie value and the CSRF token of forms from the API token. */
export function pageKeys(token: string): PageKeys {
  const derive = (purpose: string) => createHmac('sha256', token).update(purpose).digest('base64url');
  return { session: derive('syncengine ops session v1'), csrf: derive('syncengine ops csrf v1') };
}

/** Whether the request carries a valid session cookie. */
export function hasSession(c: Context, keys: PageKeys): boolean {
  const value = getCookie(c, SESSION_COOKIE);
  return value !== undefined && safeEqual(value, keys.session);
}

/** The log-in page; `status` 401 when it stands in for a page that needs a session. */
export function loginPage(c: Context, options: { status?: 200 | 401; error?: string; next?: string } = {}) {
  const next = options.next && options.next.startsWith('/') && !options.next.startsWith('//') ? options.next : '/';
  const body = html`<h1>Log in</h1>
    <p>Enter the API token of this <code>syncengine serve</code> (the value of its <code>SYNCENGINE_API_TOKEN</code>).</p>
    <form method="post" action="/login">
      <input type="hidden" name="next" value="${next}" />
      <p>
        <label for="token">API token</label><br /><input
          type="password"
          id="token"
          name="token"
          autocomplete="current-password"
          required
          size="40"
        />
      </p>
      <p>
        <label for="name">Your name (recorded with the changes you make; optional)</label><br /><input
          type="text"
          id="name"
          name="name"
          autocomplete="name"
          maxlength="60"
          size="30"
        />
      </p>
      <p><button type="submit" class="primary">Log in</button></p>
    </form>`;
  return c.html(layout('Log in', body, options.error ? { notice: { kind: 'error', text: options.error } } : {}), options.status ?? 200, {
    'WWW-Authenticate': 'Bearer realm="syncengine"',
  });
}

/** `GET /login`, `POST /login` (sets the secure, http-only session cookie) and `POST /logout`. */
export function registerLoginRoutes(app: Hono, token: string, keys: PageKeys): void {
  app.get('/login', (c) => loginPage(c, { next: c.req.query('next') ?? '/' }));
  app.post('/login', async (c) => {
    const form = await c.req.parseBody();
    const given = typeof form.token === 'string' ? form.token.trim() : '';
    const next = typeof form.next === 'string' ? form.next : '/';
    if (!given || !safeEqual(given, token)) return loginPage(c, { status: 401, error: 'That is not the API token.', next });
    const cookie = { httpOnly: true, secure: true, sameSite: 'Strict', path: '/', maxAge: SESSION_HOURS * 3600 } as const;
    setCookie(c, SESSION_COOKIE, keys.session, cookie);
    const name = typeof form.name === 'string' ? form.name.trim().slice(0, 60) : '';
    if (name) setCookie(c, NAME_COOKIE, name, cookie);
    else deleteCookie(c, NAME_COOKIE, { path: '/' });
    return c.redirect(next.startsWith('/') && !next.startsWith('//') ? next : '/', 303);
  });
  app.post('/logout', (c) => {
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: true });
    deleteCookie(c, NAME_COOKIE, { path: '/', secure: true });
    return c.redirect('/login', 303);
  });
}
