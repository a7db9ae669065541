import type { TestApp } from '../support/test-app';

/** Retries fast and gives diag three attempts, so a whole retry schedule runs in a test. */
export const FAST_DELIVERY = { DELIVERY_BACKOFF_MS: '20', DELIVERY_ATTEMPTS_DIAG: '3', CALLBACK_BACKOFF_MS: '20' };

/**
 * Sends diag.echo messages that fail their three attempts and waits until each is dead. They fail
 * `failTimes: 3` times only, so a redrive (a fourth run) completes them.
 */
export async function sendDeadMessages(t: TestApp, token: string, ids: readonly string[]): Promise<void> {
  for (const messageId of ids) {
    const res = await t.http
      .post('/api/v1/messages')
      .auth(token, { type: 'bearer' })
      .send({ header: { messageId, messageType: 'diag.echo', from: t.config.devClient.agency }, body: { echo: messageId, failTimes: 3 } });
    if (res.status !== 202) throw new Error(`diag.echo not accepted: ${res.status} ${JSON.stringify(res.body)}`);
  }
  for (const messageId of ids) await waitForStatus(t, messageId, ['dead']);
}

/** Polls the admin record until its status is one of `wanted` (bounded; each round awaits a request). */
export async function waitForStatus(t: TestApp, messageId: string, wanted: readonly string[], timeoutMs = 20000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let status = 'unknown';
  while (Date.now() < deadline) {
    const res = await t.http.get(`/api/v1/admin/messages/${encodeURIComponent(messageId)}`).auth(t.config.adminToken, { type: 'bearer' });
    status = String(res.body.status);
    if (wanted.includes(status)) return status;
  }
  throw new Error(`${messageId} is ${status}, not ${wanted.join(' or ')}, after ${timeoutMs} ms`);
}
