import { describe, it, expect } from 'vitest';
import { applySharedRoles } from '../../../../src/lib/app/share/applySharedRoles';
import type { SniffResult } from '../../../../workers/ingest/types';

const sniff = (headers: string[], mapping: SniffResult['mapping']): SniffResult => ({
  format: 'text', encoding: 'utf-8', encodingConfidence: 'certain', delimiter: ',', hasHeader: true, headerLine: 1,
  headers, mapping, dateOrder: 'YMD', decimalComma: false, preview: [], questions: [], warnings: [],
});

describe('applySharedRoles', () => {
  it('applySharedRoles() maps the recipient columns by the sender headers, ignoring case and spaces', () => {
    const s = applySharedRoles(sniff(['Kunde', 'Datum', 'Betrag', 'Notiz'], { Kunde: 'attribute', Datum: 'order_date', Betrag: 'attribute', Notiz: 'attribute' }), {
      ' kunde ': 'customer_id',
      BETRAG: 'amount',
    });
    expect(s.mapping).toEqual({ Kunde: 'customer_id', Datum: 'order_date', Betrag: 'amount', Notiz: 'attribute' });
  });

  it('applySharedRoles() moves a role to the shared column and keeps unknown roles out', () => {
    const s = applySharedRoles(sniff(['id', 'client'], { id: 'customer_id', client: 'attribute' }), { client: 'customer_id', id: 'drop_table' });
    expect(s.mapping).toEqual({ id: 'attribute', client: 'customer_id' });
  });
});
