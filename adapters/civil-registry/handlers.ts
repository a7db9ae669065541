import type { HandlerContext, OperationHandler } from '../../src/core/adapter';
import { defineHandlers } from '../../src/core/operation';
import { BusinessRuleError } from '../../src/core/errors';
import { parseWireDate } from '../../src/core/dates/wire-dates';
import type { ReferenceData } from '../../src/seed/reference-data';
import { catalogueRows } from './catalogue-lists';
import type { Dossier } from './dossier';
import type { DossierStore } from './dossier-store';
import { officeName, pollItemView, recordView, resultView, stateView } from './dossier-views';
import type { DossierLifecycle } from './lifecycle';
import { kindOfModule, KIND_NAMES, type RegistrationKind } from './modules';
import type { OfficeDirectory } from './offices';
import type { RegistrationEffects } from './registration-effects';

const DAY = 24 * 3600_000;

const notFound = (what: string): BusinessRuleError => new BusinessRuleError('201', `RECORD_NOT_FOUND: ${what}`, { status: 404 });
const incomplete = (dossier: Dossier): BusinessRuleError =>
  new BusinessRuleError('200', `RECORD_UNCOMPLETE: hồ sơ ${dossier.maHoSo} chưa hoàn thành đăng ký (${stateView(dossier).statusDescription})`, {
    status: 409,
  });

export interface HandlerDeps {
  reference: ReferenceData;
  offices: OfficeDirectory;
  dossiers: DossierStore;
  effects: RegistrationEffects;
  lifecycle: DossierLifecycle;
}

/** The civil registry's operations. Bodies were checked by schema and `check` before they get here. */
export function civilRegistryHandlers({ reference, offices, dossiers, effects, lifecycle }: HandlerDeps): Readonly<Record<string, OperationHandler>> {
  const officeCode = (maDonVi: string | number): string => offices.resolve(maDonVi)?.code ?? String(maDonVi);
  const find = async (maDonVi: string | number, maHoSo: string): Promise<Dossier> => {
    let dossier: Dossier | undefined;
    for (const code of offices.candidates(maDonVi)) {
      dossier = await dossiers.get(code, maHoSo);
      if (dossier) break;
    }
    if (!dossier) throw notFound(`không có hồ sơ ${maHoSo} của đơn vị ${String(maDonVi)}`);
    return dossier;
  };
  const registeredRecord = async (id: string | number, kind: RegistrationKind): Promise<Dossier> => {
    const dossier = await dossiers.getById(Number(id));
    if (!dossier || dossier.kind !== kind) throw notFound(`không có hồ sơ ${KIND_NAMES[kind]} mã ${String(id)}`);
    if (dossier.state !== 'registered') throw incomplete(dossier);
    return dossier;
  };
  const certificateOf = (dossier: Dossier): Promise<string> => dossiers.certificate(dossier, officeName(dossier, offices));

  return defineHandlers('hotich', {
    dangKyHoTich: async (message, context: HandlerContext) => {
      const { body } = message;
      const maDonVi = officeCode(body.maDonVi);
      const kind = kindOfModule(body.module) as RegistrationKind;
      const existing = await dossiers.get(maDonVi, body.maHoSo);
      // A dossier is received once; sending it again answers what the registry already has, except
      // that a dossier waiting for a supplement takes the new data and starts over.
      if (existing && existing.state !== 'needsSupplement') return stateView(existing, true);
      const refusal = await effects.refusal({ kind, data: body.data });
      if (refusal) throw new BusinessRuleError('500', `DATA_INCORRECT: ${refusal}`, { status: 422 });
      const callback = context.callbackUrl
        ? { url: context.callbackUrl, clientId: context.principal.clientId, messageId: context.messageId, from: context.principal.agency }
        : existing?.callback;
      const dossier: Dossier = {
        id: existing?.id ?? (await dossiers.nextId()),
        maDonVi,
        maHoSo: body.maHoSo,
        ...(body.maHoSoLT ? { maHoSoLT: body.maHoSoLT } : {}),
        module: body.module,
        kind,
        ngayTiepNhan: body.ngayTiepNhan,
        data: body.data,
        attachmentCount: body.fileDinhKem?.length ?? 0,
        state: 'received',
        changedAt: context.clock.now().getTime(),
        ...(callback ? { callback } : {}),
      };
      if (existing) await dossiers.save(dossier);
      else if (!(await dossiers.create(dossier))) return stateView((await dossiers.get(maDonVi, body.maHoSo)) as Dossier, true);
      await lifecycle.received(dossier, context);
      return stateView(dossier);
    },

    traTrangThaiHoSo: async (message) => {
      const { body } = message;
      return stateView(await find(body.maDonVi, body.maHoSo));
    },

    ketQuaDangKyHS: async (message) => {
      const { body } = message;
      const dossier = await find(body.maDonVi, body.maHoSo);
      if (dossier.state === 'rejected')
        throw new BusinessRuleError('500', `DATA_INCORRECT: hồ sơ ${dossier.maHoSo} bị từ chối: ${dossier.note ?? ''}`, { status: 422 });
      if (dossier.state !== 'registered') throw incomplete(dossier);
      return {
        maDonVi: dossier.maDonVi,
        maHoSo: dossier.maHoSo,
        module: dossier.module,
        id: dossier.id,
        ketQuaXuLy: resultView(dossier, offices, await certificateOf(dossier)),
      };
    },

    traHoSo: async (message) => {
      const { body } = message;
      const dossier = await registeredRecord(body.maHoSo, kindOfModule(body.module) as RegistrationKind);
      return { records: [recordView(dossier, offices, await certificateOf(dossier))] };
    },

    traDanhSachHoSo: async (message) => {
      const { body } = message;
      const kind = kindOfModule(body.module) as RegistrationKind;
      const province = offices.province(body.maTinh);
      const records = [];
      for (const id of new Set(body.dsMaHoSo.map(Number))) {
        const dossier = await dossiers.getById(id);
        if (dossier?.kind === kind && dossier.state === 'registered' && offices.resolve(dossier.maDonVi)?.provinceCode === province) {
          records.push(recordView(dossier, offices, await certificateOf(dossier)));
        }
      }
      if (records.length === 0) throw notFound(`không có hồ sơ ${KIND_NAMES[kind]} đã đăng ký nào trong danh sách tại tỉnh ${String(body.maTinh)}`);
      return { records };
    },

    dsHoSoDangKy: async (message) => {
      const { body } = message;
      const start = (parseWireDate(body.ngayCapNhat, 'dd/MM/yyyy') as Date).getTime();
      const province = body.maTinh === undefined ? undefined : offices.province(body.maTinh);
      const records = [];
      for (const id of await dossiers.registeredBetween(kindOfModule(body.module) as RegistrationKind, start, start + DAY - 1)) {
        const dossier = await dossiers.getById(id);
        if (!dossier) continue;
        if (province && offices.resolve(dossier.maDonVi)?.provinceCode !== province) continue;
        records.push({ id: dossier.id, maDonVi: dossier.maDonVi });
      }
      return { records };
    },

    danhMuc: async (message) => {
      const { body } = message;
      return { items: catalogueRows(reference.catalogs, String(body.loaiDanhMuc).trim()) };
    },

    layKetQua: async (message) => {
      const { body } = message;
      const kind = body.module ? kindOfModule(body.module) : undefined;
      const items = [];
      for (const maHoSo of new Set(body.maDinhDanhHoSo)) {
        const dossier = await dossiers.getByNumber(maHoSo);
        if (dossier && (!kind || dossier.kind === kind))
          items.push(pollItemView(dossier, offices, dossier.state === 'registered' ? await certificateOf(dossier) : undefined));
      }
      return { items };
    },
  });
}
