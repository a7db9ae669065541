import { integer, type SettingsSource } from '../../src/core/settings';

/** Lifecycle durations of a dossier, in minutes of simulation time. */
export interface CivilRegistrySettings {
  /** Received → eligible or needs supplement. `HOTICH_REVIEW_MINUTES`, default 2. */
  reviewMinutes: number;
  /** Eligible → registered or rejected. `HOTICH_REGISTER_MINUTES`, default 5. */
  registerMinutes: number;
  /** How long a citizen has to supplement, in days. `HOTICH_SUPPLEMENT_DAYS`, default 7. */
  supplementDays: number;
}

const WEEK_IN_MINUTES = 7 * 24 * 60;

/** Reads and validates the civil registry's settings; a bad value throws a ConfigError naming it. */
export function readCivilRegistrySettings(env: SettingsSource): CivilRegistrySettings {
  return {
    reviewMinutes: integer(env, 'HOTICH_REVIEW_MINUTES', 2, 0, WEEK_IN_MINUTES),
    registerMinutes: integer(env, 'HOTICH_REGISTER_MINUTES', 5, 0, WEEK_IN_MINUTES),
    supplementDays: integer(env, 'HOTICH_SUPPLEMENT_DAYS', 7, 1, 365),
  };
}
