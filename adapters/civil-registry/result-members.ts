/**
 * The registered facts of a result (`ketQuaXuLy`) under the member names and types PASETO reads
 * (DOMAIN.md §4.2; `C:P/ks` HoTich_KhaiSinh_KetQuaXuLy, HoTich_KhaiTu_KetQuaXuLy), from the
 * declaration's own names (§4.3). C# reads `nksGioiTinh`, `nktGioiTinh`, `nktLoaiCuTru` as `int`
 * (a `null` there fails its deserialiser) and `meLoaiCuTru`/`chaLoaiCuTru` as `int?`; so gender is
 * sent only when known, and a residence type the declaration lacks is 1, as PASETO itself defaults it.
 */
import { textOf } from '../shared/field-rules';
import type { RegistrationKind } from './modules';

type Data = Record<string, unknown>;

const asInt = (value: unknown): number | undefined => {
  const text = textOf(value);
  return text !== undefined && /^\d{1,3}$/.test(text) ? Number(text) : undefined;
};

/** An address as `{ maTinh, maHuyen, maXa, dcChiTiet }`: v2 sends objects, DVCLT XML flat text. */
function address(value: unknown): Record<string, string> | undefined {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const a = value as Data;
    const out: Record<string, string> = {};
    for (const key of ['maTinh', 'maHuyen', 'maXa', 'dcChiTiet']) {
      const text = textOf(a[key]);
      if (text !== undefined) out[key] = text;
    }
    return Object.keys(out).length ? out : undefined;
  }
  const text = textOf(value);
  return text === undefined ? undefined : { dcChiTiet: text };
}

/** Copies the members that have a value; `undefined` ones are left out. */
function defined(entries: Record<string, unknown>): Data {
  return Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined));
}

const idNumber = (data: Data, prefix: string): string | undefined =>
  textOf(data[`${prefix}SoGiayToTuyThan`]) ?? textOf(data[`${prefix}SoDDCN`]) ?? textOf(data[`${prefix}GiayToKhac`]);

const requester = (data: Data): Data =>
  defined({ nycHoTen: textOf(data.nycHoTen), nycQuanHe: textOf(data.nycQuanHe), nycSoGiayTo: idNumber(data, 'nyc') });

function parent(data: Data, prefix: 'me' | 'cha'): Data {
  if (textOf(data[`${prefix}HoTen`]) === undefined) return {};
  return defined({
    [`${prefix}HoTen`]: textOf(data[`${prefix}HoTen`]),
    [`${prefix}NgaySinh`]: textOf(data[`${prefix}NgaySinh`]),
    [`${prefix}DanToc`]: textOf(data[`${prefix}DanToc`]),
    [`${prefix}QuocTich`]: textOf(data[`${prefix}QuocTich`]),
    [`${prefix}LoaiCuTru`]: asInt(data[`${prefix}LoaiCuTru`]) ?? 1,
    [`${prefix}NoiCuTru`]: address(data[`${prefix}NoiCuTru`]),
    [`${prefix}SoGiayTo`]: idNumber(data, prefix),
  });
}

export function registeredFacts(kind: RegistrationKind, data: Data): Data {
  if (kind === 'birth') {
    return {
      ...defined({
        nksHoTen: textOf(data.nksHoTen),
        nksGioiTinh: asInt(data.nksGioiTinh),
        nksNgaySinh: textOf(data.nksNgaySinh),
        nksNgaySinhBangChu: textOf(data.nksNgaySinhBangChu),
        nksDanToc: textOf(data.nksDanToc),
        nksQueQuan: address(data.nksQueQuan),
        nksQuocTich: textOf(data.nksQuocTich),
        nksNoiSinh: address(data.nksNoiSinh),
      }),
      ...parent(data, 'me'),
      ...parent(data, 'cha'),
      ...requester(data),
    };
  }
  if (kind === 'death') {
    return {
      ...defined({
        nktHoTen: textOf(data.nktHoTen),
        nktGioiTinh: asInt(data.nktGioiTinh),
        nktNgaySinh: textOf(data.nktNgaySinh),
        nktDanToc: textOf(data.nktDanToc),
        nktQuocTich: textOf(data.nktQuocTich),
        nktLoaiCuTru: asInt(data.nktLoaiCuTru) ?? 1,
        nktNoiCuTru: address(data.nktNoiCuTru),
        nktSoGiayTo: idNumber(data, 'nkt'),
        nktNgayChet: textOf(data.nktNgayChet),
        nktNoiChet: address(data.nktNoiChet),
        nktNguyenNhanChet: textOf(data.nktNguyenNhanChet),
        giayBaoTuLoai: textOf(data.gbtLoai),
        giayBaoTuSo: textOf(data.gbtSo) ?? textOf(data.maGBT),
      }),
      ...requester(data),
    };
  }
  // Marriage: no documented result; the registered parties as declared.
  return Object.fromEntries(
    Object.entries(data).filter(([key, value]) => /^(chong|vo|ngayXacLap)/.test(key) && value !== undefined && value !== null),
  );
}
