/**
 * The one normalisation step of the native doors (DESIGN.md, "Native doors: lenient in, exact out").
 * Real agency clients (C# with Newtonsoft defaults above all) send `null` for unset members, members
 * the backend does not know, keys in another casing, numbers where a digit string is documented and
 * codes without their zero padding. The real platform takes all of these; so does the simulator,
 * reading the request against the operation's request schema and noting every change it made as a
 * coercion, so QA sees what a stricter backend would refuse. Nothing is guessed: a value that cannot
 * be read as the schema says (letters in a digit field, an object for a string) is left as it is for
 * the schema to name.
 */
import type { Coercion } from '../message';
import { jsonType, type Located, type SchemaView, type SchemaViews, typeAccepts } from './schema-view';

export interface LenientResult {
  body: unknown;
  coercions: Coercion[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const INTEGER = /^\s*-?\d{1,15}\s*$/;
const DECIMAL = /^\s*-?\d{1,15}(\.\d+)?\s*$/;
const DIGITS = /^\d+$/;
const join = (path: string, key: string): string => (path ? `${path}.${key}` : key);

/**
 * Reads `body` against the request schema `schemaId`; the body is copied, never changed in place.
 * `earlier` are coercions a translation already noted (they come first in the result).
 */
export function lenientBody(body: unknown, schemaId: string | undefined, views: SchemaViews, earlier: readonly Coercion[] = []): LenientResult {
  const root = schemaId === undefined ? undefined : views.root(schemaId);
  const coercions: Coercion[] = [...earlier];
  if (!root) return { body, coercions };
  return { body: new Reader(views, coercions).value(body, root, ''), coercions };
}

class Reader {
  constructor(
    private readonly views: SchemaViews,
    private readonly coercions: Coercion[],
  ) {}

  value(value: unknown, at: Located, path: string): unknown {
    const view = this.views.view(at, jsonType(value));
    if (isRecord(value)) return view.properties.size > 0 || view.closed || view.additional ? this.object(value, view, path) : value;
    // An item is never dropped from a list: one that reads as absent stays as sent, for the schema to name.
    if (Array.isArray(value)) {
      const items = view.items;
      return items ? (value as unknown[]).map((item, i) => this.value(item, items, `${path}[${i}]`) ?? item) : value;
    }
    return this.scalar(value, view, path);
  }

  private object(value: Record<string, unknown>, view: SchemaView, path: string): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    // Exact spellings first, so that `{ MaDoiTac, maDoiTac }` keeps the documented one.
    const entries = Object.entries(value).sort(([a], [b]) => Number(!view.properties.has(a)) - Number(!view.properties.has(b)));
    for (const [key, member] of entries) {
      const name = view.properties.has(key) ? key : view.byLowerCase.get(key.toLowerCase());
      const memberPath = join(path, name ?? key);
      if (name === undefined) {
        if (member === null && !(view.additional && this.views.view(view.additional, 'null').types.has('null'))) {
          this.note({ path: memberPath, kind: 'null-dropped' });
        } else if (view.closed) this.note({ path: memberPath, kind: 'unknown-dropped', from: member });
        else if (view.additional) {
          // Members the schema describes only as a kind (a catalogue row: column → string) are read like declared ones.
          const read = this.value(member, view.additional, memberPath);
          if (read !== undefined) out[key] = read;
        } else out[key] = member;
        continue;
      }
      if (name in out) {
        this.note({ path: join(path, key), kind: 'duplicate-dropped', from: member });
        continue;
      }
      const child = view.properties.get(name) as Located;
      if (member === null && !this.views.view(child, 'null').types.has('null')) {
        this.note({ path: memberPath, kind: 'null-dropped' });
        continue;
      }
      if (name !== key) this.note({ path: memberPath, kind: 'key-case', from: key, to: name });
      const read = this.value(member, child, memberPath);
      if (read === undefined) continue;
      out[name] = read;
    }
    return out;
  }

  private scalar(value: unknown, view: SchemaView, path: string): unknown {
    const types = [...view.types];
    const takesString = types.includes('string');
    const takesNumber = types.includes('integer') || types.includes('number');
    if (typeof value === 'number' && Number.isFinite(value) && (view.padWidths.length > 0 || (takesString && !takesNumber))) {
      const text = pad(String(value), view.padWidths);
      this.note({ path, kind: text.length > String(value).length ? 'zero-padded' : 'number-to-string', from: value, to: text });
      return text;
    }
    if (typeof value !== 'string') return value;
    if (takesString && value.trim() === '' && view.rejectsEmpty) {
      // An optional code left empty (`"gioiTinh": ""`) is an absent one; a required one is then reported missing.
      this.note({ path, kind: 'empty-dropped', from: value });
      return undefined;
    }
    if (takesString && view.trims && value.trim() !== value && value.trim() !== '') {
      const trimmed = value.trim();
      this.note({ path, kind: 'whitespace-trimmed', from: value, to: trimmed });
      return this.scalar(trimmed, view, path);
    }
    if (takesNumber && !takesString) {
      if (value.trim() === '') {
        // PASETO leaves unused codes empty: an absent code, reported as missing when required.
        this.note({ path, kind: 'empty-dropped', from: value });
        return undefined;
      }
      const fits = types.includes('number') ? DECIMAL : INTEGER;
      if (fits.test(value) && typeAccepts(types, jsonType(Number(value)))) {
        this.note({ path, kind: 'string-to-number', from: value, to: Number(value) });
        return Number(value);
      }
      return value;
    }
    if (view.padWidths.length > 0 && DIGITS.test(value)) {
      const padded = pad(value, view.padWidths);
      if (padded !== value) {
        this.note({ path, kind: 'zero-padded', from: value, to: padded });
        return padded;
      }
    }
    return value;
  }

  private note(coercion: Coercion): void {
    this.coercions.push(coercion);
  }
}

/** Pads digits to the smallest documented width that holds them; longer ones are left to the schema. */
function pad(digits: string, widths: readonly number[]): string {
  if (!DIGITS.test(digits) || widths.includes(digits.length)) return digits;
  const width = widths.find((w) => w > digits.length);
  return width === undefined ? digits : digits.padStart(width, '0');
}
