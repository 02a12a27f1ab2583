/**
 * overview_total's page function (page.evaluate): self-contained, no imports at run time. It
 * drops the bench's file on the real page, confirms the proposed mapping the moment the panel
 * shows, and times until every overview chart is drawn for the new data and painted: what a user
 * waits from the drop to the charts, minus their own reading of the mapping panel.
 */

interface DropWindow {
  segbook: { session: { report: { steps?: Record<string, number>; outcome: string; message?: string; rows_imported: number; rows_rejected: number; duplicates: number; fast_path_fallback?: string } | null } };
}

/** What the drop measured: the total, the page's marks (ms since the drop) and the report's figures. */
export interface DropResult {
  totalMs: number;
  /** segbook:* marks (session.svelte.ts markStep) and 'confirmed' (this function's click), ms after the drop. */
  marks: Record<string, number>;
  /** The import's own steps (ImportReport.steps), ms. */
  steps: Record<string, number>;
  fallback: string | null;
  outcome: string;
  message: string | null;
  rowsImported: number;
  rowsRejected: number;
  duplicates: number;
}

export async function dropToDrawn(timeoutMs: number): Promise<DropResult> {
  const file = (document.getElementById('bench-file') as HTMLInputElement).files?.[0];
  if (!file) throw new Error('no file in #bench-file');
  const section = document.querySelector('[data-all-loads]');
  if (!section) throw new Error('no overview on the page ([data-all-loads])');
  const loadsBefore = section.getAttribute('data-all-loads');
  const until = <T>(what: string, test: () => T | null) =>
    new Promise<T>((resolve, reject) => {
      const now = test();
      if (now) return resolve(now);
      const timer = setTimeout(() => (obs.disconnect(), reject(new Error(`timed out waiting for ${what}`))), timeoutMs);
      const obs = new MutationObserver(() => {
        const v = test();
        if (!v) return;
        obs.disconnect();
        clearTimeout(timer);
        resolve(v);
      });
      obs.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-all-loads', 'class', 'role'] });
    });
  const failed = () => document.querySelector('main [role="alert"].error');
  performance.clearMarks();
  const dt = new DataTransfer();
  dt.items.add(file);
  const t0 = performance.now();
  window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  const button = await until('the mapping panel', () => (document.querySelector('[data-testid="confirm-import"]') as HTMLButtonElement | null) ?? (failed() as HTMLButtonElement | null));
  if (!button.matches('[data-testid="confirm-import"]')) throw new Error(`the drop failed: ${button.textContent}`);
  const tConfirm = performance.now();
  button.click();
  // The overview redraws on the new data (data-all-loads counts the answers), or the import fails.
  const end = await until('the overview', () => (section.getAttribute('data-all-loads') !== loadsBefore ? 'drawn' : failed() ? 'failed' : null));
  if (end === 'failed') throw new Error(`the import failed: ${failed()?.textContent}`);
  const tDom = performance.now();
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  const tEnd = performance.now();
  const marks: Record<string, number> = { confirmed: tConfirm - t0, drawn: tDom - t0, painted: tEnd - t0 };
  for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('segbook:')) marks[m.name.slice(8)] = m.startTime - t0;
  const report = (window as unknown as DropWindow).segbook.session.report;
  if (!report) throw new Error('no import report on the page');
  return {
    totalMs: tEnd - t0, marks, steps: report.steps ?? {}, fallback: report.fast_path_fallback ?? null, outcome: report.outcome,
    message: report.message ?? null, rowsImported: report.rows_imported, rowsRejected: report.rows_rejected, duplicates: report.duplicates,
  };
}
