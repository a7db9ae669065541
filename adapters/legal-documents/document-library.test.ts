import { DocumentLibrary } from './document-library';
import { loadDocumentSeeds } from './document-seeds';

const library = new DocumentLibrary(loadDocumentSeeds());

describe('legal documents read as of a day', () => {
  it('exist from their issue date and are not in force before their effective date', () => {
    expect(library.find('900105', '2026-11-19')).toBeUndefined();
    expect(library.find('900105', '2026-11-20')?.status).toBe('CHUA_HL');
    expect(library.find('900105', '2027-01-01')?.status).toBe('CHL');
  });

  it('apply each change on its date, and show an end date once the document causing it is issued', () => {
    expect(library.find('900102', '2025-08-31')).toMatchObject({ status: 'CHL' });
    expect(library.find('900102', '2025-09-01')).toMatchObject({ status: 'NGUNG_HL' });
    expect(library.find('900102', '2026-11-19')?.effTo).toBeUndefined();
    expect(library.find('900102', '2026-11-20')).toMatchObject({ status: 'NGUNG_HL', effTo: '2027-01-01' });
    expect(library.find('900102', '2027-01-01')?.status).toBe('HHLTB');
  });

  it('keep the history with the status before each change', () => {
    expect(library.find('100201', '2026-01-01')?.history.map((e) => `${e.before}→${e.status}`)).toEqual(['CHUA_HL→CHL', 'CHL→HHTB', 'HHTB→HHLTB']);
    expect(library.find('100201', '2020-01-01')?.history).toHaveLength(1);
  });

  it('list relations only between documents issued by the day', () => {
    expect(library.relations('900102', 'incoming', '2026-01-01').map((r) => [r.type, r.other.id])).toEqual([[11, '900103']]);
    expect(library.relations('900102', 'incoming', '2026-12-01').map((r) => [r.type, r.other.id])).toEqual([
      [11, '900103'],
      [1, '900105'],
    ]);
  });
});
