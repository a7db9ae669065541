import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestApp, type TestApp } from '../support/test-app';
import { advance, birthBody, nextDossierNumber, postNative } from './civil-registry-fixtures';

describe('civil registry: v2 push/poll, XML declarations, unified API with status callbacks', () => {
  let t: TestApp;
  let token: string;
  let hook: Server;
  let hookUrl = '';
  const received: { body: Record<string, unknown>; signature?: string }[] = [];
  let onReceive: (() => void) | undefined;

  beforeAll(async () => {
    t = await startTestApp('hotich-v2');
    token = await t.token();
    hook = createServer((req: IncomingMessage, res) => {
      let raw = '';
      req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      req.on('end', () => {
        received.push({ body: JSON.parse(raw) as Record<string, unknown>, signature: req.headers['x-lgsp-signature'] as string | undefined });
        res.writeHead(200).end('ok');
        onReceive?.();
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hotich`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => hook.close(() => resolve()));
    await t.close();
  });

  /** Resolves once `count` callbacks have arrived in total. */
  const callbacks = (count: number) =>
    new Promise<void>((resolve) => {
      const check = (): void => {
        if (received.length >= count) resolve();
      };
      onReceive = check;
      check();
    });

  it('v2 nhanDKHT takes data as a JSON string without a bearer; a re-push says "đã được tiếp nhận"; layKetQua polls it to 4', async () => {
    const { data, ...rest } = birthBody({ module: 'LTKS' });
    const maHoSoMCDT = rest.maHoSo;
    const push = {
      maDonVi: rest.maDonVi,
      module: 'LTKS',
      maHoSoLT: 'LT-2601-000123',
      maHoSoMCDT,
      ngayTiepNhan: rest.ngayTiepNhan,
      data: JSON.stringify(data),
      fileDinhKem: [{ id: 1, loaiGiayTo: 1, tenGiayTo: 'Giấy chứng sinh', tenTepDinhKem: 'gcs.pdf', huyGiayTo: 0, duLieuTepDinhKem: 'JVBERi0xLjQK' }],
    };
    const first = await t.http.post('/apiHoTichTuPhap/v2/nhanDKHT').send(push);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ status: '1', statusDescription: 'Tiếp nhận hồ sơ thành công', errorCode: null, errorDescription: null });
    const again = await t.http.post('/apiHoTichTuPhap/v2/nhanDKHT').send(push);
    expect(again.body).toMatchObject({ status: '0', errorDescription: expect.stringMatching(/đã được tiếp nhận/) });

    const poll = () =>
      t.http.post('/apiHoTichTuPhap/v2/layKetQua').send({ maDinhDanhHoSo: [maHoSoMCDT, 'unknown-260101-0001'], maTinh: '01', module: 'LTKS' });
    const waiting = await poll();
    expect(waiting.body).toMatchObject({ status: 1, value: [{ maHoSoMCDT, maHoSoLT: 'LT-2601-000123', trangThai: '1', maTinh: '01' }] });
    await advance(t, 10);
    const done = await poll();
    expect(done.body.value[0]).toMatchObject({
      trangThai: '4',
      ketQuaXuLy: { soDinhDanh: expect.stringMatching(/^001226\d{6}$/), nksHoTen: 'Đỗ Minh Khang' },
    });
  });

  it('v2 errors use the push envelope: bad JSON in data → status "0", 500 DATA_INCORRECT', async () => {
    const res = await t.http
      .post('/apiHoTichTuPhap/v2/nhanDKHT')
      .send({ maDonVi: '00006', module: 'LTKS', maHoSoMCDT: nextDossierNumber(), ngayTiepNhan: '15/01/2026 09:30:00', data: '{"nksHoTen":' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ status: '0', errorCode: '500', errorDescription: expect.stringMatching(/data is a string but not valid JSON/) });
  });

  it('data may be DVCLT XML (<hoTich>, ngayCapGCS yyyyMMdd), and keys are read case-insensitively', async () => {
    const body = birthBody();
    const fields = { ...body.data, ngayCapGCS: '20260102' } as Record<string, unknown>;
    const xml = `<?xml version="1.0" encoding="utf-8"?><hoTich>${Object.entries(fields)
      .map(([k, v]) => `<${k}>${String(v)}</${k}>`)
      .join('')}</hoTich>`;
    const res = await postNative(t, token, 'dangKyHoTich', {
      MaDonVi: '00006',
      Module: 'KS',
      MaHoSo: body.maHoSo,
      NgayTiepNhan: body.ngayTiepNhan,
      Data: xml,
      MaHoSoLT: null,
    });
    expect(res.status).toBe(200);
    expect(res.body.value).toMatchObject({ maDonVi: '00006', maHoSo: body.maHoSo, status: 1 });
  });

  it('a whole XML request body is accepted too', async () => {
    const body = birthBody();
    const data = Object.entries(body.data)
      .map(([k, v]) => `<${k}>${String(v)}</${k}>`)
      .join('');
    const xml = `<dangKyHoTich><maDonVi>00006</maDonVi><module>KS</module><maHoSo>${body.maHoSo}</maHoSo><ngayTiepNhan>${body.ngayTiepNhan}</ngayTiepNhan><data><hoTich>${data}</hoTich></data></dangKyHoTich>`;
    const res = await t.http.post('/apiHoTichTuPhap/dangKyHoTich').auth(token, { type: 'bearer' }).set('content-type', 'application/xml').send(xml);
    expect(res.status).toBe(200);
    expect(res.body.value).toMatchObject({ maHoSo: body.maHoSo, status: 1 });
  });

  it('through the unified API (queued), status changes are POSTed, signed, to the callbackUrl', async () => {
    await t.app.startWorkers();
    const body = birthBody();
    const res = await t.http
      .post('/api/v1/messages')
      .auth(token, { type: 'bearer' })
      .set('prefer', 'wait=10')
      .send({
        header: { messageId: `hotich-cb-${Date.now()}`, messageType: 'hotich.dangKyHoTich', from: t.config.devClient.agency, callbackUrl: hookUrl },
        body,
      });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'completed', response: { maHoSo: body.maHoSo, status: 1 } });

    await advance(t, 10);
    await callbacks(3);
    const changes = received.filter((r) => r.body.maHoSo === body.maHoSo).map((r) => r.body.status);
    expect(changes).toEqual(expect.arrayContaining([3, 4]));
    expect(received.every((r) => /^t=\d+,v1=[0-9a-f]{64}$/.test(r.signature ?? ''))).toBe(true);
  });

  it('danhMuc answers each MoJ catalogue as { ma, ten } rows', async () => {
    const expected: Record<string, { ma: string; ten: string }> = {
      '1': { ma: 'VN', ten: 'Việt Nam' },
      '3': { ma: '01', ten: 'Kinh' },
      '4': { ma: '01', ten: 'Thành phố Hà Nội' },
    };
    for (const [loaiDanhMuc, row] of Object.entries(expected)) {
      const res = await postNative(t, token, 'danhMuc', { loaiDanhMuc: Number(loaiDanhMuc) });
      expect(res.status).toBe(200);
      expect(res.body.value).toContainEqual(row);
    }
  });
});
