/**
 * Express 5 route paths (path-to-regexp 8 syntax) as OpenAPI path templates: `:code` and `*rest`
 * become `{code}` and `{rest}`, and an optional group `{...}` yields one template with it and one
 * without, since OpenAPI has no optional segments.
 */

export interface OpenApiPath {
  /** The template, e.g. `/dmdc/Category/{code}`. */
  template: string;
  /** Names of its path parameters, in order. */
  params: string[];
}

/** An escaped character (kept literally), or a `:name` / `*name` parameter. */
const TOKEN = /\\(.)|([:*])([A-Za-z_$][A-Za-z0-9_$]*)/g;

/** Index of the first unescaped `{`, or -1. */
function groupStart(path: string): number {
  for (let i = 0; i < path.length; i++) {
    if (path[i] === '\\') i++;
    else if (path[i] === '{') return i;
  }
  return -1;
}

/** Every variant of `path` with each optional `{...}` group either kept or left out. */
export function expandOptionalGroups(path: string): string[] {
  const open = groupStart(path);
  if (open < 0) return [path];
  let depth = 0;
  for (let i = open; i < path.length; i++) {
    if (path[i] === '\\') i++;
    else if (path[i] === '{') depth++;
    else if (path[i] === '}' && --depth === 0) {
      const before = path.slice(0, open);
      const inner = path.slice(open + 1, i);
      const after = path.slice(i + 1);
      return [...expandOptionalGroups(before + inner + after), ...expandOptionalGroups(before + after)];
    }
  }
  throw new Error(`Unbalanced { in route path ${path}`);
}

export function toOpenApiPaths(expressPath: string): OpenApiPath[] {
  return expandOptionalGroups(expressPath).map((variant) => {
    const params: string[] = [];
    const template = variant.replace(TOKEN, (_match, escaped: string | undefined, _kind: string, name: string) => {
      if (escaped !== undefined) return escaped;
      params.push(name);
      return `{${name}}`;
    });
    return { template, params };
  });
}
