import type { ScenarioRule } from '../generated/schema-types';

/** How a latency effect spreads its delays: those fields of the rule schema's effect. */
export type LatencySpec = Pick<ScenarioRule['effect'], 'distribution' | 'ms' | 'minMs' | 'maxMs' | 'medianMs' | 'sigma'>;

/** Default cap of a log-normal delay, so a heavy tail never holds a request for minutes. */
const LOGNORMAL_CAP_MS = 60_000;

/**
 * One delay in milliseconds drawn from the spec with `random` (a [0, 1) source, seeded under
 * SIM_SEED). Log-normal uses Box–Muller: median · e^(σ·z), capped at `maxMs`.
 */
export function sampleLatency(spec: LatencySpec, random: () => number): number {
  switch (spec.distribution ?? 'fixed') {
    case 'uniform': {
      const min = spec.minMs ?? 0;
      const max = spec.maxMs ?? min;
      return Math.round(min + random() * (max - min));
    }
    case 'lognormal': {
      const u1 = 1 - random();
      const u2 = random();
      const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
      const delay = (spec.medianMs ?? 100) * Math.exp((spec.sigma ?? 0.5) * z);
      return Math.round(Math.min(delay, spec.maxMs ?? LOGNORMAL_CAP_MS));
    }
    default:
      return spec.ms ?? 0;
  }
}
