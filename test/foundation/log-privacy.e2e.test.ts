import { Writable } from 'node:stream';
import request from 'supertest';
import { createApp, type App } from '../../src/app/create-app';
import { loadConfig } from '../../src/config/config';
import { createWinstonLogger } from '../../src/logging/winston-logger';
import { TEST_REDIS_URL, uniquePrefix, wipePrefix } from '../support/redis';

/**
 * A body that fails to parse must not reach the log: JSON.parse quotes a piece of the body in its
 * message, and a name or ID number written without quotes would be in that piece.
 */
describe('personal data in a malformed body never reaches a log line', () => {
  const NAME = 'Nguyen Van Binh';
  const CCCD = '044095001234';
  const lines: string[] = [];
  let app: App;
  let prefix: string;
  let token: string;

  beforeAll(async () => {
    prefix = uniquePrefix('log-privacy');
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = createWinstonLogger({ level: 'debug', format: 'json', stream });
    app = await createApp(loadConfig({ LOG_FORMAT: 'json' }, { port: 0, host: '127.0.0.1', redisPrefix: prefix }), {
      redisUrl: TEST_REDIS_URL,
      logger,
    });
    const res = await request(app.http)
      .post('/token')
      .type('form')
      .send({ grant_type: 'client_credentials', client_id: 'dev-client', client_secret: 'dev-secret' });
    token = res.body.access_token as string;
  });
  afterAll(async () => {
    await app.close();
    await wipePrefix(prefix);
  });

  const bodies = [
    `{"header":{"messageId":"x"},"body":{"hoTen": ${NAME}, "soCCCD": ${CCCD}x}}`,
    `${NAME} ${CCCD}`,
    `{"hoTen":"${NAME}","soCCCD":"${CCCD}"`,
    `{"a":1} ${NAME} ${CCCD}`,
  ];

  it('the answer and the log give a fixed reason and a position, never the excerpt', async () => {
    for (const body of bodies) {
      const sent = [
        await request(app.http).post('/api/v1/messages').auth(token, { type: 'bearer' }).set('content-type', 'application/json').send(body),
        await request(app.http).post('/token').set('content-type', 'application/json').send(body),
        await request(app.http)
          .post('/apiLyLichTuPhap/nhanHoSoDangKy')
          .auth(token, { type: 'bearer' })
          .set('content-type', 'application/json')
          .send(body),
        await request(app.http).post('/sim/scenarios').auth('dev-admin', { type: 'bearer' }).set('content-type', 'application/json').send(body),
        await request(app.http)
          .post('/apiHoTichTuPhap/v2/nhanDKHT')
          .auth(token, { type: 'bearer' })
          .send({ maDonVi: '00006', module: 'LTKS', maHoSoMCDT: 'x', ngayTiepNhan: '15/01/2026 09:30:00', data: `{"nksHoTen": ${NAME} ${CCCD}` }),
      ];
      for (const [i, res] of sent.entries()) {
        // Refused in each surface's own envelope (the native one says so with HTTP 200), never a 500.
        expect({ i, below500: res.status < 500, refused: /not valid JSON/.test(res.text) }).toEqual({ i, below500: true, refused: true });
        expect(res.text).not.toContain('Nguyen');
        expect(res.text).not.toContain(CCCD);
      }
    }
    const unified = await request(app.http)
      .post('/api/v1/messages')
      .auth(token, { type: 'bearer' })
      .set('content-type', 'application/json')
      .send(bodies[0]);
    expect(unified.body.detail).toMatch(/^The body is not valid JSON: Unexpected token/);
    const log = lines.join('');
    expect(lines.length).toBeGreaterThan(0);
    expect(log).toContain('request refused');
    expect(log).toContain('The body is not valid JSON');
    expect(log).not.toContain('Nguyen');
    expect(log).not.toContain('Binh');
    expect(log).not.toContain(CCCD);
  });
});
