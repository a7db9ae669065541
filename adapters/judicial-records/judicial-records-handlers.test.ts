import { BusinessRuleError } from '../../src/core/errors';
import type { Citizen } from '../../src/seed/types';
import { UNIT_EPOCH, unitBackend, type UnitBackend } from '../../test/support/unit-context';
import { createJudicialRecordsAdapter } from '.';
import { ownRequest } from './direct-dossiers';
import { RESENT_DESCRIPTION } from './submission';

const SECOND = 1000;
const CALLBACK_URL = 'http://127.0.0.1:9/lltp-status';

const refusal = (code: string, status: number, message: RegExp) =>
  expect.objectContaining({ constructor: BusinessRuleError, code, status, message: expect.stringMatching(message) });

describe('judicial-records handlers (in-memory context)', () => {
  let lltp: UnitBackend;
  let clean: Citizen;
  beforeEach(() => {
    lltp = unitBackend(createJudicialRecordsAdapter);
    const { citizens, testPersons } = lltp.reference.dataset;
    clean = citizens.find((c) => c.id === testPersons.cleanRecord.id) as Citizen;
  });

  const request = (citizen: Citizen, receiptNo: string) => ownRequest(citizen, 1, receiptNo, lltp.clock.now());
  const status = (receiptNo: string) => lltp.call('lltp.traTrangThaiHs', { idReceivedDec: receiptNo, infoType: 2 });

  it('a one-stop request is received (3), processed (4) and issued (5) as its timers fire, with a status callback for each change', async () => {
    const receipt = await lltp.call('lltp.nhanHoSoDangKy', request(clean, 'BN-0001'), { callbackUrl: CALLBACK_URL, messageId: 'lltp-1' });
    expect(receipt).toEqual({
      STATUS: '1',
      DESCRIPTION: '',
      ID: expect.stringMatching(/^[0-9A-F]{32}$/),
      APPOINTMENT_NO: '5001-20260301-00001',
      DEC_STATUS_ID: 3,
    });
    expect(lltp.undocumented('lltp.nhanHoSoDangKy', receipt)).toEqual([]);
    const id = receipt.ID;
    expect(lltp.scheduler.pending()).toEqual([
      { id: `lltp:${id}:startProcessing`, service: 'lltp', kind: 'startProcessing', dueAt: UNIT_EPOCH + 60 * SECOND, payload: { id } },
    ]);
    // The receipt itself is reported by the message's result callback, not as a status change.
    expect(lltp.callbacks.sent).toEqual([]);
    expect(await status('BN-0001')).toEqual({
      STATUS: '1',
      DESCRIPTION: '',
      DECLARATION_ID: id,
      DEC_STATUS_ID: 3,
      DEC_STATUS_NAME: expect.any(String),
      APPROVE_DATE: '',
      ISSUE_DATE: '',
      REFUSE_REASON: '',
    });

    await lltp.advance(60 * SECOND);
    expect(await status('BN-0001')).toMatchObject({ DEC_STATUS_ID: 4 });
    expect(lltp.scheduler.pending()).toEqual([expect.objectContaining({ kind: 'decide', dueAt: UNIT_EPOCH + 300 * SECOND })]);

    await lltp.advance(240 * SECOND);
    const issued = await status('BN-0001');
    expect(issued).toMatchObject({ DEC_STATUS_ID: 5, APPROVE_DATE: '01/03/2026', ISSUE_DATE: '01/03/2026', REFUSE_REASON: '' });
    expect(issued.ketQuaXuLy).toMatchObject({ phieuLLTP: expect.any(String) });
    expect(lltp.undocumented('lltp.traTrangThaiHs', issued)).toEqual([]);
    expect(Buffer.from(String(issued.ketQuaXuLy?.phieuLLTP), 'base64').subarray(0, 5).toString()).toBe('%PDF-');

    expect(lltp.callbacks.sent.map((c) => ({ id: c.id, kind: c.kind, url: c.url, signing: c.signing, messageId: c.messageId }))).toEqual([
      { id: `${id}:status:4`, kind: 'status-change', url: CALLBACK_URL, signing: 'lgsp', messageId: 'lltp-1' },
      { id: `${id}:status:5`, kind: 'status-change', url: CALLBACK_URL, signing: 'lgsp', messageId: 'lltp-1' },
    ]);
    expect(lltp.callbacks.sent[1]?.body).toMatchObject({
      event: 'status-change',
      messageType: 'lltp.nhanHoSoDangKy',
      messageId: 'lltp-1',
      DECLARATION_ID: id,
      DEC_STATUS_ID: 5,
      RECEIVE_NO: 'BN-0001',
      ketQuaXuLy: expect.objectContaining({ phieuLLTP: expect.any(String) }),
    });

    // The v2 poll shows the DVCQG code for "done" with the result.
    const poll = await lltp.call('lltp.layKetQua', { maTinh: '01', maHoSoMCDT: 'BN-0001' });
    expect(lltp.undocumented('lltp.layKetQua', poll)).toEqual([]);
    expect(poll).toMatchObject({
      status: 1,
      statusDescription: 'Thành công',
      value: [{ maHoSoMCDT: 'BN-0001', trangThaiXuLy: '9', tenTrangThaiXuLy: 'Đã xử lý xong' }],
    });
  });

  it('status changes wait on the pull list until acknowledged; unknown ids are named and ignored', async () => {
    const { ID } = await lltp.call('lltp.nhanHoSoDangKy', request(clean, 'BN-0002'));
    await lltp.advance(60 * SECOND);
    const changes = await lltp.call('lltp.traDsTrangThaiHs', { infoType: 2 });
    expect(lltp.undocumented('lltp.traDsTrangThaiHs', changes)).toEqual([]);
    expect(changes).toMatchObject({ STATUS: '1', LISTCONTENT: [{ DECLARATION_ID: ID, DEC_STATUS_ID: 4, RECEIVE_NO: 'BN-0002' }] });

    expect(await lltp.call('lltp.danhDauHsThanhCong', { declarationId: `${ID};NOPE`, infoType: 2 })).toEqual({
      STATUS: '1',
      DESCRIPTION: 'Không có trong danh sách chờ xác nhận (infoType 2), bỏ qua: NOPE',
    });
    expect((await lltp.call('lltp.traDsTrangThaiHs', { infoType: 2 })).LISTCONTENT).toEqual([]);
    await expect(lltp.call('lltp.danhDauHsThanhCong', { declarationId: ' ; ', infoType: 2 })).rejects.toEqual(
      refusal('INVALID_FIELD', 400, /declarationId/),
    );
  });

  it('refuses (6) a request whose ID number the population database does not know, with the reason', async () => {
    await lltp.call('lltp.nhanHoSoDangKy', request({ ...clean, id: '001090999999' }, 'BN-0003'));
    await lltp.advance(300 * SECOND);
    expect(await status('BN-0003')).toMatchObject({
      DEC_STATUS_ID: 6,
      REFUSE_REASON: expect.stringMatching(/^Không xác minh được nhân thân: số giấy tờ 001090999999/),
    });
    const poll = await lltp.call('lltp.layKetQua', { maTinh: '01', maHoSoMCDT: 'BN-0003' });
    expect(poll.value[0]).toMatchObject({ trangThaiXuLy: '3', tenTrangThaiXuLy: 'Không được tiếp nhận', lyDoTuChoi: expect.any(String) });
    expect(poll.value[0]).not.toHaveProperty('ketQuaXuLy');
  });

  it('the same request again answers the same dossier; another request under a used receipt number is refused', async () => {
    const first = await lltp.call('lltp.nhanHoSoDangKy', request(clean, 'BN-0004'));
    expect(await lltp.call('lltp.nhanHoSoDangKy', request(clean, 'BN-0004'))).toEqual({ ...first, DESCRIPTION: RESENT_DESCRIPTION });
    const other = { ...request(clean, 'BN-0004'), idMoneyReceipt: '42' };
    await expect(lltp.call('lltp.nhanHoSoDangKy', other)).rejects.toEqual(refusal('DUPLICATE_RECEIPT', 409, /BN-0004 đã được tiếp nhận/));
    expect(lltp.scheduler.pending()).toHaveLength(1);
  });

  it('answers DOSSIER_NOT_FOUND for a receipt or appointment number it does not know, and IDENTITY_MISMATCH for the wrong person', async () => {
    await expect(status('NOPE')).rejects.toEqual(refusal('DOSSIER_NOT_FOUND', 404, /NOPE/));
    await expect(lltp.call('lltp.layKetQua', { maTinh: '01', maHoSoMCDT: 'NOPE' })).rejects.toEqual(refusal('DOSSIER_NOT_FOUND', 404, /maHoSoMCDT/));
    await expect(lltp.call('lltp.traTrangThaiHs', { idReceivedDec: 'NOPE', infoType: 1, identifyNo: clean.id })).rejects.toEqual(
      refusal('DOSSIER_NOT_FOUND', 404, /số giấy hẹn/),
    );
    // The direct dossiers filed for the agency on first look carry appointment numbers 5001-<day>-0000n.
    await expect(lltp.call('lltp.traTrangThaiHs', { idReceivedDec: '5001-20260301-00001', infoType: 1, identifyNo: '001090999999' })).rejects.toEqual(
      refusal('IDENTITY_MISMATCH', 404, /001090999999/),
    );
    expect(await lltp.call('lltp.traTrangThaiHs', { idReceivedDec: '5001-20260301-00001', infoType: 1, identifyNo: clean.id })).toMatchObject({
      DEC_STATUS_ID: 3,
    });
  });

  it('files three direct dossiers for an agency on its first pull: two online, one in person', async () => {
    const online = await lltp.call('lltp.traHoSo', { infoType: 1 });
    const inPerson = await lltp.call('lltp.traHoSo', { infoType: 2 });
    expect(lltp.undocumented('lltp.traHoSo', online)).toEqual([]);
    const form = (identifyNo: string, formType: number) => ({
      declarationTraHoSoForm: expect.objectContaining({ identifyNo, formType, decStatusId: 3 }),
    });
    const { testPersons } = lltp.reference.dataset;
    expect(online.LISTCONTENT).toHaveLength(2);
    expect(online.LISTCONTENT).toEqual(
      expect.arrayContaining([expect.objectContaining(form(clean.id, 1)), expect.objectContaining(form(testPersons.convicted.id, 2))]),
    );
    expect(inPerson.LISTCONTENT).toEqual([expect.objectContaining(form(testPersons.expunged.id, 2))]);
    // Asking again files nothing more.
    expect((await lltp.call('lltp.traHoSo', { infoType: 1 })).LISTCONTENT).toHaveLength(2);
    expect(lltp.scheduler.pending()).toHaveLength(3);
  });

  it('serves a catalogue as ID/NAME rows', async () => {
    const answer = await lltp.call('lltp.traDanhMuc', { infoType: 5 });
    expect(answer).toMatchObject({ STATUS: '1', DESCRIPTION: '' });
    expect(lltp.undocumented('lltp.traDanhMuc', answer)).toEqual([]);
    expect(answer.LISTCONTENT.length).toBeGreaterThan(0);
    expect(answer.LISTCONTENT[0]).toEqual({ ID: expect.any(Number), NAME: expect.any(String) });
  });

  it('takes a VNeID result push once per state: 00, then 01 for the same state again; a -9903 number is interrupted once (03)', async () => {
    const push = {
      maTinh: '44',
      tenTinh: 'Quảng Bình',
      maHoSoMCDT: '000.00.12.H44-260115-0007',
      trangThaiXuLy: '4' as const,
      tenTrangThaiXuLy: 'Đang xử lý',
    };
    expect(await lltp.call('lltp.traKetQuaHoSoLLTP', push)).toEqual({
      statusCode: '00',
      data: { maHoSoMCDT: push.maHoSoMCDT, trangThaiXuLy: '4', ngayCapNhat: '01/03/2026 09:00:00' },
      errorDetail: null,
    });
    expect(await lltp.call('lltp.traKetQuaHoSoLLTP', push)).toEqual({
      statusCode: '01',
      data: null,
      errorDetail: `Hồ sơ ${push.maHoSoMCDT} đang ở trạng thái Đang xử lý, không thể cập nhật lên trạng thái Đang xử lý`,
    });
    const flaky = { ...push, maHoSoMCDT: '000.00.12.H44-260115-9903' };
    expect(await lltp.call('lltp.traKetQuaHoSoLLTP', flaky)).toMatchObject({ statusCode: '03', data: null });
    expect(await lltp.call('lltp.traKetQuaHoSoLLTP', flaky)).toMatchObject({ statusCode: '00' });
  });
});
