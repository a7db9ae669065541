import { defineCheck, type MessageType, type RequestOf } from '../../src/core/operation';
import { FieldRules, textOf } from '../shared/field-rules';
import { MODULE_CODES } from './modules';
import type { OfficeDirectory } from './offices';

/**
 * Stateless rules of the lookup operations. A violation at `body.maDonVi` answers 106
 * AGENCY_ID_INCORRECT, at `body.maTinh` 108 PROVINCE_ID_INCORRECT, at `body.loaiDanhMuc` 302
 * DATA_TYPE_INVALID, anything else 500 DATA_INCORRECT (see envelope.ts).
 */
export function queryRules(offices: OfficeDirectory) {
  const office = (rules: FieldRules, value: unknown): void => {
    if (!offices.resolve(value)) {
      rules.add(
        'body.maDonVi',
        `body.maDonVi ${JSON.stringify(value)} is not a registering office of the MoJ catalogue (a 3-digit district or 5-digit commune GSO code)`,
      );
    }
  };
  const province = (rules: FieldRules, value: unknown): void => {
    if (value !== undefined && !offices.province(value)) {
      rules.add('body.maTinh', `body.maTinh ${JSON.stringify(value)} is not a GSO province code (2 digits, e.g. 01)`);
    }
  };
  const recordId = (rules: FieldRules, path: string, value: unknown): void => {
    if (!/^\d{1,18}$/.test(String(value))) rules.add(path, `${path} must be a numeric registry record id, got ${JSON.stringify(value)}`);
  };
  const run = <T extends MessageType>(messageType: T, build: (rules: FieldRules, body: RequestOf<T>) => void) =>
    defineCheck(messageType, (body) => {
      const rules = new FieldRules();
      build(rules, body);
      return rules.violations;
    });

  return {
    traTrangThaiHoSo: run('hotich.traTrangThaiHoSo', (rules, body) => office(rules, body.maDonVi)),
    ketQuaDangKyHS: run('hotich.ketQuaDangKyHS', (rules, body) => office(rules, body.maDonVi)),
    traHoSo: run('hotich.traHoSo', (rules, body) => recordId(rules, 'body.maHoSo', body.maHoSo)),
    traDanhSachHoSo: run('hotich.traDanhSachHoSo', (rules, body) => {
      province(rules, body.maTinh);
      body.dsMaHoSo.forEach((id, i) => recordId(rules, `body.dsMaHoSo[${i}]`, id));
    }),
    dsHoSoDangKy: run('hotich.dsHoSoDangKy', (rules, body) => {
      rules.date('body.ngayCapNhat', body.ngayCapNhat, ['dd/MM/yyyy']);
      province(rules, body.maTinh);
    }),
    danhMuc: run('hotich.danhMuc', (rules, body) => {
      if (!['1', '2', '3', '4', '5'].includes(String(textOf(body.loaiDanhMuc)))) {
        rules.add(
          'body.loaiDanhMuc',
          `body.loaiDanhMuc ${JSON.stringify(body.loaiDanhMuc)} is not a catalogue type: 1 nationality, 2 country, 3 ethnicity, 4 places (province), 5 ID documents`,
        );
      }
    }),
    layKetQua: run('hotich.layKetQua', (rules, body) => {
      province(rules, body.maTinh);
      if (body.module !== undefined && !MODULE_CODES.includes(String(body.module).toUpperCase())) {
        rules.add('body.module', `body.module must be one of ${MODULE_CODES.join(', ')}`);
      }
    }),
  };
}
