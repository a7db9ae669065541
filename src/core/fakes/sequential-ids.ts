import { SeededRandom } from '../random/seeded-random';
import type { SimulationIds } from '../ports';

/**
 * Identifiers a test can predict: the n-th uuid is `00000000-0000-4000-8000-<n in 12 digits>`, and
 * random draws come from a seeded generator, so every run draws the same numbers.
 */
export class SequentialIds implements SimulationIds {
  private count = 0;
  private draws: SeededRandom;

  constructor(private readonly seed: number | string = 1) {
    this.draws = new SeededRandom(seed);
  }

  uuid(): string {
    this.count++;
    return `00000000-0000-4000-8000-${String(this.count).padStart(12, '0')}`;
  }

  random(): number {
    return this.draws.next();
  }

  /** The first uuid and draw again. */
  restart(): Promise<void> {
    this.count = 0;
    this.draws = new SeededRandom(this.seed);
    return Promise.resolve();
  }
}
