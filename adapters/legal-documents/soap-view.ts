import type { VbplGetByIdResponse } from '../../src/generated/schema-types';
import { isoDayAsDateTime } from '../shared/iso-day-text';
import type { DocumentLibrary, DocumentOnDay } from './document-library';
import { LEGACY_CUTOFF, statusName } from './document-library';
import { EFF_STATUS } from './document-seeds';

/** ASMX writes a DateTime that has no value as its minimum (DOMAIN-MORE §2.2). */
const NO_DATE = '0001-01-01T00:00:00';
const soapDate = (iso: string | undefined): string => (iso ? isoDayAsDateTime(iso) : NO_DATE);

type VanBanItem = NonNullable<VbplGetByIdResponse['GetByIdResult']>;
/** The names of a `VanBanItem`'s relation lists (`VBPQVanBanBaiBo`, ...), from its schema. */
type RelationList = Extract<keyof VanBanItem, `VBPQVanBan${string}`>;
type RelatedItem = VanBanItem[RelationList][number];

/**
 * Which relation lists of a `VanBanItem` each relation type fills, seen from the document that
 * acts (outgoing) and from the one acted on (incoming). The names follow the `VBPQ…` fields clients
 * read (`C:X`); the split by type is the simulator's (`I`).
 */
const LISTS: Readonly<Record<number, readonly [RelationList, RelationList]>> = {
  1: ['VBPQVanBanBiBaiBo', 'VBPQVanBanBaiBo'],
  3: ['VBPQVanBanCanCu', 'VBPQVanBanDuocCanCu'],
  4: ['VBPQVanBanDanChieu', 'VBPQVanBanDuocDanChieu'],
  6: ['VBPQVanBanBiDinhChinh', 'VBPQVanBanDinhChinh'],
  8: ['VBPQVanBanDuocHuongDanApDung', 'VBPQVanBanHuongDanApDung'],
  9: ['VBPQVanBanDuocHuongDan', 'VBPQVanBanHuongDan'],
  10: ['VBPQVanBanBiSuaDoiBoSung', 'VBPQVanBanSuaDoiBoSung'],
  11: ['VBPQVanBanBiTamNgung', 'VBPQVanBanTamNgung'],
  12: ['VBPQVanBanBiThayThe', 'VBPQVanBanThayThe'],
  13: ['VBPQVanBanBiSuaDoiBoSung', 'VBPQVanBanSuaDoiBoSung'],
};

/** Every list a `VanBanItem` carries, so each is present (empty) even when nothing fills it. */
export const RELATION_LISTS: readonly RelationList[] = [...new Set(Object.values(LISTS).flat())].sort();

/** Whether the legacy service has the document at all: it took none after the new portal opened. */
export const inLegacy = (entry: DocumentOnDay): boolean => entry.doc.issueDate < LEGACY_CUTOFF;

/** The legacy `VanBanItem` of a document; `withBody` adds the HTML body (GetById). */
export function vanBanItem(entry: DocumentOnDay, library: DocumentLibrary, today: string, withBody: boolean): VanBanItem {
  const { doc } = entry;
  // Every name of the schema's relation lists is a value of LISTS, so each list is there.
  const lists = Object.fromEntries(RELATION_LISTS.map((name): [RelationList, RelatedItem[]] => [name, []])) as Record<RelationList, RelatedItem[]>;
  for (const direction of ['outgoing', 'incoming'] as const) {
    for (const r of library.relations(doc.id, direction, today)) {
      const name = LISTS[r.type]?.[direction === 'outgoing' ? 0 : 1];
      if (name) lists[name].push({ ItemID: Number(r.other.id), VBPQSokyhieu: r.other.docNum, Title: r.other.title });
    }
  }
  return {
    ID: Number(doc.id),
    ItemID: Number(doc.id),
    VBPQSokyhieu: doc.docNum,
    Title: `${doc.docType} ${doc.docNum} ${doc.title}`,
    Title1: doc.title,
    VBPQLoaiVanBan: doc.docType,
    VBPQLoaiVanBanID: doc.idLoaiVanBan,
    VBPQCoQuanBanHanh: doc.agency,
    VBPQNguoiKy: doc.signer.personName,
    VBPQChucDanh: doc.signer.jobTitleName,
    VBPQNgayBanHanh: soapDate(doc.issueDate),
    VBPQNgaycohieuluc: soapDate(doc.effFrom),
    VBPQNgayHetHieuLuc: soapDate(entry.effTo),
    VBPQNgayHetHieuLuc1phan: soapDate(entry.effToPartly),
    VBPQTinhTrangHieuLuc: statusName(entry.status),
    VBPQTinhTrangHieuLucCode: EFF_STATUS[entry.status].soap,
    VBPQTrichYeu: doc.docAbs,
    ...(withBody ? { VBPQToanVan: doc.content } : {}),
    ...lists,
  };
}

/** `GetLichSuVB`: each change of effectiveness that has happened, oldest first. */
export function lichSu(entry: DocumentOnDay, library: DocumentLibrary, today: string) {
  return entry.history.map((e, i) => ({
    ID: i + 1,
    ItemID: Number(entry.doc.id),
    NgayThayDoi: soapDate(e.date),
    TinhTrangCu: statusName(e.before),
    TinhTrangMoi: statusName(e.status),
    LyDo: e.reason,
    VanBanTacDong: e.by ? (library.find(e.by, today)?.doc.docNum ?? '') : '',
  }));
}
