import type { Catalogs } from '../../seeds/catalogs';
import type { FieldViolation } from '../../src/core/errors';
import { ageOn } from '../../src/core/dates/iso-days';
import { toIsoDate } from '../../src/core/dates/wire-dates';
import { defineCheck } from '../../src/core/operation';
import { FieldRules, textOf } from '../shared/field-rules';
import { dataFields } from './dossier';
import { kindOfModule } from './modules';
import type { OfficeDirectory } from './offices';

/** Dates inside `data` are written with dots (v2 and DVCLT XML); notice dates may be `yyyyMMdd` (XML). */
const DATA_DATE = ['dd.MM.yyyy'] as const;
const NOTICE_DATE = ['dd.MM.yyyy', 'yyyyMMdd'] as const;
/** ID-document types whose number is a 12-digit personal ID (CCCD, identity card). */
const PERSONAL_ID_DOCUMENTS = new Set(['2', '4']);
/** Birth types without a known father / mother (nksLoaiKhaiSinh). */
const FATHER_UNKNOWN = new Set(['2', '4', '5']);
const MOTHER_UNKNOWN = new Set(['3', '4', '5']);
/** Minimum ages to marry (Luật Hôn nhân và gia đình 2014, Điều 8). */
const MIN_AGE = { chong: 20, vo: 18 } as const;

interface CodeSets {
  ethnicities: ReadonlySet<string>;
  nationalities: ReadonlySet<string>;
  idDocuments: ReadonlySet<string>;
  residence: ReadonlySet<string>;
  relations: ReadonlySet<string>;
  registrationTypes: ReadonlySet<string>;
  birthTypes: ReadonlySet<string>;
  genders: ReadonlySet<string>;
}

function codeSets(catalogs: Catalogs): CodeSets {
  return {
    ethnicities: new Set(catalogs.ethnicities.map((e) => e.code)),
    nationalities: new Set(catalogs.nationalities.map((n) => n.code)),
    idDocuments: new Set(catalogs.idDocumentTypes.hoTich.map((d) => d.code)),
    residence: new Set(catalogs.hoTich.loaiCuTru.map((r) => String(r.code))),
    relations: new Set(catalogs.hoTich.quanHe.map((q) => q.code)),
    registrationTypes: new Set(catalogs.hoTich.loaiDangKy.map((l) => l.code)),
    birthTypes: new Set(catalogs.hoTich.nksLoaiKhaiSinh.map((l) => l.code)),
    genders: new Set(['1', '2']),
  };
}

/** Whole years from `from` to `to` (both instants, read as Vietnamese calendar days), as an age is counted. */
export function ageAt(from: Date, to: Date): number {
  return ageOn(toIsoDate(from), toIsoDate(to));
}

/**
 * The stateless rules of `dangKyHoTich` (DOMAIN.md §4.3): dates as the backend writes them, personal
 * ID structure, the required fields of the registered people, parents and requester, catalogue
 * codes, and dates in order. Paths are rooted at `body`; a violation at `body.maDonVi` is answered
 * with 106 AGENCY_ID_INCORRECT, every other one with 500 DATA_INCORRECT.
 */
export function registrationRules(catalogs: Catalogs, offices: OfficeDirectory): (body: unknown) => FieldViolation[] {
  const codes = codeSets(catalogs);
  return defineCheck('hotich.dangKyHoTich', (body) => {
    const rules = new FieldRules();
    if (!offices.resolve(body.maDonVi)) {
      rules.add(
        'body.maDonVi',
        `body.maDonVi ${JSON.stringify(body.maDonVi)} is not a registering office of the MoJ catalogue (a 3-digit district or 5-digit commune GSO code, e.g. 00006)`,
      );
    }
    const receivedAt = rules.date('body.ngayTiepNhan', body.ngayTiepNhan, ['dd/MM/yyyy HH:mm:ss']);
    const data = body.data;
    const at = (field: string): string => `body.data.${field}`;
    const field = (name: string): unknown => dataFields(data)[name];

    const identity = (prefix: string, who: string, required: boolean): string | undefined => {
      const type = rules.code(
        at(`${prefix}LoaiGiayToTuyThan`),
        field(`${prefix}LoaiGiayToTuyThan`),
        codes.idDocuments,
        'ID-document type (danhMuc 5)',
      );
      const number = textOf(field(`${prefix}SoGiayToTuyThan`));
      let personalId = rules.personalId(at(`${prefix}SoDDCN`), field(`${prefix}SoDDCN`));
      if (number !== undefined && type !== undefined && PERSONAL_ID_DOCUMENTS.has(type)) {
        personalId = rules.personalId(at(`${prefix}SoGiayToTuyThan`), number) ?? personalId;
      } else if (number !== undefined && type === '1' && !/^(\d{9}|\d{12})$/.test(number)) {
        rules.add(at(`${prefix}SoGiayToTuyThan`), `${at(`${prefix}SoGiayToTuyThan`)} must be a CMND number of 9 or 12 digits, got "${number}"`);
      }
      if (required && number === undefined && textOf(field(`${prefix}SoDDCN`)) === undefined && textOf(field(`${prefix}GiayToKhac`)) === undefined) {
        rules.add(at(`${prefix}SoGiayToTuyThan`), `${at(`${prefix}SoGiayToTuyThan`)} or ${prefix}SoDDCN is required (${who}'s identity document)`);
      }
      return personalId;
    };

    const person = (prefix: string, who: string): Date | undefined => {
      rules.required(at(`${prefix}HoTen`), field(`${prefix}HoTen`), `${who}'s full name`);
      const born = rules.date(at(`${prefix}NgaySinh`), field(`${prefix}NgaySinh`), DATA_DATE);
      if (textOf(field(`${prefix}NgaySinh`)) === undefined)
        rules.add(at(`${prefix}NgaySinh`), `${at(`${prefix}NgaySinh`)} is required (${who}'s date of birth)`);
      rules.required(at(`${prefix}DanToc`), field(`${prefix}DanToc`), `${who}'s ethnicity`);
      rules.code(at(`${prefix}DanToc`), field(`${prefix}DanToc`), codes.ethnicities, 'ethnicity (danhMuc 3)');
      rules.required(at(`${prefix}QuocTich`), field(`${prefix}QuocTich`), `${who}'s nationality`);
      rules.code(at(`${prefix}QuocTich`), field(`${prefix}QuocTich`), codes.nationalities, 'nationality (danhMuc 1)');
      rules.code(at(`${prefix}LoaiCuTru`), field(`${prefix}LoaiCuTru`), codes.residence, 'residence type');
      identity(prefix, who, true);
      return born;
    };

    if (data === undefined || data === null || typeof data !== 'object') return rules.violations;

    const kind = kindOfModule(String(body.module ?? ''));
    // The requester (người yêu cầu): births and deaths are declared by someone else; at a marriage the
    // two parties themselves appear, and PASETO's marriage form has no requester (DOMAIN.md §4.3), so
    // there the nyc… fields are checked only when sent.
    const requesterRequired = kind !== 'marriage';
    if (requesterRequired) {
      rules.required(at('nycHoTen'), data.nycHoTen, "the requester's full name");
      rules.required(at('nycQuanHe'), data.nycQuanHe, "the requester's relationship");
    }
    rules.code(at('nycQuanHe'), data.nycQuanHe, codes.relations, 'relationship (nycQuanHe)');
    identity('nyc', 'the requester', requesterRequired);
    rules.date(at('nycNgayCapGiayToTuyThan'), data.nycNgayCapGiayToTuyThan, DATA_DATE);
    rules.code(at('loaiDangKy'), data.loaiDangKy, codes.registrationTypes, 'registration type (loaiDangKy)');

    if (kind === 'birth') {
      rules.required(at('nksHoTen'), data.nksHoTen, "the child's full name");
      rules.required(at('nksGioiTinh'), data.nksGioiTinh, "the child's gender");
      rules.code(at('nksGioiTinh'), data.nksGioiTinh, codes.genders, 'gender (1 male, 2 female)');
      rules.required(at('nksNgaySinh'), data.nksNgaySinh, "the child's date of birth");
      const born = rules.date(at('nksNgaySinh'), data.nksNgaySinh, DATA_DATE);
      rules.required(at('nksDanToc'), data.nksDanToc, "the child's ethnicity");
      rules.code(at('nksDanToc'), data.nksDanToc, codes.ethnicities, 'ethnicity (danhMuc 3)');
      rules.required(at('nksQuocTich'), data.nksQuocTich, "the child's nationality");
      rules.code(at('nksQuocTich'), data.nksQuocTich, codes.nationalities, 'nationality (danhMuc 1)');
      const birthType = rules.code(at('nksLoaiKhaiSinh'), data.nksLoaiKhaiSinh, codes.birthTypes, 'birth type (nksLoaiKhaiSinh)') ?? '1';
      rules.date(at('ngayCapGCS'), data.ngayCapGCS, NOTICE_DATE);
      if (born && receivedAt && born.getTime() > receivedAt.getTime()) {
        rules.add(
          at('nksNgaySinh'),
          `${at('nksNgaySinh')} ${String(data.nksNgaySinh)} is after the registration date ngayTiepNhan ${String(body.ngayTiepNhan)}`,
        );
      }
      for (const [prefix, who, unknown] of [
        ['me', 'the mother', MOTHER_UNKNOWN],
        ['cha', 'the father', FATHER_UNKNOWN],
      ] as const) {
        if (unknown.has(birthType) && textOf(field(`${prefix}HoTen`)) === undefined) continue;
        const parentBorn = person(prefix, who);
        if (parentBorn && born && parentBorn.getTime() >= born.getTime()) {
          rules.add(at(`${prefix}NgaySinh`), `${at(`${prefix}NgaySinh`)} must be before the child's date of birth nksNgaySinh`);
        }
      }
    } else if (kind === 'death') {
      rules.required(at('nktHoTen'), data.nktHoTen, "the deceased's full name");
      rules.code(at('nktGioiTinh'), data.nktGioiTinh, codes.genders, 'gender (1 male, 2 female)');
      const born = rules.date(at('nktNgaySinh'), data.nktNgaySinh, DATA_DATE);
      rules.required(at('nktNgayChet'), data.nktNgayChet, 'the date of death');
      const died = rules.date(at('nktNgayChet'), data.nktNgayChet, DATA_DATE);
      rules.code(at('nktDanToc'), data.nktDanToc, codes.ethnicities, 'ethnicity (danhMuc 3)');
      rules.code(at('nktQuocTich'), data.nktQuocTich, codes.nationalities, 'nationality (danhMuc 1)');
      identity('nkt', 'the deceased', true);
      rules.date(at('ngayCapGBT'), data.ngayCapGBT, NOTICE_DATE);
      rules.date(at('gbtNgay'), data.gbtNgay, DATA_DATE);
      if (died && receivedAt && died.getTime() > receivedAt.getTime()) {
        rules.add(
          at('nktNgayChet'),
          `${at('nktNgayChet')} ${String(data.nktNgayChet)} is after the registration date ngayTiepNhan ${String(body.ngayTiepNhan)}`,
        );
      }
      if (died && born && born.getTime() > died.getTime())
        rules.add(at('nktNgaySinh'), `${at('nktNgaySinh')} must not be after the date of death nktNgayChet`);
    } else if (kind === 'marriage') {
      const ids: (string | undefined)[] = [];
      for (const [prefix, who] of [
        ['chong', 'the husband'],
        ['vo', 'the wife'],
      ] as const) {
        const born = person(prefix, who);
        ids.push(textOf(field(`${prefix}SoDDCN`)) ?? textOf(field(`${prefix}SoGiayToTuyThan`)));
        if (born && receivedAt && ageAt(born, receivedAt) < MIN_AGE[prefix]) {
          rules.add(at(`${prefix}NgaySinh`), `${who} must be at least ${MIN_AGE[prefix]} years old on the registration date to marry`);
        }
      }
      if (ids[0] !== undefined && ids[0] === ids[1]) rules.add(at('voSoDDCN'), 'the husband and the wife have the same identity number');
      rules.date(at('ngayXacLapQuanHeHonNhan'), data.ngayXacLapQuanHeHonNhan, DATA_DATE);
    }
    return rules.violations;
  });
}
