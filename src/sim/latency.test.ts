import { SeededRandom } from '../core/random/seeded-random';
import { sampleLatency } from './latency';

describe('sampleLatency', () => {
  const random = new SeededRandom(7);
  const next = (): number => random.next();

  it('fixed gives the delay as written', () => {
    expect(sampleLatency({ ms: 250 }, next)).toBe(250);
  });

  it('uniform stays within its bounds', () => {
    const draws = Array.from({ length: 200 }, () => sampleLatency({ distribution: 'uniform', minMs: 100, maxMs: 200 }, next));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(100);
    expect(Math.max(...draws)).toBeLessThanOrEqual(200);
  });

  it('lognormal centres on its median and respects its cap', () => {
    const draws = Array.from({ length: 2001 }, () => sampleLatency({ distribution: 'lognormal', medianMs: 100, sigma: 0.5, maxMs: 1000 }, next)).sort(
      (a, b) => a - b,
    );
    expect(draws[1000]).toBeGreaterThan(80);
    expect(draws[1000]).toBeLessThan(125);
    expect(draws[2000]).toBeLessThanOrEqual(1000);
  });
});
