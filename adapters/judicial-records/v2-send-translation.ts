/**
 * The v2 send (DOMAIN.md §6.2) translated into the v1 request (§6.1) the pipeline already judges, so
 * one set of rules, one lifecycle and one dossier store serve both contracts. v2 writes ISO and GSO
 * codes where v1 has LLTP's numeric surrogates (nationality `VN` → 3106, ethnicity `01` → 55305,
 * gender 1/2 → 1/0); a code with no v1 counterpart is refused here, naming the v2 field. Everything
 * else is copied over and left to the v1 rules, whose verdicts name the v2 fields again
 * (v2-field-names.ts).
 *
 * The body arrives as the native router read it against the v2 schema (V2_SEND_SCHEMA): key casing,
 * `null`s, unknown members, numbers for strings and code padding are already forgiven and noted at
 * the v2 paths, so nothing here forgives anything silently.
 */
import type { Catalogs } from '../../seeds/catalogs';
import { ValidationError } from '../../src/core/errors';
import { FieldRules, textOf } from '../shared/field-rules';
import { isPlainObject } from '../../src/core/lenient/members';
import { schemaId } from '../../src/core/schema-id';
import { notAUnitProvince, provinceUnit } from './catalog';
import { DECLARE_TYPE, ID_TYPE, OBJECT_REQUEST } from './declaration-rules';
import { DECLARATION_TEXT, MANDATOR_TEXT, RESIDENCE_ROW } from './v2-field-names';

/**
 * v2 ID-document codes, read as the Ministry of Justice's v2 list that hộ tịch serves (1 CMND, 2 CCCD,
 * 3 passport, 4 thẻ căn cước, 5 permanent-residence card); no source gives LLTP v2's own list. 9
 * "other" has no v1 counterpart.
 */
export const V2_ID_TYPES: ReadonlyMap<string, number> = new Map([
  ['1', ID_TYPE.cmnd],
  ['2', ID_TYPE.cccd],
  ['3', ID_TYPE.passport],
  ['4', ID_TYPE.cccd],
  ['5', ID_TYPE.residenceCard],
]);

/** The schema the native router reads a v2 send against, before it is translated. */
export const V2_SEND_SCHEMA = schemaId('lltp/v2/nhanHoSo.request.json');

/** The schema of a v2 poll as sent (`lltp.layKetQua`'s body plus `authKey`). */
export const V2_POLL_SCHEMA = schemaId('lltp/v2/layKetQua.request.json');

const NO_MEMBERS: Readonly<Record<string, unknown>> = {};
const membersOf = (value: unknown): Readonly<Record<string, unknown>> => (isPlainObject(value) ? value : NO_MEMBERS);

/** An address object as one line of text, and the GSO code of its smallest unit (v1's region ID), -1 when none. */
function address(a: unknown): { text?: string; regionId?: number } {
  if (!isPlainObject(a)) return { ...(textOf(a) ? { text: textOf(a) } : {}) };
  const text = [a.dcChiTiet, a.tenPhuongXa, a.tenQuanHuyen, a.tenTinhThanh].map(textOf).filter(Boolean).join(', ');
  const code = [a.maPhuongXa, a.maQuanHuyen, a.maTinhThanh].map(textOf).find((c) => c !== undefined && /^\d+$/.test(c));
  return { ...(text ? { text } : {}), regionId: code ? Number(code) : -1 };
}

/** Copies the text fields named by `table` from `source` into `target`. */
function copyText(source: Readonly<Record<string, unknown>>, table: Readonly<Record<string, string>>, target: Record<string, unknown>): void {
  for (const [v2, v1] of Object.entries(table)) {
    const text = textOf(source[v2]);
    if (text !== undefined) target[v1] = text;
  }
}

/** The code tables of the catalogues, from v2 code to v1 value. */
export interface V2Codes {
  gender: ReadonlyMap<string, number>;
  nationality: ReadonlyMap<string, number>;
  ethnicity: ReadonlyMap<string, number>;
  purpose: ReadonlyMap<string, string>;
}

export function v2Codes(catalogs: Catalogs): V2Codes {
  return {
    gender: new Map(catalogs.genders.flatMap((g) => (g.lltpV2 !== null && g.lltpV1 !== null ? [[String(g.lltpV2), g.lltpV1] as const] : []))),
    nationality: new Map(catalogs.nationalities.map((n) => [n.code, n.lltpId])),
    ethnicity: new Map(catalogs.ethnicities.map((e) => [e.code, e.lltpId])),
    purpose: new Map(catalogs.lltp.purposes.map((p) => [p.code, p.name])),
  };
}

/** Translates v2 codes, collecting a violation for each one without a v1 counterpart. */
class CodeReader {
  readonly rules = new FieldRules();

  constructor(private readonly catalogs: Catalogs) {}

  code<T>(field: string, value: unknown, table: ReadonlyMap<string, T>, catalogue: string): T | undefined {
    const path = `body.${field}`;
    const text = this.rules.code(path, value, new Set(table.keys()), catalogue);
    return text === undefined ? undefined : table.get(text);
  }

  flag(field: string, value: unknown): boolean {
    const text = textOf(value);
    if (text !== undefined && text !== '0' && text !== '1') this.rules.add(`body.${field}`, `body.${field} must be 0 or 1, got "${text}"`);
    return text === '1';
  }

  unit(value: unknown): number | undefined {
    const text = textOf(value);
    if (text === undefined) return undefined;
    const unit = provinceUnit(this.catalogs, text);
    if (!unit) this.rules.add('body.maTinh', `body.maTinh ${notAUnitProvince(this.catalogs, text)}`);
    return unit?.id;
  }
}

/**
 * The v1 `nhanHoSoDangKy` body of a v2 send as read against V2_SEND_SCHEMA; `authKey`, `tenTinh`,
 * `nguonDangKy`, the names of codes and the attached files (`fileHoSo`) have no v1 field and are not kept.
 * Throws a ValidationError naming v2 fields when a code has no v1 value.
 */
export function translateV2Send(read: unknown, catalogs: Catalogs, codes: V2Codes): unknown {
  const top = membersOf(read);
  const reader = new CodeReader(catalogs);
  const received = textOf(top.ngayTiepNhan)?.split(/\s+/)[0];
  const number = textOf(top.maHoSoMCDT);
  const body: Record<string, unknown> = {
    idMinistryJustice: reader.unit(top.maTinh),
    idReceivedDec: number,
    dateReceivedDec: received,
    idMoneyReceipt: '0',
  };

  if (isPlainObject(top.toKhai)) {
    const t = top.toKhai;
    body.datePromissoryDec = textOf(t.ngayHenTra);
    const byProxy = reader.flag('toKhai.uyQuyen', t.uyQuyen);
    const nationality = reader.code('toKhai.nycQuocTich', t.nycQuocTich, codes.nationality, 'nationality');
    const purpose = reader.code('toKhai.maMucDich', t.maMucDich, codes.purpose, 'LLTP purposes');
    const birthPlace = address(t.nycNoiSinh);
    const residence = address(t.nycThuongTru);
    const temporary = address(t.nycTamTru);
    const declaration: Record<string, unknown> = {
      genderId: reader.code('toKhai.nycGioiTinh', t.nycGioiTinh, codes.gender, 'gender (1 male, 2 female)'),
      nationalityId: nationality,
      ethnicId: reader.code('toKhai.nycDanToc', t.nycDanToc, codes.ethnicity, 'ethnicity'),
      idTypeId: reader.code('toKhai.nycLoaiGiayTo', t.nycLoaiGiayTo, V2_ID_TYPES, 'ID-document type'),
      birthPlace: birthPlace.text,
      residence: residence.text,
      reRegionId: residence.regionId,
      residenceTemporary: temporary.text,
      rtRegionId: temporary.regionId,
      declareDate: received,
      declareTypeId: byProxy ? DECLARE_TYPE.proxy : DECLARE_TYPE.individual,
      objectRequestId:
        nationality === undefined || nationality === codes.nationality.get('VN') ? OBJECT_REQUEST.vietnameseCitizen : OBJECT_REQUEST.foreigner,
      formType: v1Number(t.loaiPhieu),
      requestQty: v1Number(t.soLuongCap) ?? 1,
      isBanPosition: reader.flag('toKhai.yeuCauCDNCV', t.yeuCauCDNCV) ? 1 : 0,
      delivery: 0,
      purpose: textOf(t.tenMucDich) ?? purpose ?? textOf(t.mucDichKhac),
      note: textOf(t.thongTinAnTich),
      receiveNo: number,
    };
    copyText(t, DECLARATION_TEXT, declaration);
    body.declarationWSForm = declaration;

    const rows = Array.isArray(t.nycCuTru) ? t.nycCuTru : isPlainObject(t.nycCuTru) ? [t.nycCuTru] : undefined;
    if (rows) {
      body.residenceWSForm = rows.map((row) => {
        const out: Record<string, unknown> = {};
        copyText(membersOf(row), RESIDENCE_ROW, out);
        return out;
      });
    }

    if (byProxy && textOf(t.uyQuyenHoTen) !== undefined) {
      const mandator: Record<string, unknown> = {
        genderId: reader.code('toKhai.nuqGioiTinh', t.nuqGioiTinh, codes.gender, 'gender (1 male, 2 female)'),
        idTypeId: reader.code('toKhai.nuqLoaiGiayto', t.nuqLoaiGiayto, V2_ID_TYPES, 'ID-document type'),
        residence: address(t.nuqThuongTruChiTiet).text,
      };
      copyText(t, MANDATOR_TEXT, mandator);
      body.mandatorWSForm = mandator;
    }
  }

  if (reader.rules.violations.length > 0) {
    const { violations } = reader.rules;
    throw new ValidationError(violations.map((v) => v.message).join('; '), violations);
  }
  return withoutUndefined(body);
}

/**
 * A v2 count or code (a string of digits) as the v1 integer; other text is left for the v1 schema
 * to name, as text no integer could be read from, so that reading adds no coercion at a v1 path.
 */
function v1Number(value: unknown): number | string | undefined {
  const text = textOf(value);
  return text !== undefined && /^-?\d{1,9}$/.test(text) ? Number(text) : text;
}

function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, withoutUndefined(v)]),
  );
}
