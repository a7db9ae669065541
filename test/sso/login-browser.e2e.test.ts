import { mkdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import * as client from 'openid-client';
import { TEST_PERSONS } from '../../src/seed/test-persons';
import { launchBrowser, type TestBrowser } from '../support/browser';
import { DEV_RP, PASSWORD, startSso, type SsoTestApp } from './sso-support';

const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts');

/** The request the callback got, as openid-client reads it: the URL, or (form_post) a POST with its form. */
async function callbackRequest(req: IncomingMessage, here: URL): Promise<URL | Request> {
  if (req.method !== 'POST') return here;
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new Request(here, { method: 'POST', headers: { 'content-type': String(req.headers['content-type']) }, body: Buffer.concat(chunks) });
}

/**
 * A relying party of our own on a real port, built on openid-client as an agency's portal would be;
 * `form_post` asks for the answer as a form posted to the callback (ASP.NET's OpenID Connect default).
 */
async function startRelyingParty(
  issuerBase: string,
  responseMode?: 'form_post',
): Promise<{ url: string; signedIn: Promise<Record<string, unknown>>; close(): Promise<void> }> {
  const config = await client.discovery(new URL(`${issuerBase}/oauth2/token`), DEV_RP.id, undefined, client.ClientSecretPost(DEV_RP.secret), {
    execute: [client.allowInsecureRequests],
  });
  const verifier = client.randomPKCECodeVerifier();
  const state = Buffer.from('http://127.0.0.1/after-login').toString('base64');
  let resolveClaims: (claims: Record<string, unknown>) => void = () => undefined;
  const signedIn = new Promise<Record<string, unknown>>((resolve) => (resolveClaims = resolve));
  let url = '';
  const server: Server = createServer((req, res) => {
    void (async () => {
      const here = new URL(req.url ?? '/', url);
      if (here.pathname === '/login') {
        const target = client.buildAuthorizationUrl(config, {
          redirect_uri: `${url}/callback`,
          scope: 'openid',
          acr_values: 'LoA1',
          state,
          code_challenge: await client.calculatePKCECodeChallenge(verifier),
          code_challenge_method: 'S256',
          ...(responseMode ? { response_mode: responseMode } : {}),
        });
        res.writeHead(302, { location: target.href }).end();
        return;
      }
      if (here.pathname !== '/callback') {
        res.writeHead(404).end();
        return;
      }
      const tokens = await client.authorizationCodeGrant(config, await callbackRequest(req, here), {
        pkceCodeVerifier: verifier,
        expectedState: state,
      });
      const claims = await client.fetchUserInfo(config, tokens.access_token, client.skipSubjectCheck);
      resolveClaims(claims);
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(`<h1 id="who">${String(claims.HoVaTen)}</h1><p id="id">${String(claims.SoDinhDanh)}</p>`);
    })().catch((error: Error) => res.writeHead(500).end(error.message));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    signedIn,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Chromium keeps its connections alive; they would hold the close open.
        server.closeAllConnections();
      }),
  };
}

describe('SSO in headless Chromium: a seeded citizen signs in through the login page', () => {
  let s: SsoTestApp;
  let launched: TestBrowser | undefined;
  beforeAll(async () => {
    s = await startSso('sso-browser');
    launched = await launchBrowser();
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await launched?.close();
    await s?.close();
  });

  it('RP → /oauth2/authorize → login.do → /commonauth → RP callback: the RP gets the citizen the registries know', async () => {
    const rp = await startRelyingParty(s.base);
    try {
      const page = await (launched as TestBrowser).context.newPage();
      await page.goto(`${rp.url}/login`);
      await page.waitForURL((u) => u.pathname === '/authenticationendpoint/login.do');
      await page.screenshot({ path: join(ARTIFACTS, 'sso-login-page.png'), fullPage: true });
      const person = TEST_PERSONS.birthFather;
      await page.fill('#username', person.id);
      await page.fill('#password', PASSWORD);
      await Promise.all([page.waitForURL((u) => u.href.startsWith(`${rp.url}/callback?code=`)), page.click('#form-password button[type=submit]')]);
      await expect(page.locator('#who').textContent()).resolves.toBe(person.name);
      const claims = await rp.signedIn;
      expect(claims).toMatchObject({
        LoaiTaiKhoan: '1',
        SoDinhDanh: person.id,
        NgayThangNamSinh: '19930122',
        MaBHXH: '0199000010',
        VoChong: TEST_PERSONS.birthMother.name,
      });
    } finally {
      await rp.close();
    }
  });

  it('with response_mode=form_post (ASP.NET’s default) the code reaches the RP as a form its page posts, under the page’s CSP', async () => {
    const rp = await startRelyingParty(s.base, 'form_post');
    try {
      // Signed out first: the first test's Cổng DVCQG session would skip the login page.
      await (launched as TestBrowser).context.clearCookies();
      const page = await (launched as TestBrowser).context.newPage();
      const blocked: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
      });
      await page.goto(`${rp.url}/login`);
      await page.waitForURL((u) => u.pathname === '/authenticationendpoint/login.do');
      const person = TEST_PERSONS.birthMother;
      await page.fill('#username', person.id);
      await page.fill('#password', PASSWORD);
      await Promise.all([page.waitForURL((u) => u.href === `${rp.url}/callback`), page.click('#form-password button[type=submit]')]);
      await expect(page.locator('#who').textContent()).resolves.toBe(person.name);
      await expect(rp.signedIn).resolves.toMatchObject({ SoDinhDanh: person.id });
      expect(blocked).toEqual([]);
    } finally {
      await rp.close();
    }
  });
});
