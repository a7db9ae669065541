import type { OpenApiContribution, OperationObject } from '../../../openapi/openapi-types';
import { schemaRef } from '../../../openapi/schema-components';
import { schemaId } from '../../../schemas/load-schemas';

const TAG = 'Documents';

function get(operationId: string, summary: string, type: string, schema?: Record<string, unknown>): { get: OperationObject } {
  return { get: { operationId, summary, tags: [TAG], security: [], responses: { '200': { description: summary, content: { [type]: { schema: schema ?? { type: 'string' } } } } } } };
}

/** The documents and pages of the contract kit in the OpenAPI document (no credential needed). */
export function docsOpenApi(): OpenApiContribution {
  return {
    tags: [{ name: TAG, description: 'Pages and machine-readable documents: the landing page, /docs, the AsyncAPI document and the contract-suite schema.' }],
    paths: {
      '/': get('landingPage', 'The landing page: links to the docs, admin, services and health checks.', 'text/html'),
      '/docs': get('docsPage', 'The documentation index.', 'text/html'),
      '/docs/openapi': get('openApiPage', 'This document in Swagger UI (served by the simulator, no CDN).', 'text/html'),
      '/docs/asyncapi': get('asyncApiPage', 'The AsyncAPI document as a page.', 'text/html'),
      '/api/v1/asyncapi.json': get('asyncApiDocument', 'AsyncAPI 3.0: what the platform sends on its own (callbacks, status pushes, PayGov IPNs).', 'application/json', { type: 'object' }),
      '/api/v1/schemas/contract-suite': get('contractSuiteSchema', 'The JSON Schema of `lgsp-sim test` suites.', 'application/schema+json', { ...schemaRef(schemaId('contract/suite.json')) }),
    },
  };
}
