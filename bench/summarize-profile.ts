/**
 * Summarises a V8 `.cpuprofile` (from `node --cpu-prof`): self time by function and by package or
 * source file, and total (inclusive) time of our own functions (src/, adapters/), the top lines of each. `npx tsx bench/summarize-profile.ts FILE [TOP]`.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** `node_modules/<pkg>` for a dependency, the path below the checkout for our own code, else the label V8 gives. */
function origin(url: string): string {
  if (!url) return '(native)';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return nm[1];
  if (url.startsWith('node:')) return url;
  const own = /\/(src|adapters|bench)\/(.*)$/.exec(url);
  return own ? `${own[1]}/${own[2]}` : url;
}

function top(map: Map<string, number>, total: number, count: number): string[] {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, us]) => `${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${name}`);
}

const [file, topArg] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: tsx bench/summarize-profile.ts FILE.cpuprofile [TOP]\n');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
const totalByOwnFunction = new Map<string, number>();
const selfByFunction = new Map<string, number>();
const selfByOrigin = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const node = byId.get(id);
  const us = profile.timeDeltas[i] ?? 0;
  if (!node) return;
  total += us;
  const { functionName, url, lineNumber } = node.callFrame;
  const fn = `${functionName || '(anonymous)'} ${origin(url)}:${lineNumber + 1}`;
  selfByFunction.set(fn, (selfByFunction.get(fn) ?? 0) + us);
  const o = url ? origin(url) : functionName;
  selfByOrigin.set(o, (selfByOrigin.get(o) ?? 0) + us);
  // Inclusive time: every distinct own function on the sampled stack gets the sample once.
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
    const frame = byId.get(at)?.callFrame;
    if (!frame || !/\/(src|adapters)\//.test(frame.url)) continue;
    const name = `${frame.functionName || '(anonymous)'} ${origin(frame.url)}:${frame.lineNumber + 1}`;
    if (seen.has(name)) continue;
    seen.add(name);
    totalByOwnFunction.set(name, (totalByOwnFunction.get(name) ?? 0) + us);
  }
});
const count = Number(topArg ?? 25);
process.stdout.write(
  `total ${(total / 1000).toFixed(0)} ms sampled\n\nself time by origin:\n${top(selfByOrigin, total, count).join('\n')}\n\nself time by function:\n${top(selfByFunction, total, count).join('\n')}\n\ntotal time of own functions:\n${top(totalByOwnFunction, total, count).join('\n')}\n`,
);
