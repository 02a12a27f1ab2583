/**
 * Days since 1970-01-01 of an Excel 1900-system serial (fraction = time of day, dropped), or
 * `null` for serial 60: Excel copied Lotus 1-2-3's belief that 1900 was a leap year, so serial 60
 * is the nonexistent 1900-02-29 and every serial from 61 on is one day ahead of a true count from
 * 1899-12-31. https://learn.microsoft.com/en-us/office/troubleshoot/excel/wrongly-assumes-1900-is-leap-year
 */
export function excelSerialToDays(serial: number): number | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null;
  const whole = Math.floor(serial);
  if (whole === 60) return null;
  // 1899-12-30 is day -25569; below 60 the count really starts at 1899-12-31.
  return whole > 60 ? whole - 25569 : whole - 25568;
}
