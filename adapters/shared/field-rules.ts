import type { FieldViolation } from '../../src/core/errors';
import { parseWireDate, type WireDateFormat } from '../../src/core/dates/wire-dates';
import { parseCccd } from '../../src/core/ids';

/** A field value as agency systems send it: C# clients send codes as numbers, XML sends text. */
export type WireScalar = string | number | boolean | undefined | null;

/** The trimmed text of a scalar, or undefined when it is absent or blank. */
export function textOf(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'object') return undefined;
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

const EXAMPLES: Record<WireDateFormat, string> = {
  'dd/MM/yyyy': '16/01/2026',
  'dd/MM/yyyy HH:mm:ss': '15/01/2026 09:30:00',
  'dd.MM.yyyy': '02.01.2026',
  yyyyMMdd: '20260102',
  yyyyMMddHHmmss: '20260115093000',
  'HH:mm': '09:30',
};

/**
 * Collects field violations with sentences a person understands, for the stateless `check` rules
 * of an operation. Each method returns the parsed value so rules can compare fields afterwards.
 */
export class FieldRules {
  readonly violations: FieldViolation[] = [];

  add(path: string, message: string): void {
    this.violations.push({ path, message });
  }

  /** The field's text, or a violation when it is missing. */
  required(path: string, value: unknown, what?: string): string | undefined {
    const text = textOf(value);
    if (text === undefined) this.add(path, `${path} is required${what ? ` (${what})` : ''}`);
    return text;
  }

  /** A date in one of `formats` (the first is the one named in the message); undefined when absent. */
  date(path: string, value: unknown, formats: readonly WireDateFormat[]): Date | undefined {
    const text = textOf(value);
    if (text === undefined) return undefined;
    for (const format of formats) {
      const parsed = parseWireDate(text, format);
      if (parsed) return parsed;
    }
    const written = formats.map((f) => `${f} (e.g. ${EXAMPLES[f]})`).join(' or ');
    this.add(path, `${path} must be a real date written ${written}, got "${text}"`);
    return undefined;
  }

  /** A 12-digit personal ID that follows the CCCD structure; undefined when absent. */
  personalId(path: string, value: unknown): string | undefined {
    const text = textOf(value);
    if (text === undefined) return undefined;
    const parsed = parseCccd(text);
    if (!parsed.ok) {
      this.add(path, `${path} is not a valid personal ID: ${parsed.reason}`);
      return undefined;
    }
    return text;
  }

  /** A code from a catalogue; undefined when absent. */
  code(path: string, value: unknown, known: ReadonlySet<string>, catalogue: string): string | undefined {
    const text = textOf(value);
    if (text === undefined) return undefined;
    if (!known.has(text)) {
      const sample = [...known].slice(0, 6).join(', ');
      this.add(path, `${path} "${text}" is not a code of the ${catalogue} catalogue (e.g. ${sample})`);
      return undefined;
    }
    return text;
  }
}
