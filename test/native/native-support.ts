import type { Coercion } from '../../src/core/message';
import type { TestApp } from '../support/test-app';

/** The newest journal entry of a native path, as QA reads it on /sim/journal. */
export async function lastJournalEntry(t: TestApp, nativePath: string): Promise<{ messageId: string; coercions?: Coercion[] }> {
  const res = await t.http.get('/sim/journal').query({ nativePath, limit: 1 }).auth(t.config.adminToken, { type: 'bearer' });
  if (res.status !== 200 || res.body.entries.length !== 1)
    throw new Error(`no journal entry for ${nativePath}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.entries[0];
}

/** The coercions noted on the newest message of a native path: journal entry, admin view and record agree. */
export async function coercionsOf(t: TestApp, nativePath: string, token?: string): Promise<Coercion[]> {
  const entry = await lastJournalEntry(t, nativePath);
  const admin = await t.http.get(`/api/v1/admin/messages/${entry.messageId}`).auth(t.config.adminToken, { type: 'bearer' });
  expect(admin.status).toBe(200);
  expect(admin.body.coercions).toEqual(entry.coercions);
  // Anonymous v2 callers have no record they could read with a token; the journal is enough there.
  if (token === undefined) return entry.coercions ?? [];
  const record = await t.http.get(`/api/v1/messages/${entry.messageId}`).auth(token, { type: 'bearer' });
  expect(record.status).toBe(200);
  expect(record.body.coercions).toEqual(entry.coercions);
  return entry.coercions ?? [];
}
