import { isIP } from 'node:net';
import type { Config } from '../config/config';

/** The admin credential a fresh install has; anyone who has read the README knows it. */
export const DEFAULT_ADMIN_TOKEN = 'dev-admin';

/** True when `host` can be reached from this machine only (127.0.0.0/8, ::1, localhost). */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (bare === 'localhost') return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  if (isIP(bare) === 6) return bare === '::1' || /^::ffff:127\./.test(bare);
  return false;
}

/**
 * One line for each setting that is unsafe for a gateway other machines can reach; none on
 * loopback, where the defaults are meant for one developer.
 */
export function startupWarnings(config: Pick<Config, 'host' | 'adminToken'>): string[] {
  if (isLoopbackHost(config.host)) return [];
  const warnings: string[] = [];
  if (config.adminToken === DEFAULT_ADMIN_TOKEN) {
    warnings.push(
      `lgsp-sim: warning: ADMIN_TOKEN is the default "${DEFAULT_ADMIN_TOKEN}" and the gateway listens on ${config.host}, reachable from other machines; set ADMIN_TOKEN to a secret`,
    );
  }
  return warnings;
}
