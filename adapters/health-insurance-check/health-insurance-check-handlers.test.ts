import type { RequestOf } from '../../src/core/operation';
import type { BhytHistoryResponse } from '../../src/generated/schema-types';
import { ACCOUNT, md5, OFFICER } from '../../test/health-insurance-check/egw-client';
import { UNIT_EPOCH, unitBackend, type CallOptions, type UnitBackend } from '../../test/support/unit-context';
import { NEWBORN_CARD } from '../../test/support/newborn-card';
import { saveBhytCard } from '../shared/bhyt-cards';
import { PersonDirectory } from '../shared/person-directory';
import { createHealthInsuranceCheckAdapter } from '.';

const MINUTE = 60_000;
const AN = { maThe: 'DN4010199000001', hoTen: 'Nguyễn Văn An', ngaySinh: '12/03/1985' };
const BINH = { maThe: '7999000002', hoTen: 'Trần Văn Bình', ngaySinh: '20/07/1980' };
const LOC = { maThe: 'DN4010199000014', hoTen: 'Trương Văn Lộc', ngaySinh: '21/10/1986' };

type CardQuery = RequestOf<'bhyt.KQNhanLichSuKCB2024'>;

describe('bhyt card-check handlers (in-memory context)', () => {
  let bhyt: UnitBackend;
  beforeEach(() => {
    bhyt = unitBackend(createHealthInsuranceCheckAdapter);
  });

  const check = (card: Omit<CardQuery, 'hoTenCb' | 'cccdCb'> & Partial<CardQuery>, options?: CallOptions) =>
    bhyt.call('bhyt.KQNhanLichSuKCB2024', { ...OFFICER, ...card }, options);
  /** Lskcb2025 borrows the card check's request schema, so the generated map lists it under no type of its own. */
  const history = async (query: CardQuery) => (await bhyt.send('bhyt.Lskcb2025', query)) as BhytHistoryResponse;
  const login = async () => {
    const answer = await bhyt.call('bhyt.tokenTake', { username: ACCOUNT.username, password: md5(ACCOUNT.password) });
    if (!answer.APIKey || typeof answer.APIKey === 'string') throw new Error(`login failed: ${JSON.stringify(answer)}`);
    return { token: answer.APIKey.access_token, id_token: answer.APIKey.id_token, username: ACCOUNT.username };
  };

  it('the token step answers a token that lasts 30 minutes of simulation time, and 401 for a wrong password', async () => {
    expect(await bhyt.call('bhyt.tokenTake', { username: ACCOUNT.username, password: md5(ACCOUNT.password) })).toEqual({
      maKetQua: '200',
      APIKey: {
        access_token: expect.stringMatching(/^[0-9a-f]{32}$/),
        id_token: expect.any(String),
        token_type: 'bearer',
        username: ACCOUNT.username,
        expires_in: new Date(UNIT_EPOCH + 30 * MINUTE).toISOString().replace('.000Z', '.0000000Z'),
      },
    });
    expect(await bhyt.call('bhyt.tokenTake', { username: ACCOUNT.username, password: md5('wrong') })).toEqual({
      maKetQua: '401',
      ghiChu: expect.stringMatching(/Sai tên đăng nhập hoặc mật khẩu/),
      APIKey: null,
    });
  });

  it('a check on the native door needs the gateway token, until it expires on the simulation clock', async () => {
    const auth = await login();
    expect(await check({ ...AN, ...auth }, { channel: 'native' })).toMatchObject({ maKetQua: '000' });
    expect(await check(AN, { channel: 'native' })).toMatchObject({ maKetQua: '401', ghiChu: expect.stringMatching(/Thiếu token/), maThe: null });
    bhyt.clock.advance(31 * MINUTE);
    expect(await check({ ...AN, ...auth }, { channel: 'native' })).toMatchObject({ maKetQua: '401', ghiChu: expect.stringMatching(/hết hạn/) });
  });

  it('a valid card answers 000 with the card and holder, and each check is kept and listed on the next one', async () => {
    const first = await check(AN);
    expect(bhyt.undocumented('bhyt.KQNhanLichSuKCB2024', first)).toEqual([]);
    expect(first).toMatchObject({
      maKetQua: '000',
      ghiChu: expect.stringMatching(/^Thẻ còn giá trị sử dụng!/),
      maThe: 'DN4010199000001',
      hoTen: 'Nguyễn Văn An',
      ngaySinh: '12/03/1985',
      gioiTinh: 'Nam',
      maSoBHXH: '0199000001',
    });
    const second = await check(AN);
    expect(bhyt.undocumented('bhyt.KQNhanLichSuKCB2024', second)).toEqual([]);
    expect(second.dsLichSuKT2018).toEqual([expect.objectContaining({ userKT: 'dev-client' })]);
  });

  it('refuses by the gateway’s codes: officer unknown (054) or misnamed (055), wrong name (060/061), birth (070), no card (050), bad code (051)', async () => {
    const codeOf = async (query: Parameters<typeof check>[0]) => (await check(query)).maKetQua;
    expect(await codeOf({ ...AN, cccdCb: '001085990001' })).toBe('054');
    expect(await codeOf({ ...AN, hoTenCb: 'Người Khác' })).toBe('055');
    expect(await codeOf({ ...AN, hoTen: 'Trần Văn An' })).toBe('060');
    expect(await codeOf({ ...AN, hoTen: 'Nguyễn Văn Anh' })).toBe('061');
    expect(await codeOf({ ...AN, ngaySinh: '13/03/1985' })).toBe('070');
    expect(await codeOf({ ...AN, maThe: 'DN4010199999999' })).toBe('050');
    expect(await codeOf({ ...AN, maThe: 'DN40101' })).toBe('051');
  });

  it('a death the civil registry registered stops the card (124) from the day of death', async () => {
    expect(await check(BINH)).toMatchObject({ maKetQua: '000', maThe: 'DN4797999000002' });
    const people = new PersonDirectory(bhyt.reference.dataset.citizens, bhyt.stateOf('hotich'));
    const binh = await people.find('079080990002');
    await people.save({ ...(binh as NonNullable<typeof binh>), deceasedOn: '2026-01-10' });
    expect(await check(BINH)).toMatchObject({ maKetQua: '124', ghiChu: expect.stringMatching(/ngừng tham gia\. Từ ngày 10\/01\/2026/) });
  });

  it('finds the card a birth registration issued, by card code, BHXH number and personal ID', async () => {
    await saveBhytCard(bhyt.stateOf('bhxh'), NEWBORN_CARD);
    for (const maThe of ['TE1010112345678', '0112345678', '001226000123']) {
      expect(await check({ maThe, hoTen: 'Đỗ Minh Khang', ngaySinh: '02/01/2026' })).toMatchObject({
        maKetQua: '000',
        maThe: 'TE1010112345678',
        gtTheTu: '02/01/2026',
        gtTheDen: '01/01/2032',
        maSoBHXH: '0112345678',
      });
    }
  });

  it('a replaced card answers 004 while the old one is valid and 003 once the clock passes its end', async () => {
    expect(await check(LOC)).toMatchObject({ maKetQua: '004' });
    bhyt.clock.advance(Date.parse('2027-07-01T02:00:00Z') - UNIT_EPOCH);
    expect(await check(LOC)).toMatchObject({ maKetQua: '003', maTheMoi: 'GD4010199000014' });
  });

  it('the examination history lists the visits discharged by the simulation day, newest first', async () => {
    const visits = await history({ ...OFFICER, ...AN });
    expect(visits).toMatchObject({ maKetQua: '000', hoTen: 'Nguyễn Văn An' });
    expect(bhyt.undocumented('bhyt.Lskcb2025', visits)).toEqual([]);
    expect(visits.dsLichSuKCB2018?.map((v) => v.maHoSo)).toEqual(['0100225000456', '0100125000123']);
    expect(await history({ ...OFFICER, ...AN, hoTen: 'Trần Văn An' })).toEqual({
      maKetQua: '060',
      ghiChu: expect.any(String),
      maThe: null,
      hoTen: null,
      dsLichSuKCB2018: null,
    });
  });
});
