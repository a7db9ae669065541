/**
 * Vietnamese personal names for generated citizens: family name, middle name, given name, written
 * with diacritics as the civil registry prints them. Family names are weighted roughly by their
 * share of the population (Nguyễn about four in ten), because a tester searching "Nguyễn Văn …"
 * should find many people, as in real data. Older generations get the classic `Văn` / `Thị`
 * middle names more often than the young.
 */
import type { SeededRandom } from '../core/random/seeded-random';
import type { Gender } from './types';

const FAMILY_NAMES: ReadonlyArray<readonly [string, number]> = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7],
  ['Hoàng', 4],
  ['Huỳnh', 3],
  ['Phan', 4.5],
  ['Vũ', 3],
  ['Võ', 2.5],
  ['Đặng', 2],
  ['Bùi', 2],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
  ['Đinh', 0.8],
  ['Trịnh', 0.6],
  ['Mai', 0.5],
  ['Đào', 0.5],
  ['Lương', 0.4],
  ['Tạ', 0.3],
  ['Cao', 0.4],
  ['Lâm', 0.3],
  ['Hà', 0.4],
  ['Chu', 0.2],
  ['Kiều', 0.1],
];

const MIDDLE_NAMES: Record<Gender, { classic: string; modern: readonly string[] }> = {
  male: {
    classic: 'Văn',
    modern: ['Văn', 'Hữu', 'Đức', 'Minh', 'Quang', 'Thành', 'Công', 'Xuân', 'Ngọc', 'Anh', 'Gia', 'Tuấn', 'Hoàng', 'Bảo', 'Trọng', 'Quốc'],
  },
  female: {
    classic: 'Thị',
    modern: ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh', 'Bảo', 'Khánh', 'Phương', 'Mai', 'Kim', 'Hoài', 'Thảo', 'Diệu', 'Tường', 'Mỹ'],
  },
};

const GIVEN_NAMES: Record<Gender, readonly string[]> = {
  male: [
    'An',
    'Bình',
    'Cường',
    'Dũng',
    'Hùng',
    'Hải',
    'Huy',
    'Khang',
    'Khoa',
    'Long',
    'Minh',
    'Nam',
    'Phúc',
    'Quân',
    'Sơn',
    'Tài',
    'Thắng',
    'Tuấn',
    'Việt',
    'Vinh',
    'Đạt',
    'Hiếu',
    'Trung',
    'Tùng',
    'Lâm',
    'Phong',
    'Kiên',
    'Bảo',
    'Toàn',
    'Thịnh',
    'Hưng',
    'Lộc',
    'Nghĩa',
    'Quang',
    'Thành',
    'Trí',
    'Vũ',
    'Duy',
    'Hoàng',
    'Khánh',
  ],
  female: [
    'Anh',
    'Bích',
    'Chi',
    'Dung',
    'Giang',
    'Hà',
    'Hạnh',
    'Hoa',
    'Hương',
    'Lan',
    'Linh',
    'Loan',
    'Mai',
    'My',
    'Ngân',
    'Nhung',
    'Oanh',
    'Phương',
    'Quyên',
    'Thảo',
    'Trang',
    'Tuyết',
    'Vân',
    'Yến',
    'Hằng',
    'Ngọc',
    'Thủy',
    'Hiền',
    'Nga',
    'Vy',
    'Huyền',
    'Liên',
    'Nhi',
    'Quỳnh',
    'Tâm',
    'Thư',
    'Uyên',
    'Xuân',
    'Diệp',
    'Hậu',
  ],
};

export function pickFamilyName(rng: SeededRandom): string {
  return rng.weighted(FAMILY_NAMES);
}

/**
 * A full name for someone of `gender` born in `birthYear`. Pass `familyName` to give a child the
 * father's family name.
 */
export function makeFullName(rng: SeededRandom, gender: Gender, birthYear: number, familyName?: string): string {
  const family = familyName ?? pickFamilyName(rng);
  const { classic, modern } = MIDDLE_NAMES[gender];
  const classicShare = birthYear < 1970 ? 0.8 : birthYear < 1990 ? 0.55 : 0.25;
  const middle = rng.chance(classicShare) ? classic : rng.pick(modern);
  let given = rng.pick(GIVEN_NAMES[gender]);
  // "Nguyễn Minh Minh" reads as a typo; draw once more rather than loop on a stream.
  if (given === middle) given = rng.pick(GIVEN_NAMES[gender].filter((name) => name !== middle));
  return `${family} ${middle} ${given}`;
}

/** Drops Vietnamese diacritics (`Đặng Thị Hà` → `Dang Thi Ha`) for e-mail addresses and foreign names. */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}
