import helmet from 'helmet';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The message routes write their headers in one go with the answer (src/http/answer-headers.ts).
 * Every way they answer carries what every other route's answer carries: helmet's headers (no CSP)
 * and the request id, besides its own.
 */
describe('headers of the message routes’ answers', () => {
  let t: TestApp;
  let token: string;
  let counter = 0;
  /** The headers helmet sets (lowercase name → value), as every answer must carry them. */
  const helmets: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp('answer-headers');
    token = await t.token();
    const recorder = { setHeader: (name: string, value: string) => (helmets[name.toLowerCase()] = value), removeHeader: () => undefined };
    helmet({ contentSecurityPolicy: false })({} as never, recorder as never, () => undefined);
  });
  afterAll(() => t.close());

  const message = (messageId: string, body: object = { echo: { n: 1 } }) => ({
    header: { messageId, messageType: 'diag.echo', from: t.config.devClient.agency },
    body,
  });
  const post = (body: object, headers: Record<string, string> = { prefer: 'wait=5' }) =>
    t.http.post('/api/v1/messages').auth(token, { type: 'bearer' }).set(headers).send(body);

  function expectCommonHeaders(res: { headers: Record<string, string> }, requestId?: string): void {
    for (const [name, value] of Object.entries(helmets)) expect({ name, value: res.headers[name] }).toEqual({ name, value });
    if (requestId) expect(res.headers['x-request-id']).toBe(requestId);
    else expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers['content-security-policy']).toBeUndefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
  }

  it('a sync answer: helmet’s headers, the request id sent, Location, Preference-Applied, JSON type and length', async () => {
    const id = `h-${++counter}`;
    const res = await post(message(id), { prefer: 'wait=5', 'x-request-id': 'trace-42' });
    expect(res.status).toBe(200);
    expectCommonHeaders(res, 'trace-42');
    expect(res.headers.location).toBe(`/api/v1/messages/${id}`);
    expect(res.headers['preference-applied']).toBe('wait=5');
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(res.text));
    // A replay says so.
    const again = await post(message(id));
    expect(again.status).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expectCommonHeaders(again);
  });

  it('an accepted (202) answer, and the record read back', async () => {
    const id = `h-${++counter}`;
    const accepted = await post(message(id), {});
    expect(accepted.status).toBe(202);
    expectCommonHeaders(accepted);
    expect(accepted.headers.location).toBe(`/api/v1/messages/${id}`);
    expect(accepted.headers['preference-applied']).toBeUndefined();
    const read = await t.http.get(`/api/v1/messages/${id}`).auth(token, { type: 'bearer' });
    expect(read.status).toBe(200);
    expectCommonHeaders(read);
  });

  it('refusals keep the headers held for the answer: 400, 401 (with WWW-Authenticate), 404, 415', async () => {
    const invalid = await post({ header: { messageId: `h-${++counter}` }, body: {} }, { 'x-request-id': 'bad-1' });
    expect(invalid.status).toBe(400);
    expect(invalid.headers['content-type']).toContain('application/problem+json');
    expectCommonHeaders(invalid, 'bad-1');

    const anonymous = await t.http.post('/api/v1/messages').send(message(`h-${++counter}`));
    expect(anonymous.status).toBe(401);
    // RFC 6750 §3: how to authenticate, and why a token sent was refused.
    expect(anonymous.headers['www-authenticate']).toBe('Bearer realm="lgsp-sim"');
    expectCommonHeaders(anonymous);
    const unknownToken = await t.http
      .post('/api/v1/messages')
      .auth('no-such-token', { type: 'bearer' })
      .send(message(`h-${++counter}`));
    expect(unknownToken.status).toBe(401);
    expect(unknownToken.headers['www-authenticate']).toBe('Bearer realm="lgsp-sim", error="invalid_token"');

    const unknown = await t.http.get('/api/v1/messages/never-sent').auth(token, { type: 'bearer' });
    expect(unknown.status).toBe(404);
    expectCommonHeaders(unknown);

    const text = await t.http.post('/api/v1/messages').auth(token, { type: 'bearer' }).set('content-type', 'text/plain').send('hello');
    expect(text.status).toBe(415);
    expectCommonHeaders(text);
  });

  it('a route that does not hold its headers answers with the same set', async () => {
    const res = await t.http.get('/api/v1/services');
    expect(res.status).toBe(200);
    expectCommonHeaders(res);
  });
});
