import { BusinessRuleError } from '../../src/core/errors';
import { unitBackend, type UnitBackend } from '../../test/support/unit-context';
import { createBudgetUnitsAdapter } from '.';

const notFound = (message: string) => expect.objectContaining({ constructor: BusinessRuleError, code: 'NOT_FOUND', status: 404, message });

describe('msns handlers (in-memory context)', () => {
  let msns: UnitBackend;
  beforeEach(() => {
    // 1 March 2026: unit 1098021 was merged into 1098022 on 1 July 2025; 1099004 closes on 1 January 2027.
    msns = unitBackend(createBudgetUnitsAdapter);
  });

  const lookUp = (maSo: string) => msns.call('msns.traCuuMaSo', { maSo });

  it('answers an open unit in the envelope with one record', async () => {
    const answer = await lookUp('1099001');
    expect(msns.undocumented('msns.traCuuMaSo', answer)).toEqual([]);
    expect(answer).toMatchObject({ Status: '1', Message: 'success', DataCount: 1 });
    expect(answer.Data).toEqual([
      expect.objectContaining({
        maSoDVQHNS: '1099001',
        loaiDonVi: '1',
        ngayCapMa: '05/01/2016',
        trangThai: '1',
        ngayDongMa: null,
        maDonViTiepNhan: null,
      }),
    ]);
    expect(answer.Data[0]).not.toHaveProperty('tenDuAn');
  });

  it('answers a closed code as closed, naming the unit that took it over', async () => {
    const answer = await lookUp('1098021');
    expect(answer.Message).toBe('Mã số ĐVQHNS 1098021 đã đóng từ ngày 01/07/2025 (sáp nhập vào 1098022); mã số không được cấp lại');
    expect(answer.Data[0]).toMatchObject({ trangThai: '0', ngayDongMa: '01/07/2025', maDonViTiepNhan: '1098022' });
  });

  it('closes a code when the simulation day reaches its closing day', async () => {
    expect((await lookUp('1099004')).Data[0]).toMatchObject({ trangThai: '1', ngayDongMa: null });
    msns.clock.advance(Date.parse('2027-01-01T01:00:00Z') - msns.clock.now().getTime());
    expect((await lookUp('1099004')).Data[0]).toMatchObject({ trangThai: '0', ngayDongMa: '01/01/2027', maDonViTiepNhan: '1099001' });
  });

  it('answers a project with its investment fields', async () => {
    const project = await lookUp('8098001');
    expect(msns.undocumented('msns.traCuuMaSo', project)).toEqual([]);
    expect(project.Data[0]).toMatchObject({
      maSoDVQHNS: '8098001',
      loaiDonVi: '8',
      tenDuAn: expect.any(String),
      tongMucDauTu: expect.any(Number),
    });
  });

  it('answers NOT_FOUND (404) for a code not issued, yet or at all, with a warning for an unknown class digit', async () => {
    await expect(lookUp('7099123')).resolves.toMatchObject({ Status: '1' });
    msns.clock.advance(Date.parse('2025-09-30T01:00:00Z') - msns.clock.now().getTime());
    await expect(lookUp('7099123')).rejects.toEqual(notFound('Không tìm thấy mã số ĐVQHNS 7099123'));
    await expect(lookUp('1099999')).rejects.toEqual(notFound('Không tìm thấy mã số ĐVQHNS 1099999'));
    await expect(lookUp('5099999')).rejects.toEqual(
      notFound('Không tìm thấy mã số ĐVQHNS 5099999 (cảnh báo: chữ số đầu 5 không thuộc loại mã số đã biết (1, 2, 3, 7, 8))'),
    );
  });
});
