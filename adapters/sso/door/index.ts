import { casEndpoints } from './cas-endpoints';
import { devRpEndpoints } from './dev-rp';
import type { SsoEndpoint } from './door';
import { loginEndpoints } from './login-endpoints';
import { metadataEndpoints } from './metadata-endpoints';
import { tokenEndpoints } from './token-endpoints';
import { vneidEndpoints } from './vneid-endpoints';

export type { SsoDoor, SsoEndpoint } from './door';

/** Every browser- and RP-facing endpoint of the simulated identity providers. */
export const SSO_ENDPOINTS: readonly SsoEndpoint[] = [
  ...loginEndpoints,
  ...tokenEndpoints,
  ...metadataEndpoints,
  ...casEndpoints,
  ...vneidEndpoints,
  ...devRpEndpoints,
];
