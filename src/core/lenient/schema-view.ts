/**
 * What the lenient reader needs to know about one place in a request schema, with `$ref`, `allOf`,
 * `anyOf` and `oneOf` folded in: the types it takes, its members and whether others are allowed,
 * its items, and whether it is a code written with a fixed number of digits.
 */

type Node = Record<string, unknown>;

/** Looks a schema up by its `$id` (the schema registry). */
export type SchemaLookup = (id: string) => Node | undefined;

export interface SchemaView {
  types: ReadonlySet<string>;
  /** Declared members by their documented spelling. */
  properties: ReadonlyMap<string, Located>;
  /** Declared members by their lower-cased spelling. */
  byLowerCase: ReadonlyMap<string, string>;
  /** No member other than the declared ones is allowed (`additionalProperties: false`). */
  closed: boolean;
  items?: Located;
  /** Widths a code of digits is written with (`x-lenient-pad`, or a pattern such as `^\d{2}$`). */
  padWidths: readonly number[];
}

/** A schema node with the document it sits in, so that a local `#/$defs/…` resolves. */
export interface Located {
  node: Node;
  documentId: string;
}

const FIXED_DIGITS = /^\^(?:\\d|\[0-9\])\{(\d+)\}\$$/;
const asNode = (value: unknown): Node | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Node) : undefined;

function typesOf(node: Node): string[] {
  if (typeof node.type === 'string') return [node.type];
  if (Array.isArray(node.type)) return node.type.filter((t): t is string => typeof t === 'string');
  if (node.const !== undefined || Array.isArray(node.enum)) {
    const values = node.const !== undefined ? [node.const] : (node.enum as unknown[]);
    return [...new Set(values.map((v) => (v === null ? 'null' : Number.isInteger(v) ? 'integer' : typeof v)))];
  }
  return [];
}

function padWidthsOf(node: Node): number[] {
  const pad = node['x-lenient-pad'];
  if (typeof pad === 'number') return [pad];
  if (Array.isArray(pad)) return pad.filter((w): w is number => typeof w === 'number').sort((a, b) => a - b);
  const fixed = typeof node.pattern === 'string' ? FIXED_DIGITS.exec(node.pattern) : null;
  return fixed ? [Number(fixed[1])] : [];
}

/** The JSON type of a value as a schema names it. */
export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

const accepts = (types: readonly string[], kind: string): boolean =>
  types.length === 0 || types.includes(kind) || (kind === 'integer' && types.includes('number'));

export class SchemaViews {
  constructor(private readonly lookup: SchemaLookup) {}

  /** The root of a schema by `$id`. */
  root(id: string): Located | undefined {
    const node = this.lookup(id);
    return node ? { node, documentId: id } : undefined;
  }

  /** The view of `at` for a value of JSON type `kind` (branches of anyOf/oneOf that cannot take it are skipped). */
  view(at: Located, kind: string): SchemaView {
    const parts: Located[] = [];
    this.collect(at, kind, parts, 0);
    const types = new Set<string>();
    const properties = new Map<string, Located>();
    let closed = false;
    let items: Located | undefined;
    const padWidths = new Set<number>();
    for (const part of parts) {
      for (const t of typesOf(part.node)) types.add(t);
      const props = asNode(part.node.properties);
      for (const [name, child] of Object.entries(props ?? {})) {
        const node = asNode(child);
        if (node && !properties.has(name)) properties.set(name, { node, documentId: part.documentId });
      }
      if (part.node.additionalProperties === false || part.node.unevaluatedProperties === false) closed = true;
      const itemNode = asNode(part.node.items);
      if (itemNode && !items) items = { node: itemNode, documentId: part.documentId };
      for (const w of padWidthsOf(part.node)) padWidths.add(w);
    }
    const byLowerCase = new Map<string, string>();
    for (const name of properties.keys()) if (!byLowerCase.has(name.toLowerCase())) byLowerCase.set(name.toLowerCase(), name);
    return { types, properties, byLowerCase, closed, ...(items ? { items } : {}), padWidths: [...padWidths].sort((a, b) => a - b) };
  }

  private collect(at: Located, kind: string, into: Located[], depth: number): void {
    if (depth > 32) return;
    into.push(at);
    if (typeof at.node.$ref === 'string') {
      const target = this.resolve(at.node.$ref, at.documentId);
      if (target) this.collect(target, kind, into, depth + 1);
    }
    for (const key of ['allOf'] as const) {
      for (const sub of (Array.isArray(at.node[key]) ? at.node[key] : []) as unknown[]) {
        const node = asNode(sub);
        if (node) this.collect({ node, documentId: at.documentId }, kind, into, depth + 1);
      }
    }
    for (const key of ['anyOf', 'oneOf'] as const) {
      const branches = ((Array.isArray(at.node[key]) ? at.node[key] : []) as unknown[]).map(asNode).filter((n): n is Node => n !== undefined);
      // Only the branches that can take a value of this kind (an address is a string or an object).
      const fitting = branches.filter((node) => {
        const parts: Located[] = [];
        this.collect({ node, documentId: at.documentId }, kind, parts, depth + 1);
        return accepts(
          parts.flatMap((p) => typesOf(p.node)),
          kind,
        );
      });
      for (const node of fitting.length ? fitting : branches) this.collect({ node, documentId: at.documentId }, kind, into, depth + 1);
    }
  }

  /** Resolves a `$ref` (another schema's `$id`, optionally with a JSON pointer) against its document. */
  private resolve(ref: string, documentId: string): Located | undefined {
    const absolute = new URL(ref, documentId);
    const hash = decodeURIComponent(absolute.hash.replace(/^#/, ''));
    absolute.hash = '';
    const id = absolute.toString();
    let node: Node | undefined = this.lookup(id);
    if (!node) return undefined;
    for (const segment of hash.split('/').filter(Boolean)) {
      node = asNode(node[segment.replace(/~1/g, '/').replace(/~0/g, '~')]);
      if (!node) return undefined;
    }
    return { node, documentId: id };
  }
}

export { accepts as typeAccepts };
