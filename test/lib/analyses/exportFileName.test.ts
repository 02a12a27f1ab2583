import { describe, it, expect } from 'vitest';
import { exportFileName } from '../../../src/lib/analyses/exportFileName';

describe('exportFileName()', () => {
  it('names the selection, or "all" without one', () => {
    expect(exportFileName('customers', null)).toBe('segbook-customers-all.csv');
    expect(exportFileName('customers', { source: 'segment', keys: ['Champions'], column: 'segment_rfm10' })).toBe('segbook-customers-Champions.csv');
    expect(exportFileName('customers', { source: 'pyramid', keys: ['重要客户', '次要客户'] })).toBe('segbook-customers-重要客户+次要客户.csv');
  });

  it('replaces characters file systems refuse and never starts with a dot', () => {
    expect(exportFileName('customers', { source: 'rfm', keys: ['5,5'] })).toBe('segbook-customers-5,5.csv');
    expect(exportFileName('customers', { source: 'segment', keys: ["Can't Lose / Them?"] })).toBe("segbook-customers-Can't_Lose_Them_.csv");
    expect(exportFileName('customers', { source: 'segment', keys: ['../x'] })).toBe('segbook-customers-x.csv');
  });
});
