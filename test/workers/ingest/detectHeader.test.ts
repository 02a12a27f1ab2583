import { describe, expect, it } from 'vitest';
import { detectHeader } from '../../../workers/ingest/detectHeader';

describe('detectHeader', () => {
  it('detectHeader() says header when a cell names a known column', () => {
    expect(detectHeader([['客户编号', '金额'], ['C1', '12']])).toEqual({ hasHeader: true, confident: true });
    expect(detectHeader([[' Customer ID ', 'Amount (USD)']])).toEqual({ hasHeader: true, confident: true });
  });

  it('detectHeader() says header for unknown names above a column of numbers or dates', () => {
    expect(detectHeader([['foo', 'bar'], ['x', '2024-01-05'], ['y', '2024-01-06']])).toEqual({ hasHeader: true, confident: true });
  });

  it('detectHeader() says no header when line 1 has dates and numbers like the rows below', () => {
    const rows = [['C2701', 'N-1', '2024-02-01', '25.00'], ['C2702', 'N-2', '2024-02-02', '12.00']];
    expect(detectHeader(rows)).toEqual({ hasHeader: false, confident: true });
  });

  it('detectHeader() assumes a header, not confidently, when all columns are text', () => {
    expect(detectHeader([['a', 'b'], ['c', 'd']])).toEqual({ hasHeader: true, confident: false });
    expect(detectHeader([])).toEqual({ hasHeader: false, confident: false });
  });
});
