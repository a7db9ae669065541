/**
 * Whether LLTP issues a certificate or refuses, decided from the request and the seeded data only,
 * so a test can provoke each outcome (seeds/README.md lists them). The Department of Justice
 * verifies the person against the national population database before it certifies anything.
 */
import type { Citizen } from '../../src/seed/types';
import type { NhanHoSoDangKyRequest } from '../../src/generated/schema-types';
import { DECLARE_TYPE, ID_TYPE } from './declaration-rules';

export type Verdict = { issue: true; citizen?: Citizen } | { issue: false; reason: string };

const normalizeName = (name: string): string => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');

/**
 * Refusals, first match wins: a proxy request without the authorised person; form No. 2 asked by
 * proxy or by an organisation (the law reserves it for procedural bodies and the person); a
 * Vietnamese ID number (CMND/CCCD) the population database does not know; or one whose holder has
 * another name or birth year. Passports and residence cards are not checked against the
 * population database: LLTP certifies what its own database holds on that number.
 */
export function decide(request: NhanHoSoDangKyRequest, citizens: ReadonlyMap<string, Citizen>): Verdict {
  const d = request.declarationWSForm;
  if (d.declareTypeId === DECLARE_TYPE.proxy && !request.mandatorWSForm) {
    return { issue: false, reason: 'Hồ sơ yêu cầu cấp Phiếu theo ủy quyền nhưng thiếu thông tin người được ủy quyền (mandatorWSForm)' };
  }
  if (d.formType === 2 && d.declareTypeId === DECLARE_TYPE.proxy) {
    return { issue: false, reason: 'Phiếu lý lịch tư pháp số 2 không được cấp theo ủy quyền; người được cấp phải tự yêu cầu' };
  }
  if (d.formType === 2 && d.declareTypeId === DECLARE_TYPE.organisation) {
    return { issue: false, reason: 'Cơ quan, tổ chức chỉ được cấp Phiếu lý lịch tư pháp số 1' };
  }
  if (d.idTypeId !== ID_TYPE.cccd && d.idTypeId !== ID_TYPE.cmnd) return { issue: true };
  const citizen = citizens.get(d.identifyNo);
  if (!citizen) {
    return { issue: false, reason: `Không xác minh được nhân thân: số giấy tờ ${d.identifyNo} không có trong Cơ sở dữ liệu quốc gia về dân cư` };
  }
  if (normalizeName(citizen.fullName) !== normalizeName(d.fullName)) {
    return {
      issue: false,
      reason: `Thông tin nhân thân không khớp với Cơ sở dữ liệu quốc gia về dân cư: họ tên của số giấy tờ ${d.identifyNo} khác với fullName`,
    };
  }
  if (!d.birthDateStr.endsWith(citizen.birthDate.slice(0, 4))) {
    return {
      issue: false,
      reason: `Thông tin nhân thân không khớp với Cơ sở dữ liệu quốc gia về dân cư: năm sinh của số giấy tờ ${d.identifyNo} khác với birthDateStr`,
    };
  }
  return { issue: true, citizen };
}
