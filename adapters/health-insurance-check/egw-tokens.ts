import { createHash } from 'node:crypto';
import type { AdapterContext } from '../../src/core/adapter';
import type { StateStore } from '../../src/core/ports';
import type { EgwAccount } from './card-seeds';

/** How long a token from `/api/token/take` lasts, in minutes of simulation time. */
export const TOKEN_MINUTES = 30;
/** Redis keeps a token this long in real time, well past its simulated expiry. */
const TOKEN_KEEP_SECONDS = 24 * 3600;

export interface IssuedToken {
  access_token: string;
  id_token: string;
  token_type: 'bearer';
  username: string;
  /** UTC timestamp of the expiry as .NET writes a UTC DateTime: `2025-09-05T07:31:44.6200586Z` (seven fraction digits, `C:X`). */
  expires_in: string;
}

interface StoredToken {
  username: string;
  id_token: string;
  expiresAt: number;
}

const tokenKey = (token: string): string => `egw-token:${token}`;
/** A UTC instant in .NET's round-trip form (`o`): milliseconds written as seven fraction digits. */
const dotNetUtc = (at: Date): string => at.toISOString().replace(/\.(\d{3})Z$/, '.$10000Z');
export const md5Upper = (text: string): string => createHash('md5').update(text, 'utf8').digest('hex').toUpperCase();

/**
 * The gateway's own login (DOMAIN-MORE §3.2): the facility account's password travels as its MD5 in
 * hex (uppercase; lower case is taken too). The token is kept in this backend's state and expires on
 * the simulation clock.
 */
export class EgwTokens {
  constructor(private readonly accounts: readonly EgwAccount[]) {}

  account(username: string): EgwAccount | undefined {
    return this.accounts.find((a) => a.username === username);
  }

  async take(context: AdapterContext, username: string, password: string): Promise<IssuedToken | undefined> {
    const account = this.account(username);
    if (!account || md5Upper(account.password) !== password.toUpperCase()) return undefined;
    const expiresAt = context.clock.now().getTime() + TOKEN_MINUTES * 60_000;
    const token: IssuedToken = {
      access_token: context.ids.uuid().replace(/-/g, ''),
      id_token: context.ids.uuid(),
      token_type: 'bearer',
      username,
      expires_in: dotNetUtc(new Date(expiresAt)),
    };
    await context.state.set<StoredToken>(
      tokenKey(token.access_token),
      { username, id_token: token.id_token, expiresAt },
      { ttlSeconds: TOKEN_KEEP_SECONDS },
    );
    return token;
  }

  /** The account a token, id_token and username belong to, or why not. */
  async verify(state: StateStore, now: number, sent: { token?: string; id_token?: string; username?: string }): Promise<EgwAccount | string> {
    if (!sent.token) return 'Thiếu token: lấy token tại /api/token/take rồi gửi token, id_token, username trên query string.';
    const stored = await state.get<StoredToken>(tokenKey(sent.token));
    if (!stored || stored.id_token !== sent.id_token || stored.username !== sent.username) return 'Token, id_token hoặc username không đúng.';
    if (stored.expiresAt <= now) return `Token đã hết hạn lúc ${new Date(stored.expiresAt).toISOString()}; lấy token mới.`;
    return this.account(stored.username) ?? 'Tài khoản không còn hiệu lực.';
  }
}
