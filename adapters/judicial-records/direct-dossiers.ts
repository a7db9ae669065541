/**
 * Dossiers filed directly at LLTP — online on the national portal or in person at the Department of
 * Justice — that a one-stop pulls with `traHoSo`. The simulator has no portal, so the first time an
 * agency looks at its direct dossiers it finds three, for the named test persons (seeds/README.md):
 * online, the clean record asking form No. 1 and the convicted person asking form No. 2; in person,
 * the expunged person asking form No. 2. They run the same lifecycle as pushed dossiers.
 */
import type { AdapterContext } from '../../src/core/adapter';
import { DAY_MS } from '../../src/core/dates/iso-days';
import { formatWireDate } from '../../src/core/dates/wire-dates';
import type { NhanHoSoDangKyRequest } from '../../src/generated/schema-types';
import type { Citizen, TestPersonRole } from '../../src/seed/types';
import { DECLARE_TYPE, ID_TYPE, OBJECT_REQUEST } from './declaration-rules';
import type { Submission } from './submission';

const HANOI_UNIT = 5001;
const VIETNAM = 3106;
const KINH = 55305;

export const DIRECT_DOSSIERS: readonly { role: TestPersonRole; channel: 'online' | 'inPerson'; formType: 1 | 2 }[] = [
  { role: 'cleanRecord', channel: 'online', formType: 1 },
  { role: 'convicted', channel: 'online', formType: 2 },
  { role: 'expunged', channel: 'inPerson', formType: 2 },
];

/** A complete request for a seeded citizen asking for their own certificate. */
export function ownRequest(citizen: Citizen, formType: 1 | 2, receiptNo: string, now: Date): NhanHoSoDangKyRequest {
  const today = formatWireDate(now, 'dd/MM/yyyy');
  const [y, m, d] = citizen.birthDate.split('-');
  return {
    idMinistryJustice: HANOI_UNIT,
    idReceivedDec: receiptNo,
    dateReceivedDec: today,
    datePromissoryDec: formatWireDate(new Date(now.getTime() + 10 * DAY_MS), 'dd/MM/yyyy'),
    idMoneyReceipt: '0',
    declarationWSForm: {
      fullName: citizen.fullName,
      genderId: citizen.gender === 'male' ? 1 : 0,
      birthDateStr: `${d}/${m}/${y}`,
      nationalityId: VIETNAM,
      ethnicId: KINH,
      phone: citizen.phone,
      residence: citizen.residence.detail,
      idTypeId: ID_TYPE.cccd,
      identifyNo: citizen.id,
      declareDate: today,
      declareTypeId: DECLARE_TYPE.individual,
      requestQty: 1,
      objectRequestId: OBJECT_REQUEST.vietnameseCitizen,
      formType,
      isBanPosition: 0,
      delivery: 0,
      purpose: 'Bổ sung hồ sơ xin việc làm',
    },
    residenceWSForm: [{ fromDateStr: String(Number(y) + 14), toDateStr: String(now.getUTCFullYear()), residencePlace: citizen.residence.detail }],
  };
}

/** Files the direct dossiers of an agency once; later calls do nothing. */
export async function ensureDirectDossiers(
  agency: string,
  citizens: ReadonlyMap<string, Citizen>,
  testIds: Record<TestPersonRole, string>,
  submission: Submission,
  context: AdapterContext,
): Promise<void> {
  const first = await context.state.set(`direct-filed:${agency}`, true, { onlyIfAbsent: true });
  if (!first) return;
  const now = context.clock.now();
  for (const [i, spec] of DIRECT_DOSSIERS.entries()) {
    const citizen = citizens.get(testIds[spec.role]);
    if (!citizen) continue;
    await submission.direct(ownRequest(citizen, spec.formType, `TT-${i + 1}`, now), spec.channel, agency, context);
  }
}
