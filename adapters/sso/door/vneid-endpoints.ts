import { createLocalJWKSet, jwtVerify } from 'jose';
import type { NativeRequest } from '../../../src/core/adapter';
import { oauthError } from '../identity-provider';
import { json, oauthError as oauthAnswer } from './answers';
import { field, type SsoDoor, type SsoEndpoint } from './door';

const TOKEN_ERRORS = {
  '400': oauthAnswer('`invalid_request`: token_id is missing.'),
  '401': oauthAnswer('`invalid_token`: the VNeID token is not valid or has expired.'),
};

/** The VNeID token a helper URL carries, checked against our key and the simulation clock. */
async function vneidClaims(request: NativeRequest, door: SsoDoor) {
  const token = field(request, 'token_id');
  if (!token) throw oauthError('invalid_request', 'token_id is missing');
  const keys = createLocalJWKSet(await door.idp.keys(door.context).jwks());
  try {
    const { payload } = await jwtVerify(token, keys, {
      currentDate: door.context.clock.now(),
      issuer: `${door.context.publicBaseUrl}/vneid/auth/realms/citizen`,
    });
    return payload;
  } catch (error) {
    throw oauthError('invalid_token', `The VNeID token is not valid: ${(error as Error).message}`, 401);
  }
}

/**
 * VNeID's third-party helpers that Cổng DVCQG's `userProfileUri` and `logoutUri` point at (DOMAIN-MORE
 * §4.2). Their answers are unpublished: these are inferred stand-ins, so a relying party that follows
 * the URLs gets an answer rather than a 404.
 */
const viewInfo: SsoEndpoint = {
  methods: ['GET'],
  summary: 'VNeID helper behind userProfileUri (inferred stand-in)',
  paths: ['/vneid/api/idp/third-party/view-info'],
  answers: {
    '200': json(
      {
        type: 'object',
        required: ['SoDinhDanh'],
        properties: { SoDinhDanh: { type: 'string' }, HoVaTen: { type: 'string' }, exp: { type: 'integer' } },
      },
      'The person the token names.',
    ),
    ...TOKEN_ERRORS,
  },
  async handle(request, door) {
    const claims = await vneidClaims(request, door);
    const person = door.idp.accounts.person(String(claims.preferred_username));
    return { status: 200, body: { SoDinhDanh: claims.preferred_username, HoVaTen: person?.fullName, exp: claims.exp } };
  },
};

const vneidLogout: SsoEndpoint = {
  methods: ['GET'],
  summary: 'VNeID helper behind logoutUri (inferred stand-in)',
  paths: ['/vneid/api/idp/third-party/logout'],
  answers: {
    '200': json({ type: 'object', required: ['status'], properties: { status: { const: 'logged_out' } } }, 'Signed out of VNeID.'),
    ...TOKEN_ERRORS,
  },
  async handle(request, door) {
    await vneidClaims(request, door);
    return { status: 200, body: { status: 'logged_out' } };
  },
};

export const vneidEndpoints: readonly SsoEndpoint[] = [viewInfo, vneidLogout];
