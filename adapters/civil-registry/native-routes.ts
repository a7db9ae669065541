import type { NativeRoute } from '../../src/core/adapter';
import { defineRender, type MessageType, type ResponseOf } from '../../src/core/operation';
import { failureEnvelope, pushEnvelope, successEnvelope } from './envelope';
import { toLookupBody, toRegistrationBody, toV2RegistrationBody } from './native-translation';

const BASE = '/apiHoTichTuPhap';

/** Renders a lookup result as `{ …, value }` with the named member of the handler's result. */
const valueOf = <T extends MessageType>(messageType: T, member: keyof ResponseOf<T>) =>
  defineRender(messageType, (result) => successEnvelope(result[member]));

/**
 * The civil registry's native paths (DOMAIN.md §4): the v1 contract under /apiHoTichTuPhap (bearer
 * token) and the v2 push/poll PASETO uses (no bearer required). Each is a translation onto the
 * operations of the one pipeline.
 */
export const civilRegistryRoutes: readonly NativeRoute[] = [
  {
    method: 'POST',
    paths: [`${BASE}/dangKyHoTich`],
    operation: 'dangKyHoTich',
    accepts: ['json', 'xml'],
    toMessageBody: toRegistrationBody,
    render: defineRender('hotich.dangKyHoTich', (view) => {
      return successEnvelope(view, {
        statusDescription: view.duplicate ? `Hồ sơ ${view.maHoSo} đã được tiếp nhận trước đó` : 'Tiếp nhận hồ sơ thành công',
      });
    }),
  },
  {
    method: 'POST',
    paths: [`${BASE}/traTrangThaiHoSo`],
    operation: 'traTrangThaiHoSo',
    toMessageBody: toLookupBody,
    // `status` is the dossier state; a rejected dossier is state 0 with the reason as the error.
    render: defineRender('hotich.traTrangThaiHoSo', (view, request) => {
      if (view.trangThai === '6') {
        const failed = failureEnvelope('500', view.ghiChu ?? view.statusDescription, 200, request);
        return { ...failed, body: { ...(failed.body as object), value: view } };
      }
      return successEnvelope(view, { status: view.status, statusDescription: view.statusDescription });
    }),
  },
  {
    method: 'POST',
    paths: [`${BASE}/ketQuaDangKyHS`],
    operation: 'ketQuaDangKyHS',
    toMessageBody: toLookupBody,
    render: (result) => successEnvelope(result),
  },
  { method: 'POST', paths: [`${BASE}/traHoSo`], operation: 'traHoSo', toMessageBody: toLookupBody, render: valueOf('hotich.traHoSo', 'records') },
  {
    method: 'POST',
    paths: [`${BASE}/traDanhSachHoSo`],
    operation: 'traDanhSachHoSo',
    toMessageBody: toLookupBody,
    render: valueOf('hotich.traDanhSachHoSo', 'records'),
  },
  {
    method: 'POST',
    paths: [`${BASE}/dsHoSoDangKy`],
    operation: 'dsHoSoDangKy',
    toMessageBody: toLookupBody,
    render: valueOf('hotich.dsHoSoDangKy', 'records'),
  },
  { method: 'POST', paths: [`${BASE}/danhMuc`], operation: 'danhMuc', toMessageBody: toLookupBody, render: valueOf('hotich.danhMuc', 'items') },
  {
    method: 'POST',
    paths: [`${BASE}/v2/nhanDKHT`],
    operation: 'dangKyHoTich',
    auth: 'optional',
    accepts: ['json', 'xml'],
    toMessageBody: toV2RegistrationBody,
    // PASETO counts a failure saying "đã được tiếp nhận" (already received) as success (DOMAIN.md §4.2).
    render: defineRender('hotich.dangKyHoTich', (view) => {
      return view.duplicate
        ? pushEnvelope(false, 'Thất bại', '500', `Hồ sơ ${view.maHoSo} đã được tiếp nhận`)
        : pushEnvelope(true, 'Tiếp nhận hồ sơ thành công', null, null);
    }),
  },
  {
    method: 'POST',
    paths: [`${BASE}/v2/layKetQua`],
    operation: 'layKetQua',
    auth: 'optional',
    toMessageBody: toLookupBody,
    render: valueOf('hotich.layKetQua', 'items'),
  },
];
