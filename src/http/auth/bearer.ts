import type { Request } from 'express';
import { TOKEN_REFUSED, UnauthorizedError } from '../../core/errors';
import type { Principal, TokenStore } from '../../core/ports';

export function bearerToken(req: Request): string | undefined {
  const header = req.get('authorization');
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1] : undefined;
}

/**
 * The principal of the request's bearer token; throws 401 when it is missing, unknown or expired.
 * It may come from this process's memory: a message's own step checks the token again (see
 * `Principal.token`), so a token revoked or wiped elsewhere never carries a message in.
 */
export async function authenticate(req: Request, tokens: TokenStore): Promise<Principal> {
  const token = bearerToken(req);
  if (!token) throw new UnauthorizedError('Missing bearer token: get one from POST /token and send Authorization: Bearer <token>', 'missing');
  const principal = await tokens.resolve(token);
  if (!principal) throw new UnauthorizedError(TOKEN_REFUSED, 'invalid');
  return principal;
}
