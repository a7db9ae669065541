import type { EnterpriseDossier } from '../../src/seed/types';
import { asOf, DossierIndex } from './dossier-index';

const dossier = (journalNo: number, receivedAt: string, extra: Partial<EnterpriseDossier> = {}): EnterpriseDossier => ({
  journalNo,
  documentType: 'amendment',
  enterpriseCode: '0100109106',
  enterpriseInternalId: 1,
  name: 'CÔNG TY THỬ',
  siteId: 1,
  receiptDate: receivedAt.slice(0, 10),
  receivedAt,
  planDate: receivedAt.slice(0, 10),
  processStatus: 'received',
  submissionType: 'online',
  contactName: 'A',
  contactAddress: 'B',
  contactIdNo: '001085990001',
  contactPhone: '0900000000',
  contactEmail: 'a@example.com',
  ...extra,
});

const approved = (journalNo: number, receivedAt: string, processedAt: string): EnterpriseDossier =>
  dossier(journalNo, receivedAt, { processStatus: 'approved', processedAt, processedDate: processedAt.slice(0, 10) });

describe('DossierIndex, read as of the simulation clock', () => {
  const all = [
    approved(1, '2025-03-04T09:00:00+07:00', '2025-03-05T08:30:00+07:00'),
    approved(2, '2025-03-05T08:00:00+07:00', '2025-03-05T11:00:00+07:00'),
    dossier(3, '2025-03-05T10:00:00+07:00'),
    dossier(4, '2025-03-05T15:00:00+07:00', { processStatus: 'supplementRequested', supplementDate: '2025-03-06' }),
  ];
  const index = new DossierIndex(all);
  const at = (iso: string) => new Date(iso);
  const page = { offset: 0, limit: 10 };

  it('lists what was processed in a window, and nothing processed after now', () => {
    const from = at('2025-03-05T00:00:00+07:00');
    const to = at('2025-03-05T23:59:59+07:00');
    expect(index.processedBetween(from, to, at('2025-03-05T12:00:00+07:00'), page).items.map((d) => d.journalNo)).toEqual([1, 2]);
    expect(index.processedBetween(from, to, at('2025-03-05T09:00:00+07:00'), page).items.map((d) => d.journalNo)).toEqual([1]);
  });

  it('lists what was received in a range, not what arrives later, with the total beside the page', () => {
    const from = at('2025-03-04T00:00:00+07:00');
    const to = at('2025-03-05T23:59:59+07:00');
    const result = index.receivedBetween(from, to, at('2025-03-05T12:00:00+07:00'), { offset: 1, limit: 1 });
    expect(result).toEqual({ total: 3, items: [expect.objectContaining({ journalNo: 2 })] });
  });

  it('shows a decision taken after now as still processing', () => {
    const found = index.find(2, at('2025-03-05T09:00:00+07:00'));
    expect(found).toMatchObject({ journalNo: 2, processStatus: 'processing' });
    expect(found?.processedAt).toBeUndefined();
    expect(index.find(2, at('2025-03-05T11:00:00+07:00'))?.processStatus).toBe('approved');
  });

  it('does not know a dossier before it is received', () => {
    expect(index.find(3, at('2025-03-05T09:59:59+07:00'))).toBeUndefined();
    expect(index.find(3, at('2025-03-05T10:00:00+07:00'))?.journalNo).toBe(3);
    expect(index.find(99, at('2025-03-09T00:00:00+07:00'))).toBeUndefined();
  });

  it('holds back a supplement request dated tomorrow', () => {
    expect(asOf(all[3], at('2025-03-05T16:00:00+07:00'))).toMatchObject({ processStatus: 'processing' });
    expect(asOf(all[3], at('2025-03-06T08:00:00+07:00'))).toMatchObject({ processStatus: 'supplementRequested' });
  });
});
