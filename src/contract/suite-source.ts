/**
 * The text of a suite file, read as people save it: UTF-8 (a byte-order mark is fine), YAML or JSON.
 * What cannot be read is a SourceProblem with the line it is on; what is read comes with `lineOf`,
 * which finds the line of a value from its dotted path (`cases[0].steps[1].send`), so a problem the
 * schema finds can name its line too.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export class SourceProblem extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

export interface SuiteSource {
  data: unknown;
  /** The line of the value at a dotted path, or of the nearest enclosing value that is there. */
  lineOf(path: string): number | undefined;
}

const BOM = '\uFEFF';

/** Decodes UTF-8 and nothing else: a Latin-1 or UTF-16 file would otherwise run with mangled text. */
export function decodeUtf8(bytes: Buffer): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    throw new SourceProblem('the file is UTF-16 text; save it as UTF-8', 1);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    const lossy = bytes.toString('utf8');
    const at = lossy.indexOf('\uFFFD');
    const line = lossy.slice(0, Math.max(at, 0)).split('\n').length;
    throw new SourceProblem(`the file is not UTF-8 text (line ${line}); save it as UTF-8`, line);
  }
}

/** `cases[0].steps["$.a"]` → ['cases', 0, 'steps', '$.a']; `(root)` → []. */
export function pathSegments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  const pattern = /\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  let at = 0;
  while (at < path.length) {
    pattern.lastIndex = at;
    const m = pattern.exec(path);
    if (!m) break;
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else out.push(JSON.parse(m[3]) as string);
    at = pattern.lastIndex;
  }
  return out;
}

function locator(doc: Document, lines: LineCounter): (path: string) => number | undefined {
  return (path) => {
    let node: unknown = doc.contents;
    let offset = (node as Node | null)?.range?.[0];
    for (const segment of pathSegments(path)) {
      if (isSeq(node) && typeof segment === 'number') {
        node = node.items[segment];
        offset = (node as Node | undefined)?.range?.[0] ?? offset;
      } else if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(segment));
        if (!pair) break;
        offset = (pair.key as Node | null)?.range?.[0] ?? offset;
        node = pair.value;
      } else break;
    }
    return offset === undefined ? undefined : lines.linePos(offset).line;
  };
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? '').replace(/:$/, '');
}

/** Parses a suite's text: JSON for `.json` files (duplicate keys refused, as YAML refuses them), YAML otherwise. */
export function parseSource(raw: string, file: string): SuiteSource {
  const text = raw.startsWith(BOM) ? raw.slice(1) : raw;
  if (text.trim() === '') throw new SourceProblem('the file is empty');
  const lines = new LineCounter();
  const doc = parseDocument(text, { merge: true, lineCounter: lines, prettyErrors: true });
  const yamlError = doc.errors[0];
  let data: unknown;
  if (file.endsWith('.json')) {
    try {
      data = JSON.parse(text);
    } catch (error) {
      const line = yamlError?.linePos?.[0].line;
      throw new SourceProblem(`cannot be read as JSON: ${(error as Error).message}${line ? ` (line ${line})` : ''}`, line);
    }
    // JSON.parse keeps the last of two equal keys without a word; say so instead.
    const duplicate = doc.errors.find((e) => e.code === 'DUPLICATE_KEY');
    if (duplicate) throw new SourceProblem(`cannot be read as JSON: ${firstLine(duplicate.message)}`, duplicate.linePos?.[0].line);
  } else {
    if (yamlError) throw new SourceProblem(`cannot be read as YAML: ${firstLine(yamlError.message)}`, yamlError.linePos?.[0].line);
    if (doc.contents === null) throw new SourceProblem('the file is empty'); // comments only
    try {
      data = doc.toJS();
    } catch (error) {
      throw new SourceProblem(`cannot be read as YAML: ${firstLine((error as Error).message)}`);
    }
  }
  // A JSON file YAML cannot read (rare: tabs as indentation) still runs; its problems just have no lines.
  return { data, lineOf: doc.errors.length ? () => undefined : locator(doc, lines) };
}
