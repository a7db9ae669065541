import { randomUUID } from 'node:crypto';
import type { IdSource } from '../core/ports';

/** Unseeded identifiers, for runs without SIM_SEED. */
export class CryptoIds implements IdSource {
  uuid(): string {
    return randomUUID();
  }
  random(): number {
    return Math.random();
  }
}
