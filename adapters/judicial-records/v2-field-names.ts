/**
 * Which v2 field (DOMAIN.md §6.2) becomes which v1 field (§6.1). The v2 send is translated into the
 * v1 request, so the v1 rules judge it; this one table drives the translation and turns the v1 names
 * in their verdicts back into the names the v2 client sent.
 */

/** `toKhai` fields copied as text into `declarationWSForm`. */
export const DECLARATION_TEXT = {
  nycHoTen: 'fullName',
  nycTenGoiKhac: 'otherName',
  nycNgaySinh: 'birthDateStr',
  nycDienThoai: 'phone',
  nycEmail: 'email',
  nycSoGiayTo: 'identifyNo',
  nycNgayCapGiayTo: 'idIssueDate',
  nycNoiCapGiayTo: 'idIssuePlace',
  nycHoTenCha: 'dadName',
  chaNgaySinh: 'dadDob',
  nycHoTenMe: 'momName',
  meNgaySinh: 'momDob',
  nycHoTenVoChong: 'partnerName',
  voChongNgaySinh: 'partnerDob',
} as const;

/** `toKhai` fields whose value is translated (a code, an address object) into a `declarationWSForm` field. */
export const DECLARATION_DERIVED = {
  nycGioiTinh: 'genderId',
  nycQuocTich: 'nationalityId',
  nycDanToc: 'ethnicId',
  nycLoaiGiayTo: 'idTypeId',
  loaiPhieu: 'formType',
  soLuongCap: 'requestQty',
  yeuCauCDNCV: 'isBanPosition',
  uyQuyen: 'declareTypeId',
  maMucDich: 'purpose',
  nycNoiSinh: 'birthPlace',
  nycThuongTru: 'residence',
  nycTamTru: 'residenceTemporary',
} as const;

/** A `nycCuTru` row's fields and their `residenceWSForm` names. */
export const RESIDENCE_ROW = {
  tuNgay: 'fromDateStr',
  denNgay: 'toDateStr',
  noiCuTru: 'residencePlace',
  ngheNghiep: 'jobName',
  noiLamViec: 'workPlace',
} as const;

/** The authorised person's `toKhai` fields (v2 keeps them flat, `nyqQuanHe` sic) copied as text into `mandatorWSForm`. */
export const MANDATOR_TEXT = {
  uyQuyenHoTen: 'fullName',
  nuqNgaySinh: 'birthDateStr',
  nuqSoGiayTo: 'identifyNo',
  nuqNgayCapGiayTo: 'idIssueDate',
  nuqNoiCapGiayTo: 'idIssuePlace',
  nyqQuanHe: 'mandatorRelation',
} as const;

/** The authorised person's translated fields. */
export const MANDATOR_DERIVED = { nuqGioiTinh: 'genderId', nuqLoaiGiayto: 'idTypeId', nuqThuongTruChiTiet: 'residence' } as const;

const invert = (table: Readonly<Record<string, string>>, v2Prefix: string, v1Prefix: string): [string, string][] =>
  Object.entries(table).map(([v2, v1]) => [`${v1Prefix}${v1}`, `${v2Prefix}${v2}`]);

/** v1 path → v2 path, for the fields that have one. */
const V2_PATHS = new Map<string, string>([
  ['idMinistryJustice', 'maTinh'],
  ['idReceivedDec', 'maHoSoMCDT'],
  ['dateReceivedDec', 'ngayTiepNhan'],
  ['datePromissoryDec', 'toKhai.ngayHenTra'],
  ['declarationWSForm', 'toKhai'],
  ['declarationWSForm.declareDate', 'ngayTiepNhan'],
  ['declarationWSForm.objectRequestId', 'toKhai.nycQuocTich'],
  ['residenceWSForm', 'toKhai.nycCuTru'],
  ['mandatorWSForm', 'toKhai.uyQuyenHoTen'],
  ...invert(DECLARATION_TEXT, 'toKhai.', 'declarationWSForm.'),
  ...invert(DECLARATION_DERIVED, 'toKhai.', 'declarationWSForm.'),
  ...invert(MANDATOR_TEXT, 'toKhai.', 'mandatorWSForm.'),
  ...invert(MANDATOR_DERIVED, 'toKhai.', 'mandatorWSForm.'),
]);

const RESIDENCE_V2 = new Map<string, string>(Object.entries(RESIDENCE_ROW).map(([v2, v1]) => [v1, v2]));

/** A v1 path as the v2 client named it; unchanged when it has no v2 counterpart. */
export function v2Path(v1: string): string {
  const row = /^residenceWSForm\[(\d+)\](?:\.(\w+))?$/.exec(v1);
  if (row) return `toKhai.nycCuTru[${row[1]}]${row[2] ? `.${RESIDENCE_V2.get(row[2]) ?? row[2]}` : ''}`;
  return V2_PATHS.get(v1) ?? v1;
}

/**
 * Field names standing alone in a sentence ("must not be before fromDateStr"), v1 → v2: the top-level
 * ones as paths, the applicant's (not the authorised person's) and a residence row's by name.
 */
const BARE_NAMES = new Map<string, string>([
  ...[...V2_PATHS].filter(([v1]) => !/[.[]/.test(v1)),
  ['declareDate', 'ngayTiepNhan'],
  ...Object.entries(RESIDENCE_ROW).map(([v2, v1]): [string, string] => [v1, v2]),
  ...Object.entries({ ...DECLARATION_DERIVED, ...DECLARATION_TEXT }).map(([v2, v1]): [string, string] => [v1, v2]),
]);

const V1_NAMES = new RegExp(
  String.raw`\b(?:declarationWSForm|mandatorWSForm)(?:\.\w+)?|\bresidenceWSForm(?:\[\d+\](?:\.\w+)?)?|(?<![.\w])(?:${[...BARE_NAMES.keys()].join('|')})\b`,
  'g',
);

/**
 * Sentences about v1 fields (joined by "; "), with every v1 field named as the v2 client sent it;
 * two v1 fields filled from one v2 field (dateReceivedDec and declareDate) say the same thing once.
 */
export function inV2Names(text: string): string {
  return [...new Set(text.replace(V1_NAMES, (name) => BARE_NAMES.get(name) ?? v2Path(name)).split('; '))].join('; ');
}
