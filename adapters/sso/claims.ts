import type { SsoUserinfoResponse } from '../../src/generated/schema-types';
import type { ReferenceData } from '../../src/seed/reference-data';
import type { Citizen, Residence } from '../../src/seed/types';
import { ACCOUNT_TYPE, type AccountDirectory, type SsoAccount } from './accounts';

/** The claims userinfo answers (schemas/sso/userinfo.response.json). */
export type Claims = SsoUserinfoResponse;

/** Claims as built, before the ones the account has no value for are dropped. */
type ClaimsToSend = { sub: string } & { [Name in keyof Claims]?: Claims[Name] | undefined };

/** How the person signed in: the portal's own password, or VNeID federated through it. */
export type LoginIdp = 'password' | 'vneid';

/** Codes of the marital-status catalogue (seeds/catalogs/marital-statuses.json), as integers. */
const MARITAL: Record<Citizen['maritalStatus'], number> = { single: 1, married: 2, divorced: 3, widowed: 4 };

/** `yyyyMMdd`, as the portal writes `NgayThangNamSinh`. */
export function compactDate(isoDate: string): string {
  return isoDate.replace(/-/g, '');
}

/** Drops empty values: WSO2 leaves out a claim the account has no value for. */
function present(claims: ClaimsToSend): Claims {
  const kept: Partial<Claims> = Object.fromEntries(Object.entries(claims).filter(([, v]) => v !== undefined && v !== ''));
  return { ...kept, sub: claims.sub };
}

/** Turns the dataset's neutral records into the portal's claim names and formats (DOMAIN-MORE §4.1). */
export class ClaimsBuilder {
  constructor(
    private readonly reference: ReferenceData,
    private readonly accounts: AccountDirectory,
  ) {}

  /** The full claim set of a Cổng DVCQG login (password). `loAs` carries the level asked for. */
  dvcqg(account: SsoAccount, acr: string): Claims {
    const base = { sub: account.sub, TechID: account.techId, ThuDienTu: account.email, loAs: acr };
    const p = account.person;
    if (account.kind === 'enterprise' && account.enterprise) {
      const e = account.enterprise;
      return present({
        ...base,
        LoaiTaiKhoan: ACCOUNT_TYPE.enterprise,
        MaSoThue: e.code,
        MaSoDoanhNghiep: e.code,
        TenDoanhNghiep: e.name,
        DiaChi: e.headOffice.fullText,
        NguoiDaiDien: p?.fullName,
        HoVaTen: p?.fullName,
        SoDinhDanh: p?.id,
        SoDienThoai: p?.phone,
      });
    }
    if (account.kind === 'organisation' && account.organisation) {
      const o = account.organisation;
      return present({
        ...base,
        LoaiTaiKhoan: ACCOUNT_TYPE.organisation,
        TenDoanhNghiep: o.name,
        DiaChi: o.address,
        NguoiDaiDien: p?.fullName,
        HoVaTen: p?.fullName,
        SoDinhDanh: p?.id,
        SoDienThoai: p?.phone,
      });
    }
    if (!p) return present({ ...base, LoaiTaiKhoan: ACCOUNT_TYPE.citizen });
    const permanent = this.address(p.residence);
    return present({
      ...base,
      LoaiTaiKhoan: ACCOUNT_TYPE.citizen,
      SoDinhDanh: p.id,
      MaBHXH: p.bhxhNumber,
      HoVaTen: p.fullName,
      NgayThangNamSinh: compactDate(p.birthDate),
      GioiTinh: p.gender === 'male' ? 1 : 2,
      DanToc: p.ethnicityCode,
      TinhTrangHonNhan: MARITAL[p.maritalStatus],
      NoiDangKyKhaiSinh: this.provinceName(p.birthProvinceCode),
      QueQuan: this.provinceName(p.birthProvinceCode),
      ThuongTru: permanent,
      NoiOHienNay: permanent,
      QuocTich: p.nationality,
      Cha: this.accounts.person(p.fatherId)?.fullName,
      Me: this.accounts.person(p.motherId)?.fullName,
      VoChong: p.maritalStatus === 'married' ? this.accounts.person(p.spouseId)?.fullName : undefined,
      SoDienThoai: p.phone,
    });
  }

  /**
   * The smaller set a VNeID-federated login returns (DOMAIN-MORE §4.2, the `C:F2F` dump): who, the
   * IdP (`BCA`) and the two VNeID helper URLs that carry the VNeID token.
   */
  vneid(account: SsoAccount, helpers: { userProfileUri: string; logoutUri: string }): Claims {
    const p = account.person;
    return present({
      sub: account.sub,
      TechID: account.techId,
      LoaiTaiKhoan: ACCOUNT_TYPE.citizen,
      HoVaTen: p?.fullName,
      SoDinhDanh: p?.id,
      NgayThangNamSinh: p ? compactDate(p.birthDate) : undefined,
      loginIdp: 'BCA',
      ...helpers,
    });
  }

  /** An official of the province's WSO2: relying parties read `sub` (the user name); the rest is inferred. */
  official(account: SsoAccount): Claims {
    return present({
      sub: account.sub,
      HoVaTen: account.person?.fullName,
      SoDinhDanh: account.person?.id,
      ThuDienTu: account.email,
      MaDonVi: account.official?.agency,
      ChucVu: account.official?.title,
    });
  }

  private provinceName(code: string): string | undefined {
    const padded = code.padStart(2, '0');
    return this.reference.catalogs.administrativeUnits.provinces.find((p) => p.code === padded)?.name;
  }

  private address(r: Residence): string {
    const units = this.reference.catalogs.administrativeUnits;
    const commune = units.communes.find((c) => c.code === r.communeCode)?.name;
    const district = units.districts.find((d) => d.code === r.districtCode)?.name;
    return [r.detail, commune, district, this.provinceName(r.provinceCode)].filter(Boolean).join(', ');
  }
}
