import type { EngineClient } from '../../db/client';
import type { ImportReport, OverviewData } from '../../../../workers/protocol';
import { renderPyramid } from '../../charts/renderPyramid';
import { renderRfmGrid } from '../../charts/renderRfmGrid';
import { renderCohortHeatmap } from '../../charts/renderCohortHeatmap';
import { renderLorenz } from '../../charts/renderLorenz';
import { displayName } from '../../analyses/displayName';
import { fmtNumber, i18n, t } from '../../i18n/i18n.svelte';
import type { ReportInput, ReportTable } from './ReportInput';
import { reportHtml } from './reportHtml';
import { suppressSmall } from './suppressSmall';

/** What the user is told the report holds before saving it. */
export interface ReportContents {
  charts: string[];
  tables: string[];
  suppressed: number;
  k: number;
}

/**
 * Build the report file from the engine's aggregates: overview charts drawn fresh as SVG,
 * tier and segment tables, and the commentary given. Never per-customer rows; any group with
 * fewer than `k` customers is shown as "< k" and dropped from the charts.
 */
export async function buildReport(
  engine: EngineClient,
  source: ImportReport,
  opts: { k?: number; commentary?: string[] } = {},
): Promise<{ html: string; contents: ReportContents }> {
  const k = opts.k ?? 5;
  const locale = i18n.locale;
  const all: OverviewData = await engine.overview(null);
  const res = await engine.analyze({ analyses: ['rfm'] });
  const rfm = res.rfm as { ref_date: string | null; segments: Record<string, Record<string, number>> } | { error: string };
  let suppressed = 0;
  const count = (n: number) => {
    if (n > 0 && n < k) suppressed++;
    return suppressSmall(n, k, (v) => fmtNumber(v));
  };
  const pct = (v: number) => `${fmtNumber(100 * v, 1)}%`;
  const charts = [
    { title: t('rep.chart.pyramid'), svg: svgText(renderPyramid(all.tiers, { width: 620, height: 360, locale })) },
    { title: t('rep.chart.rfm'), svg: svgText(renderRfmGrid(all.grid.filter((c) => c.customers >= k), { width: 560, height: 460, locale, outlines: true })) },
    { title: t('rep.chart.cohorts'), svg: svgText(renderCohortHeatmap(bigCohorts(all.retention, k), { width: 1000, height: 600, locale })) },
    { title: t('rep.chart.lorenz'), svg: svgText(renderLorenz(all.lorenz, { width: 560, height: 420, locale, gini: all.gini })) },
  ];
  const tables: ReportTable[] = [
    {
      title: t('rep.table.tiers'),
      columns: [t('rep.col.tier'), t('rep.col.customers'), t('rep.col.customerShare'), t('rep.col.revenueShare')],
      numeric: [false, true, true, true],
      rows: all.tiers.map((r) => [displayName('tier', r.name, t), count(r.customers), pct(r.customer_share), pct(r.revenue_share)]),
    },
  ];
  if (!('error' in rfm)) {
    for (const map of ['rfm10', 'cn8']) {
      const sizes = rfm.segments[map] ?? {};
      const total = Object.values(sizes).reduce((a, b) => a + b, 0);
      tables.push({
        title: t(map === 'rfm10' ? 'rep.table.rfm10' : 'rep.table.cn8'),
        columns: [t('rep.col.segment'), t('rep.col.customers'), t('rep.col.customerShare')],
        numeric: [false, true, true],
        rows: Object.entries(sizes).map(([seg, n]) => [displayName('seg', seg, t, map), count(n), n > 0 && n < k ? '–' : pct(total ? n / total : 0)]),
      });
    }
  }
  const input: ReportInput = {
    lang: locale,
    title: t('rep.title'),
    subtitle: t('rep.subtitle', { file: source.file_name, date: new Date().toISOString().slice(0, 10) }),
    facts: [
      [t('report.customers'), fmtNumber(source.customers)],
      [t('report.orders'), fmtNumber(source.orders)],
      [t('report.total'), fmtNumber(source.total_amount, 2)],
      [t('report.dates'), `${source.first_date ?? ''} – ${source.last_date ?? ''}`],
      [t('rep.refDate'), all.ref_date ?? ''],
      [t('rep.top20'), pct(all.top20_revenue_share)],
    ],
    charts,
    tables,
    commentary: opts.commentary ?? [],
    footer: t('rep.footer', { k }),
  };
  return { html: reportHtml(input), contents: { charts: charts.map((c) => c.title), tables: tables.map((x) => x.title), suppressed, k } };
}

function svgText(svg: SVGSVGElement): string {
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return new XMLSerializer().serializeToString(svg);
}

function bigCohorts<T extends { cohort: string; period: number; customers: number }>(rows: T[], k: number): T[] {
  const keep = new Set(rows.filter((r) => r.period === 0 && r.customers >= k).map((r) => r.cohort));
  return rows.filter((r) => keep.has(r.cohort));
}
