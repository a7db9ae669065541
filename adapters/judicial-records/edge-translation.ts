/**
 * The native edge: what real clients post, turned into the one typed body of each operation.
 * PASETO (C#) sends `declarationForm`, `residenceForm` and `mandatorForm` with the unit in
 * `declarationForm.ministryJusticeId`; the QB guide's clients send the `…WSForm` names and a
 * top-level `idMinistryJustice`. Both become the QB-named body the schema describes; key casing and
 * numeric codes sent as strings are the native router's to forgive.
 */
import { memberIgnoringCase as takeKey } from '../../src/core/lenient/members';

const RENAMES: readonly [from: string, to: string][] = [
  ['declarationForm', 'declarationWSForm'],
  ['residenceForm', 'residenceWSForm'],
  ['mandatorForm', 'mandatorWSForm'],
];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** True for a mandator object PASETO fills with empty strings when nobody was authorised. */
function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (!isRecord(value)) return false;
  return Object.values(value).every((v) => v === null || v === undefined || v === '' || v === -1 || v === '-1');
}

export function translateSubmission(raw: unknown): unknown {
  if (!isRecord(raw)) return raw ?? {};
  const body: Record<string, unknown> = { ...raw };
  for (const [from, to] of RENAMES) {
    const found = takeKey(body, from);
    if (found && !takeKey(body, to)) {
      delete body[found.key];
      body[to] = found.value;
    }
  }
  const residence = takeKey(body, 'residenceWSForm');
  if (residence && isRecord(residence.value)) body[residence.key] = [residence.value];
  const mandator = takeKey(body, 'mandatorWSForm');
  if (mandator && isBlank(mandator.value)) delete body[mandator.key];
  const declaration = takeKey(body, 'declarationWSForm');
  const unit = declaration && isRecord(declaration.value) ? takeKey(declaration.value, 'ministryJusticeId') : undefined;
  if (unit && unit.value !== '' && unit.value !== null && !takeKey(body, 'idMinistryJustice')) body.idMinistryJustice = unit.value;
  return body;
}

/** The other operations take the body as sent; the native router reads it against the schema. */
export function translateQuery(raw: unknown): unknown {
  return isRecord(raw) ? raw : {};
}
