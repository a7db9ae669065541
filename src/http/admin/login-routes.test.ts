import { safeNext } from './login-routes';

describe('safeNext', () => {
  it('keeps paths of the admin area', () => {
    expect(safeNext('/admin')).toBe('/admin');
    expect(safeNext('/admin/queues/queue/svc-dkdn?status=failed')).toBe('/admin/queues/queue/svc-dkdn?status=failed');
  });
  it('sends anything else to the overview', () => {
    for (const next of [
      undefined,
      42,
      '',
      'https://evil.example',
      '//evil.example/admin',
      '/adminx',
      '/api/v1/admin/summary',
      '/admin/login?next=/admin',
    ]) {
      expect(safeNext(next)).toBe('/admin');
    }
  });
});
