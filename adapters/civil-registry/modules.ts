/**
 * `module` codes (DOMAIN.md §4.1): KS/KT come from the DVCLT chain, KH from v1, LTKS/LTKT/LTKH from
 * v2. Each names one kind of registration.
 */
export type RegistrationKind = 'birth' | 'death' | 'marriage';

const KINDS: Record<string, RegistrationKind> = {
  KS: 'birth',
  LTKS: 'birth',
  KT: 'death',
  LTKT: 'death',
  KH: 'marriage',
  LTKH: 'marriage',
};

export const MODULE_CODES: readonly string[] = Object.keys(KINDS);

/** The kind of registration a module code names, or undefined for an unknown code. */
export function kindOfModule(module: string): RegistrationKind | undefined {
  return KINDS[module.toUpperCase()];
}

/** Vietnamese name of the kind, for descriptions. */
export const KIND_NAMES: Record<RegistrationKind, string> = {
  birth: 'khai sinh',
  death: 'khai tử',
  marriage: 'kết hôn',
};
