import type { Role, SniffResult } from '../../../../workers/ingest/types';

const ROLES = new Set<string>(['customer_id', 'order_id', 'order_date', 'amount', 'quantity', 'unit_price', 'product', 'category', 'region', 'channel', 'cost', 'margin', 'attribute', 'ignore']);

/**
 * Propose the roles a shared notebook's sender confirmed for the columns the recipient's file
 * has under the same header (case and surrounding spaces ignored); other columns keep the
 * sniffer's proposal. A role can only be held by one column, so a shared role moves there.
 */
export function applySharedRoles(sniff: SniffResult, roles: Record<string, string>): SniffResult {
  const byHeader = new Map(Object.entries(roles).map(([h, r]) => [h.trim().toLowerCase(), r]));
  const mapping: Record<string, Role> = { ...sniff.mapping };
  for (const header of sniff.headers) {
    const role = byHeader.get(header.trim().toLowerCase());
    if (!role || !ROLES.has(role)) continue;
    // SAFETY: checked against the role names just above.
    const r = role as Role;
    if (r !== 'attribute' && r !== 'ignore') {
      for (const other of sniff.headers) if (other !== header && mapping[other] === r) mapping[other] = 'attribute';
    }
    mapping[header] = r;
  }
  return { ...sniff, mapping };
}
