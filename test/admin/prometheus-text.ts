/** A small reader of the Prometheus text exposition format, strict enough to catch what scrapers reject. */
export interface MetricFamily {
  name: string;
  help: string[];
  type: string[];
  samples: { name: string; labels: Record<string, string>; value: number }[];
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+\d+)?$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;
const SUFFIXES = ['_bucket', '_sum', '_count', '_total', '_created'];

/** Parses the text; throws on a line that is neither a comment nor a sample, or a sample with no family. */
export function parsePrometheusText(text: string): Map<string, MetricFamily> {
  const families = new Map<string, MetricFamily>();
  const family = (name: string): MetricFamily => {
    let f = families.get(name);
    if (!f) {
      f = { name, help: [], type: [], samples: [] };
      families.set(name, f);
    }
    return f;
  };
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const comment = /^# (HELP|TYPE) (\S+) ?(.*)$/.exec(line);
    if (comment) {
      const [, kind, name, rest] = comment as unknown as [string, string, string, string];
      (kind === 'HELP' ? family(name).help : family(name).type).push(rest);
      continue;
    }
    if (line.startsWith('#')) continue;
    const match = SAMPLE.exec(line);
    if (!match) throw new Error(`not a Prometheus sample: ${line}`);
    const [, name, rawLabels, rawValue] = match as unknown as [string, string, string | undefined, string];
    const owner = families.has(name)
      ? name
      : SUFFIXES.map((s) => (name.endsWith(s) ? name.slice(0, -s.length) : '')).find((n) => n && families.has(n));
    if (!owner) throw new Error(`sample ${name} has no HELP/TYPE before it`);
    const labels: Record<string, string> = {};
    for (const [, key, value] of (rawLabels ?? '').matchAll(LABEL)) labels[key] = value;
    // Prometheus parses values as Go floats: NaN and Inf in any case (prom-client writes `Nan`).
    const value = /^[+]?inf$/i.test(rawValue) ? Infinity : /^-inf$/i.test(rawValue) ? -Infinity : Number(rawValue);
    if (Number.isNaN(value) && !/^nan$/i.test(rawValue)) throw new Error(`bad value in ${line}`);
    family(owner).samples.push({ name, labels, value });
  }
  return families;
}

/** The value of the one sample with these labels (among others), or undefined. */
export function sampleValue(families: Map<string, MetricFamily>, sample: string, labels: Record<string, string>): number | undefined {
  const familyName = [...families.keys()].find((f) => sample === f || sample.startsWith(`${f}_`));
  const found = families.get(familyName ?? '')?.samples.find((s) => s.name === sample && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
  return found?.value;
}
