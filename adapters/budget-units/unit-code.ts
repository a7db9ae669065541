import type { FieldViolation } from '../../src/core/errors';

/**
 * The 7-digit budget-relation unit code (mã số ĐVQHNS, DOMAIN-MORE §1.2, all `I`): exactly seven
 * digits after trimming, no check digit; the first digit is the class.
 */
export const UNIT_CLASSES: Readonly<Record<string, string>> = {
  '1': 'đơn vị dự toán, đơn vị sử dụng ngân sách nhà nước',
  '2': 'đơn vị khác có quan hệ với ngân sách',
  '3': 'đơn vị khác có quan hệ với ngân sách',
  '7': 'dự án đầu tư giai đoạn chuẩn bị đầu tư',
  '8': 'dự án đầu tư giai đoạn thực hiện đầu tư',
};

/** Names public client code uses for the field (`C:X`); the native door takes any of them. */
export const CODE_ALIASES: readonly string[] = [
  'maSo',
  'maSoDVQHNS',
  'MA_DVQHNS',
  'MaSoDVQHNS',
  'MA_QHNS',
  'maQHNS',
  'MaQuanHeNganSach',
  'MaDonViQuanHeNganSach',
  'MDVQHNSach',
];

/** The format rule, as violations at `path` (empty when the code is seven digits). */
export function checkUnitCode(value: string, path = 'body.maSo'): FieldViolation[] {
  const code = value.trim();
  if (/^\d{7}$/.test(code)) return [];
  const why = /^\d*$/.test(code) ? `it has ${code.length} digits` : 'it contains characters other than digits';
  return [{ path, message: `${path} must be a budget-relation unit code of exactly 7 digits, but ${why} ("${value}")` }];
}

/** A warning for a well-formed code of a class the rules do not know (the code is still looked up). */
export function classWarning(code: string): string | undefined {
  return UNIT_CLASSES[code[0]] ? undefined : `chữ số đầu ${code[0]} không thuộc loại mã số đã biết (1, 2, 3, 7, 8)`;
}
