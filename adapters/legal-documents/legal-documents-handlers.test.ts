import { BusinessRuleError } from '../../src/core/errors';
import type { VbplDocDiagramResponse, VbplGetLichSuVBResponse } from '../../src/generated/schema-types';
import { unitBackend, type UnitBackend } from '../../test/support/unit-context';
import { createLegalDocumentsAdapter } from '.';

/** 1 December 2026, 10:00 in Vietnam, the day the end-to-end tests read the library on. */
const DAY = Date.parse('2026-12-01T03:00:00Z');

describe('vbpl handlers (in-memory context)', () => {
  let vbpl: UnitBackend;
  beforeEach(() => {
    vbpl = unitBackend(createLegalDocumentsAdapter, { at: DAY });
  });

  const doc = async (id: string) => (await vbpl.call('vbpl.doc', { id })).data;
  const moveTo = (iso: string) => vbpl.clock.advance(Date.parse(iso) - vbpl.clock.now().getTime());

  it('answers a document with its status, signer and relations', async () => {
    const answer = await vbpl.call('vbpl.doc', { id: '900001' });
    expect(vbpl.undocumented('vbpl.doc', answer)).toEqual([]);
    expect(answer).toMatchObject({
      success: true,
      data: {
        id: '900001',
        docNum: '15/2026/QĐ-UBND',
        issueDate: '2026-03-02T00:00:00',
        effFrom: '2026-03-15T00:00:00',
        effTo: null,
        effStatus: { code: 'CHL', name: 'Còn hiệu lực' },
        documentIssues: [expect.objectContaining({ personName: 'Võ Văn Mẫu', orderIndex: 1 })],
      },
    });
    expect((await doc('900001')).references?.map((r) => [r.referenceType, r.targetDocument.id])).toEqual([
      [12, '900101'],
      [3, '100102'],
    ]);
    // A replaced document, by the gateway's prefixed id.
    expect(await doc('vbpqta_100101')).toMatchObject({ docNum: '80/2015/QH13', effStatus: { code: 'HHLTB' } });
  });

  it('reads effectiveness on the simulation day: not yet in force, in force, and unknown before it was issued', async () => {
    expect((await doc('900105')).effStatus).toEqual({ code: 'CHUA_HL', name: 'Chưa có hiệu lực' });
    moveTo('2027-01-01T01:00:00Z');
    expect((await doc('900105')).effStatus.code).toBe('CHL');
    expect((await doc('900102')).effStatus.code).toBe('HHLTB');
    moveTo('2026-11-01T01:00:00Z');
    await expect(vbpl.call('vbpl.doc', { id: '900105' })).rejects.toEqual(
      expect.objectContaining({ constructor: BusinessRuleError, code: 'NOT_FOUND', status: 404, message: 'Không tìm thấy văn bản có id 900105' }),
    );
  });

  it('pages and sorts the list, with the total of all matches', async () => {
    const first = await vbpl.call('vbpl.docAll', { pageNumber: 1, pageSize: 5 });
    expect(vbpl.undocumented('vbpl.docAll', first)).toEqual([]);
    expect(first.data.total).toBe(16);
    expect(first.data.items.map((d) => d.id)).toEqual(['900105', '100304', '900106', '900001', '100303']);
    const found = await vbpl.call('vbpl.docAll', { keyword: 'BẢO HIỂM Y TẾ', issueDateFrom: '2024-01-01', issueDateTo: '2026-12-31' });
    expect(found.data.items.map((d) => d.id)).toEqual(['100304', '100303', '100302']);
  });

  it('groups related documents by relation type', async () => {
    const diagram = (await vbpl.send('vbpl.docDiagram', { id: '100102' })) as VbplDocDiagramResponse;
    expect(vbpl.undocumented('vbpl.docDiagram', diagram)).toEqual([]);
    expect(Object.keys(diagram.data.documentNamesByType)).toEqual(['3', '12']);
  });

  it('the legacy SOAP operations answer the VanBanItem, its history and lists, and nil for what they do not have', async () => {
    const item = await vbpl.call('vbpl.GetById', { ItemID: 100102, TypeVB: 1 });
    expect(vbpl.undocumented('vbpl.GetById', item)).toEqual([]);
    expect(item.GetByIdResult).toMatchObject({ ItemID: 100102 });
    expect(await vbpl.call('vbpl.GetById', { ItemID: 999999, TypeVB: 1 })).toEqual({ GetByIdResult: null });
    const history = (await vbpl.send('vbpl.GetLichSuVB', { ItemID: 100201, TypeVB: 1 })) as VbplGetLichSuVBResponse;
    expect(vbpl.undocumented('vbpl.GetLichSuVB', history)).toEqual([]);
    expect(history.GetLichSuVBResult?.LtsLichSu.length).toBeGreaterThan(0);
    const bySkh = await vbpl.call('vbpl.GetListVanBanByListSKH', { ListSKH: ['64/2025/QH15', '15/2026/qđ-ubnd ', 'không có'] });
    expect(vbpl.undocumented('vbpl.GetListVanBanByListSKH', bySkh)).toEqual([]);
    expect(bySkh.GetListVanBanByListSKHResult.TotalRecord).toBe(2);
    expect(bySkh.GetListVanBanByListSKHResult.LtsVanBan.map((v) => v.ItemID)).toEqual([100102, 900001]);
    expect((await vbpl.call('vbpl.GetListVanBanByListID', { ListID: [100101, 100102, 999999] })).GetListVanBanByListIDResult.TotalRecord).toBe(2);
  });
});
