/**
 * The stateless rules of a certificate request that a schema cannot say: dates that exist and come
 * in order, ID numbers that fit their document type, catalogue IDs that exist, and which requester
 * kinds go with which. Paths are rooted at `body`, as the pipeline reports them.
 */
import type { FieldViolation } from '../../src/core/errors';
import { parseCccd } from '../../src/core/ids';
import { parsePartialDate, parseWireDate, type PartialDate } from '../../src/core/dates/wire-dates';
import type { Catalogs } from '../../seeds/catalogs';
import type { LltpLayKetQuaRequest, NhanHoSoDangKyRequest, TraTrangThaiHsRequest } from '../../src/generated/schema-types';
import { notAUnitProvince, provinceUnit } from './catalog';

/** LLTP v1 `declareTypeId` values (DOMAIN.md §6.1). */
export const DECLARE_TYPE = { proceduralBody: 3844, proxy: 3845, individual: 3846, organisation: 3847 } as const;
/** LLTP v1 `objectRequestId` values. */
export const OBJECT_REQUEST = { foreigner: 71, vietnameseCitizen: 72, organisation: 73, proceduralBody: 74 } as const;
/** LLTP v1 `idTypeId` values. */
export const ID_TYPE = { passport: 0, cmnd: 1, residenceCard: 2, cccd: 3 } as const;

const PARTIAL_WORDS = 'a date written dd/MM/yyyy, MM/yyyy or yyyy';

/** First and last day a partial date can mean, as yyyymmdd numbers, for ordering. */
function span(date: PartialDate): [number, number] {
  const base = date.year * 10000;
  if (date.precision === 'year') return [base + 101, base + 1231];
  if (date.precision === 'month') return [base + date.month * 100 + 1, base + date.month * 100 + 31];
  const day = base + date.month * 100 + date.day;
  return [day, day];
}

/** Why `identifyNo` does not fit `idTypeId`, or undefined when it does. */
export function identifyNoProblem(idTypeId: number, identifyNo: string): string | undefined {
  if (idTypeId === ID_TYPE.cccd) {
    const parsed = parseCccd(identifyNo);
    return parsed.ok ? undefined : `is not a valid CCCD number (${parsed.reason})`;
  }
  if (idTypeId === ID_TYPE.cmnd) return /^(\d{9}|\d{12})$/.test(identifyNo) ? undefined : 'must be a CMND number of 9 or 12 digits';
  return /^[A-Za-z0-9]{6,12}$/.test(identifyNo) ? undefined : 'must be 6 to 12 letters and digits for a passport or residence card';
}

export function checkDeclaration(body: NhanHoSoDangKyRequest, catalogs: Catalogs): FieldViolation[] {
  const out: FieldViolation[] = [];
  const add = (path: string, problem: string): void => {
    out.push({ path: `body.${path}`, message: `body.${path} ${problem}` });
  };
  const day = (path: string, value: string | undefined, required = false): Date | undefined => {
    if (!value) {
      if (required) add(path, 'is required');
      return undefined;
    }
    const parsed = parseWireDate(value, 'dd/MM/yyyy');
    if (!parsed) add(path, `must be a date that exists, written dd/MM/yyyy (got "${value}")`);
    return parsed;
  };
  const partial = (path: string, value: string | undefined): PartialDate | undefined => {
    if (!value) return undefined;
    const parsed = parsePartialDate(value);
    if (!parsed) add(path, `must be ${PARTIAL_WORDS} (got "${value}")`);
    return parsed;
  };

  const received = day('dateReceivedDec', body.dateReceivedDec);
  const promised = day('datePromissoryDec', body.datePromissoryDec);
  if (received && promised && promised < received) add('datePromissoryDec', `must not be before dateReceivedDec (${body.dateReceivedDec})`);
  if (!catalogs.lltp.ministryJustice.some((u) => u.id === body.idMinistryJustice)) {
    add('idMinistryJustice', `${body.idMinistryJustice} is not a receiving unit of LLTP (traDanhMuc infoType 5 lists them)`);
  }

  const d = body.declarationWSForm;
  const at = (field: string): string => `declarationWSForm.${field}`;
  if (d.ministryJusticeId !== undefined && d.ministryJusticeId !== body.idMinistryJustice) {
    add(at('ministryJusticeId'), `is ${d.ministryJusticeId} but idMinistryJustice is ${body.idMinistryJustice}; they must name the same unit`);
  }
  if (d.fullName.trim() === '') add(at('fullName'), 'must not be blank');
  partial(at('birthDateStr'), d.birthDateStr);
  for (const field of ['dadDob', 'momDob', 'partnerDob'] as const) partial(at(field), d[field]);
  day(at('idIssueDate'), d.idIssueDate);
  day(at('declareDate'), d.declareDate, true);
  if (!catalogs.nationalities.some((n) => n.lltpId === d.nationalityId))
    add(at('nationalityId'), `${d.nationalityId} is not in the nationality catalogue (traDanhMuc infoType 2)`);
  if (d.ethnicId !== undefined && d.ethnicId !== -1 && !catalogs.ethnicities.some((e) => e.lltpId === d.ethnicId)) {
    add(at('ethnicId'), `${d.ethnicId} is not in the ethnicity catalogue (traDanhMuc infoType 3)`);
  }
  const idProblem = identifyNoProblem(d.idTypeId, d.identifyNo);
  if (idProblem) add(at('identifyNo'), idProblem);

  const isAgency = d.declareTypeId === DECLARE_TYPE.organisation || d.declareTypeId === DECLARE_TYPE.proceduralBody;
  const expectedObjects: readonly number[] =
    d.declareTypeId === DECLARE_TYPE.organisation
      ? [OBJECT_REQUEST.organisation]
      : d.declareTypeId === DECLARE_TYPE.proceduralBody
        ? [OBJECT_REQUEST.proceduralBody]
        : [OBJECT_REQUEST.vietnameseCitizen, OBJECT_REQUEST.foreigner];
  if (!expectedObjects.includes(d.objectRequestId)) {
    add(at('objectRequestId'), `${d.objectRequestId} does not go with declareTypeId ${d.declareTypeId}; use ${expectedObjects.join(' or ')}`);
  }
  if (isAgency && !catalogs.lltp.requestingAgencies.some((a) => a.id === d.agencyRequestId)) {
    add(at('agencyRequestId'), `must name a requesting agency (traDanhMuc infoType 4) when declareTypeId is ${d.declareTypeId}`);
  }

  body.residenceWSForm.forEach((row, i) => {
    const from = partial(`residenceWSForm[${i}].fromDateStr`, row.fromDateStr);
    const to = partial(`residenceWSForm[${i}].toDateStr`, row.toDateStr);
    if (from && to && span(from)[0] > span(to)[1]) add(`residenceWSForm[${i}].toDateStr`, `must not be before fromDateStr (${row.fromDateStr})`);
  });

  const m = body.mandatorWSForm;
  if (m) {
    partial('mandatorWSForm.birthDateStr', m.birthDateStr);
    day('mandatorWSForm.idIssueDate', m.idIssueDate);
    day('mandatorWSForm.mandatorDate', m.mandatorDate);
    if (m.identifyNo && m.idTypeId !== undefined) {
      const problem = identifyNoProblem(m.idTypeId, m.identifyNo);
      if (problem) add('mandatorWSForm.identifyNo', problem);
    }
  }
  return out;
}

/** infoType 1 looks a dossier up by appointment slip and ID number, so the number is required. */
export function checkStatusQuery(body: TraTrangThaiHsRequest): FieldViolation[] {
  if (body.infoType === 1 && !body.identifyNo) {
    return [
      {
        path: 'body.identifyNo',
        message: 'body.identifyNo is required when infoType is 1 (a dossier filed directly is found by appointment slip and ID number)',
      },
    ];
  }
  return [];
}

/** The v2 poll names the province whose Department of Justice holds the dossier. */
export function checkPollQuery(body: LltpLayKetQuaRequest, catalogs: Catalogs): FieldViolation[] {
  if (provinceUnit(catalogs, body.maTinh)) return [];
  return [{ path: 'body.maTinh', message: `body.maTinh ${notAUnitProvince(catalogs, body.maTinh)}` }];
}
