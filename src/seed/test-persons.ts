/**
 * Named test persons and enterprises that are in every dataset with the same identifiers, whatever
 * the seed — the way payment providers publish test cards. A QA suite can hard-code "the convicted
 * person" or "the dissolved enterprise" and know what the backends will answer.
 *
 * Their numbers use serials no generator draws (CCCD serials from 990000, enterprise serials from
 * 9990000), and the generators also treat them as taken. Their addresses use real GSO codes in
 * Hà Nội and Hồ Chí Minh City.
 */
import { INSURANCE_TEST_CITIZENS, INSURANCE_TEST_PERSONS } from './insurance-test-persons';
import type { Citizen, Enterprise, JudicialRecord, Residence, TestPerson, TestPersonRole } from './types';

const HANOI_PHUC_XA: Residence = { provinceCode: '01', districtCode: '001', communeCode: '00001', detail: 'Số 12, đường Phó Đức Chính' };
const HANOI_TRUC_BACH: Residence = { provinceCode: '01', districtCode: '001', communeCode: '00004', detail: 'Số 8, đường Trúc Bạch' };
const HANOI_VINH_PHUC: Residence = { provinceCode: '01', districtCode: '001', communeCode: '00006', detail: 'Số 25, ngõ 10, đường Hoàng Hoa Thám' };
const HCMC_BEN_NGHE: Residence = { provinceCode: '79', districtCode: '760', communeCode: '26740', detail: 'Số 45, đường Lê Lợi' };

type CitizenSeed = Omit<Citizen, 'nationality' | 'ethnicityCode' | 'childrenIds' | 'residence'> & Partial<Pick<Citizen, 'childrenIds' | 'residence'>>;

function citizen(seed: CitizenSeed): Citizen {
  return { nationality: 'VN', ethnicityCode: '01', childrenIds: [], residence: HANOI_PHUC_XA, ...seed };
}

export const TEST_CITIZENS: readonly Citizen[] = [
  citizen({
    id: '001085990001',
    fullName: 'Nguyễn Văn An',
    gender: 'male',
    birthDate: '1985-03-12',
    birthProvinceCode: '01',
    phone: '0912000001',
    maritalStatus: 'single',
    bhxhNumber: '0199000001',
  }),
  citizen({
    id: '079080990002',
    fullName: 'Trần Văn Bình',
    gender: 'male',
    birthDate: '1980-07-20',
    birthProvinceCode: '79',
    residence: HCMC_BEN_NGHE,
    phone: '0912000002',
    maritalStatus: 'single',
    bhxhNumber: '7999000002',
  }),
  citizen({
    id: '038175990003',
    fullName: 'Lê Thị Cúc',
    gender: 'female',
    birthDate: '1975-11-05',
    birthProvinceCode: '38',
    residence: HANOI_TRUC_BACH,
    phone: '0912000003',
    maritalStatus: 'single',
    bhxhNumber: '0199000003',
  }),
  citizen({
    id: '044042990004',
    fullName: 'Phạm Văn Dũng',
    gender: 'male',
    birthDate: '1942-02-18',
    birthProvinceCode: '44',
    phone: '0912000004',
    maritalStatus: 'widowed',
    deceasedOn: '2023-11-02',
    bhxhNumber: '0199000004',
  }),
  citizen({
    id: '048088990005',
    fullName: 'Hoàng Minh Đức',
    gender: 'male',
    birthDate: '1988-09-09',
    birthProvinceCode: '48',
    residence: HANOI_VINH_PHUC,
    phone: '0912000005',
    maritalStatus: 'married',
    spouseId: '031190990006',
    bhxhNumber: '0199000005',
  }),
  citizen({
    id: '031190990006',
    fullName: 'Vũ Thị Hoa',
    gender: 'female',
    birthDate: '1990-12-01',
    birthProvinceCode: '31',
    residence: HANOI_VINH_PHUC,
    phone: '0912000006',
    maritalStatus: 'married',
    spouseId: '048088990005',
    bhxhNumber: '0199000006',
  }),
  citizen({
    id: '001196990007',
    fullName: 'Đặng Thị Lan',
    gender: 'female',
    birthDate: '1996-04-25',
    birthProvinceCode: '01',
    residence: HANOI_TRUC_BACH,
    phone: '0912000007',
    maritalStatus: 'single',
    bhxhNumber: '0199000007',
  }),
  citizen({
    id: '092094990008',
    fullName: 'Bùi Quang Huy',
    gender: 'male',
    birthDate: '1994-08-15',
    birthProvinceCode: '92',
    residence: HCMC_BEN_NGHE,
    phone: '0912000008',
    maritalStatus: 'single',
    bhxhNumber: '7999000008',
  }),
  citizen({
    id: '001195990009',
    fullName: 'Ngô Thị Mai',
    gender: 'female',
    birthDate: '1995-06-10',
    birthProvinceCode: '01',
    residence: HANOI_VINH_PHUC,
    phone: '0912000009',
    maritalStatus: 'married',
    spouseId: '001093990010',
    bhxhNumber: '0199000009',
  }),
  citizen({
    id: '001093990010',
    fullName: 'Đỗ Văn Nam',
    gender: 'male',
    birthDate: '1993-01-22',
    birthProvinceCode: '01',
    residence: HANOI_VINH_PHUC,
    phone: '0912000010',
    maritalStatus: 'married',
    spouseId: '001195990009',
    bhxhNumber: '0199000010',
  }),
  ...INSURANCE_TEST_CITIZENS,
];

export const TEST_JUDICIAL_RECORDS: readonly JudicialRecord[] = [
  {
    citizenId: '079080990002',
    convictions: [
      {
        judgmentNo: '112/2024/HS-ST',
        judgmentDate: '2024-05-20',
        court: 'Tòa án nhân dân Quận 1, Thành phố Hồ Chí Minh',
        offences: [{ article: '173', name: 'Trộm cắp tài sản' }],
        mainPenalty: { kind: 'suspendedSentence', text: '02 năm tù cho hưởng án treo, thời gian thử thách 04 năm', months: 48 },
        additionalPenalties: [{ kind: 'fine', text: 'Phạt tiền 10.000.000 đồng', amountVnd: 10_000_000 }],
      },
    ],
    positionBans: [],
  },
  {
    citizenId: '038175990003',
    convictions: [
      {
        judgmentNo: '27/2009/HS-ST',
        judgmentDate: '2009-04-14',
        court: 'Tòa án nhân dân Quận Ba Đình, Thành phố Hà Nội',
        offences: [{ article: '321', name: 'Đánh bạc' }],
        mainPenalty: { kind: 'fine', text: 'Phạt tiền 10.000.000 đồng', amountVnd: 10_000_000 },
        additionalPenalties: [],
        servedDate: '2009-06-30',
        expungedDate: '2010-07-15',
      },
    ],
    positionBans: [],
  },
];

const HANOI_HEAD_OFFICE = {
  provinceCode: '01',
  provinceName: 'Thành phố Hà Nội',
  districtCode: '001',
  districtName: 'Quận Ba Đình',
  wardCode: '00001',
  wardName: 'Phường Phúc Xá',
};

export const TEST_ENTERPRISES: readonly Enterprise[] = [
  {
    code: '0199990011',
    internalId: 8_000_001,
    typeId: '4',
    typeName: 'Công ty cổ phần',
    name: 'CÔNG TY CỔ PHẦN CÔNG NGHỆ THỬ NGHIỆM AN BÌNH',
    shortName: 'AN BINH TEST JSC',
    foreignName: 'AN BINH TEST TECHNOLOGY JOINT STOCK COMPANY',
    foundingDate: '2015-06-01',
    lastAmendDate: '2022-03-15',
    numberOfChanges: 3,
    status: 'active',
    legalRepresentativeIds: ['001085990001'],
    capital: 5_000_000_000,
    headOffice: {
      ...HANOI_HEAD_OFFICE,
      streetNumber: 'Số 1, đường Phó Đức Chính',
      fullText: 'Số 1, đường Phó Đức Chính, Phường Phúc Xá, Quận Ba Đình, Thành phố Hà Nội',
    },
    businessLines: [
      { code: '6201', name: 'Lập trình máy vi tính', isMain: true },
      { code: '6202', name: 'Tư vấn máy vi tính và quản trị hệ thống máy vi tính', isMain: false },
    ],
    members: [
      { name: 'Nguyễn Văn An', amount: 3_000_000_000, ratio: 60, country: 'VN' },
      { name: 'Đặng Thị Lan', amount: 1_250_000_000, ratio: 25, country: 'VN' },
      { name: 'Bùi Quang Huy', amount: 750_000_000, ratio: 15, country: 'VN' },
    ],
    branchCodes: ['0199990011001'],
  },
  {
    code: '0199990029',
    internalId: 8_000_002,
    typeId: '2',
    typeName: 'Công ty trách nhiệm hữu hạn một thành viên',
    name: 'CÔNG TY TNHH THƯƠNG MẠI THỬ NGHIỆM HOÀNG GIA',
    shortName: 'HOANG GIA TEST CO., LTD',
    foreignName: 'HOANG GIA TEST TRADING COMPANY LIMITED',
    foundingDate: '2012-09-10',
    lastAmendDate: '2021-12-20',
    numberOfChanges: 2,
    status: 'dissolved',
    statusChangedOn: '2023-06-30',
    legalRepresentativeIds: ['092094990008'],
    capital: 1_000_000_000,
    headOffice: {
      ...HANOI_HEAD_OFFICE,
      streetNumber: 'Số 3, đường Phó Đức Chính',
      fullText: 'Số 3, đường Phó Đức Chính, Phường Phúc Xá, Quận Ba Đình, Thành phố Hà Nội',
    },
    businessLines: [{ code: '4690', name: 'Bán buôn tổng hợp', isMain: true }],
    members: [{ name: 'Bùi Quang Huy', amount: 1_000_000_000, ratio: 100, country: 'VN' }],
    branchCodes: [],
  },
];

/** The fixtures by role, each with the one line that says what it provokes. */
export const TEST_PERSONS: Readonly<Record<TestPersonRole, TestPerson>> = Object.freeze({
  cleanRecord: person(
    'cleanRecord',
    '001085990001',
    'Nguyễn Văn An',
    'No judicial record: LLTP certifies "no criminal record"; legal representative of the active test enterprise.',
  ),
  convicted: person(
    'convicted',
    '079080990002',
    'Trần Văn Bình',
    'Conviction on record (2024, suspended sentence with probation, plus a fine): the LLTP certificate lists the judgment.',
  ),
  expunged: person(
    'expunged',
    '038175990003',
    'Lê Thị Cúc',
    'Conviction from 2009, expunged in 2010: form No. 1 shows no record, form No. 2 shows the expunged judgment.',
  ),
  deceased: person(
    'deceased',
    '044042990004',
    'Phạm Văn Dũng',
    'Died on 2023-11-02: lookups show the death, and registering it again is a duplicate.',
  ),
  married: person('married', '048088990005', 'Hoàng Minh Đức', 'Married to Vũ Thị Hoa: a new marriage registration for him is refused.'),
  marriedSpouse: person('marriedSpouse', '031190990006', 'Vũ Thị Hoa', 'Wife of Hoàng Minh Đức: the other half of the existing marriage.'),
  singleAdult: person('singleAdult', '001196990007', 'Đặng Thị Lan', 'Single adult woman, eligible to marry.'),
  singleAdultPartner: person(
    'singleAdultPartner',
    '092094990008',
    'Bùi Quang Huy',
    'Single adult man, eligible to marry the single adult; owner of the dissolved test enterprise.',
  ),
  birthMother: person('birthMother', '001195990009', 'Ngô Thị Mai', 'Mother for a birth registration: married to the birth father, no children yet.'),
  birthFather: person('birthFather', '001093990010', 'Đỗ Văn Nam', 'Father for a birth registration: married to the birth mother.'),
  unknownPerson: {
    ...person(
      'unknownPerson',
      '001090999999',
      'Trịnh Văn Khoa',
      'A valid ID number (Hà Nội, male, 1990) that is in no register: lookups answer "not found".',
    ),
    inDataset: false,
  },
  activeEnterprise: {
    ...person('activeEnterprise', '0199990011', 'CÔNG TY CỔ PHẦN CÔNG NGHỆ THỬ NGHIỆM AN BÌNH', 'Active joint-stock company with one branch.'),
    kind: 'enterprise',
    branchCode: '0199990011001',
  },
  dissolvedEnterprise: {
    ...person(
      'dissolvedEnterprise',
      '0199990029',
      'CÔNG TY TNHH THƯƠNG MẠI THỬ NGHIỆM HOÀNG GIA',
      'Dissolved one-member limited company: it is found, but its status is dissolved.',
    ),
    kind: 'enterprise',
  },
  ...INSURANCE_TEST_PERSONS,
});

function person(role: TestPersonRole, id: string, name: string, description: string): TestPerson {
  return { role, kind: 'citizen', id, name, inDataset: true, description };
}

/** Every identifier the fixtures hold, present or deliberately absent, that generators must avoid. */
export function reservedTestIdentifiers(): string[] {
  return [
    ...TEST_CITIZENS.flatMap((c) => [c.id, c.bhxhNumber]),
    ...Object.values(TEST_PERSONS).map((p) => p.id),
    ...TEST_ENTERPRISES.flatMap((e) => [e.code, ...e.branchCodes]),
  ];
}
