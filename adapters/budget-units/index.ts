import type { Adapter } from '../../src/core/adapter';
import { defineCheck, defineHandlers } from '../../src/core/operation';
import { toIsoDate } from '../../src/core/dates/wire-dates';
import { BusinessRuleError } from '../../src/core/errors';
import { schemaId } from '../../src/core/schema-id';
import type { AdapterDeps } from '../shared/adapter-deps';
import { isoDayText } from '../shared/iso-day-text';
import { unitErrorEnvelope, unitNativeRoutes } from './native-routes';
import { checkUnitCode, classWarning } from './unit-code';
import { UnitRegister, type BudgetUnit } from './unit-register';

const dmy = (iso: string | undefined): string | null => (iso ? isoDayText(iso) : null);

/** A unit as the look-up answers it on `today`: closed once its closing day has come. */
function record(unit: BudgetUnit, today: string, province: string) {
  const closed = unit.ngayDongMa !== undefined && unit.ngayDongMa <= today;
  const project = unit.project;
  return {
    maSoDVQHNS: unit.maSoDVQHNS,
    tenDonVi: unit.tenDonVi,
    loaiDonVi: unit.maSoDVQHNS[0],
    maChuong: unit.maChuong,
    capDuToan: unit.capDuToan || null,
    maDonViCapTren: unit.maDonViCapTren,
    tenCoQuanChuQuan: unit.tenCoQuanChuQuan,
    diaChi: unit.diaChi,
    maTinh: province,
    maXa: unit.maXa,
    maKBNN: unit.maKBNN,
    soQuyetDinhThanhLap: unit.soQuyetDinhThanhLap,
    ngayCapMa: dmy(unit.ngayCapMa),
    trangThai: closed ? '0' : '1',
    ngayDongMa: closed ? dmy(unit.ngayDongMa) : null,
    maDonViTiepNhan: closed ? (unit.maDonViTiepNhan ?? null) : null,
    ...(project
      ? {
          tenDuAn: project.tenDuAn,
          maSoChuDauTu: project.maSoChuDauTu,
          giaiDoan: project.giaiDoan,
          nhomDuAn: project.nhomDuAn,
          tongMucDauTu: project.tongMucDauTu,
        }
      : {}),
  };
}

/**
 * Budget-relation unit codes (mã số ĐVQHNS, Ministry of Finance, DOMAIN-MORE §1). No public wire
 * contract exists: the look-up, its envelope and the record are inferred (`I`), modelled on the
 * enterprise registry. Units are seeded under the province's agencies and read on the simulation day.
 */
export function createBudgetUnitsAdapter({ reference }: AdapterDeps): Adapter {
  const register = new UnitRegister(reference.catalogs.agencies);
  return {
    manifest: {
      service: 'msns',
      name: 'Budget-relation unit codes (mã số ĐVQHNS) — inferred contract',
      description: 'Look-up of a budget-relation unit or investment project by its 7-digit code; the contract is inferred, no public one exists.',
      operations: [
        {
          operation: 'traCuuMaSo',
          summary: 'A unit or project by its 7-digit code; closed codes are answered as closed',
          requestSchema: schemaId('msns/traCuuMaSo.request.json'),
          responseSchema: schemaId('msns/traCuuMaSo.response.json'),
          example: { maSo: '1099001' },
          check: defineCheck('msns.traCuuMaSo', ({ maSo }) => checkUnitCode(maSo)),
          readOnly: true,
        },
      ],
      native: unitNativeRoutes,
      renderError: unitErrorEnvelope,
    },
    handlers: defineHandlers('msns', {
      traCuuMaSo: async (message, context) => {
        const code = message.body.maSo.trim();
        const today = toIsoDate(context.clock.now());
        const warning = classWarning(code);
        const unit = register.find(code, today);
        if (!unit)
          throw new BusinessRuleError('NOT_FOUND', `Không tìm thấy mã số ĐVQHNS ${code}${warning ? ` (cảnh báo: ${warning})` : ''}`, { status: 404 });
        const found = record(unit, today, register.province);
        const Message =
          found.trangThai === '0'
            ? `Mã số ĐVQHNS ${code} đã đóng từ ngày ${found.ngayDongMa}${found.maDonViTiepNhan ? ` (sáp nhập vào ${found.maDonViTiepNhan})` : ''}; mã số không được cấp lại`
            : 'success';
        return { Status: '1', Message, DataCount: 1, Data: [found] };
      },
    }),
  };
}
