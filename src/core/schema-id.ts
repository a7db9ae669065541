/** Every schema's `$id` is this base plus the file's path below schemas/. */
export const SCHEMA_ID_BASE = 'https://lgsp-sim.local/schemas/';

/** `$id` of a schema by its path below schemas/, e.g. `dkdn/chiTietDoanhNghiep.request.json`. */
export function schemaId(path: string): string {
  return SCHEMA_ID_BASE + path;
}
