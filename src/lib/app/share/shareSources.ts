import type { DataSource } from '../../notebook/types';
import type { ImportReport } from '../../../../workers/protocol';

/**
 * The notebook's data source as a share link carries it: the file name and the column roles the
 * sender confirmed (so the recipient's file maps the same way), the import options, and the
 * bundled sample that fits it. Never a row of data.
 */
export function shareSources(report: ImportReport | null, sample: string | null): DataSource[] {
  if (!report || report.outcome !== 'import') return [];
  const roles: Record<string, string> = {};
  for (const [header, role] of Object.entries(report.column_mapping)) if (role !== 'ignore') roles[header] = role;
  return [{
    name: 'transactions',
    fileName: report.file_name,
    roles,
    importOptions: report.delimiter ? { encoding: report.encoding, delimiter: report.delimiter } : {},
    ...(sample ? { sample: `samples/${sample === 'shop' ? 'shop.csv' : 'cdnow.txt'}` } : {}),
  }];
}
