import { loadCatalogs } from '../../seeds/catalogs';
import { loadReferenceData } from '../../src/seed/reference-data';
import { toEntCert } from './ent-cert';
import { toMainInformation } from './main-information';
import { registryCodes } from './registry-codes';

describe('registry codes come from the catalogues', () => {
  const catalogs = loadCatalogs();
  const codes = registryCodes(catalogs);
  const { dataset } = loadReferenceData('', 1);

  it('maps each status to the first catalogue entry of that kind', () => {
    expect(codes.status('active')).toEqual({ code: '1', name: 'Đang hoạt động' });
    expect(codes.status('suspended')).toEqual({ code: '2', name: 'Tạm ngừng kinh doanh' });
    expect(codes.status('dissolved')).toEqual({ code: '4', name: 'Đã giải thể' });
  });

  it('has a code for every type, document, process status and submission of the dataset', () => {
    for (const e of dataset.enterprises) expect(catalogs.enterpriseTypes.map((t) => t.code)).toContain(codes.enterpriseType(e.typeId).code);
    for (const d of dataset.enterpriseDossiers) {
      expect(catalogs.enterpriseDocumentTypes.find((t) => t.code === codes.documentType(d.documentType).code)?.kind).toBe(d.documentType);
      expect(catalogs.enterpriseProcessStatuses.map((s) => s.code)).toContain(codes.processStatus(d.processStatus).code);
      expect(catalogs.enterpriseSubmissionTypes.find((s) => s.code === codes.submissionType(d.submissionType).code)?.kind).toBe(d.submissionType);
    }
  });

  it('names an unknown enterprise type instead of inventing one', () => {
    expect(() => codes.enterpriseType('42')).toThrow(/no enterprise type 42/);
  });

  it('the national and the Thanh Hóa shapes of one enterprise agree', () => {
    const enterprise = dataset.enterprises.find((e) => e.code === dataset.testPersons.dissolvedEnterprise.id);
    if (!enterprise) throw new Error('no dissolved test enterprise');
    const citizens = new Map(dataset.citizens.map((c) => [c.id, c]));
    const national = toMainInformation(enterprise, ['Bùi Quang Huy'], codes);
    const cert = toEntCert(enterprise, { codes, catalogs, citizen: (id) => citizens.get(id) });
    expect(national).toMatchObject({ ENTERPRISE_STATUS: '4', ENTERPRISE_TYPE_ID: '2' });
    expect(cert).toMatchObject({
      MaSoDoanhNghiep: enterprise.code,
      MaLoaiHinhDN: '2',
      TinhTrangPhapLy: [{ MaTinhTrangPhapLy: '4', TinhTrangPhapLy: 'Đã giải thể' }],
      DaiDienPhapLuat: [
        { ThongTinCaNhan: [{ HoVaTen: 'Bùi Quang Huy', SoGiayChungThuc: dataset.testPersons.singleAdultPartner.id, MaQuocTich: 'VN' }] },
      ],
    });
    expect(cert.NgayDangKyLanDau).toBe(`${enterprise.foundingDate}T00:00:00`);
  });
});
