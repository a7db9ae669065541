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
  /** The schema of members not declared, where it gives one (`additionalProperties: {…}`). */
  additional?: Located;
  /**
   * A string here is a code (a pattern, an enum or a padded width), so whitespace around it is no
   * part of it. Never for a signed field (`x-lenient-verbatim`), which is also never padded.
   */
  trims: boolean;
  /** An empty string cannot be a value here (an enum without it, a pattern it fails, a minLength). */
  rejectsEmpty: boolean;
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

/** What rejectsEmpty found for each schema node: views are built for every value read, the answer never changes. */
const emptyRejected = new WeakMap<Node, boolean>();

/** Does the node say an empty string is no value (enum or const without it, a pattern it fails, minLength ≥ 1)? */
function rejectsEmpty(node: Node): boolean {
  let known = emptyRejected.get(node);
  if (known === undefined) {
    known = emptyIsNoValue(node);
    emptyRejected.set(node, known);
  }
  return known;
}

function emptyIsNoValue(node: Node): boolean {
  if (node.const !== undefined) return node.const !== '';
  if (Array.isArray(node.enum)) return !node.enum.includes('');
  if (typeof node.minLength === 'number' && node.minLength > 0) return true;
  if (typeof node.pattern === 'string') {
    try {
      return !new RegExp(node.pattern, 'u').test('');
    } catch {
      return false;
    }
  }
  return false;
}

/** Is the node a code written without surrounding whitespace (a pattern, an enum of strings, a padded width)? */
const codeShaped = (node: Node): boolean =>
  typeof node.pattern === 'string' ||
  node['x-lenient-pad'] !== undefined ||
  (Array.isArray(node.enum) && node.enum.every((v) => typeof v === 'string'));

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
    let additional: Located | undefined;
    let code = false;
    let verbatim = false;
    let noEmpty = false;
    const padWidths = new Set<number>();
    for (const part of parts) {
      const extra = asNode(part.node.additionalProperties);
      if (extra && !additional) additional = { node: extra, documentId: part.documentId };
      if (codeShaped(part.node)) code = true;
      if (part.node['x-lenient-verbatim'] === true) verbatim = true;
      if (rejectsEmpty(part.node)) noEmpty = true;
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
    return {
      types,
      properties,
      byLowerCase,
      closed,
      ...(items ? { items } : {}),
      ...(additional ? { additional } : {}),
      padWidths: verbatim ? [] : [...padWidths].sort((a, b) => a - b),
      trims: code && !verbatim,
      rejectsEmpty: noEmpty,
    };
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
