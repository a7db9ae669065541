import { ValidationError } from './errors';

const LOOPBACK = ['localhost', '127.0.0.1', '::1', '[::1]'];

/**
 * Decides which callback URLs the simulator may call. Hosts are matched exactly, or by suffix when
 * written `*.example.gov.vn`; `loopback` stands for localhost, 127.0.0.0/8 and ::1.
 */
export class CallbackUrlPolicy {
  constructor(private readonly allowedHosts: readonly string[]) {}

  private allows(hostname: string): boolean {
    const host = hostname.toLowerCase();
    return this.allowedHosts.some((rule) => {
      const r = rule.toLowerCase();
      if (r === '*') return true;
      if (r === 'loopback') return LOOPBACK.includes(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
      if (r.startsWith('*.')) return host.endsWith(r.slice(1));
      return host === r;
    });
  }

  /** Throws a ValidationError naming `path` when the URL is not http(s) or its host is not allowed. */
  check(url: string, path = 'header.callbackUrl'): void {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new ValidationError(`${path} must be an absolute http(s) URL`, [{ path, message: `${path} must be an absolute http(s) URL` }]);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      const message = `${path} must use http or https, not ${parsed.protocol.replace(':', '')}`;
      throw new ValidationError(message, [{ path, message }]);
    }
    if (!this.allows(parsed.hostname)) {
      const message = `${path} points at ${parsed.hostname}, which is not in CALLBACK_ALLOWED_HOSTS (${this.allowedHosts.join(', ')})`;
      throw new ValidationError(message, [{ path, message }]);
    }
  }
}
