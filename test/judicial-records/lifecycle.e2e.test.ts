import { startTestApp, type TestApp } from '../support/test-app';
import { callbackServer, lltp, pasetoBody, PEOPLE } from './lltp-fixtures';

const MINUTE = 60_000;

describe('LLTP lifecycle: received → processing → issued or refused, on simulation time', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp('lltp-life');
    token = await t.token();
  });
  afterAll(() => t.close());

  /** Submits and answers the dossier's status after running the timers due `minutes` from now. */
  const submitAndAdvance = async (receiptNo: string, body: Record<string, unknown>, minutes = 10) => {
    const res = await lltp(t, token, 'nhanHoSoDangKy', body);
    expect(res.body).toMatchObject({ STATUS: '1', ID: expect.stringMatching(/^[0-9A-F]{32}$/) });
    await t.app.timers.runDue(Date.now() + minutes * MINUTE);
    return (await lltp(t, token, 'traTrangThaiHs', { idReceivedDec: receiptNo, infoType: '2' })).body;
  };

  it('takes PASETO’s body on all three path spellings, and moves 3 → 4 → 5 as the clock passes each due time', async () => {
    const res = await t.http
      .post('/apiLyLichTuPhap/LLTP-API-%20nhanHoSoDangKy')
      .auth(token, { type: 'bearer' })
      .send(pasetoBody(PEOPLE.clean, 'R-LIFE-1'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ STATUS: '1', DESCRIPTION: '', DEC_STATUS_ID: 3 });

    const status = () =>
      t.http.post('/apiLyLichTuPhap/LLTP-API-traTrangThaiHs').auth(token, { type: 'bearer' }).send({ IdReceivedDec: 'R-LIFE-1', InfoType: 2 });
    expect((await status()).body).toMatchObject({
      STATUS: '1',
      DEC_STATUS_ID: 3,
      DEC_STATUS_NAME: 'Sở Tư pháp đã tiếp nhận hồ sơ từ bộ phận một cửa',
      APPROVE_DATE: '',
      ISSUE_DATE: '',
    });
    await t.app.timers.runDue(Date.now() + 61_000);
    expect((await status()).body).toMatchObject({ DEC_STATUS_ID: 4, DEC_STATUS_NAME: 'Đang xử lý' });
    await t.app.timers.runDue(Date.now() + 10 * MINUTE);
    const issued = (
      await t.http.post('/apiLyLichTuPhap/traTrangThaiHs').auth(token, { type: 'bearer' }).send({ idReceivedDec: 'R-LIFE-1', infoType: 2 })
    ).body;
    expect(issued).toMatchObject({
      DEC_STATUS_ID: 5,
      DEC_STATUS_NAME: 'Đã có phiếu',
      APPROVE_DATE: expect.stringMatching(/^\d{2}\/\d{2}\/\d{4}$/),
      ISSUE_DATE: expect.stringMatching(/^\d{2}\/\d{2}\/\d{4}$/),
    });
    expect(issued.ketQuaXuLy).toMatchObject({
      loaiPhieu: 1,
      tinhTrangAnTich: 1,
      tenTinhTrangAnTich: 'Không có án tích',
      thongTinAn: [],
      hoTen: 'Nguyễn Văn An',
      soPhieuLLTP: expect.stringMatching(/\/STP-LLTP$/),
    });
    const pdf = Buffer.from(issued.ketQuaXuLy.phieuLLTP, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/DejaVuSans/);
  });

  it('form No. 1 of the convicted person lists the judgment on record', async () => {
    const body = await submitAndAdvance('R-CONV-1', pasetoBody(PEOPLE.convicted, 'R-CONV-1'));
    expect(body.ketQuaXuLy).toMatchObject({ tinhTrangAnTich: 2, tenTinhTrangAnTich: 'Có án tích' });
    expect(body.ketQuaXuLy.thongTinAn).toEqual([
      expect.objectContaining({
        soBanAn: '112/2024/HS-ST',
        ngayBanAn: '20/05/2024',
        dsToiDanh: [{ toiDanh: 'Điều 173', tenToiDanh: 'Trộm cắp tài sản' }],
        ngayXoaAn: '',
        tinhTrangXoaAn: 'Chưa được xóa án tích',
      }),
    ]);
  });

  it('the expunged conviction: form No. 1 certifies no record, form No. 2 shows it with its expungement', async () => {
    const form1 = await submitAndAdvance('R-EXP-1', pasetoBody(PEOPLE.expunged, 'R-EXP-1'));
    expect(form1.ketQuaXuLy).toMatchObject({ loaiPhieu: 1, tinhTrangAnTich: 1, thongTinAn: [] });
    const form2 = await submitAndAdvance('R-EXP-2', pasetoBody(PEOPLE.expunged, 'R-EXP-2', { formType: '2' }));
    expect(form2.ketQuaXuLy).toMatchObject({
      loaiPhieu: 2,
      tinhTrangAnTich: 3,
      thongTinAn: [expect.objectContaining({ soBanAn: '27/2009/HS-ST', ngayXoaAn: '15/07/2010', tinhTrangXoaAn: 'Đã được xóa án tích' })],
    });
  });

  it('a passport holder is certified from what LLTP holds on that number: no record', async () => {
    const body = await submitAndAdvance(
      'R-PASS-1',
      pasetoBody({ ...PEOPLE.unknown, name: 'John Smith' }, 'R-PASS-1', {
        idTypeId: '0',
        identifyNo: 'B1234567',
        objectRequestId: '71',
        nationalityId: '3107',
      }),
    );
    expect(body).toMatchObject({ DEC_STATUS_ID: 5, ketQuaXuLy: { tinhTrangAnTich: 1 } });
  });

  describe.each([
    [
      'an ID number the population database does not know',
      pasetoBody(PEOPLE.unknown, 'R-REF-1'),
      /Không xác minh được nhân thân: số giấy tờ 001090999999/,
    ],
    ['a name that is not the ID holder’s', pasetoBody({ ...PEOPLE.clean, name: 'Nguyễn Văn Anh' }, 'R-REF-2'), /họ tên .* khác với fullName/],
    ['a birth year that is not the ID holder’s', pasetoBody({ ...PEOPLE.clean, birth: '1986' }, 'R-REF-3'), /năm sinh .* khác với birthDateStr/],
    [
      'a proxy request without the authorised person',
      pasetoBody(PEOPLE.clean, 'R-REF-4', { declareTypeId: '3845' }),
      /thiếu thông tin người được ủy quyền/,
    ],
    [
      'form No. 2 by proxy',
      pasetoBody(PEOPLE.clean, 'R-REF-5', { declareTypeId: '3845', formType: '2' }, { fullName: 'Nguyễn Văn Bảo', mandatorRelation: 'Anh trai' }),
      /số 2 không được cấp theo ủy quyền/,
    ],
    [
      'form No. 2 for an organisation',
      pasetoBody(PEOPLE.clean, 'R-REF-6', { declareTypeId: '3847', objectRequestId: '73', agencyRequestId: '6004', formType: '2' }),
      /chỉ được cấp Phiếu lý lịch tư pháp số 1/,
    ],
  ])('refused (DEC_STATUS_ID 6) for %s', (_label, body, reason) => {
    it('with the reason, and no certificate', async () => {
      const status = await submitAndAdvance(String(body.idReceivedDec), body);
      expect(status).toMatchObject({ STATUS: '1', DEC_STATUS_ID: 6, DEC_STATUS_NAME: 'Từ chối cấp phiếu', ISSUE_DATE: '' });
      expect(status.REFUSE_REASON).toMatch(reason);
      expect(status.ketQuaXuLy).toBeUndefined();
    });
  });

  it('pushes status changes of a unified-API submission to its callbackUrl, signed', async () => {
    const hooks = await callbackServer();
    await t.app.startWorkers();
    try {
      const example = t.app.registry.resolve('lltp.nhanHoSoDangKy')?.spec.example as Record<string, unknown>;
      const res = await t.http
        .post('/api/v1/messages')
        .auth(token, { type: 'bearer' })
        .set('prefer', 'wait=10')
        .send({
          header: { messageId: 'lltp-cb-1', messageType: 'lltp.nhanHoSoDangKy', from: t.config.devClient.agency, callbackUrl: hooks.url },
          body: { ...example, idReceivedDec: 'R-CB-1' },
        });
      expect(res.body).toMatchObject({ status: 'completed', response: { STATUS: '1', DEC_STATUS_ID: 3 } });
      const id = res.body.response.ID as string;
      await t.app.timers.runDue(Date.now() + 10 * MINUTE);
      const changes = await hooks.waitFor(2, (r) => r.body.event === 'status-change');
      // Callbacks travel through a queue with concurrent delivery, so they may arrive in either order.
      changes.sort((a, b) => Number(a.body.DEC_STATUS_ID) - Number(b.body.DEC_STATUS_ID));
      expect(changes.map((c) => c.body.DEC_STATUS_ID)).toEqual([4, 5]);
      expect(changes[1]?.body).toMatchObject({ messageId: 'lltp-cb-1', DECLARATION_ID: id, RECEIVE_NO: 'R-CB-1', DEC_STATUS_NAME: 'Đã có phiếu' });
      // The issued status brings the certificate, PDF included; the processing one has none yet.
      expect(changes[0]?.body.ketQuaXuLy).toBeUndefined();
      expect(changes[1]?.body.ketQuaXuLy).toMatchObject({ tinhTrangAnTich: 1, phieuLLTP: expect.stringMatching(/^JVBERi0/) });
      expect(changes[1]?.headers['x-lgsp-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    } finally {
      await hooks.close();
    }
  });
});
