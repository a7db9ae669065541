import type { FieldViolation } from '../../src/core/errors';
import { validateMaThe } from '../../src/core/ids';
import { defineCheck } from '../../src/core/operation';
import { FieldRules, textOf } from '../shared/field-rules';

const BIRTH_FORMATS = { '0': ['yyyyMMdd', /^\d{8}$/], '1': ['yyyy', /^\d{4}$/], '2': ['yyyyMM', /^\d{6}$/] } as const;

/** `ngaySinh` written as `loaiNgaySinh` says: 0 yyyyMMdd, 1 yyyy, 2 yyyyMM (DOMAIN.md §5.2). */
export function checkBirthDate(rules: FieldRules, ngaySinh: unknown, loaiNgaySinh: unknown): void {
  const text = textOf(ngaySinh);
  if (text === undefined) return;
  const kind =
    (String(loaiNgaySinh ?? '0') as keyof typeof BIRTH_FORMATS) in BIRTH_FORMATS ? (String(loaiNgaySinh ?? '0') as keyof typeof BIRTH_FORMATS) : '0';
  const [format, pattern] = BIRTH_FORMATS[kind];
  if (kind === '0') {
    rules.date('body.ngaySinh', text, ['yyyyMMdd']);
  } else if (!pattern.test(text)) {
    rules.add('body.ngaySinh', `body.ngaySinh must be written ${format} when loaiNgaySinh is ${kind}, got "${text}"`);
  }
}

/** The stateless rules of the BHXH lookups. */
export const bhxhRules = {
  byCriteria: defineCheck('bhxh.getMaSoBhxhTheoTieuChi', (body): FieldViolation[] => {
    const rules = new FieldRules();
    // The schema requires the member; a blank one is no birth date either.
    rules.required('body.ngaySinh', body.ngaySinh);
    checkBirthDate(rules, body.ngaySinh, body.loaiNgaySinh);
    if (!/^\d{2}$/.test(String(body.maTinhKs))) rules.add('body.maTinhKs', 'body.maTinhKs must be a 2-digit GSO province code');
    return rules.violations;
  }),
  household: defineCheck('bhxh.getTraCuuThongTinHgd', (body): FieldViolation[] => {
    const rules = new FieldRules();
    if (!/^\d{2}$/.test(String(body.maTinh))) rules.add('body.maTinh', 'body.maTinh must be a 2-digit GSO province code');
    const maThe = textOf(body.maThe);
    if (maThe !== undefined) {
      const checked = validateMaThe(maThe);
      if (!checked.ok) rules.add('body.maThe', `body.maThe is not a card number: ${checked.reason}`);
    } else {
      rules.required('body.hoTen', body.hoTen, 'or maThe');
      rules.required('body.ngaySinh', body.ngaySinh, 'or maThe');
    }
    checkBirthDate(rules, body.ngaySinh, body.loaiNgaySinh);
    return rules.violations;
  }),
};
