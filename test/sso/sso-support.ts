import { SimControl } from 'lgsp-sim/testing';
import { startTestApp, type TestApp } from '../support/test-app';

export const PASSWORD = 'Test@12345';
export const VNEID_PASSCODE = '123456';
export const DEV_RP = { id: 'dev-rp', secret: 'dev-rp-secret' };

export interface SsoTestApp {
  t: TestApp;
  base: string;
  sim: SimControl;
  close(): Promise<void>;
}

/** The app on a real port (openid-client and Chromium speak HTTP to it), with its own Redis prefix. */
export async function startSso(label: string): Promise<SsoTestApp> {
  const t = await startTestApp(label);
  const { url } = await t.app.listen();
  return { t, base: url, sim: new SimControl({ baseUrl: url, adminToken: 'dev-admin' }), close: () => t.close() };
}

/** A cookie jar of one browser, enough for the identity provider's own cookies. */
export class Jar {
  private readonly cookies = new Map<string, string>();

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (/max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  has(name: string): boolean {
    return this.cookies.has(name);
  }
}

/** One request as a browser makes it: no automatic redirects, the jar's cookies, relative URLs on `base`. */
export async function browse(base: string, jar: Jar, url: string, form?: Record<string, string>): Promise<Response> {
  const response = await fetch(new URL(url, base), {
    method: form ? 'POST' : 'GET',
    redirect: 'manual',
    headers: { cookie: jar.header(), ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
    ...(form ? { body: new URLSearchParams(form).toString() } : {}),
  });
  jar.take(response);
  return response;
}

export function sessionDataKeyOf(location: string): string {
  return new URL(location, 'http://x').searchParams.get('sessionDataKey') as string;
}

/**
 * Signs in through the login page as a person would: authorize → login.do → POST /commonauth.
 * Answers the last response (normally the 302 to the relying party with the code).
 */
export async function signIn(
  base: string,
  jar: Jar,
  authorizeUrl: string,
  username: string,
  password = PASSWORD,
  idp: 'password' | 'vneid' = 'password',
): Promise<Response> {
  const toLogin = await browse(base, jar, authorizeUrl);
  if (toLogin.status !== 302) throw new Error(`authorize answered ${toLogin.status}: ${await toLogin.text()}`);
  const location = toLogin.headers.get('location') as string;
  if (!location.includes('login.do')) return toLogin;
  const page = await browse(base, jar, location);
  if (page.status !== 200) throw new Error(`login page answered ${page.status}`);
  return browse(base, jar, '/commonauth', { sessionDataKey: sessionDataKeyOf(location), username, password, idp });
}
