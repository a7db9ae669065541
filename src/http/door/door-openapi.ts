import type { Door, DoorAnswer, DoorAnswers, DoorSchema } from '../../core/door';
import { SCHEMA_ID_BASE } from '../../core/schema-id';
import { toOpenApiPaths } from '../../openapi/express-path';
import type { OpenApiContribution, OperationObject, PathItemObject, ResponseObject, SchemaObject } from '../../openapi/openapi-types';
import { schemaRef } from '../../openapi/schema-components';

function operationId(service: string, method: string, template: string): string {
  const words = template.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return `${service}${method[0]}${method.slice(1).toLowerCase()}${words.map((w) => w[0]?.toUpperCase() + w.slice(1)).join('')}`;
}

/** A schema of schemas/ named by its `$id` becomes a reference into the document's components. */
function documented(schema: DoorSchema): SchemaObject {
  return typeof schema.$ref === 'string' && schema.$ref.startsWith(SCHEMA_ID_BASE) ? { ...schema, ...schemaRef(schema.$ref) } : schema;
}

function response(answer: DoorAnswer): ResponseObject {
  const map = <T extends { schema?: DoorSchema }>(parts: Record<string, T> | undefined) =>
    parts &&
    Object.fromEntries(Object.entries(parts).map(([name, part]) => [name, part.schema ? { ...part, schema: documented(part.schema) } : part]));
  const headers = map(answer.headers) as ResponseObject['headers'];
  const content = map(answer.content);
  return { ...answer, ...(headers ? { headers } : {}), ...(content ? { content } : {}) };
}

function responses(answers: DoorAnswers): Record<string, ResponseObject> {
  return Object.fromEntries(
    Object.entries(answers)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([status, answer]) => [status, response(answer)]),
  );
}

/**
 * A door's endpoints in the OpenAPI document, from the same list the router mounts. A path shared
 * with another route (SSO's `POST /oauth2/token`, the gateway's token route) adds its answers to that
 * operation (`x-lgsp-shared`), so one operation tells both.
 */
export function doorOpenApi<Tools>(door: Door<Tools>): OpenApiContribution {
  const paths: Record<string, PathItemObject> = {};
  for (const endpoint of door.endpoints) {
    for (const expressPath of endpoint.paths) {
      for (const { template, params } of toOpenApiPaths(expressPath)) {
        const shared = endpoint.shared === true && params.length === 0;
        for (const method of endpoint.methods) {
          const operation: OperationObject = {
            operationId: operationId(door.service, method, template),
            summary: endpoint.summary,
            tags: [door.tag.name],
            security: [{}],
            ...(params.length
              ? {
                  parameters: params.map((name) => ({
                    name,
                    in: 'path',
                    required: true,
                    ...(door.pathParameters[name] ? { description: door.pathParameters[name] } : {}),
                    schema: { type: 'string' },
                  })),
                }
              : {}),
            responses: responses({ ...door.commonAnswers, ...endpoint.answers }),
            ...(shared ? { 'x-lgsp-shared': true } : {}),
          };
          paths[template] = { ...paths[template], [method.toLowerCase()]: operation };
        }
      }
    }
  }
  return { tags: [door.tag], paths };
}
