import type { BhytCard } from '../../adapters/shared/bhyt-cards';

/** A card as the civil registry writes it into this backend's state when it registers a birth. */
export const NEWBORN_CARD: BhytCard = {
  maSoBhxh: '0112345678',
  maThe: 'TE1010112345678',
  soDinhDanh: '001226000123',
  hoTen: 'Đỗ Minh Khang',
  birthDate: '2026-01-02',
  gender: 'male',
  provinceCode: '01',
  districtCode: '001',
  communeCode: '00006',
  validFrom: '2026-01-02',
  validTo: '2032-01-01',
  issuedBy: { maDonVi: '00006', maHoSo: '000.00.01.H26-260115-0003' },
};
