import { SSO_ENDPOINTS } from '../../adapters/sso';
import { startSso, type SsoTestApp } from './sso-support';

/** Members every endpoint reads, with values no client should send. */
const JUNK: Record<string, string>[] = [
  {},
  {
    client_id: 'nobody', grant_type: 'authorization_code', code: 'x'.repeat(5000), token: '', username: '0'.repeat(300), password: '',
    service: 'ht!tp://x', ticket: 'ST-x', state: '%%%', redirect_uri: 'javascript:alert(1)', id_token_hint: 'a.b.c',
    post_logout_redirect_uri: '::', sessionDataKey: '../../x', token_id: 'eyJ.x.y', vnconnect: '1', data: '!!!', format: 'JSON',
  },
];

describe('SSO: no endpoint answers garbage with a 5xx', () => {
  let s: SsoTestApp;
  beforeAll(async () => {
    s = await startSso('sso-garbage');
  });
  afterAll(() => s.close());

  it('every path and method, with junk in the query, a form or JSON, and junk credentials', async () => {
    const failures: string[] = [];
    for (const endpoint of SSO_ENDPOINTS) {
      for (const path of endpoint.paths.map((p) => p.replace(':tenant', 'thanhhoa.gov.vn'))) {
        for (const junk of JUNK) {
          const calls = endpoint.methods.flatMap((method) =>
            method === 'GET'
              ? [{ what: 'GET', call: s.t.http.get(path).query(junk).set('authorization', 'Bearer junk') }]
              : [
                  { what: 'POST form', call: s.t.http.post(path).type('form').send(junk).set('authorization', 'Basic !!!') },
                  { what: 'POST json', call: s.t.http.post(path).set('content-type', 'application/json').send(JSON.stringify({ ...junk, client_id: ['a', 'b'], token: { x: 1 } })) },
                ],
          );
          for (const { what, call } of calls) {
            const res = await call;
            if (res.status >= 500) failures.push(`${what} ${path} → ${res.status} ${res.text.slice(0, 120)}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
