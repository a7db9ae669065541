/** Milliseconds per unit of a written duration. */
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * Reads a duration as people write it in test code and on the command line: `2h`, `30m`, `90s`,
 * `1h30m`, `500ms`, `1d`, or a number of milliseconds. Throws a RangeError that quotes the input.
 */
export function parseDuration(input: string | number): number {
  if (typeof input === 'number') {
    if (!Number.isFinite(input) || input < 0 || !Number.isInteger(input))
      throw new RangeError(`a duration in milliseconds must be a whole number >= 0, got ${input}`);
    return input;
  }
  const text = input.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const part = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/gy;
  let total = 0;
  let consumed = 0;
  for (let match = part.exec(text); match; match = part.exec(text)) {
    total += Number(match[1]) * UNIT_MS[match[2]];
    consumed = part.lastIndex;
  }
  if (text === '' || consumed !== text.length)
    throw new RangeError(`"${input}" is not a duration; write it like 2h, 30m, 90s, 1h30m, 500ms or a number of milliseconds`);
  return Math.round(total);
}
