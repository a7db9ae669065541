import type { Adapter, BodyFormat, NativeRoute, PageRoute } from '../core/adapter';
import type { AdapterRegistry } from '../core/registry';
import { toOpenApiPaths } from './express-path';
import type { HttpMethod, MediaTypeObject, OpenApiContribution, OperationObject, ParameterObject, PathItemObject } from './openapi-types';
import { NATIVE_ENVELOPES, nativeAnswers } from './native-answers';
import { pageAnswers } from './page-answers';
import { schemaRef } from './schema-components';
import { BEARER } from './shared-components';

/**
 * Every adapter's native paths and pages. A native path is a translation of one message type, so its
 * operation links that type's schemas; what it answers, status by status, is the backend's own
 * envelope around the operation's `*.response` schema (native-answers.ts).
 */

const MEDIA_TYPES: Record<BodyFormat, string> = {
  json: 'application/json',
  xml: 'application/xml',
  form: 'application/x-www-form-urlencoded',
  text: 'text/plain',
};

function requestBody(route: NativeRoute, messageType: string): OperationObject['requestBody'] {
  if (route.method === 'GET' || route.method === 'DELETE') return undefined;
  const content: Record<string, MediaTypeObject> = {};
  // A door with a body of its own (LLTP v2) is described member by member by that schema.
  for (const format of route.accepts ?? ['json'])
    content[MEDIA_TYPES[format]] = route.wireSchema ? { schema: { ...schemaRef(route.wireSchema) } } : {};
  return { description: `The backend’s own fields, translated into the body of \`${messageType}\` (see its schema).`, content };
}

function nativeOperation(adapter: Adapter, route: NativeRoute, path: string, params: readonly string[], operationId: string): OperationObject {
  const { manifest } = adapter;
  const messageType = `${manifest.service}.${route.operation}`;
  const spec = manifest.operations.find((op) => op.operation === route.operation);
  const parameters: ParameterObject[] = params.map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
  const body = requestBody(route, messageType);
  const schemaLinks = `\`GET /api/v1/schemas/${messageType}\`${spec?.responseSchema ? ` (answer: \`?kind=response\`)` : ''}`;
  return {
    operationId,
    tags: [manifest.service],
    summary: spec?.summary ?? route.operation,
    description: `Native path of \`${messageType}\`: the same pipeline as the unified API, answered synchronously in the backend’s own envelope. Message schema: ${schemaLinks}.`,
    'x-lgsp-message-type': messageType,
    security: route.auth === 'optional' ? [{}, { [BEARER]: [] }] : [{ [BEARER]: [] }],
    ...(parameters.length ? { parameters } : {}),
    ...(body ? { requestBody: body } : {}),
    responses: nativeAnswers({
      service: manifest.service,
      operation: route.operation,
      method: route.method,
      path,
      ...(spec?.responseSchema ? { responseSchema: spec.responseSchema } : {}),
    }),
  };
}

function pageOperation(adapter: Adapter, page: PageRoute, params: readonly string[], operationId: string): OperationObject {
  return {
    operationId,
    tags: [adapter.manifest.service],
    summary: `A page for people (${page.method} ${page.path})`,
    security: [{}],
    ...(params.length ? { parameters: params.map((name) => ({ name, in: 'path' as const, required: true, schema: { type: 'string' } })) } : {}),
    ...pageAnswers(adapter.manifest.service, page.method, page.path),
  };
}

/** Adds an operation, naming aliases of one route `<id>`, `<id>_2`, … so operation ids stay unique. */
class PathCollector {
  readonly paths: Record<string, PathItemObject> = {};
  private readonly used = new Map<string, number>();

  uniqueId(base: string): string {
    const count = (this.used.get(base) ?? 0) + 1;
    this.used.set(base, count);
    return count === 1 ? base : `${base}_${count}`;
  }

  add(template: string, method: HttpMethod, operation: OperationObject): void {
    const item = (this.paths[template] ??= {});
    if (item[method]) throw new Error(`OpenAPI: two native routes claim ${method.toUpperCase()} ${template}`);
    item[method] = operation;
  }
}

export function nativePaths(registry: AdapterRegistry): OpenApiContribution {
  const collector = new PathCollector();
  for (const adapter of registry.adapters()) {
    const { manifest } = adapter;
    for (const route of manifest.native) {
      const method = route.method.toLowerCase() as HttpMethod;
      for (const path of route.paths) {
        for (const { template, params } of toOpenApiPaths(path)) {
          const id = collector.uniqueId(`native_${manifest.service}_${route.operation}_${method}`);
          collector.add(template, method, nativeOperation(adapter, route, path, params, id));
        }
      }
    }
    for (const page of manifest.pages ?? []) {
      const method = page.method.toLowerCase() as HttpMethod;
      for (const { template, params } of toOpenApiPaths(page.path)) {
        collector.add(template, method, pageOperation(adapter, page, params, collector.uniqueId(`page_${manifest.service}_${method}`)));
      }
    }
  }
  return {
    tags: registry.adapters().map(({ manifest }) => ({ name: manifest.service, description: `${manifest.name}. ${manifest.description}` })),
    paths: collector.paths,
    components: { schemas: NATIVE_ENVELOPES },
  };
}
