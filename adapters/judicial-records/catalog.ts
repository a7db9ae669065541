import type { Catalogs } from '../../seeds/catalogs';
import type { TraDanhMucRequest, TraDanhMucResponse } from '../../src/generated/schema-types';
import { success } from './envelope';

type Row = TraDanhMucResponse['LISTCONTENT'][number];

/**
 * `traDanhMuc`: the LLTP v1 catalogues as `{ ID, NAME }` rows. Administrative units have no LLTP
 * surrogate IDs in any source, so they use their GSO code as a number, with their level and parent
 * to tell a province `01` from a district `001`.
 */
export function catalogRows(catalogs: Catalogs, infoType: TraDanhMucRequest['infoType']): Row[] {
  const source = catalogs.lltp.traDanhMucInfoTypes.find((t) => t.infoType === infoType)?.source;
  switch (source) {
    case 'administrativeUnits': {
      const { provinces, districts, communes } = catalogs.administrativeUnits;
      return [
        ...provinces.map((p) => ({ ID: Number(p.code), NAME: p.name, PARENT_ID: 0, LEVEL: 1 })),
        ...districts.map((d) => ({ ID: Number(d.code), NAME: d.name, PARENT_ID: Number(d.provinceCode), LEVEL: 2 })),
        ...communes.map((c) => ({ ID: Number(c.code), NAME: c.name, PARENT_ID: Number(c.districtCode), LEVEL: 3 })),
      ];
    }
    case 'nationalities':
      return catalogs.nationalities.map((n) => ({ ID: n.lltpId, NAME: n.name }));
    case 'ethnicities':
      return catalogs.ethnicities.map((e) => ({ ID: e.lltpId, NAME: e.name }));
    case 'requestingAgencies':
      return catalogs.lltp.requestingAgencies.map((a) => ({ ID: a.id, NAME: a.name }));
    case 'ministryJustice':
      return catalogs.lltp.ministryJustice.map((u) => ({ ID: u.id, NAME: u.name }));
    default:
      return [];
  }
}

export function catalogAnswer(catalogs: Catalogs, body: TraDanhMucRequest): TraDanhMucResponse {
  return success({ LISTCONTENT: catalogRows(catalogs, body.infoType) });
}

/** The Department of Justice (receiving unit) of a province, by the province's GSO code (v2's `maTinh`). */
export function provinceUnit(catalogs: Catalogs, provinceCode: string): Catalogs['lltp']['ministryJustice'][number] | undefined {
  return catalogs.lltp.ministryJustice.find((u) => u.provinceCode === provinceCode);
}

/** What is wrong with a `maTinh` that names no receiving unit. */
export function notAUnitProvince(catalogs: Catalogs, provinceCode: string): string {
  const known = catalogs.lltp.ministryJustice.map((u) => u.provinceCode).join(', ');
  return `"${provinceCode}" is not a province whose Department of Justice LLTP serves (${known})`;
}
