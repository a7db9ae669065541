import type { OpenApiContribution, OperationObject, PathItemObject } from '../../src/openapi/openapi-types';
import { toOpenApiPaths } from '../../src/openapi/express-path';
import type { SsoEndpoint } from './door/door';

const TAG = 'Single sign-on';

/** Documented elsewhere already: the gateway's own token route shares this path and method. */
const SHARED = new Set(['POST /oauth2/token']);

function operationId(method: string, template: string): string {
  const words = template.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return `sso${method[0]}${method.slice(1).toLowerCase()}${words.map((w) => w[0]?.toUpperCase() + w.slice(1)).join('')}`;
}

/** The identity providers' endpoints in the OpenAPI document, from the same list the router mounts. */
export function ssoOpenApi(endpoints: readonly SsoEndpoint[]): OpenApiContribution {
  const paths: Record<string, PathItemObject> = {};
  for (const endpoint of endpoints) {
    for (const expressPath of endpoint.paths) {
      for (const { template, params } of toOpenApiPaths(expressPath)) {
        for (const method of endpoint.methods) {
          if (SHARED.has(`${method} ${template}`)) continue;
          const operation: OperationObject = {
            operationId: operationId(method, template),
            summary: endpoint.summary,
            tags: [TAG],
            ...(params.length ? { parameters: params.map((name) => ({ name, in: 'path', required: true, description: 'A tenant domain of the province’s WSO2 (seeds/sso-accounts.json).', schema: { type: 'string' } })) } : {}),
            responses: {
              '200': { description: 'JSON, XML (CAS) or an HTML page, as the real endpoint answers.' },
              '302': { description: 'Browser flows: on to the next step or back to the relying party.' },
              '400': { description: 'OAuth error `{error, error_description}`, or an error page in browser flows.' },
              '401': { description: '`invalid_client` or `invalid_token`.' },
            },
          };
          paths[template] = { ...paths[template], [method.toLowerCase()]: operation };
        }
      }
    }
  }
  return { tags: [{ name: TAG, description: 'Cổng DVCQG’s OpenID Connect provider (WSO2), the officials’ tenants, CAS and the development RP. See adapters/sso/README.md.' }], paths };
}
