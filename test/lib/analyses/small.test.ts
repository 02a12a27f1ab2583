import { describe, it, expect } from 'vitest';
import { attitudeColumn } from '../../../src/lib/analyses/attitudeColumn';
import { customerCell, isNumericColumn } from '../../../src/lib/analyses/customerCell';
import { displayName } from '../../../src/lib/analyses/displayName';
import { formatDate } from '../../../src/lib/analyses/formatDate';
import { latest } from '../../../src/lib/analyses/latest';
import { runLoad } from '../../../src/lib/analyses/runLoad';
import type { Loaded } from '../../../src/lib/analyses/types';
import { formats } from '../../../src/lib/charts/format';
import { translator } from './translate';

describe('small helpers', () => {
  const en = translator('en');
  const zh = translator('zh-CN');

  it('attitudeColumn() finds a satisfaction or NPS attribute, never a role column', () => {
    expect(attitudeColumn(['line', 'customer_id', 'amount', 'note'])).toBeNull();
    expect(attitudeColumn(['customer_id', 'note', 'satisfaction_score'])).toBe('satisfaction_score');
    expect(attitudeColumn(['customer_id', 'NPS'])).toBe('NPS');
    expect(attitudeColumn(['customer_id', '满意度'])).toBe('满意度');
    expect(attitudeColumn(['customer_id', 'snps_flag', 'synopsis'])).toBeNull();
  });

  it('displayName() translates known segments, tiers and cells and keeps unknown values', () => {
    expect(displayName('seg', 'Champions', zh, 'rfm10')).toBe('冠军客户');
    expect(displayName('seg', '重要价值客户', en, 'cn8')).toBe('Important value');
    expect(displayName('seg', "can't lose", en, 'rf10')).toBe('Can’t lose');
    expect(displayName('seg', 'VIP', en, 'mine')).toBe('VIP');
    expect(displayName('tier', '重要客户', en)).toBe('Key customers');
    expect(displayName('cell', 'A', zh)).toBe('A 类：全力保持');
  });

  it('customerCell() formats by column and locale; ids stay exact text', () => {
    const f = formats('en', 'USD');
    expect(customerCell('customer_id', '=C1307', en, f)).toBe('=C1307');
    expect(customerCell('customer_id', '000123', en, f)).toBe('000123');
    expect(customerCell('monetary', -12.5, en, f)).toBe('-$12.50');
    expect(customerCell('recency_days', 1234, en, f)).toBe('1,234');
    expect(customerCell('p_alive', 0.925, en, f)).toBe('93%');
    expect(customerCell('segment_rfm10', 'At Risk', zh, formats('zh-CN', 'CNY'))).toBe('流失风险客户');
    expect(customerCell('tier', '小客户', en, f)).toBe('Small');
    expect(customerCell('last_date', '2024-12-31', zh, formats('zh-CN', 'CNY'))).toBe('2024年12月31日');
    expect(customerCell('clv', null, en, f)).toBe('–');
    expect(isNumericColumn('monetary')).toBe(true);
    expect(isNumericColumn('customer_id')).toBe(false);
  });

  it('formatDate() leaves text that is not an ISO date alone', () => {
    expect(formatDate('2024-07-05', 'en')).toBe('Jul 5, 2024');
    expect(formatDate('soon', 'en')).toBe('soon');
  });

  it('latest() and runLoad() draw only the answer to the last request', async () => {
    const next = latest();
    const seen: Loaded<number>[] = [];
    let release!: (v: number) => void;
    const slow = runLoad(next(), () => new Promise<number>((r) => (release = r)), (s) => seen.push(s), String);
    const fast = runLoad(next(), async () => 2, (s) => seen.push(s), String);
    await fast;
    release(1);
    await slow;
    expect(seen).toEqual([{ status: 'loading' }, { status: 'loading' }, { status: 'ready', data: 2 }]);
  });

  it('runLoad() turns a failure, even a synchronous one, into the error state', async () => {
    const seen: Loaded<number>[] = [];
    await runLoad<number>(() => true, () => { throw new Error('boom'); }, (s) => seen.push(s), (e) => String(e instanceof Error ? e.message : e));
    expect(seen.at(-1)).toEqual({ status: 'error', message: 'boom' });
  });
});
