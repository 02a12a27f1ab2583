import writeXlsxFile from 'write-excel-file/universal';
import type { CustomerColumns } from './loadCustomers';

/**
 * A customer list as an Excel workbook. Every text cell is written as a typed string cell, which
 * Excel shows as text and never evaluates, so ids keep their leading zeros and a value such as
 * "=HYPERLINK(...)" stays inert; numbers stay numbers. write-excel-file (maintained, by the
 * author of the reader we use) builds the .xlsx in the page; nothing is uploaded.
 */
export async function customersXlsx(c: CustomerColumns): Promise<Blob> {
  const header = c.names.map((name) => ({ value: name, fontWeight: 'bold' as const }));
  const rows = Array.from({ length: c.rows }, (_, i) =>
    c.columns.map((col) => {
      const v = col[i];
      if (v === null || v === undefined) return null;
      return typeof v === 'number' ? { type: Number, value: v } : { type: String, value: String(v) };
    }),
  );
  return writeXlsxFile([header, ...rows], { sheet: 'customers' }).toBlob();
}
