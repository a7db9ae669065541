import { schemaId } from '../../src/schemas/load-schemas';
import { storedMessages } from '../support/stored';
import { startTestApp, type TestApp } from '../support/test-app';

describe('enterprise details: the national shape and the Thanh Hóa variant from one seed', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp('dkdn-details');
    token = await t.token();
  });
  afterAll(() => t.close());

  const persons = () => t.app.reference.dataset.testPersons;
  const national = (msdn: string) => t.http.get(`/apiCSDLDKDN/chiTietDoanhNghiep?msdn=${msdn}`).auth(token, { type: 'bearer' });
  const thanhHoa = (query: string) => t.http.get(`/apiDKKD/DoanhNghiep/chiTietDoanhNghiep${query}`).auth(token, { type: 'bearer' });

  it('answers the full national shape, valid against its schema, with the legal representative from the citizens', async () => {
    const res = await national(persons().activeEnterprise.id).expect(200);
    const info = res.body.MainInformation;
    expect(t.app.schemas.check(schemaId('dkdn/chiTietDoanhNghiep.response.json'), { MainInformation: info })).toEqual([]);
    expect(info).toMatchObject({
      ENTERPRISE_GDT_CODE: persons().activeEnterprise.id,
      ENTERPRISE_TYPE_ID: '4',
      ENTERPRISE_TYPE_NAME: 'Công ty cổ phần',
      ENTERPRISE_STATUS: '1',
      ENTERPRISE_STATUS_NAME: 'Đang hoạt động',
      LEGAL_NAMES: expect.stringContaining(persons().cleanRecord.name),
      HOAdress: expect.objectContaining({ CityID: expect.any(Number), AddressFullText: expect.any(String) }),
    });
    expect(info.Member.length).toBeGreaterThan(0);
  });

  it('the dissolved test enterprise is found with the catalogue’s dissolved status', async () => {
    const res = await national(persons().dissolvedEnterprise.id).expect(200);
    expect(res.body.MainInformation).toMatchObject({ ENTERPRISE_STATUS: '4', ENTERPRISE_STATUS_NAME: 'Đã giải thể' });
  });

  describe('GET /apiDKKD/DoanhNghiep/chiTietDoanhNghiep (Thanh Hóa)', () => {
    it('answers { GetEntCert: [ EntCert ] } for the same enterprise', async () => {
      const [nat, th] = await Promise.all([national(persons().activeEnterprise.id), thanhHoa(`?msdn=${persons().activeEnterprise.id}`)]);
      expect(th.status).toBe(200);
      expect(th.body.GetEntCert).toHaveLength(1);
      const cert = th.body.GetEntCert[0];
      const info = nat.body.MainInformation;
      expect(cert).toMatchObject({
        MaNoiBo: String(info.ENTERPRISE_ID),
        MaSoDoanhNghiep: info.ENTERPRISE_GDT_CODE,
        MaLoaiHinhDN: info.ENTERPRISE_TYPE_ID,
        TenTiengViet: info.NAME,
        SoLanDangKyThayDoi: info.NUMBER_CHANGES,
        TinhTrangPhapLy: [expect.objectContaining({ MaTinhTrangPhapLy: '1' })],
        DaiDienPhapLuat: [
          { ThongTinCaNhan: [expect.objectContaining({ HoVaTen: persons().cleanRecord.name, SoGiayChungThuc: persons().cleanRecord.id })] },
        ],
        DiaChiTruSo: [
          { DiaChi: [expect.objectContaining({ MaTinhThanh: info.HOAdress.CityID, MaPhuongXa: info.HOAdress.WardID, MaQuocGia: 'VN' })] },
        ],
      });
      expect(cert.NgayDangKyLanDau).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00$/);
      expect(cert.NganhNgheKinhDoanh.filter((n: { LaNganhChinh: number }) => n.LaNganhChinh === 1)).toHaveLength(1);
    });

    it('a branch code answers for its parent', async () => {
      const res = await thanhHoa(`?msdn=${persons().activeEnterprise.branchCode}`).expect(200);
      expect(res.body.GetEntCert[0].MaSoDoanhNghiep).toBe(persons().activeEnterprise.id);
    });

    it('a valid code that is not registered → 200 { GetEntCert: null }', async () => {
      const res = await thanhHoa('?msdn=4412345674');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ GetEntCert: null });
    });

    describe('bad input: null with the reason, nothing stored', () => {
      beforeEach(async () => {
        await t.app.redis.del(`${t.prefix}:journal`);
      });
      afterEach(async () => {
        expect((await storedMessages(t.prefix)).journalLength).toBe(0);
      });

      it('missing msdn → 400', async () => {
        const res = await thanhHoa('');
        expect(res.status).toBe(400);
        expect(res.body).toEqual({ GetEntCert: null, Message: 'msdn is required' });
      });

      it('a wrong check digit → 400 naming the rule', async () => {
        const res = await thanhHoa('?msdn=4412345670');
        expect(res.status).toBe(400);
        expect(res.body).toEqual({ GetEntCert: null, Message: expect.stringMatching(/InvalidChecksum/) });
      });

      it.each(['4400000001', '4412345674-000'])('%s → 400 InvalidComponent', async (msdn) => {
        const res = await national(msdn);
        expect(res.status).toBe(400);
        expect(res.body.Message).toMatch(/InvalidComponent/);
      });

      it('a 12-digit code → 400 InvalidLength', async () => {
        const res = await national('441234567400');
        expect(res.status).toBe(400);
        expect(res.body.Message).toMatch(/InvalidLength/);
      });
    });
  });
});
