import type { Clock } from '../core/ports';

/** Real time. */
export class SystemClock implements Clock {
  now(): Date {
    return new Date();
  }
}
