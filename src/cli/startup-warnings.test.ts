import { loadConfig } from '../config/config';
import { isLoopbackHost, startupWarnings } from './startup-warnings';

describe('start-up warnings', () => {
  it('tells loopback from the rest', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost', '::ffff:127.0.0.1'])
      expect({ host, loopback: isLoopbackHost(host) }).toEqual({ host, loopback: true });
    for (const host of ['0.0.0.0', '::', '10.0.0.5', 'example.gov.vn', '128.0.0.1'])
      expect({ host, loopback: isLoopbackHost(host) }).toEqual({ host, loopback: false });
  });

  it('warns about the default admin token only when other machines can reach the gateway', () => {
    expect(startupWarnings(loadConfig({}))).toEqual([]);
    expect(startupWarnings(loadConfig({ HOST: '0.0.0.0' }))).toEqual([
      'lgsp-sim: warning: ADMIN_TOKEN is the default "dev-admin" and the gateway listens on 0.0.0.0, reachable from other machines; set ADMIN_TOKEN to a secret',
    ]);
    expect(startupWarnings(loadConfig({ HOST: '0.0.0.0', ADMIN_TOKEN: 's3cret' }))).toEqual([]);
  });
});
