import type { Door } from '../../../src/core/door';
import { ANONYMOUS, type Principal } from '../../../src/core/ports';
import type { IdentityProvider } from '../identity-provider';
import type { RelyingParty } from '../sso-seeds';
import { COMMON_ANSWERS } from './answers';
import { oauthErrorResponse, type SsoDoor, type SsoOperation } from './door';
import { SSO_ENDPOINTS } from './index';

/** Who sends a message of the door: the relying party it authenticated, or nobody yet (a browser's sign-in). */
function principalOf(client?: RelyingParty): Principal {
  return client
    ? { clientId: client.clientId, agency: client.agency, services: ['sso'] }
    : { clientId: ANONYMOUS, agency: ANONYMOUS, services: ['sso'] };
}

/**
 * The identity providers' endpoints (Cổng DVCQG's WSO2, the officials' tenants, CAS, the development
 * RP) as a door the HTTP layer mounts. The flows are the browser's and the relying party's, so they
 * are not native routes of one message each; the steps that are messages (`sso.login`, `sso.token`,
 * `sso.userinfo`) go through the one pipeline, where the journal and fault scenarios see them.
 */
export function ssoDoor(idp: IdentityProvider): Door<SsoDoor> {
  return {
    service: 'sso',
    endpoints: SSO_ENDPOINTS,
    open: ({ submit, context }) => ({
      idp,
      context,
      submit: async <T>(operation: SsoOperation, body: object, client?: RelyingParty): Promise<T> =>
        (await submit(operation, body, principalOf(client))) as T,
    }),
    renderError: (error) => oauthErrorResponse(error),
    tag: {
      name: 'Single sign-on',
      description: 'Cổng DVCQG’s OpenID Connect provider (WSO2), the officials’ tenants, CAS and the development RP. See adapters/sso/README.md.',
    },
    commonAnswers: COMMON_ANSWERS,
    pathParameters: { tenant: 'A tenant domain of the province’s WSO2 (seeds/sso-accounts.json).' },
  };
}
