import { birthBody, deathBody, marriageBody, PERSONS } from '../../test/civil-registry/civil-registry-fixtures';
import { asRequest, UNIT_EPOCH, unitBackend, type UnitBackend } from '../../test/support/unit-context';
import { BusinessRuleError } from '../../src/core/errors';
import { findBhytCard } from '../shared/bhyt-cards';
import { createCivilRegistryAdapter } from '.';
import { SEEDED_MARRIAGE_ID, SEEDED_MARRIAGE_NUMBER } from './seeded-dossiers';

const MINUTE = 60_000;
const CALLBACK_URL = 'http://127.0.0.1:9/hotich-status';

/** A business refusal with the registry's own code and the HTTP status its envelope goes out with. */
const refusal = (code: string, status: number, message: RegExp) =>
  expect.objectContaining({ constructor: BusinessRuleError, code, status, message: expect.stringMatching(message) });

describe('civil registry handlers (in-memory context)', () => {
  let hotich: UnitBackend;
  beforeEach(() => {
    hotich = unitBackend(createCivilRegistryAdapter);
  });

  /** The e2e fixtures build bodies as loose JSON, the way a native client sends them; the schema would accept each. */
  const register = (body: ReturnType<typeof birthBody | typeof deathBody | typeof marriageBody>, options?: Parameters<UnitBackend['call']>[2]) =>
    hotich.call('hotich.dangKyHoTich', asRequest('hotich.dangKyHoTich', body), options);
  const state = (body: { maDonVi: string; maHoSo: string }) => hotich.call('hotich.traTrangThaiHoSo', { maDonVi: body.maDonVi, maHoSo: body.maHoSo });
  const statusCallbacks = () => hotich.callbacks.sent.map((c) => [c.kind, (c.body as { status: number }).status]);

  it('a birth goes received → eligible → registered as its timers fire, pushing each change to the callback URL', async () => {
    const body = birthBody();
    const received = await register(body, { callbackUrl: CALLBACK_URL, messageId: 'birth-1' });
    expect(received).toEqual({
      maDonVi: '00006',
      maHoSo: body.maHoSo,
      module: 'KS',
      id: 1001,
      status: 1,
      trangThai: '1',
      statusDescription: 'Đã tiếp nhận, chờ xử lý',
      thoiGianThucHien: '01/03/2026 09:00:00',
    });
    expect(hotich.undocumented('hotich.dangKyHoTich', received)).toEqual([]);
    expect(hotich.scheduler.pending()).toEqual([
      {
        id: `hotich:dossier:00006:${body.maHoSo}:review`,
        service: 'hotich',
        kind: 'review',
        dueAt: UNIT_EPOCH + 2 * MINUTE,
        payload: { maDonVi: '00006', maHoSo: body.maHoSo },
      },
    ]);
    expect(hotich.callbacks.sent).toEqual([]);

    expect(await hotich.advance(2 * MINUTE)).toBe(1);
    expect(await state(body)).toMatchObject({ status: 3, trangThai: '3', statusDescription: 'Hồ sơ hợp lệ, đang xử lý' });
    expect(hotich.scheduler.pending()).toEqual([expect.objectContaining({ kind: 'register', dueAt: UNIT_EPOCH + 7 * MINUTE })]);
    await expect(hotich.call('hotich.ketQuaDangKyHS', { maDonVi: '00006', maHoSo: body.maHoSo })).rejects.toEqual(
      refusal('200', 409, /^RECORD_UNCOMPLETE/),
    );

    await hotich.advance(5 * MINUTE);
    expect(await state(body)).toMatchObject({ status: 4, trangThai: '4', statusDescription: 'Đã đăng ký', thoiGianThucHien: '01/03/2026 09:07:00' });
    expect(hotich.scheduler.pending()).toEqual([]);
    expect(hotich.callbacks.sent[0]).toEqual({
      id: `000.00.00.H30/birth-1:eligible:${UNIT_EPOCH + 2 * MINUTE}`,
      service: 'hotich',
      url: CALLBACK_URL,
      body: expect.objectContaining({ maHoSo: body.maHoSo, status: 3 }),
      signing: 'lgsp',
      clientId: 'dev-client',
      messageId: 'birth-1',
      from: '000.00.00.H30',
      kind: 'status-change',
    });
    expect(statusCallbacks()).toEqual([
      ['status-change', 3],
      ['status-change', 4],
    ]);

    const result = await hotich.call('hotich.ketQuaDangKyHS', { maDonVi: '00006', maHoSo: body.maHoSo });
    expect(hotich.undocumented('hotich.ketQuaDangKyHS', result)).toEqual([]);
    const ketQua = result.ketQuaXuLy as Record<string, string>;
    expect(result).toMatchObject({ maDonVi: '00006', maHoSo: body.maHoSo, module: 'KS', id: 1001 });
    expect(ketQua).toMatchObject({
      soDangKy: '1',
      quyenSo: '01/2026',
      trangSo: '1',
      ngayDangKy: '01.03.2026',
      ndkksMaTinh: '01',
      ndkksMaXa: '00006',
      nksHoTen: 'Đỗ Minh Khang',
      soDinhDanh: expect.stringMatching(/^001226\d{6}$/),
    });
    // Liên thông khai sinh – BHYT: the child's card is in the social-insurance backend's state.
    expect(ketQua.maTheBhyt).toBe(`TE101${ketQua.maSoBhxh}`);
    expect(await findBhytCard(hotich.stateOf('bhxh'), ketQua.maSoBhxh)).toMatchObject({
      maThe: ketQua.maTheBhyt,
      soDinhDanh: ketQua.soDinhDanh,
      validFrom: '2026-01-02',
      validTo: '2032-01-01',
      issuedBy: { maDonVi: '00006', maHoSo: body.maHoSo },
    });
    expect(Buffer.from(ketQua.giayKhaiSinh, 'base64').subarray(0, 5).toString()).toBe('%PDF-');

    // The registry record, alone, in a list (unknown ids left out) and in the day's list.
    const record = await hotich.call('hotich.traHoSo', { module: 'KS', maHoSo: 1001 });
    expect(record.records).toEqual([expect.objectContaining({ id: 1001, so: '1', quyenSo: '01/2026', trangSo: '1', maDonVi: '00006' })]);
    expect(hotich.undocumented('hotich.traHoSo', record)).toEqual([]);
    const list = await hotich.call('hotich.traDanhSachHoSo', { maTinh: '01', module: 'KS', dsMaHoSo: [1001, 999999] });
    expect(list.records.map((r) => r.id)).toEqual([1001]);
    expect(hotich.undocumented('hotich.traDanhSachHoSo', list)).toEqual([]);
    expect(await hotich.call('hotich.dsHoSoDangKy', { module: 'KS', ngayCapNhat: '01/03/2026' })).toEqual({
      records: [{ id: 1001, maDonVi: '00006' }],
    });
    expect(await hotich.call('hotich.dsHoSoDangKy', { module: 'KS', ngayCapNhat: '02/03/2026' })).toEqual({ records: [] });
  });

  it('a birth with no evidence of the birth notice waits for a supplement; sending it again with one starts it over', async () => {
    const body = birthBody({}, { maGCS: undefined, ngayCapGCS: undefined });
    await register(body);
    await hotich.advance(2 * MINUTE);
    expect(await state(body)).toEqual(
      expect.objectContaining({
        status: 2,
        trangThai: '2',
        statusDescription: 'Cần bổ sung: số và bản gốc giấy chứng sinh (maGCS)',
        ghiChu: 'Cần bổ sung: số và bản gốc giấy chứng sinh (maGCS)',
        hanBoSungHoSo: '08/03/2026 09:02:00',
      }),
    );
    expect(hotich.scheduler.pending()).toEqual([]);

    expect(hotich.undocumented('hotich.traTrangThaiHoSo', await state(body))).toEqual([]);
    const supplemented = await register({ ...body, data: { ...body.data, maGCS: 'GCS-2026-9', ngayCapGCS: '03.01.2026' } });
    expect(supplemented).toMatchObject({ id: 1001, status: 1, thoiGianThucHien: '01/03/2026 09:02:00' });
    expect(supplemented).not.toHaveProperty('ghiChu');
    await hotich.advance(7 * MINUTE);
    expect(await state(body)).toMatchObject({ status: 4 });
  });

  it('a dossier sent again answers what the registry has, marked duplicate, and schedules nothing more', async () => {
    const body = birthBody();
    await register(body);
    const again = await register(body);
    expect(again).toMatchObject({ id: 1001, status: 1, duplicate: true });
    expect(hotich.scheduler.pending()).toHaveLength(1);
  });

  it('refuses at once the death of a person already deceased and the marriage of a married person (500)', async () => {
    await expect(register(deathBody(PERSONS.deceased))).rejects.toEqual(refusal('500', 422, /^DATA_INCORRECT: .*đã được đăng ký khai tử/));
    await expect(register(marriageBody(PERSONS.married, PERSONS.singleAdult))).rejects.toEqual(
      refusal('500', 422, /^DATA_INCORRECT: Người chồng .*đang có vợ\/chồng/),
    );
    expect(hotich.scheduler.pending()).toEqual([]);
  });

  it('a registered death makes the person deceased: a second death and a marriage are refused', async () => {
    await register(deathBody(PERSONS.cleanRecord));
    await hotich.advance(7 * MINUTE);
    await expect(register(deathBody(PERSONS.cleanRecord))).rejects.toEqual(refusal('500', 422, /đã được đăng ký khai tử/));
    await expect(register(marriageBody(PERSONS.cleanRecord, PERSONS.singleAdult))).rejects.toEqual(refusal('500', 422, /đã chết/));
  });

  it('of two marriages of one person, the first registered makes the second rejected (0, trangThai 6)', async () => {
    const first = marriageBody(PERSONS.singleAdultPartner, PERSONS.singleAdult);
    const second = marriageBody({ id: '001094123456', name: 'Lý Văn Tâm', born: '01.01.1994' }, PERSONS.singleAdult);
    await register(first);
    // A moment later, as on a running clock: timers due at the same instant run in the order of their ids.
    await hotich.advance(1000);
    await register(second);
    await hotich.advance(7 * MINUTE);
    expect(await state(first)).toMatchObject({ status: 4 });
    expect(await state(second)).toMatchObject({
      status: 0,
      trangThai: '6',
      statusDescription: expect.stringMatching(/^Từ chối: .*đang có vợ\/chồng/),
    });
    await expect(hotich.call('hotich.ketQuaDangKyHS', { maDonVi: second.maDonVi, maHoSo: second.maHoSo })).rejects.toEqual(
      refusal('500', 422, /bị từ chối/),
    );
  });

  it('answers 201 RECORD_NOT_FOUND for a dossier or record it does not have', async () => {
    await expect(hotich.call('hotich.traTrangThaiHoSo', { maDonVi: '00006', maHoSo: '000.00.01.H26-260115-9999' })).rejects.toEqual(
      refusal('201', 404, /^RECORD_NOT_FOUND/),
    );
    await expect(hotich.call('hotich.traHoSo', { module: 'KS', maHoSo: 424242 })).rejects.toEqual(refusal('201', 404, /khai sinh/));
    // The seeded marriage is not a birth record.
    await expect(hotich.call('hotich.traHoSo', { module: 'KS', maHoSo: SEEDED_MARRIAGE_ID })).rejects.toEqual(
      refusal('201', 404, /RECORD_NOT_FOUND/),
    );
    await expect(hotich.call('hotich.traDanhSachHoSo', { maTinh: '01', module: 'KH', dsMaHoSo: [424242] })).rejects.toEqual(
      refusal('201', 404, /RECORD_NOT_FOUND/),
    );
  });

  it('serves the seeded marriage record and the v2 poll by one-stop number', async () => {
    const record = await hotich.call('hotich.traHoSo', { module: 'KH', maHoSo: SEEDED_MARRIAGE_ID });
    expect(record.records).toEqual([expect.objectContaining({ id: SEEDED_MARRIAGE_ID, maHoSo: SEEDED_MARRIAGE_NUMBER, module: 'KH' })]);
    const poll = await hotich.call('hotich.layKetQua', { maDinhDanhHoSo: [SEEDED_MARRIAGE_NUMBER, 'unknown-number'], maTinh: '01', module: 'LTKH' });
    expect(hotich.undocumented('hotich.layKetQua', poll)).toEqual([]);
    expect(poll.items).toEqual([
      expect.objectContaining({ maHoSoMCDT: SEEDED_MARRIAGE_NUMBER, maTinh: '01', trangThai: '4', errors: null, ketQuaXuLy: expect.any(Object) }),
    ]);
  });

  it('lists a MoJ catalogue as code and name rows', async () => {
    const catalogue = await hotich.call('hotich.danhMuc', { loaiDanhMuc: '3' });
    expect(hotich.undocumented('hotich.danhMuc', catalogue)).toEqual([]);
    const { items } = catalogue;
    expect(items.length).toBeGreaterThan(0);
    for (const row of items) expect(Object.keys(row).sort()).toEqual(['ma', 'ten']);
  });
});
