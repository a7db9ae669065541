import { ConfigError } from '../config/config';
import type { AdapterManifest } from '../core/adapter';
import { readDeliverySettings } from './delivery-settings';

const manifest = (service: string, delivery?: AdapterManifest['delivery']): AdapterManifest => ({
  service,
  name: service,
  description: service,
  operations: [],
  native: [],
  renderError: () => ({ status: 500, body: {} }),
  ...(delivery ? { delivery } : {}),
});

describe('delivery settings', () => {
  it('defaults: 5 attempts from 500 ms; the manifest’s defaults where it has them', () => {
    const settings = readDeliverySettings({}, [manifest('dkdn'), manifest('diag', { attempts: 2, backoffMs: 50 })]);
    expect(settings.services.get('dkdn')).toEqual({ attempts: 5, backoffMs: 500, maxBackoffMs: 300_000 });
    expect(settings.services.get('diag')).toEqual({ attempts: 2, backoffMs: 50, maxBackoffMs: 300_000 });
    expect(settings.callbacks).toEqual({ attempts: 8, backoffMs: 1000, maxBackoffMs: 600_000, timeoutMs: 5000 });
    expect(settings.worker).toMatchObject({ concurrency: 10, lockDurationMs: 30_000, stalledIntervalMs: 30_000, maxStalled: 3 });
  });

  it('per-service variables win over global ones, which win over the manifest', () => {
    const env = { DELIVERY_ATTEMPTS: '7', DELIVERY_ATTEMPTS_PAYGOV: '12', DELIVERY_BACKOFF_MS_DIAG: '5' };
    const settings = readDeliverySettings(env, [manifest('paygov'), manifest('diag', { attempts: 2, backoffMs: 50 })]);
    expect(settings.services.get('paygov')).toMatchObject({ attempts: 12, backoffMs: 500 });
    expect(settings.services.get('diag')).toMatchObject({ attempts: 7, backoffMs: 5 });
  });

  it.each([
    [{ DELIVERY_ATTEMPTS: 'many' }, 'DELIVERY_ATTEMPTS must be a whole number, got "many"'],
    [{ DELIVERY_ATTEMPTS_DIAG: '0' }, 'DELIVERY_ATTEMPTS_DIAG must be between 1 and 100, got 0'],
    [{ CALLBACK_TIMEOUT_MS: '10' }, 'CALLBACK_TIMEOUT_MS must be between 100 and 120000, got 10'],
    [{ WORKER_SHUTDOWN_GRACE_MS: '45000' }, 'WORKER_SHUTDOWN_GRACE_MS must be between 0 and 29000, got 45000'],
  ])('a bad value stops the start with one line naming it: %j', (env, message) => {
    expect(() => readDeliverySettings(env, [manifest('diag')])).toThrow(new ConfigError(message));
  });
});
