import type { Adapter, NativeRequest, NativeRoute } from '../../src/core/adapter';
import { defineHandlers } from '../../src/core/operation';
import { BusinessRuleError } from '../../src/core/errors';
import { validateMaThe } from '../../src/core/ids';
import type { StateStore } from '../../src/core/ports';
import { schemaId } from '../../src/core/schema-id';
import type { GetTraCuuThongTinHgdRequest } from '../../src/generated/schema-types';
import type { AdapterDeps } from '../shared/adapter-deps';
import { textOf } from '../shared/field-rules';
import { isPlainObject } from '../../src/core/lenient/members';
import { bhxhRules } from './bhxh-rules';
import { notFound, renderBhxhError } from './envelope';
import { InsuredPeople, type InsuredPerson } from './insured-people';

const compact = (iso: string): string => iso.replace(/-/g, '');
const genderCode = (p: InsuredPerson): string => (p.gender === 'male' ? '1' : '2');
const sameName = (a: string, b: string): boolean => a.normalize('NFC').trim().toLowerCase() === b.normalize('NFC').trim().toLowerCase();

/** Does `ngaySinh` (written as `loaiNgaySinh` says) match an ISO birth date? */
function sameBirth(person: InsuredPerson, ngaySinh: string, loaiNgaySinh = '0'): boolean {
  const full = compact(person.birthDate);
  return loaiNgaySinh === '1' ? full.slice(0, 4) === ngaySinh : loaiNgaySinh === '2' ? full.slice(0, 6) === ngaySinh : full === ngaySinh;
}

/** The ISO days a `ngaySinh` (written as `loaiNgaySinh` says) may mean; a malformed one means none. */
function birthRange(ngaySinh: string, loaiNgaySinh = '0'): { from: string; to: string } {
  const none = { from: '9999-12-31', to: '0000-01-01' };
  const y = ngaySinh.slice(0, 4);
  const m = ngaySinh.slice(4, 6);
  // Each form is checked whole: a range read from a blank or partial one is no day at all.
  if (loaiNgaySinh === '1') return /^\d{4}$/.test(ngaySinh) ? { from: `${y}-01-01`, to: `${y}-12-31` } : none;
  if (loaiNgaySinh === '2') return /^\d{6}$/.test(ngaySinh) ? { from: `${y}-${m}-01`, to: `${y}-${m}-31` } : none;
  return /^\d{8}$/.test(ngaySinh) ? { from: `${y}-${m}-${ngaySinh.slice(6, 8)}`, to: `${y}-${m}-${ngaySinh.slice(6, 8)}` } : none;
}

function cardFields(p: InsuredPerson) {
  return p.card ? { maThe: p.card.maThe, gtTheTu: compact(p.card.validFrom), gtTheDen: compact(p.card.validTo) } : {};
}

function only(found: InsuredPerson[], what: string): InsuredPerson {
  if (found.length === 0) throw notFound(what);
  if (found.length > 1) throw new BusinessRuleError('MULTIPLE_MATCHES', `Có ${found.length} người khớp ${what}; thêm tiêu chí`, { status: 409 });
  return found[0];
}

const route = (operation: string): NativeRoute => ({
  method: 'POST',
  paths: [`/apiBHXH/${operation}`],
  operation,
  toMessageBody: (request: NativeRequest) => (isPlainObject(request.body) ? request.body : {}),
  render: (result) => ({ status: 200, body: result }),
});

const op = (name: string) => ({ requestSchema: schemaId(`bhxh/${name}.request.json`), responseSchema: schemaId(`bhxh/${name}.response.json`) });

/**
 * Vietnam Social Security lookups (BHXH, `/apiBHXH`, DOMAIN.md §5.2) over the seeded citizens, plus
 * the health-insurance cards that birth registrations of children under six issued (liên thông
 * khai sinh – BHYT), which the civil registry writes into this backend's state.
 */
export function createSocialInsuranceAdapter({ reference }: AdapterDeps): Adapter {
  const people = new InsuredPeople(reference.dataset.citizens);
  const { cleanRecord } = reference.dataset.testPersons;
  const example = reference.dataset.citizens.find((c) => c.id === cleanRecord.id);
  if (!example) throw new Error('the clean-record test person is missing from the dataset');

  const byHousehold = async (state: StateStore, body: GetTraCuuThongTinHgdRequest): Promise<InsuredPerson> => {
    const maThe = textOf(body.maThe);
    if (maThe) {
      const checked = validateMaThe(maThe);
      const person = !checked.ok
        ? undefined
        : checked.kind === 'personalId'
          ? await people.byPersonalId(state, checked.personalId)
          : await people.byBhxhNumber(state, checked.bhxhNumber);
      if (!person || (checked.ok && checked.kind === 'cardCode' && person.card && person.card.maThe !== maThe)) throw notFound(`thẻ ${maThe}`);
      return person;
    }
    return only(
      await people.search(
        state,
        (p) =>
          sameName(p.hoTen, String(body.hoTen)) &&
          sameBirth(p, String(body.ngaySinh), body.loaiNgaySinh) &&
          (!body.gioiTinh || genderCode(p) === body.gioiTinh) &&
          (body.isKs === '1' ? p.birthPlace.province : p.household.province) === body.maTinh,
        birthRange(String(body.ngaySinh), body.loaiNgaySinh),
      ),
      `${String(body.hoTen)} sinh ${String(body.ngaySinh)} tại tỉnh ${body.maTinh}`,
    );
  };

  return {
    manifest: {
      service: 'bhxh',
      name: 'Social insurance (BHXH Việt Nam)',
      description:
        'Lookups of BHXH numbers and household members, including health-insurance cards issued through the birth registration interconnection.',
      // All three are read-only: they read the seed and the cards birth registrations issued.
      operations: [
        {
          operation: 'getTraCuuTtHgdByMaSoBhxh',
          summary: 'A person by BHXH number',
          ...op('getTraCuuTtHgdByMaSoBhxh'),
          example: { maSoBhxh: example.bhxhNumber },
          readOnly: true,
        },
        {
          operation: 'getMaSoBhxhTheoTieuChi',
          summary: 'A BHXH number by name, birth date, gender and place',
          ...op('getMaSoBhxhTheoTieuChi'),
          example: {
            hoTen: example.fullName,
            ngaySinh: compact(example.birthDate),
            loaiNgaySinh: '0',
            gioiTinh: '1',
            maTinhKs: example.birthProvinceCode,
            maHuyenKs: '',
            maXaKs: '',
            isKs: '1',
          },
          check: bhxhRules.byCriteria,
          readOnly: true,
        },
        {
          operation: 'getTraCuuThongTinHgd',
          summary: 'A household member by card or by name and birth date',
          ...op('getTraCuuThongTinHgd'),
          example: { maTinh: example.residence.provinceCode, maThe: example.bhxhNumber, isKs: '0' },
          check: bhxhRules.household,
          readOnly: true,
        },
      ],
      native: [route('getTraCuuTtHgdByMaSoBhxh'), route('getMaSoBhxhTheoTieuChi'), route('getTraCuuThongTinHgd')],
      renderError: renderBhxhError,
    },
    handlers: defineHandlers('bhxh', {
      getTraCuuTtHgdByMaSoBhxh: async (message, context) => {
        const { maSoBhxh } = message.body;
        const p = await people.byBhxhNumber(context.state, maSoBhxh);
        if (!p) throw notFound(`mã số BHXH ${maSoBhxh}`);
        return {
          hoTen: p.hoTen,
          soSoCu: '',
          ngaySinh: compact(p.birthDate),
          loaiNgaySinh: '0',
          gioiTinh: genderCode(p),
          maTinhKs: p.birthPlace.province,
          maHuyenKs: p.birthPlace.district,
          maXaKs: p.birthPlace.commune,
          trangThai: '1',
          maSoBhxh: p.maSoBhxh,
          soDinhDanh: p.soDinhDanh,
          ...cardFields(p),
        };
      },
      getMaSoBhxhTheoTieuChi: async (message, context) => {
        const body = message.body;
        const place = (p: InsuredPerson) => (body.isKs === '1' ? p.birthPlace : p.household);
        const p = only(
          await people.search(
            context.state,
            (candidate) =>
              sameName(candidate.hoTen, body.hoTen) &&
              sameBirth(candidate, body.ngaySinh, body.loaiNgaySinh) &&
              genderCode(candidate) === body.gioiTinh &&
              place(candidate).province === body.maTinhKs &&
              (!body.maHuyenKs || place(candidate).district === body.maHuyenKs) &&
              (!body.maXaKs || place(candidate).commune === body.maXaKs),
            birthRange(body.ngaySinh, body.loaiNgaySinh),
          ),
          `${body.hoTen} sinh ${body.ngaySinh}`,
        );
        return { maSoBhxh: p.maSoBhxh, trangThai: '1', errorCode: '0' };
      },
      getTraCuuThongTinHgd: async (message, context) => {
        const p = await byHousehold(context.state, message.body);
        return {
          maSo: p.maSoBhxh,
          hoTen: p.hoTen,
          ngaySinh: compact(p.birthDate),
          loaiNgaySinh: '0',
          gioiTinh: genderCode(p),
          // Household codes are unpublished; the simulator's own: commune code + the BHXH number's last five digits.
          maHo: `${p.household.commune}${p.maSoBhxh.slice(-5)}`,
          diaChi: p.household.detail,
          trangThai: '1',
          soDinhDanh: p.soDinhDanh,
          ...cardFields(p),
        };
      },
    }),
  };
}
