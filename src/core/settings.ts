/**
 * Settings as the backends see them: the few values of the simulator's config they use, and the
 * environment each backend reads its own variables from at start (src/config reads the rest). A bad
 * value throws ConfigError naming the variable; the process stops with that one line.
 */

/** Variables by name, as the process environment holds them. */
export type SettingsSource = Readonly<Record<string, string | undefined>>;

/** A setting that cannot be used; its message names the variable and what it must be. */
export class ConfigError extends Error {}

/** Reads a whole-number setting, or throws a ConfigError naming it. Adapters use it for their own settings. */
export function integer(env: SettingsSource, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^-?\d+$/.test(raw.trim())) throw new ConfigError(`${name} must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(`${name} must be between ${min} and ${max}, got ${value}`);
  return value;
}

/** What every backend factory may read of the settings (AdapterDeps.settings); src/config's Config has it all. */
export interface AdapterSettings {
  /** Development client, allowed every service (`DEV_CLIENT_ID`, `DEV_CLIENT_SECRET`, `DEV_CLIENT_AGENCY`). */
  devClient: { id: string; secret: string; agency: string };
  /** Development PayGov partner (`DEV_PAYGOV_PARTNER`, `DEV_PAYGOV_SECRET`, `DEV_PAYGOV_IPN_URL`). */
  devPaygov: { partner: string; secret: string; ipnUrl?: string };
  /**
   * The environment the config was read from, for adapters to read and validate their own settings
   * at start (they throw ConfigError naming the variable).
   */
  env: SettingsSource;
}
