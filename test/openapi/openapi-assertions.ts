import { HTTP_METHODS, type OpenApiDocument, type OperationObject, type ParameterObject } from '../../src/openapi/openapi-types';

/** Every operation of the document with its path and method. */
export function operationsOf(doc: OpenApiDocument): { path: string; method: string; operation: OperationObject }[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    HTTP_METHODS.filter((m) => item[m]).map((method) => ({ path, method, operation: item[method] as OperationObject })),
  );
}

/** Every `$ref` anywhere in the document, with where it was found. */
export function refsOf(node: unknown, at = '#'): { ref: string; at: string }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => refsOf(item, `${at}/${i}`));
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === '$ref' && typeof value === 'string' ? [{ ref: value, at }] : refsOf(value, `${at}/${key}`),
  );
}

/** Resolves a local JSON pointer (`#/a/b~1c`) against the document; undefined when it leads nowhere. */
export function resolvePointer(doc: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  const tokens = ref
    .slice(1)
    .split('/')
    .slice(1)
    .map((t) => decodeURIComponent(t).replace(/~1/g, '/').replace(/~0/g, '~'));
  let node: unknown = doc;
  for (const token of tokens) {
    if (node === null || typeof node !== 'object' || !(token in node)) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

/**
 * The structural rules of OpenAPI 3.1 this project relies on, as separate findings so a failure names
 * what is wrong. An empty list means the document holds together.
 */
export function structuralProblems(doc: OpenApiDocument): string[] {
  const problems: string[] = [];
  if (!/^3\.1\.\d+$/.test(doc.openapi)) problems.push(`openapi is ${doc.openapi}, not 3.1.x`);
  if (!doc.info?.title || !doc.info?.version) problems.push('info needs title and version');
  const schemes = new Set(Object.keys(doc.components.securitySchemes ?? {}));
  const tags = new Set(doc.tags.map((t) => t.name));
  const ids = new Set<string>();
  for (const [path, item] of Object.entries(doc.paths)) {
    if (!path.startsWith('/')) problems.push(`path ${path} does not start with /`);
    if (!HTTP_METHODS.some((m) => item[m])) problems.push(`path ${path} has no operation`);
  }
  for (const { path, method, operation } of operationsOf(doc)) {
    const where = `${method.toUpperCase()} ${path}`;
    const statuses = Object.keys(operation.responses ?? {});
    if (statuses.length === 0) problems.push(`${where} has no responses`);
    for (const status of statuses) {
      if (!/^([1-5]\d\d|[1-5]XX|default)$/.test(status)) problems.push(`${where} has response key ${status}`);
      const response = operation.responses[status] as { description?: unknown; $ref?: string };
      if (!response.$ref && typeof response.description !== 'string') problems.push(`${where} ${status} has no description`);
    }
    if (operation.operationId) {
      if (ids.has(operation.operationId)) problems.push(`operationId ${operation.operationId} repeats`);
      ids.add(operation.operationId);
    }
    const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    const pathParams = (operation.parameters ?? []).filter((p: ParameterObject) => p.in === 'path');
    for (const name of templated) {
      const param = pathParams.find((p) => p.name === name);
      if (!param?.required) problems.push(`${where} does not declare required path parameter ${name}`);
    }
    for (const param of pathParams)
      if (!templated.includes(param.name)) problems.push(`${where} declares path parameter ${param.name} not in the path`);
    for (const tag of operation.tags ?? []) if (!tags.has(tag)) problems.push(`${where} uses undeclared tag ${tag}`);
    for (const requirement of operation.security ?? []) {
      for (const name of Object.keys(requirement)) if (!schemes.has(name)) problems.push(`${where} uses unknown security scheme ${name}`);
    }
  }
  for (const [kind, entries] of Object.entries(doc.components)) {
    for (const name of Object.keys(entries as object)) {
      if (!/^[a-zA-Z0-9.\-_]+$/.test(name)) problems.push(`components.${kind}.${name} is not a valid component name`);
    }
  }
  for (const { ref, at } of refsOf(doc)) {
    if (resolvePointer(doc, ref) === undefined) problems.push(`$ref ${ref} at ${at} does not resolve inside the document`);
  }
  return problems;
}

/** An ajv holding the whole document, so a pointer into it compiles with every $ref it needs. */
export { documentValidator } from '../support/openapi-responses';
