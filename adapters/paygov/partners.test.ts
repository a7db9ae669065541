import { join } from 'node:path';
import { ConfigError } from '../../src/config/config';
import { PartnerDirectory } from './partners';
import { readPaygovSettings } from './settings';

const SEEDS = join(__dirname, '..', '..', 'seeds');
const dev = { partner: 'dev-partner', secret: 'dev-paygov-secret' };

describe('PayGov partners and settings', () => {
  it('holds the development partner (sha256, PASETO order, direct) and the seeded ones', () => {
    const partners = PartnerDirectory.load(SEEDS, { devPaygov: { ...dev, ipnUrl: 'http://127.0.0.1:9/ipn' }, env: {} });
    expect(partners.find('dev-partner')).toMatchObject({
      signing: 'sha256',
      ipnFieldOrder: 'paseto',
      envelope: 'direct',
      ipnUrl: 'http://127.0.0.1:9/ipn',
    });
    expect(partners.find('SIMDOITAC01')).toMatchObject({ signing: 'sha256', envelope: 'wrapped' });
    expect(partners.find('SIMDOITAC02')).toMatchObject({ signing: 'hmac-sha256', ipnFieldOrder: 'opencps' });
    expect(partners.find('SIMDOITAC02')?.ipnUrl).toBeUndefined();
  });

  it('points seeded partners’ IPNs with PAYGOV_IPN_URLS', () => {
    const partners = PartnerDirectory.load(SEEDS, {
      devPaygov: dev,
      env: { PAYGOV_IPN_URLS: 'SIMDOITAC01=http://localhost:5000/DvcPayment/Confirm' },
    });
    expect(partners.find('SIMDOITAC01')?.ipnUrl).toBe('http://localhost:5000/DvcPayment/Confirm');
  });

  it.each([
    ['SIMDOITAC01', /MaDoiTac=URL pairs/],
    ['NOBODY=http://x', /unknown partner "NOBODY"/],
    ['SIMDOITAC01=not a url', /must be a URL/],
    ['SIMDOITAC01=ftp://x', /must start with http/],
  ])('refuses PAYGOV_IPN_URLS=%j with one clear line', (value, message) => {
    expect(() => PartnerDirectory.load(SEEDS, { devPaygov: dev, env: { PAYGOV_IPN_URLS: value } })).toThrow(ConfigError);
    expect(() => PartnerDirectory.load(SEEDS, { devPaygov: dev, env: { PAYGOV_IPN_URLS: value } })).toThrow(message);
  });

  it('reads its settings with defaults, and refuses bad ones naming the variable', () => {
    expect(readPaygovSettings({ env: {} })).toEqual({ pendingTtlMs: 900_000, lateIpnDelayMs: 2_100_000, ipnMessageKind: 'PAY' });
    expect(() => readPaygovSettings({ env: { PAYGOV_PENDING_TTL_SECONDS: 'soon' } })).toThrow(/PAYGOV_PENDING_TTL_SECONDS must be a whole number/);
    expect(() => readPaygovSettings({ env: { PAYGOV_LATE_IPN_SECONDS: '0' } })).toThrow(/PAYGOV_LATE_IPN_SECONDS must be between/);
  });
});
