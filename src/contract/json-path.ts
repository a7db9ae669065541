/**
 * The small JSONPath subset suites use to point into a value: `$`, `$.a.b`, `$.a[0].b`, `$['a key']`,
 * `$.list[-1]` (the last item). Enough to name one value; filters and wildcards are not needed for
 * assertions and are refused with a clear message.
 */
export type PathSegment = string | number;

export class PathSyntaxError extends Error {}

export function parsePath(path: string): PathSegment[] {
  if (!path.startsWith('$')) throw new PathSyntaxError(`path "${path}" must start with $`);
  const segments: PathSegment[] = [];
  const pattern = /\.([^.[\]]+)|\[(-?\d+)\]|\[(?:'([^']*)'|"([^"]*)")\]/y;
  let at = 1;
  while (at < path.length) {
    pattern.lastIndex = at;
    const match = pattern.exec(path);
    if (!match) throw new PathSyntaxError(`path "${path}": cannot read "${path.slice(at)}" (write $.a.b[0] or $['a key'])`);
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else segments.push(match[3] ?? match[4]);
    at = pattern.lastIndex;
  }
  return segments;
}

/** The value at `path`, and whether anything is there at all (a null is there; a missing key is not). */
export function readPath(value: unknown, path: string): { present: boolean; value: unknown } {
  let current: unknown = value;
  for (const segment of parsePath(path)) {
    if (typeof segment === 'number') {
      if (!Array.isArray(current)) return { present: false, value: undefined };
      const index = segment < 0 ? current.length + segment : segment;
      if (index < 0 || index >= current.length) return { present: false, value: undefined };
      current = current[index];
    } else {
      if (current === null || typeof current !== 'object' || Array.isArray(current) || !Object.prototype.hasOwnProperty.call(current, segment)) {
        // An array's length is readable, as people expect of `$.items.length`.
        if (Array.isArray(current) && segment === 'length') {
          current = current.length;
          continue;
        }
        return { present: false, value: undefined };
      }
      current = (current as Record<string, unknown>)[segment];
    }
  }
  return { present: current !== undefined, value: current };
}
