import type { Catalogs } from '../../seeds/catalogs';
import type { Citizen, Enterprise } from '../../src/seed/types';
import type { RegistryCodes } from './registry-codes';
import { isoToEntCertDate } from './registry-dates';

/** Why an enterprise is suspended, for `LyDoTamNgung` (the seed keeps no reason). */
const SUSPENSION_REASON = 'Doanh nghiệp thông báo tạm ngừng kinh doanh';
/** Who issues CCCD cards, for `NoiCap`. */
const CCCD_ISSUER = 'Cục Cảnh sát quản lý hành chính về trật tự xã hội';

export interface EntCertSources {
  codes: RegistryCodes;
  catalogs: Catalogs;
  citizen(id: string): Citizen | undefined;
}

/**
 * The Thanh Hóa variant's `EntCert` (DOMAIN.md §8.2) for the same seeded enterprise the national
 * shape describes: one `DaiDienPhapLuat` per legal representative, one head-office address, the
 * business lines with `LaNganhChinh` 0/1, and dates as C# `DateTime` text.
 */
export function toEntCert(enterprise: Enterprise, sources: EntCertSources): Record<string, unknown> {
  const { codes, catalogs } = sources;
  const status = codes.status(enterprise.status);
  const type = codes.enterpriseType(enterprise.typeId);
  const vietnam = catalogs.nationalities.find((n) => n.code === 'VN');
  const cccd = catalogs.idDocumentTypes.hoTich.find((t) => /căn cước công dân/i.test(t.name));
  const office = enterprise.headOffice;
  const suspended = enterprise.status === 'suspended';
  return {
    MaNoiBo: String(enterprise.internalId),
    MaSoDoanhNghiep: enterprise.code,
    SoGCNDKKD: enterprise.code,
    MaLoaiHinhDN: type.code,
    LoaiHinhDN: type.name,
    TenTiengViet: enterprise.name,
    TenNuocNgoai: enterprise.foreignName,
    TenVietTat: enterprise.shortName,
    NgayDangKyLanDau: isoToEntCertDate(enterprise.foundingDate),
    NgayDangKyThayDoi: isoToEntCertDate(enterprise.lastAmendDate),
    SoLanDangKyThayDoi: enterprise.numberOfChanges,
    TinhTrangPhapLy: [
      {
        TinhTrangPhapLy: status.name,
        MaTinhTrangPhapLy: status.code,
        NgayBatDauTamNgung: suspended && enterprise.statusChangedOn ? isoToEntCertDate(enterprise.statusChangedOn) : null,
        NgayKetThucTamNgung: null,
        LyDoTamNgung: suspended ? SUSPENSION_REASON : null,
      },
    ],
    DaiDienPhapLuat: enterprise.legalRepresentativeIds.map((id) => {
      const person = sources.citizen(id);
      return {
        ThongTinCaNhan: [
          {
            HoVaTen: person?.fullName ?? '',
            LoaiGiayToChungThuc: cccd?.name ?? 'Căn cước công dân',
            MaLoaiGiayToChungThuc: cccd?.code ?? '2',
            SoGiayChungThuc: id,
            NgayCap: null,
            NoiCap: CCCD_ISSUER,
            QuocTich: vietnam?.name ?? 'Việt Nam',
            MaQuocTich: 'VN',
          },
        ],
      };
    }),
    DiaChiTruSo: [
      {
        DiaChi: [
          {
            QuocGia: vietnam?.name ?? 'Việt Nam',
            MaQuocGia: 'VN',
            TenTinhThanh: office.provinceName,
            MaTinhThanh: Number(office.provinceCode),
            TenQuanHuyen: office.districtName,
            MaQuanHuyen: Number(office.districtCode),
            TenPhuongXa: office.wardName,
            MaPhuongXa: Number(office.wardCode),
            DiaChi: office.fullText,
            SoNha: office.streetNumber,
          },
        ],
      },
    ],
    NganhNgheKinhDoanh: enterprise.businessLines.map((line) => ({ MaNganh: line.code, TenNganh: line.name, LaNganhChinh: line.isMain ? 1 : 0 })),
  };
}
