import { escapeHtml as esc } from './escapeHtml';
import type { ReportInput, ReportTable } from './ReportInput';

const CSS = `body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#1d2330;line-height:1.45}
h1{font-size:1.6rem;margin:0}h2{font-size:1.15rem;margin:2rem 0 .5rem;border-bottom:1px solid #d6dae1;padding-bottom:.25rem}
.sub{color:#5b6373;margin:.25rem 0 1rem}dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}dt{color:#5b6373}dd{margin:0;font-variant-numeric:tabular-nums}
table{border-collapse:collapse;margin:.5rem 0;font-variant-numeric:tabular-nums}th,td{padding:.2rem .6rem;border-bottom:1px solid #d6dae1;text-align:left}td.n,th.n{text-align:right}
figure{margin:1rem 0;page-break-inside:avoid}figure svg{max-width:100%;height:auto}.note{color:#5b6373;font-size:.9rem}footer{margin-top:2rem;color:#5b6373;font-size:.85rem}
@media print{body{margin:0}h2{page-break-after:avoid}}`;

/**
 * A self-contained HTML report: inline CSS and SVG, no script, and a Content-Security-Policy
 * that forbids every request, so it opens from disk with no network. All text is escaped here;
 * SVGs come from our own chart functions (which set data only as text) and commentary is
 * sanitised markdown.
 */
export function reportHtml(input: ReportInput): string {
  const facts = input.facts.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('');
  const charts = input.charts.map((c) => `<figure aria-label="${esc(c.title)}">${c.svg}</figure>`).join('\n');
  return `<!doctype html>
<html lang="${esc(input.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(input.title)}</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>${esc(input.title)}</h1><p class="sub">${esc(input.subtitle)}</p><dl>${facts}</dl></header>
${input.commentary.map((html) => `<section class="commentary">${html}</section>`).join('\n')}
${charts}
${input.tables.map(tableHtml).join('\n')}
<footer>${esc(input.footer)}</footer>
</body>
</html>
`;
}

function tableHtml(t: ReportTable): string {
  const cls = (i: number) => (t.numeric?.[i] ? ' class="n"' : '');
  const head = t.columns.map((c, i) => `<th${cls(i)}>${esc(c)}</th>`).join('');
  const body = t.rows.map((r) => `<tr>${r.map((v, i) => `<td${cls(i)}>${esc(v)}</td>`).join('')}</tr>`).join('');
  const note = t.note ? `<p class="note">${esc(t.note)}</p>` : '';
  return `<section><h2>${esc(t.title)}</h2>${note}<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></section>`;
}
