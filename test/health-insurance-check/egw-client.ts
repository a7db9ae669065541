import { createHash } from 'node:crypto';
import type { TestApp } from '../support/test-app';

/** The seeded facility account and its registered officer (seeds/health-insurance/cards.json). */
export const ACCOUNT = { username: '01001_BV', password: 'sim-egw-01001' };
export const OFFICER = { hoTenCb: 'Đặng Thị Lan', cccdCb: '001196990007' };
export const md5 = (text: string): string => createHash('md5').update(text).digest('hex').toUpperCase();

export interface EgwLogin {
  token: string;
  id_token: string;
  username: string;
}

/** Logs the seeded account in at the gateway's token step. */
export async function login(t: TestApp): Promise<EgwLogin> {
  const res = await t.http.post('/egw/api/token/take').send({ username: ACCOUNT.username, password: md5(ACCOUNT.password) });
  if (res.body.maKetQua !== '200') throw new Error(`login failed: ${JSON.stringify(res.body)}`);
  return { token: res.body.APIKey.access_token, id_token: res.body.APIKey.id_token, username: ACCOUNT.username };
}

/** A card check the way hospital software sends it: login on the query string, the card in the body. */
export function check(t: TestApp, auth: EgwLogin, body: Record<string, unknown>, operation = 'KQNhanLichSuKCB2024') {
  return t.http
    .post(`/egw/api/egw/${operation}`)
    .query({ ...auth, password: md5(ACCOUNT.password) })
    .send({ ...OFFICER, ...body });
}

/** Freezes the simulation clock at an instant (ISO 8601). */
export async function freezeAt(t: TestApp, at: string): Promise<void> {
  const res = await t.http.post('/sim/clock/freeze').auth(t.config.adminToken, { type: 'bearer' }).send({ at });
  if (res.status !== 200) throw new Error(`freeze failed: ${res.status} ${JSON.stringify(res.body)}`);
}

export async function advanceBy(t: TestApp, by: string): Promise<void> {
  const res = await t.http.post('/sim/clock/advance').auth(t.config.adminToken, { type: 'bearer' }).send({ by });
  if (res.status !== 200) throw new Error(`advance failed: ${res.status} ${JSON.stringify(res.body)}`);
}
