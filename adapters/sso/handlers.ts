import type { HandlerContext, OperationHandler } from '../../src/core/adapter';
import { BusinessRuleError, NotFoundError } from '../../src/core/errors';
import { defineHandlers, type TypedHandler } from '../../src/core/operation';
import type { SsoLoginRequest, SsoLoginResponse, SsoTokenResponse } from '../../src/generated/schema-types';
import type { SsoAccount } from './accounts';
import { CAS, DEFAULT_ACR, DVCQG, oauthError, pkceMatches, withQuery, type IdentityProvider } from './identity-provider';
import { LIFETIMES, type Grant, type SsoSession } from './sso-store';

/** Opens (or reuses) the SSO session a login belongs to. */
async function sessionFor(idp: IdentityProvider, context: HandlerContext, body: SsoLoginRequest, account: SsoAccount): Promise<SsoSession> {
  const store = idp.store(context);
  const existing = body.session_id ? await store.session(body.session_id) : undefined;
  if (existing && existing.username === account.username && existing.realm === body.realm) return existing;
  const method = body.idp ?? 'password';
  return store.putSession({
    realm: body.realm,
    username: account.username,
    idp: method,
    acr: body.acr ?? DEFAULT_ACR,
    authTime: store.nowSeconds(),
    ...(method === 'vneid' ? { vneidToken: await idp.vneidToken(context, account) } : {}),
  });
}

/** `sso.login`: a person signed in; issue the code (OIDC realms) or the service ticket (CAS). */
function login(idp: IdentityProvider): TypedHandler<'sso.login'> {
  return async (message, context): Promise<SsoLoginResponse> => {
    const { body } = message;
    const method = body.idp ?? 'password';
    if (body.realm !== CAS && !idp.isRealm(body.realm)) throw oauthError('invalid_request', `Unknown realm ${body.realm}`);
    const account = idp.account(body.realm, body.username);
    if (!account) throw new NotFoundError(`No account ${body.username} in realm ${body.realm}`);
    if (account.closedBecause) throw oauthError('access_denied', account.closedBecause, 403);
    if (method === 'vneid' && (body.realm !== DVCQG || account.kind !== 'citizen')) {
      throw oauthError('invalid_request', 'A VNeID login is for citizens of the Cổng DVCQG realm only');
    }
    const store = idp.store(context);
    if (body.realm === CAS) {
      if (!body.service || !idp.clients.casServiceAllowed(body.service))
        throw oauthError('INVALID_SERVICE', `The service ${body.service ?? '(none)'} is not registered with the CAS`);
      const session = await sessionFor(idp, context, body, account);
      const ticket = await store.putServiceTicket({ username: account.username, service: body.service });
      return { redirectTo: withQuery(body.service, { ticket }), ticket, sub: account.username, sessionId: session.id };
    }
    const client = idp.clientIn(body.realm, body.client_id);
    if (!client) throw oauthError('invalid_client', `No client ${body.client_id ?? '(none)'} in realm ${body.realm}`, 401);
    if (!body.redirect_uri || !idp.clients.redirectAllowed(client, body.redirect_uri, context.publicBaseUrl)) {
      throw oauthError('invalid_request', `redirect_uri ${body.redirect_uri ?? '(none)'} is not registered for client ${client.clientId}`);
    }
    const scope = body.scope ?? 'openid';
    if (!scope.split(' ').includes('openid')) throw oauthError('invalid_scope', 'The scope must include openid');
    const session = await sessionFor(idp, context, body, account);
    const code = await store.putCode({
      realm: body.realm,
      clientId: client.clientId,
      sub: account.sub,
      username: account.username,
      idp: session.idp,
      acr: body.acr ?? session.acr,
      scope,
      sessionId: session.id,
      authTime: session.authTime,
      redirectUri: body.redirect_uri,
      ...(session.vneidToken ? { vneidToken: session.vneidToken } : {}),
      ...(body.nonce ? { nonce: body.nonce } : {}),
      ...(body.code_challenge ? { codeChallenge: body.code_challenge, codeChallengeMethod: body.code_challenge_method ?? 'plain' } : {}),
    });
    const redirectTo = withQuery(body.redirect_uri, { code, state: body.state, session_state: session.id });
    return { redirectTo, code, sub: account.sub, sessionId: session.id };
  };
}

async function tokensFor(idp: IdentityProvider, context: HandlerContext, grant: Grant): Promise<SsoTokenResponse> {
  const { accessToken, refreshToken } = await idp.store(context).putTokens(grant, true);
  return {
    access_token: accessToken,
    ...(refreshToken ? { refresh_token: refreshToken } : {}),
    scope: grant.scope,
    id_token: await idp.idToken(context, grant),
    token_type: 'Bearer',
    expires_in: LIFETIMES.accessToken,
  };
}

/** `sso.token`: the token endpoint's grants, for a client the door already authenticated. */
function token(idp: IdentityProvider): TypedHandler<'sso.token'> {
  return async (message, context): Promise<SsoTokenResponse> => {
    const { body } = message;
    const realm = body.realm ?? DVCQG;
    const client = idp.clientIn(realm, body.client_id);
    if (!client) throw oauthError('invalid_client', `No client ${body.client_id} in realm ${realm}`, 401);
    const store = idp.store(context);
    if (body.grant_type === 'authorization_code') {
      if (!body.code) throw oauthError('invalid_request', 'code is missing');
      const record = await store.takeCode(body.code);
      if (!record || record.clientId !== client.clientId || record.realm !== realm)
        throw oauthError('invalid_grant', 'The authorization code is unknown, used or expired');
      if (body.redirect_uri !== undefined && body.redirect_uri !== record.redirectUri)
        throw oauthError('invalid_grant', 'redirect_uri differs from the one of the authorization request');
      if (record.codeChallenge) {
        if (!body.code_verifier) throw oauthError('invalid_grant', 'code_verifier is missing (the authorization request had a code_challenge)');
        if (!pkceMatches(body.code_verifier, record.codeChallenge, record.codeChallengeMethod))
          throw oauthError('invalid_grant', 'PKCE verification failed');
      }
      const { redirectUri: _r, codeChallenge: _c, codeChallengeMethod: _m, ...grant } = record;
      return tokensFor(idp, context, grant);
    }
    if (body.grant_type === 'refresh_token') {
      if (!body.refresh_token) throw oauthError('invalid_request', 'refresh_token is missing');
      const grant = await store.takeRefreshToken(body.refresh_token);
      if (!grant || grant.clientId !== client.clientId || grant.realm !== realm)
        throw oauthError('invalid_grant', 'The refresh token is unknown, used or expired');
      const { expiresAt: _e, ...kept } = grant as Grant & { expiresAt?: number };
      return tokensFor(idp, context, kept);
    }
    if (body.grant_type === 'client_credentials') {
      const scope = body.scope ?? 'default';
      const grant: Grant = {
        realm,
        clientId: client.clientId,
        sub: client.clientId,
        username: '',
        idp: 'password',
        acr: DEFAULT_ACR,
        scope,
        authTime: store.nowSeconds(),
      };
      const { accessToken } = await store.putTokens(grant, false);
      return { access_token: accessToken, scope, token_type: 'Bearer', expires_in: LIFETIMES.accessToken };
    }
    throw oauthError(
      'unsupported_grant_type',
      `grant_type ${body.grant_type} is not supported (authorization_code, refresh_token, client_credentials)`,
    );
  };
}

/** `sso.userinfo`: the claims for a checked token's account. */
function userinfo(idp: IdentityProvider): TypedHandler<'sso.userinfo'> {
  return async ({ body }, context) => {
    const realm = body.realm ?? DVCQG;
    if (!idp.isRealm(realm)) throw new BusinessRuleError('invalid_request', `Unknown realm ${realm}`, { status: 400 });
    return idp.userClaims(context, {
      realm,
      sub: body.sub,
      idp: body.idp ?? 'password',
      acr: body.acr ?? DEFAULT_ACR,
      ...(body.vneid_token ? { vneidToken: body.vneid_token } : {}),
    });
  };
}

export function ssoHandlers(idp: IdentityProvider): Readonly<Record<string, OperationHandler>> {
  return defineHandlers('sso', { login: login(idp), token: token(idp), userinfo: userinfo(idp) });
}
