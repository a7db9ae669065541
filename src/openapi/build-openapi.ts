import { isDeepStrictEqual } from 'node:util';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AdapterRegistry } from '../core/registry';
import type { SchemaRegistry } from '../core/schema-registry';
import { projectRoot } from '../project-root';
import { adminPaths } from './admin-paths';
import { nativePaths } from './native-paths';
import {
  HTTP_METHODS,
  type ComponentsObject,
  type MediaTypeObject,
  type OpenApiContribution,
  type OpenApiDocument,
  type OperationObject,
  type ResponseObject,
} from './openapi-types';
import { platformPaths } from './platform-paths';
import { schemaComponents } from './schema-components';
import { sharedComponents } from './shared-components';
import { unifiedApiPaths } from './unified-api-paths';

export interface OpenApiSources {
  registry: AdapterRegistry;
  schemas: SchemaRegistry;
  /** Path items of other route modules (admin, simulation controls, metrics), added after the built-in ones. */
  contributions?: readonly OpenApiContribution[];
  /** `info.version`; defaults to package.json's version. */
  version?: string;
}

function packageJson(): { version: string; license: string } {
  return JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { version: string; license: string };
}

const DESCRIPTION = [
  'A local simulator of a Vietnamese provincial integration platform (LGSP, linked to the national NGSP) and its national backends.',
  'Two doors lead to the same pipeline: the unified API (`POST /api/v1/messages`, errors as RFC 9457 problem+json) and each backend’s native paths (answers and errors in that backend’s own envelope).',
  'Get a token from `POST /token`; a client over its request budget gets 429 with `Retry-After` on either door.',
  'A path this document does not list answers 404: the gateway’s fault 900906 under a backend’s base path, problem+json elsewhere. A request the platform cannot read at all (a path that is not valid percent-encoding, a body it cannot parse) may be refused with 400, 413 or 415 as problem+json before it reaches any route.',
  'This document is generated at start from the adapters and the JSON Schemas in schemas/, so it cannot drift from what the simulator does.',
].join('\n\n');

type ComponentKind = keyof ComponentsObject;

/**
 * Two routers that share a path and method (the gateway's `POST /oauth2/token` and the identity
 * provider's): one operation whose every status lists what either answers, a body of either shape.
 */
function shareOperation(existing: OperationObject, added: OperationObject): OperationObject {
  const responses = { ...existing.responses };
  for (const [status, response] of Object.entries(added.responses)) {
    const before = responses[status] as ResponseObject | undefined;
    const more = response as ResponseObject;
    if (!before) {
      responses[status] = more;
      continue;
    }
    const content: Record<string, MediaTypeObject> = { ...before.content };
    for (const [type, media] of Object.entries(more.content ?? {})) {
      const mine = content[type];
      content[type] =
        mine?.schema && media.schema && !isDeepStrictEqual(mine.schema, media.schema)
          ? { schema: { anyOf: [mine.schema, media.schema] } }
          : (mine ?? media);
    }
    responses[status] = {
      ...before,
      description: `${before.description} Identity provider: ${more.description}`,
      ...(Object.keys(content).length ? { content } : {}),
    };
  }
  return {
    ...existing,
    description: [existing.description, `Also the identity provider’s: ${added.summary ?? ''}.`].filter(Boolean).join(' '),
    responses: Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b))),
  };
}

/** Adds one contribution to the document; the same name defined twice differently is a mistake at start. */
function merge(document: OpenApiDocument, contribution: OpenApiContribution, operationIds: Set<string>): void {
  for (const tag of contribution.tags ?? []) {
    if (!document.tags.some((t) => t.name === tag.name)) document.tags.push({ ...tag });
  }
  for (const [path, item] of Object.entries(contribution.paths ?? {})) {
    const target = (document.paths[path] ??= {});
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const existing = target[method];
      if (existing && operation['x-lgsp-shared'] === true) {
        target[method] = shareOperation(existing, operation);
        continue;
      }
      if (existing) throw new Error(`OpenAPI: ${method.toUpperCase()} ${path} is documented twice`);
      if (operation.operationId) {
        if (operationIds.has(operation.operationId)) throw new Error(`OpenAPI: operationId ${operation.operationId} is used twice`);
        operationIds.add(operation.operationId);
      }
      target[method] = operation;
    }
    if (item.summary) target.summary = item.summary;
    if (item.description) target.description = item.description;
  }
  for (const kind of Object.keys(contribution.components ?? {}) as ComponentKind[]) {
    const entries = contribution.components?.[kind] ?? {};
    const into = (document.components[kind] ??= {}) as Record<string, unknown>;
    for (const [name, value] of Object.entries(entries)) {
      if (name in into && !isDeepStrictEqual(into[name], value)) throw new Error(`OpenAPI: components.${kind}.${name} is defined twice, differently`);
      into[name] = value;
    }
  }
}

/**
 * Builds the OpenAPI 3.1 document from what the running simulator actually has: the fixed platform
 * routes, the unified API with one body schema per message type, every adapter's native paths and
 * pages, every JSON Schema of schemas/, and whatever other route modules contribute.
 */
export function buildOpenApi(sources: OpenApiSources): OpenApiDocument {
  const document: OpenApiDocument = {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'lgsp-sim',
      version: sources.version ?? packageJson().version,
      description: DESCRIPTION,
      // An SPDX identifier, as OpenAPI 3.1 allows in place of a URL.
      license: { name: packageJson().license, identifier: packageJson().license },
    },
    servers: [{ url: '/', description: 'The simulator this document was fetched from' }],
    tags: [],
    paths: {},
    components: {},
  };
  const operationIds = new Set<string>();
  const parts: OpenApiContribution[] = [
    { components: { ...sharedComponents(), schemas: { ...sharedComponents().schemas, ...schemaComponents(sources.schemas) } } },
    platformPaths(),
    unifiedApiPaths(sources.registry),
    nativePaths(sources.registry),
    adminPaths(),
    ...(sources.contributions ?? []),
  ];
  for (const part of parts) merge(document, part, operationIds);
  return document;
}
