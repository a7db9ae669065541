import { join } from 'node:path';
import { loadCatalogs } from '../../seeds/catalogs';
import { ValidationError } from '../../src/core/errors';
import { lenientBody } from '../../src/core/lenient/lenient-body';
import { SchemaViews } from '../../src/core/lenient/schema-view';
import { projectRoot } from '../../src/project-root';
import { loadSchemas } from '../../src/schemas/load-schemas';
import { inV2Names } from './v2-field-names';
import { translateV2Send, V2_SEND_SCHEMA, v2Codes } from './v2-send-translation';

const catalogs = loadCatalogs();
const schemas = new Map(loadSchemas(join(projectRoot(), 'schemas')).map((schema) => [schema.$id, schema]));
const views = new SchemaViews((id) => schemas.get(id));
/** As the native door does it: the body read against the v2 schema, then translated. */
const translate = (body: unknown): unknown => translateV2Send(lenientBody(body, V2_SEND_SCHEMA, views).body, catalogs, v2Codes(catalogs));

const send = {
  authKey: 'k',
  MaTinh: '44',
  maHoSoMCDT: '000.00.12.H44-260115-0003',
  ngayTiepNhan: '15/01/2026 09:30:00',
  toKhai: {
    ngayHenTra: '25/01/2026',
    loaiPhieu: 2,
    yeuCauCDNCV: '1',
    maMucDich: '02',
    soLuongCap: '2',
    nycHoTen: ' Lê Thị Cúc ',
    nycGioiTinh: '2',
    nycNgaySinh: '1975',
    nycThuongTru: { maTinhThanh: '44', tenTinhThanh: 'Tỉnh Quảng Bình', maPhuongXa: '', dcChiTiet: 'Thôn 1' },
    nycDienThoai: '0912000003',
    nycLoaiGiayTo: '5',
    nycSoGiayTo: 'TT123456',
    nycQuocTich: 'LA',
    nycDanToc: '04',
    uyQuyen: '1',
    uyQuyenHoTen: 'Lê Văn Dũng',
    nuqGioiTinh: '1',
    nyqQuanHe: 'Em trai',
    nycCuTru: { tuNgay: '1989', denNgay: '2026', noiCuTru: 'Quảng Bình' },
    fileHoSo: [{ tenLoaiFile: 'Hộ chiếu', tenFile: 'hc.pdf', noiDungFile: 'JVBERi0xLjQK' }],
  },
};

describe('the v2 send becomes the v1 request', () => {
  it('translates codes, addresses, rows and the authorised person, dropping what v1 has no field for', () => {
    expect(translate(send)).toEqual({
      idMinistryJustice: 5044,
      idReceivedDec: '000.00.12.H44-260115-0003',
      dateReceivedDec: '15/01/2026',
      datePromissoryDec: '25/01/2026',
      idMoneyReceipt: '0',
      declarationWSForm: {
        fullName: 'Lê Thị Cúc',
        genderId: 0,
        birthDateStr: '1975',
        nationalityId: 3107,
        ethnicId: 55308,
        phone: '0912000003',
        idTypeId: 2,
        identifyNo: 'TT123456',
        residence: 'Thôn 1, Tỉnh Quảng Bình',
        reRegionId: 44,
        declareDate: '15/01/2026',
        declareTypeId: 3845,
        objectRequestId: 71,
        formType: 2,
        requestQty: 2,
        isBanPosition: 1,
        delivery: 0,
        purpose: 'Đi học, du học',
        receiveNo: '000.00.12.H44-260115-0003',
      },
      residenceWSForm: [{ fromDateStr: '1989', toDateStr: '2026', residencePlace: 'Quảng Bình' }],
      mandatorWSForm: { fullName: 'Lê Văn Dũng', genderId: 1, mandatorRelation: 'Em trai' },
    });
  });

  it('refuses codes without a v1 value, naming every v2 field at once', () => {
    const bad = { ...send, maTinh: '02', MaTinh: undefined, toKhai: { ...send.toKhai, nycGioiTinh: '0', nycQuocTich: 'vn', nycLoaiGiayTo: '9' } };
    expect(() => translate(bad)).toThrow(ValidationError);
    expect(() => translate(bad)).toThrow(
      /^body.maTinh "02" is not a province .*; body.toKhai.nycQuocTich "vn" is not a code .*; body.toKhai.nycGioiTinh "0" is not a code .*; body.toKhai.nycLoaiGiayTo "9" is not a code /,
    );
  });
});

describe('inV2Names', () => {
  it('names v1 fields as v2 sent them, paths and bare names, and says a repeated sentence once', () => {
    expect(inV2Names('declarationWSForm.formType is required; idReceivedDec is required; declarationWSForm is required')).toBe(
      'toKhai.loaiPhieu is required; maHoSoMCDT is required; toKhai is required',
    );
    expect(inV2Names('residenceWSForm[1].toDateStr must not be before fromDateStr (05/2010); mandatorWSForm.identifyNo is bad')).toBe(
      'toKhai.nycCuTru[1].denNgay must not be before tuNgay (05/2010); toKhai.nuqSoGiayTo is bad',
    );
    expect(inV2Names('dateReceivedDec is wrong; declarationWSForm.declareDate is wrong')).toBe('ngayTiepNhan is wrong');
    expect(inV2Names('năm sinh của số giấy tờ 1 khác với birthDateStr')).toBe('năm sinh của số giấy tờ 1 khác với nycNgaySinh');
  });
});
