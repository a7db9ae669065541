import { formatMonths, formatVnd } from './penalty-text';

describe('penalty wording', () => {
  it('writes terms and amounts the way judgments do', () => {
    expect(formatMonths(30)).toBe('02 năm 06 tháng');
    expect(formatMonths(9)).toBe('09 tháng');
    expect(formatMonths(36)).toBe('03 năm');
    expect(formatVnd(20_000_000)).toBe('20.000.000 đồng');
    expect(formatVnd(500_000)).toBe('500.000 đồng');
  });
});
