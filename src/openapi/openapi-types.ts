/**
 * The parts of an OpenAPI 3.1 document the simulator writes. Schema objects are plain JSON Schema
 * 2020-12 (OpenAPI 3.1's own dialect), so they stay loosely typed.
 */

export type SchemaObject = Record<string, unknown>;

export interface RefObject {
  $ref: string;
}

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';

export const HTTP_METHODS: readonly HttpMethod[] = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  description?: string;
  required?: boolean;
  schema: SchemaObject;
  example?: unknown;
}

export interface ExampleObject {
  summary?: string;
  description?: string;
  value: unknown;
}

export interface MediaTypeObject {
  schema?: SchemaObject;
  example?: unknown;
  examples?: Record<string, ExampleObject>;
}

export interface HeaderObject {
  description?: string;
  required?: boolean;
  schema: SchemaObject;
}

export interface ResponseObject {
  description: string;
  headers?: Record<string, HeaderObject | RefObject>;
  content?: Record<string, MediaTypeObject>;
}

export interface RequestBodyObject {
  description?: string;
  required?: boolean;
  content: Record<string, MediaTypeObject>;
}

/** `{}` in the list means "no credential needed". */
export type SecurityRequirement = Record<string, string[]>;

export interface OperationObject {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: ParameterObject[];
  requestBody?: RequestBodyObject;
  responses: Record<string, ResponseObject | RefObject>;
  security?: SecurityRequirement[];
  /** Specification extensions, e.g. `x-lgsp-message-type`. */
  [extension: `x-${string}`]: unknown;
}

export type PathItemObject = Partial<Record<HttpMethod, OperationObject>> & { summary?: string; description?: string };

export interface SecuritySchemeObject {
  type: 'http' | 'apiKey' | 'oauth2' | 'openIdConnect' | 'mutualTLS';
  scheme?: string;
  bearerFormat?: string;
  description?: string;
}

export interface ComponentsObject {
  schemas?: Record<string, SchemaObject>;
  responses?: Record<string, ResponseObject>;
  headers?: Record<string, HeaderObject>;
  securitySchemes?: Record<string, SecuritySchemeObject>;
}

export interface TagObject {
  name: string;
  description?: string;
}

export interface OpenApiDocument {
  openapi: string;
  jsonSchemaDialect: string;
  info: { title: string; version: string; description: string; license?: { name: string; identifier?: string; url?: string } };
  servers: { url: string; description?: string }[];
  tags: TagObject[];
  paths: Record<string, PathItemObject>;
  components: ComponentsObject;
}

/**
 * What a route module adds to the document: its path items, and the tags and components they use.
 * The composition root hands the list to the builder, so a new router documents itself without
 * touching the builder; two contributions defining the same operation or component differently stop
 * the start.
 */
export interface OpenApiContribution {
  tags?: readonly TagObject[];
  paths?: Readonly<Record<string, PathItemObject>>;
  components?: ComponentsObject;
}
