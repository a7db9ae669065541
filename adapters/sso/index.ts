import type { Adapter } from '../../src/core/adapter';
import type { ReferenceData } from '../../src/seed/reference-data';
import { defineReadOnly } from '../../src/core/operation';
import { schemaId } from '../../src/core/schema-id';
import type { AdapterDeps } from '../shared/adapter-deps';
import { stableUuid } from './accounts';
import { oauthErrorResponse } from './door/door';
import { ssoHandlers } from './handlers';
import { IdentityProvider } from './identity-provider';
import { encodeReturnState } from './return-state';
import { DEV_RP, loadSsoSeeds } from './sso-seeds';

export { SSO_ENDPOINTS } from './door';
export { ssoDoor } from './door/sso-door';
export { IdentityProvider } from './identity-provider';

const providers = new WeakMap<ReferenceData, Map<string, IdentityProvider>>();

/** One identity provider per reference dataset and development agency: the adapter and the door share it. */
export function identityProviderFor({ reference, settings, seedsDir }: AdapterDeps): IdentityProvider {
  const { agency } = settings.devClient;
  let byAgency = providers.get(reference);
  if (!byAgency) providers.set(reference, (byAgency = new Map<string, IdentityProvider>()));
  let idp = byAgency.get(agency);
  if (!idp) {
    idp = new IdentityProvider(reference, loadSsoSeeds(seedsDir, agency));
    byAgency.set(agency, idp);
  }
  return idp;
}

/**
 * Shared single sign-on (DOMAIN-MORE §4): Cổng DVCQG's OpenID Connect provider (WSO2 Identity
 * Server) with VNeID federation, the province's WSO2 tenants for officials and its CAS for shared
 * accounts. The browser and relying parties use the door (door/, which the HTTP layer mounts);
 * its steps that are messages run through the pipeline as `sso.login`, `sso.token`, `sso.userinfo`.
 */
export function createSsoAdapter(deps: AdapterDeps): Adapter {
  const idp = identityProviderFor(deps);
  const citizen = deps.reference.dataset.testPersons.cleanRecord.id;
  return {
    manifest: {
      service: 'sso',
      name: 'Single sign-on (Cổng DVCQG, VNeID, provincial WSO2 and CAS)',
      description:
        'OpenID Connect provider shaped like Cổng DVCQG’s WSO2 Identity Server (/oauth2/*, /oidc/logout), officials’ tenants (/t/{tenant}/oauth2/*) and CAS 3.0 (/cas/*), over the seeded citizens and enterprises.',
      operations: [
        {
          operation: 'login',
          summary:
            'A person signed in: issue the authorization code (OIDC) or service ticket (CAS); through the unified API, a password-less test login',
          requestSchema: schemaId('sso/login.request.json'),
          responseSchema: schemaId('sso/login.response.json'),
          example: {
            realm: 'dvcqg',
            username: citizen,
            client_id: DEV_RP.clientId,
            redirect_uri: 'http://localhost:5000/sso/callback',
            scope: 'openid',
            acr: 'LoA1',
            state: encodeReturnState('http://localhost:5000/dich-vu-cong'),
          },
        },
        {
          operation: 'token',
          summary: 'The token endpoint’s grants (authorization_code with PKCE, refresh_token, client_credentials) for an authenticated client',
          requestSchema: schemaId('sso/token.request.json'),
          responseSchema: schemaId('sso/token.response.json'),
          example: { grant_type: 'client_credentials', client_id: DEV_RP.clientId },
        },
        {
          operation: 'userinfo',
          summary: 'The claims of an account, in the portal’s names and formats',
          requestSchema: schemaId('sso/userinfo.request.json'),
          responseSchema: schemaId('sso/userinfo.response.json'),
          example: { sub: stableUuid('sub', citizen) },
          // A VNeID-federated look-up without its token signs a fresh one, which makes the signing key on first use.
          readOnly: defineReadOnly('sso.userinfo', (body) => body.idp !== 'vneid' || Boolean(body.vneid_token)),
        },
      ],
      native: [],
      renderError: (error) => oauthErrorResponse(error),
    },
    handlers: ssoHandlers(idp),
  };
}
