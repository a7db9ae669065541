import { BusinessRuleError } from '../../src/core/errors';
import type { Citizen } from '../../src/seed/types';
import { unitBackend, type UnitBackend } from '../../test/support/unit-context';
import { NEWBORN_CARD } from '../../test/support/newborn-card';
import { saveBhytCard } from '../shared/bhyt-cards';
import { createSocialInsuranceAdapter } from '.';

const compact = (iso: string): string => iso.replace(/-/g, '');
const notFound = (message: RegExp) =>
  expect.objectContaining({ constructor: BusinessRuleError, code: 'NOT_FOUND', status: 404, message: expect.stringMatching(message) });

describe('bhxh handlers (in-memory context)', () => {
  let bhxh: UnitBackend;
  let person: Citizen;
  beforeEach(() => {
    bhxh = unitBackend(createSocialInsuranceAdapter);
    const { citizens, testPersons } = bhxh.reference.dataset;
    person = citizens.find((c) => c.id === testPersons.cleanRecord.id) as Citizen;
  });

  it('answers a seeded person by BHXH number, by criteria and by household card', async () => {
    expect(await bhxh.call('bhxh.getTraCuuTtHgdByMaSoBhxh', { maSoBhxh: person.bhxhNumber })).toMatchObject({
      hoTen: person.fullName,
      soSoCu: '',
      ngaySinh: compact(person.birthDate),
      loaiNgaySinh: '0',
      gioiTinh: person.gender === 'male' ? '1' : '2',
      maTinhKs: person.birthProvinceCode,
      trangThai: '1',
      maSoBhxh: person.bhxhNumber,
      soDinhDanh: person.id,
    });
    const criteria = {
      hoTen: person.fullName,
      ngaySinh: compact(person.birthDate).slice(0, 4),
      loaiNgaySinh: '1' as const,
      gioiTinh: person.gender === 'male' ? ('1' as const) : ('2' as const),
      maTinhKs: person.birthProvinceCode,
      isKs: '1' as const,
    };
    expect(await bhxh.call('bhxh.getMaSoBhxhTheoTieuChi', criteria)).toEqual({ maSoBhxh: person.bhxhNumber, trangThai: '1', errorCode: '0' });
    expect(await bhxh.call('bhxh.getTraCuuThongTinHgd', { maTinh: person.residence.provinceCode, maThe: person.id, isKs: '0' })).toMatchObject({
      maSo: person.bhxhNumber,
      hoTen: person.fullName,
      soDinhDanh: person.id,
      maHo: expect.stringMatching(new RegExp(`${person.bhxhNumber.slice(-5)}$`)),
      trangThai: '1',
    });
  });

  it('serves the card a birth registration issued, by BHXH number, by the child’s personal ID and by criteria', async () => {
    await saveBhytCard(bhxh.context.state, NEWBORN_CARD);
    const byNumber = await bhxh.call('bhxh.getTraCuuTtHgdByMaSoBhxh', { maSoBhxh: NEWBORN_CARD.maSoBhxh });
    expect(bhxh.undocumented('bhxh.getTraCuuTtHgdByMaSoBhxh', byNumber)).toEqual([]);
    expect(byNumber).toEqual({
      hoTen: 'Đỗ Minh Khang',
      soSoCu: '',
      ngaySinh: '20260102',
      loaiNgaySinh: '0',
      gioiTinh: '1',
      maTinhKs: '01',
      maHuyenKs: '001',
      maXaKs: '00006',
      trangThai: '1',
      maSoBhxh: NEWBORN_CARD.maSoBhxh,
      soDinhDanh: NEWBORN_CARD.soDinhDanh,
      maThe: NEWBORN_CARD.maThe,
      gtTheTu: '20260102',
      gtTheDen: '20320101',
    });
    const household = await bhxh.call('bhxh.getTraCuuThongTinHgd', { maTinh: '01', maThe: NEWBORN_CARD.soDinhDanh, isKs: '0' });
    expect(bhxh.undocumented('bhxh.getTraCuuThongTinHgd', household)).toEqual([]);
    expect(household).toMatchObject({
      maSo: NEWBORN_CARD.maSoBhxh,
      maThe: NEWBORN_CARD.maThe,
    });
    const criteria = {
      hoTen: 'đỗ minh khang',
      ngaySinh: '20260102',
      loaiNgaySinh: '0' as const,
      gioiTinh: '1' as const,
      maTinhKs: '01',
      isKs: '1' as const,
    };
    const found = await bhxh.call('bhxh.getMaSoBhxhTheoTieuChi', criteria);
    expect(bhxh.undocumented('bhxh.getMaSoBhxhTheoTieuChi', found)).toEqual([]);
    expect(found).toMatchObject({ maSoBhxh: NEWBORN_CARD.maSoBhxh });
  });

  it('answers NOT_FOUND (404) for a BHXH number, card or person it does not have', async () => {
    await expect(bhxh.call('bhxh.getTraCuuTtHgdByMaSoBhxh', { maSoBhxh: '0199999999' })).rejects.toEqual(
      notFound(/^Không tìm thấy mã số BHXH 0199999999/),
    );
    await saveBhytCard(bhxh.context.state, NEWBORN_CARD);
    // A card code whose BHXH number is known but whose group or level is not the card's.
    await expect(bhxh.call('bhxh.getTraCuuThongTinHgd', { maTinh: '01', maThe: 'GD4010112345678', isKs: '0' })).rejects.toEqual(
      notFound(/thẻ GD4010112345678/),
    );
    await expect(
      bhxh.call('bhxh.getMaSoBhxhTheoTieuChi', {
        hoTen: 'Không Có Ai',
        ngaySinh: '1990',
        loaiNgaySinh: '1',
        gioiTinh: '1',
        maTinhKs: '01',
        isKs: '1',
      }),
    ).rejects.toEqual(notFound(/Không Có Ai sinh 1990/));
  });
});
