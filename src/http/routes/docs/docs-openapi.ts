import type { OpenApiContribution, OperationObject, ResponseObject } from '../../../openapi/openapi-types';
import { schemaRef } from '../../../openapi/schema-components';
import { problemResponse } from '../../../openapi/shared-components';
import { schemaId } from '../../../schemas/load-schemas';
import { OWN_FILES, SWAGGER_FILES } from './docs-router';

const TAG = 'Documents';

function get(operationId: string, summary: string, type: string, schema?: Record<string, unknown>): { get: OperationObject } {
  return {
    get: {
      operationId,
      summary,
      tags: [TAG],
      security: [],
      responses: { '200': { description: summary, content: { [type]: { schema: schema ?? { type: 'string' } } } } },
    },
  };
}

/**
 * The contract-suite route answers the suite's JSON Schema itself (a schema, not a suite): an
 * editor reads it to check and complete suite files.
 */
const SUITE_SCHEMA_DOCUMENT = {
  type: 'object',
  description: 'A JSON Schema (2020-12) document: schemas/contract/suite.json as shipped.',
  required: ['$schema', '$id', 'type', 'properties'],
  properties: {
    $schema: { const: 'https://json-schema.org/draft/2020-12/schema' },
    $id: { const: schemaId('contract/suite.json') },
    title: { type: 'string' },
    type: { const: 'object' },
    properties: { type: 'object' },
  },
  // What the document says of a suite, as this document's own component (for readers; not applied to the body).
  $defs: { suite: schemaRef(schemaId('contract/suite.json')) },
};

/** A static file of the docs pages, one content type per file name. */
function asset(operationId: string, summary: string, files: Record<string, string>): { get: OperationObject } {
  const types = [...new Set(Object.values(files).map((t) => t.split(';')[0]))];
  const ok: ResponseObject = {
    description: `The file (${Object.entries(files)
      .map(([f, t]) => `\`${f}\`: ${t.split(';')[0]}`)
      .join(', ')}).`,
    content: Object.fromEntries(
      types.map((t) => [t, { schema: t.startsWith('image/') ? { type: 'string', contentMediaType: t } : { type: 'string' } }]),
    ),
  };
  return {
    get: {
      operationId,
      summary,
      tags: [TAG],
      security: [],
      parameters: [{ name: 'file', in: 'path', required: true, schema: { enum: Object.keys(files) } }],
      responses: { '200': ok, '404': problemResponse('404', 'No such file.') },
    },
  };
}

/** The documents and pages of the contract kit in the OpenAPI document (no credential needed). */
export function docsOpenApi(): OpenApiContribution {
  return {
    tags: [
      {
        name: TAG,
        description: 'Pages and machine-readable documents: the landing page, /docs, the AsyncAPI document and the contract-suite schema.',
      },
    ],
    paths: {
      '/': get('landingPage', 'The landing page: links to the docs, admin, services and health checks.', 'text/html'),
      '/docs': get('docsPage', 'The documentation index.', 'text/html'),
      '/docs/openapi': get('openApiPage', 'This document in Swagger UI (served by the simulator, no CDN).', 'text/html'),
      '/docs/asyncapi': get('asyncApiPage', 'The AsyncAPI document as a page.', 'text/html'),
      '/docs/assets/{file}': asset('docsAsset', 'The docs pages’ own style sheet and script.', OWN_FILES),
      '/docs/assets/swagger-ui/{file}': asset(
        'swaggerUiAsset',
        'Swagger UI’s files, served from the swagger-ui-dist package (no CDN).',
        SWAGGER_FILES,
      ),
      '/api/v1/asyncapi.json': get(
        'asyncApiDocument',
        'AsyncAPI 3.0: what the platform sends on its own (callbacks, status pushes, PayGov IPNs).',
        'application/json',
        { type: 'object' },
      ),
      '/api/v1/schemas/contract-suite': get(
        'contractSuiteSchema',
        'The JSON Schema of `lgsp-sim test` suites, for editors.',
        'application/schema+json',
        SUITE_SCHEMA_DOCUMENT,
      ),
    },
  };
}
