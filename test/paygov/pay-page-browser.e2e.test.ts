import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchBrowser, type TestBrowser } from '../support/browser';
import { startTestApp, type TestApp } from '../support/test-app';
import { DEV_PARTNER, hasValidResultSignature, signedInit, startIpnReceiver, type IpnReceiver } from './paygov-support';

const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts');

describe('the PayGov payment page in headless Chromium', () => {
  let t: TestApp;
  let receiver: IpnReceiver;
  let launched: TestBrowser | undefined;
  let browser: BrowserContext;

  beforeAll(async () => {
    receiver = await startIpnReceiver();
    t = await startTestApp('paygov-browser', {}, { env: { DEV_PAYGOV_IPN_URL: receiver.url }, workers: true });
    await t.app.listen();
    launched = await launchBrowser();
    browser = launched.context;
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await launched?.close();
    await t?.close();
    await receiver?.close();
  });

  it('INIT → the page at UrlThanhToan → "pay" → the signed IPN arrives at the partner', async () => {
    const body = signedInit(DEV_PARTNER, { SoTien: '150000' });
    const init = await t.http.post('/paygov/init').send(body);
    expect(init.body.MaLoi).toBe('00');
    const ref = String(body.MaThamChieu);

    const page = await browser.newPage();
    const response = await page.goto(init.body.UrlThanhToan as string);
    expect(response?.status()).toBe(200);
    await expect(page.locator('.amount').textContent()).resolves.toContain('150.000 ₫');
    await expect(page.locator('#status').getAttribute('data-status')).resolves.toBe('pending');
    await page.screenshot({ path: join(ARTIFACTS, 'paygov-pay-page.png'), fullPage: true });

    await page.selectOption('#bank', 'TCB');
    await Promise.all([page.waitForURL(`**/paygov/pay/${ref}`), page.click('button[data-action="pay"]')]);
    await expect(page.locator('#status').getAttribute('data-status')).resolves.toBe('paid');
    await expect(page.locator('#status').textContent()).resolves.toBe('Giao dịch thành công');
    await page.screenshot({ path: join(ARTIFACTS, 'paygov-pay-page-paid.png'), fullPage: true });

    const [ipn] = await receiver.waitFor(ref);
    expect(ipn?.body).toMatchObject({ MaLoi: '00', MaThamChieu: ref, SoTien: 150000, MaNganHang: 'TCB' });
    expect(hasValidResultSignature(ipn?.body ?? {}, DEV_PARTNER)).toBe(true);
    await page.close();
  });

  it('"cancel" in the browser ends the payment as cancelled', async () => {
    const body = signedInit(DEV_PARTNER);
    const init = await t.http.post('/paygov/init').send(body);
    const page = await browser.newPage();
    await page.goto(init.body.UrlThanhToan as string);
    await Promise.all([page.waitForURL(`**/paygov/pay/${String(body.MaThamChieu)}`), page.click('button[data-action="cancel"]')]);
    await expect(page.locator('#status').getAttribute('data-status')).resolves.toBe('cancelled');
    expect((await receiver.waitFor(String(body.MaThamChieu)))[0]?.body.MaLoi).toBe('24');
    await page.close();
  });
});
