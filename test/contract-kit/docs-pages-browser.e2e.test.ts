import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, type TestBrowser } from '../support/browser';
import { startTestApp, type TestApp } from '../support/test-app';

/** Fails the test on any request that leaves the simulator (a CDN would), and on console errors. */
function watch(page: Page, base: string): { outside: string[]; errors: string[] } {
  const seen = { outside: [] as string[], errors: [] as string[] };
  page.on('request', (req) => {
    if (!req.url().startsWith(base) && !req.url().startsWith('data:')) seen.outside.push(req.url());
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') seen.errors.push(msg.text());
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  return seen;
}

describe('the landing page and /docs in headless Chromium', () => {
  let t: TestApp;
  let base: string;
  let launched: TestBrowser | undefined;
  let browser: BrowserContext;

  beforeAll(async () => {
    t = await startTestApp('docs-browser');
    ({ url: base } = await t.app.listen());
    launched = await launchBrowser();
    browser = launched.context;
  }, 60_000);

  afterAll(async () => {
    await launched?.close();
    await t?.close();
  });

  it('/ links the docs, the admin page, the services and the health checks, and each link answers', async () => {
    const page = await browser.newPage();
    const seen = watch(page, base);
    expect((await page.goto(`${base}/`))?.status()).toBe(200);
    const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['/docs/openapi', '/docs/asyncapi', '/api/v1/services', '/livez', '/readyz', '/metrics']));
    expect(await page.locator('header a[href="/admin"]').count()).toBe(1);
    for (const href of [
      '/docs/openapi',
      '/docs/asyncapi',
      '/api/v1/services',
      '/livez',
      '/api/v1/openapi.json',
      '/api/v1/asyncapi.json',
      '/api/v1/schemas/contract-suite',
    ]) {
      expect([href, (await page.request.get(`${base}${href}`)).status()]).toEqual([href, 200]);
    }
    await page.getByRole('link', { name: 'HTTP API (OpenAPI)' }).first().click();
    await page.waitForURL(`${base}/docs/openapi`);
    expect(seen).toEqual({ outside: [], errors: [] });
    await page.close();
  });

  it('/docs/openapi renders the OpenAPI document with Swagger UI served by the simulator, no CDN', async () => {
    const page = await browser.newPage();
    const seen = watch(page, base);
    await page.goto(`${base}/docs/openapi`);
    await page.locator('.swagger-ui .info .title').waitFor();
    await expect(page.locator('.swagger-ui .info .title').textContent()).resolves.toContain('lgsp-sim');
    // The tags start folded (a page with every backend's operations open took tens of seconds to
    // render); a reader opens the unified API's tag and finds its path listed as an operation.
    expect(await page.locator('.opblock-summary-path').count()).toBe(0);
    await page.locator('.opblock-tag[data-tag="Unified API"]').click();
    await page.locator('.opblock-summary-path[data-path="/api/v1/messages"]').first().waitFor();
    expect(seen).toEqual({ outside: [], errors: [] });
    await page.close();
  });

  it('/docs/asyncapi shows each message the platform sends, its signature header and linked schemas', async () => {
    const page = await browser.newPage();
    const seen = watch(page, base);
    await page.goto(`${base}/docs/asyncapi`);
    const titles = await page.locator('section.op h2').allTextContents();
    expect(titles).toEqual([
      'sendResult of an asynchronous message',
      'sendHộ tịch dossier status change',
      'sendJudicial-record (LLTP) dossier status change',
      'sendPayGov IPN (payment notification)',
    ]);
    await expect(page.locator('#op-sendResultCallback pre').first().textContent()).resolves.toContain('x-lgsp-signature');
    await page.locator('#op-sendHotichStatus a[href="#schema-hotich.dangKyHoTich.response"]').click();
    await expect(page.locator('[id="schema-hotich.dangKyHoTich.response"] pre').textContent()).resolves.toContain('statusDescription');
    expect(seen).toEqual({ outside: [], errors: [] });
    await page.close();
  });
});
