import type { OpenApiContribution, OperationObject, PathItemObject } from '../../src/openapi/openapi-types';
import { toOpenApiPaths } from '../../src/openapi/express-path';
import { oauthError, type SsoAnswers } from './door/answers';
import type { SsoEndpoint } from './door/door';

const TAG = 'Single sign-on';

/** What every endpoint may answer besides its own: the router refuses a body it cannot read, and renders a fault. */
const COMMON: SsoAnswers = {
  '400': oauthError('`invalid_request`: the body cannot be read.'),
  '413': oauthError('`invalid_request`: the body is over `BODY_LIMIT_BYTES`.'),
  '415': oauthError('`invalid_request`: a body that is neither a form nor JSON.'),
  '5XX': oauthError('`server_error`, or a fault injected by a scenario (its status and code).'),
};

function operationId(method: string, template: string): string {
  const words = template.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return `sso${method[0]}${method.slice(1).toLowerCase()}${words.map((w) => w[0]?.toUpperCase() + w.slice(1)).join('')}`;
}

function sorted(answers: SsoAnswers): SsoAnswers {
  return Object.fromEntries(Object.entries(answers).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * The identity providers' endpoints in the OpenAPI document, from the same list the router mounts.
 * A path shared with the gateway's own route (`POST /oauth2/token`) adds its answers to that
 * operation (`x-lgsp-shared`), so one operation tells both.
 */
export function ssoOpenApi(endpoints: readonly SsoEndpoint[]): OpenApiContribution {
  const paths: Record<string, PathItemObject> = {};
  for (const endpoint of endpoints) {
    for (const expressPath of endpoint.paths) {
      for (const { template, params } of toOpenApiPaths(expressPath)) {
        const shared = endpoint.shared === true && params.length === 0;
        for (const method of endpoint.methods) {
          const operation: OperationObject = {
            operationId: operationId(method, template),
            summary: endpoint.summary,
            tags: [TAG],
            security: [{}],
            ...(params.length
              ? {
                  parameters: params.map((name) => ({
                    name,
                    in: 'path',
                    required: true,
                    description: 'A tenant domain of the province’s WSO2 (seeds/sso-accounts.json).',
                    schema: { type: 'string' },
                  })),
                }
              : {}),
            responses: sorted({ ...COMMON, ...endpoint.answers }),
            ...(shared ? { 'x-lgsp-shared': true } : {}),
          };
          paths[template] = { ...paths[template], [method.toLowerCase()]: operation };
        }
      }
    }
  }
  return {
    tags: [
      {
        name: TAG,
        description: 'Cổng DVCQG’s OpenID Connect provider (WSO2), the officials’ tenants, CAS and the development RP. See adapters/sso/README.md.',
      },
    ],
    paths,
  };
}
