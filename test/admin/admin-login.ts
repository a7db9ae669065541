import type { TestApp } from '../support/test-app';

export interface AdminLogin {
  cookie: string;
  /** The CSRF token the overview page embeds. */
  csrf: string;
}

/** Logs in through the form, as a browser does, and reads the CSRF token from the page. */
export async function loginAs(t: TestApp, token: string): Promise<AdminLogin> {
  const res = await t.http.post('/admin/login').type('form').send({ token });
  if (res.status !== 303) throw new Error(`login failed: ${res.status}`);
  const cookie = String((res.headers['set-cookie'] as unknown as string[])[0]).split(';')[0];
  const page = await t.http.get('/admin').set('cookie', cookie);
  const csrf = /<meta name="csrf-token" content="([^"]+)">/.exec(page.text)?.[1];
  if (!csrf) throw new Error('no CSRF token on the page');
  return { cookie, csrf };
}
