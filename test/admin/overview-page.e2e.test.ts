import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/test-app';
import { launchBrowser, type TestBrowser } from '../support/browser';
import { FAST_DELIVERY, sendDeadMessages, waitForStatus } from './dead-messages';

const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts');

/** The overview page in a real browser: login, the live table, a redrive, the search, the screenshot. */
describe('the admin overview in Chromium', () => {
  let t: TestApp;
  let url: string;
  let browser: TestBrowser;
  let page: Page;
  const problems: string[] = [];
  const deadIds = [`browser-dead-1-${Date.now()}`, `browser-dead-2-${Date.now()}`];
  const diagRow = () => page.locator('tr[data-queue="svc-diag"]');

  beforeAll(async () => {
    t = await startTestApp('admin-browser', { adminReadonlyToken: 'look-only' }, { env: FAST_DELIVERY });
    await t.app.startWorkers();
    ({ url } = await t.app.listen());
    browser = await launchBrowser();
    page = await browser.context.newPage();
    // A CSP violation or a script error shows up here; the page must have none.
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    const token = await t.token();
    const res = await t.http
      .post('/api/v1/messages')
      .auth(token, { type: 'bearer' })
      .set('prefer', 'wait=5')
      .send({
        header: { messageId: 'browser-1', messageType: 'dkdn.chiTietDoanhNghiep', from: t.config.devClient.agency, correlationId: 'browser-case' },
        body: { msdn: t.app.reference.dataset.testPersons.activeEnterprise.id },
      });
    expect(res.body.status).toBe('completed');
    await sendDeadMessages(t, token, deadIds);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('sends a browser without a session to the login form, and back to the page after logging in', async () => {
    await page.goto(`${url}/admin`);
    expect(new URL(page.url()).pathname).toBe('/admin/login');
    await page.fill('#token', 'wrong');
    await page.click('button[type=submit]');
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('not an admin credential');
    await page.fill('#token', t.config.adminToken);
    await page.click('button[type=submit]');
    await page.waitForURL(`${url}/admin`);
    await page.locator('#updated').filter({ hasNotText: 'never' }).waitFor();
    expect(await page.locator('#redis').textContent()).toMatch(/Redis .* up/);
    // The refused login answered 401 on purpose; from here on the console must stay clean.
    problems.length = 0;
  });

  it('shows the queue with the dead messages the test created; Redrive re-queues them and the counts change', async () => {
    await diagRow().locator('td[data-count="dead"]', { hasText: '2' }).waitFor();
    expect(await diagRow().locator('.state').textContent()).toBe('failing');
    expect(await page.locator('tr[data-queue="svc-dkdn"]').count()).toBe(1);
    await diagRow().getByRole('button', { name: 'Redrive' }).click();
    await page.locator('#notice', { hasText: 'svc-diag: 2 dead letters redriven, 0 left' }).waitFor();
    await diagRow().locator('td[data-count="dead"]', { hasText: /^0$/ }).waitFor();
    for (const id of deadIds) expect(await waitForStatus(t, id, ['completed', 'dead'])).toBe('completed');
    // The page refreshes itself: the completed count reaches the redriven messages without a reload.
    await diagRow().locator('td[data-count="completed"]', { hasText: /^2$/ }).waitFor({ timeout: 15000 });
    expect(await diagRow().getByRole('button', { name: 'Redrive' }).isDisabled()).toBe(true);
  });

  it('finds a message by correlationId and opens its record and history', async () => {
    await page.fill('#search', 'browser-case');
    await page.click('#search-form button[type=submit]');
    await page.locator('#message h3').waitFor();
    expect(await page.locator('#message h3').textContent()).toContain('browser-1');
    expect(await page.locator('#message .history li').allTextContents()).toEqual([
      expect.stringContaining('processing'),
      expect.stringContaining('completed'),
    ]);
  });

  it('saves a screenshot and had no script error or CSP violation', async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'admin-overview.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('says so when nothing matches', async () => {
    await page.fill('#search', 'no-such-thing');
    await page.click('#search-form button[type=submit]');
    await page.getByText('No message with that messageId').waitFor();
    expect(await page.locator('#message').isHidden()).toBe(true);
  });

  it('logging out returns to the login form', async () => {
    await page.click('text=Log out');
    await page.waitForURL(/\/admin\/login$/);
    await page.goto(`${url}/admin`);
    expect(new URL(page.url()).pathname).toBe('/admin/login');
  });
});
