import { Parser } from '@asyncapi/parser';
import { startTestApp, type TestApp } from '../support/test-app';

describe('GET /api/v1/asyncapi.json', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('asyncapi');
  });
  afterAll(() => t.close());

  it('is an AsyncAPI 3.0 document the AsyncAPI parser accepts without errors', async () => {
    const res = await t.http.get('/api/v1/asyncapi.json');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const { document, diagnostics } = await new Parser().parse(res.text);
    const errors = diagnostics.filter((d) => Number(d.severity) === 0); // 0 is DiagnosticSeverity.Error.map((d) => `${d.path.join('.')}: ${d.message}`);
    expect(errors).toEqual([]);
    expect(document?.version()).toBe('3.0.0');
    const operations = document
      ?.operations()
      .all()
      .map((op) => [op.id(), op.action()]);
    expect(operations).toEqual([
      ['sendResultCallback', 'send'],
      ['sendHotichStatus', 'send'],
      ['sendLltpStatus', 'send'],
      ['sendPaygovIpn', 'send'],
    ]);
  });

  it('describes the IPN and the pushes from the same schemas the simulator validates with', async () => {
    const doc = (await t.http.get('/api/v1/asyncapi.json')).body;
    const ipn = doc.components.messages.paygovIpn.payload;
    expect(ipn.required).toEqual([
      'LoaiBanTin',
      'MaLoi',
      'MaDoiTac',
      'MaThamChieu',
      'SoTien',
      'MaTienTe',
      'MaGiaoDich',
      'MaNganHang',
      'ThoiGianGD',
      'ThongTinGiaoDich',
      'MaXacThuc',
    ]);
    const query = t.app.schemas.get('https://lgsp-sim.local/schemas/paygov/query.response.json') as unknown as {
      properties: Record<string, unknown>;
    };
    expect(ipn.properties.MaLoi).toEqual(query.properties.MaLoi);
    expect(doc.components.messages.hotichStatusChange.payload).toEqual({ $ref: '#/components/schemas/hotich.dangKyHoTich.response' });
    expect(doc.components.schemas['hotich.dangKyHoTich.response'].required).toContain('statusDescription');
    expect(doc.components.messages.resultCallback.headers.properties['x-lgsp-signature'].pattern).toBe('^t=\\d+,v1=[0-9a-f]{64}$');
  });
});
