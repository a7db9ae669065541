import { schemaId } from '../../src/schemas/load-schemas';
import { startTestApp, type TestApp } from '../support/test-app';
import { lltp, pasetoBody, PEOPLE } from './lltp-fixtures';

describe('LLTP pull queues: traHoSo, traDsTrangThaiHs, danhDauHsThanhCong, traDanhMuc', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp('lltp-pull');
    token = await t.token();
  });
  afterAll(() => t.close());

  it('status changes of pushed dossiers stay listed until acknowledged; acknowledging again is harmless', async () => {
    const a = (await lltp(t, token, 'nhanHoSoDangKy', pasetoBody(PEOPLE.clean, 'P-1'))).body.ID as string;
    const b = (await lltp(t, token, 'nhanHoSoDangKy', pasetoBody(PEOPLE.convicted, 'P-2'))).body.ID as string;
    const list = async () => (await lltp(t, token, 'traDsTrangThaiHs', { infoType: '2' })).body;
    expect((await list()).LISTCONTENT).toEqual([
      expect.objectContaining({
        DECLARATION_ID: a,
        DEC_STATUS_ID: 3,
        RECEIVE_NO: 'P-1',
        APPOINTMENT_NO: expect.stringMatching(/^5001-\d{8}-\d{5}$/),
      }),
      expect.objectContaining({ DECLARATION_ID: b, DEC_STATUS_ID: 3, RECEIVE_NO: 'P-2' }),
    ]);
    expect((await list()).LISTCONTENT).toHaveLength(2);

    const ack = await lltp(t, token, 'danhDauHsThanhCong', { declarationId: `${a}`, infoType: '2' });
    expect(ack.body).toEqual({ STATUS: '1', DESCRIPTION: '' });
    expect((await list()).LISTCONTENT.map((r: { DECLARATION_ID: string }) => r.DECLARATION_ID)).toEqual([b]);
    const again = await lltp(t, token, 'danhDauHsThanhCong', { declarationId: `${a};${b}`, infoType: '2' });
    expect(again.body).toEqual({ STATUS: '1', DESCRIPTION: `Không có trong danh sách chờ xác nhận (infoType 2), bỏ qua: ${a}` });
    expect((await list()).LISTCONTENT).toEqual([]);

    await t.app.timers.runDue(Date.now() + 61_000);
    expect((await list()).LISTCONTENT).toEqual([
      expect.objectContaining({ DECLARATION_ID: a, DEC_STATUS_ID: 4 }),
      expect.objectContaining({ DECLARATION_ID: b, DEC_STATUS_ID: 4 }),
    ]);
  });

  it('direct dossiers: two online, one in person, each pulled until acknowledged with its own infoType', async () => {
    const online = (await lltp(t, token, 'traHoSo', { infoType: 1 })).body;
    expect(online.STATUS).toBe('1');
    expect(
      online.LISTCONTENT.map((i: { declarationTraHoSoForm: { identifyNo: string; formType: number } }) => [
        i.declarationTraHoSoForm.identifyNo,
        i.declarationTraHoSoForm.formType,
      ]),
    ).toEqual([
      [PEOPLE.clean.id, 1],
      [PEOPLE.convicted.id, 2],
    ]);
    const first = online.LISTCONTENT[0];
    expect(first.declarationTraHoSoForm).toMatchObject({
      decStatusId: 3,
      declarationCode: expect.stringMatching(/^\d{5}$/),
      receiveDate: expect.stringMatching(/^\d{2}\/\d{2}\/\d{4}$/),
      fullName: 'Nguyễn Văn An',
    });
    expect(first.residenceWSForm).toHaveLength(1);

    const inPerson = (await lltp(t, token, 'traHoSo', { infoType: 2 })).body.LISTCONTENT;
    expect(inPerson).toHaveLength(1);
    expect(inPerson[0].declarationTraHoSoForm).toMatchObject({ identifyNo: PEOPLE.expunged.id, formType: 2 });

    // Issued direct dossiers carry their certificate, and their status by appointment slip.
    await t.app.timers.runDue(Date.now() + 3_600_000);
    const issuedAnswer = (await lltp(t, token, 'traHoSo', { infoType: 2 })).body;
    const issued = issuedAnswer.LISTCONTENT[0];
    expect(issued.ketQuaXuLy).toMatchObject({ loaiPhieu: 2, tinhTrangAnTich: 3, phieuLLTP: expect.stringMatching(/^JVBERi0/) });
    // The answer with a certificate matches the published response schema, certificate included.
    expect(t.app.schemas.check(schemaId('lltp/traHoSo.response.json'), issuedAnswer)).toEqual([]);
    const slip = issued.declarationTraHoSoForm.appointmentNo as string;
    expect((await lltp(t, token, 'traTrangThaiHs', { idReceivedDec: slip, infoType: 1, identifyNo: PEOPLE.expunged.id })).body).toMatchObject({
      STATUS: '1',
      DEC_STATUS_ID: 5,
    });
    const changes = (await lltp(t, token, 'traDsTrangThaiHs', { infoType: 1 })).body.LISTCONTENT;
    expect(changes.map((r: { DEC_STATUS_ID: number; RECEIVE_NO: string }) => [r.DEC_STATUS_ID, r.RECEIVE_NO])).toEqual([
      [5, ''],
      [5, ''],
      [5, ''],
    ]);

    await lltp(t, token, 'danhDauHsThanhCong', { declarationId: first.declarationTraHoSoForm.declarationId, infoType: 3 }).expect(200);
    expect((await lltp(t, token, 'traHoSo', { infoType: 1 })).body.LISTCONTENT).toHaveLength(1);
    await lltp(t, token, 'danhDauHsThanhCong', { declarationId: issued.declarationTraHoSoForm.declarationId, infoType: 1 }).expect(200);
    expect((await lltp(t, token, 'traHoSo', { infoType: 2 })).body.LISTCONTENT).toEqual([]);
  });

  it('another agency sees none of these dossiers', async () => {
    const other = await t.token('tuphap-h44', 'tuphap-h44-secret');
    expect((await lltp(t, other, 'traDsTrangThaiHs', { infoType: 2 })).body.LISTCONTENT).toEqual([]);
    expect((await lltp(t, other, 'traTrangThaiHs', { idReceivedDec: 'P-1', infoType: 2 })).body.ERROR_CODE).toBe('DOSSIER_NOT_FOUND');
  });

  it('traDanhMuc answers each catalogue as ID/NAME rows', async () => {
    const units = (await lltp(t, token, 'traDanhMuc', { infoType: '5' })).body;
    expect(units).toMatchObject({ STATUS: '1', DESCRIPTION: '' });
    expect(units.LISTCONTENT).toContainEqual({ ID: 5044, NAME: 'Sở Tư pháp tỉnh Quảng Bình' });
    expect((await lltp(t, token, 'traDanhMuc', { infoType: 2 })).body.LISTCONTENT).toContainEqual({ ID: 3106, NAME: 'Việt Nam' });
    expect((await lltp(t, token, 'traDanhMuc', { infoType: 3 })).body.LISTCONTENT).toContainEqual({ ID: 55305, NAME: 'Kinh' });
    expect((await lltp(t, token, 'traDanhMuc', { infoType: 1 })).body.LISTCONTENT).toContainEqual(
      expect.objectContaining({ ID: 1, LEVEL: 1, PARENT_ID: 0 }),
    );
  });

  it('a danhDauHsThanhCong without any ID is INVALID_FIELD', async () => {
    expect((await lltp(t, token, 'danhDauHsThanhCong', { declarationId: ' ; ', infoType: 2 })).body).toMatchObject({
      STATUS: '0',
      ERROR_CODE: 'INVALID_FIELD',
    });
  });
});
