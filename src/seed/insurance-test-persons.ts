/**
 * Named test persons for the health-insurance card check (DOMAIN-MORE §3.2): one per `maKetQua`
 * that only the card's own state can provoke. They are ordinary citizens of the dataset (the civil
 * registry, BHXH and LLTP know them too); what is special about each is its card, seeded in
 * `seeds/health-insurance/cards.json`. CCCD serials 990011 up, BHXH numbers 0199000011 up: ranges no
 * generator draws.
 */
import type { Citizen, Residence, TestPerson } from './types';

const HANOI_DICH_VONG: Residence = { provinceCode: '01', districtCode: '001', communeCode: '00001', detail: 'Số 40, đường Quán Thánh' };

function citizen(seed: Pick<Citizen, 'id' | 'fullName' | 'gender' | 'birthDate' | 'bhxhNumber'>, phone: string): Citizen {
  return {
    nationality: 'VN',
    ethnicityCode: '01',
    childrenIds: [],
    residence: HANOI_DICH_VONG,
    birthProvinceCode: '01',
    maritalStatus: 'single',
    phone,
    ...seed,
  };
}

export const INSURANCE_TEST_CITIZENS: readonly Citizen[] = [
  citizen({ id: '001090990011', fullName: 'Phan Văn Quân', gender: 'male', birthDate: '1990-05-14', bhxhNumber: '0199000011' }, '0912000011'),
  citizen({ id: '001092990012', fullName: 'Lý Văn Công', gender: 'male', birthDate: '1992-08-03', bhxhNumber: '0199000012' }, '0912000012'),
  citizen({ id: '001178990013', fullName: 'Mai Thị Hạnh', gender: 'female', birthDate: '1978-02-14', bhxhNumber: '0199000013' }, '0912000013'),
  citizen({ id: '001086990014', fullName: 'Trương Văn Lộc', gender: 'male', birthDate: '1986-10-21', bhxhNumber: '0199000014' }, '0912000014'),
  citizen({ id: '001199990015', fullName: 'Cao Thị Ngân', gender: 'female', birthDate: '1999-03-30', bhxhNumber: '0199000015' }, '0912000015'),
  citizen({ id: '001070990016', fullName: 'Hồ Văn Phúc', gender: 'male', birthDate: '1970-12-12', bhxhNumber: '0199000016' }, '0912000016'),
  citizen({ id: '001183990017', fullName: 'Dương Thị Quỳnh', gender: 'female', birthDate: '1983-07-07', bhxhNumber: '0199000017' }, '0912000017'),
  citizen({ id: '001075990018', fullName: 'Đinh Văn Sơn', gender: 'male', birthDate: '1975-04-19', bhxhNumber: '0199000018' }, '0912000018'),
  citizen({ id: '001191990019', fullName: 'Lưu Thị Thu', gender: 'female', birthDate: '1991-09-09', bhxhNumber: '0199000019' }, '0912000019'),
  citizen({ id: '001088990020', fullName: 'Tạ Văn Tài', gender: 'male', birthDate: '1988-01-15', bhxhNumber: '0199000020' }, '0912000020'),
  citizen({ id: '001193990021', fullName: 'Kiều Thị Uyên', gender: 'female', birthDate: '1993-11-11', bhxhNumber: '0199000021' }, '0912000021'),
  citizen({ id: '001084990022', fullName: 'Mạc Văn Vinh', gender: 'male', birthDate: '1984-06-06', bhxhNumber: '0199000022' }, '0912000022'),
  citizen({ id: '001223990023', fullName: 'Đỗ Gia Bảo', gender: 'male', birthDate: '2023-05-10', bhxhNumber: '0199000023' }, '0912000010'),
];

export type InsuranceTestPersonRole =
  | 'bhytMilitary'
  | 'bhytPolice'
  | 'bhytNewCardOldExpired'
  | 'bhytNewCardOldValid'
  | 'bhytExpired'
  | 'bhytDataError'
  | 'bhytServerError'
  | 'bhytWithdrawn'
  | 'bhytReduced'
  | 'bhytMovedOutOfProvince'
  | 'bhytMovedWithinProvince'
  | 'bhytReincreased'
  | 'bhytChildWithoutCard';

const DESCRIPTIONS: Readonly<Record<InsuranceTestPersonRole, [string, string]>> = {
  bhytMilitary: ['001090990011', 'Card check answers 001: the card is managed by BHXH Bộ Quốc phòng (card QN1 97…).'],
  bhytPolice: ['001092990012', 'Card check answers 002: the card is managed by BHXH Bộ Công an (card CA1 98…).'],
  bhytNewCardOldExpired: ['001178990013', 'Card check answers 003: old card HC4 expired 31/12/2024, new card HT2 issued (000 by the new code).'],
  bhytNewCardOldValid: ['001086990014', 'Card check answers 004 until 30/06/2027 (old card DN4 still valid, new card GD4 issued), 003 after.'],
  bhytExpired: ['001199990015', 'Card check answers 010: card HN4 expired on 31/12/2024 and was not renewed.'],
  bhytDataError: ['001070990016', 'Card check answers 100: the card record is damaged at VSS (card-data error).'],
  bhytServerError: ['001183990017', 'Card check answers 101: the card service fails on this person (server error).'],
  bhytWithdrawn: ['001075990018', 'Card check answers 110: the card was withdrawn (thu hồi) on 15/03/2025.'],
  bhytReduced: ['001191990019', 'Card check answers 120: the card was reported reduced (báo giảm) by the employer.'],
  bhytMovedOutOfProvince: ['001088990020', 'Card check answers 121: báo giảm, moved to another province (Thành phố Hồ Chí Minh).'],
  bhytMovedWithinProvince: ['001193990021', 'Card check answers 122: báo giảm, moved to another unit in the same province.'],
  bhytReincreased: ['001084990022', 'Card check answers 123: báo giảm, then increased again at the same unit.'],
  bhytChildWithoutCard: ['001223990023', 'Child under six (born 10/05/2023) with no card: the card check by personal ID answers 130.'],
};

export const INSURANCE_TEST_PERSONS: Readonly<Record<InsuranceTestPersonRole, TestPerson>> = Object.fromEntries(
  (Object.entries(DESCRIPTIONS) as [InsuranceTestPersonRole, [string, string]][]).map(([role, [id, description]]) => {
    const name = INSURANCE_TEST_CITIZENS.find((c) => c.id === id)?.fullName ?? '';
    return [role, { role, kind: 'citizen', id, name, inDataset: true, description }];
  }),
) as Record<InsuranceTestPersonRole, TestPerson>;
