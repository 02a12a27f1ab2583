import { describe, expect, it } from 'vitest';
import { ANALYSIS_FIELDS, ANALYSIS_KINDS } from '../../../../src/lib/app/notebook/analysisFields';
import { en } from '../../../../src/lib/i18n/en';
import { zhCN } from '../../../../src/lib/i18n/zh-CN';

// The notebook components build these keys from data (option names, kinds, statuses).
const built = [
  ...ANALYSIS_KINDS.map((k) => `nb.an.kind.${k}`),
  ...Object.values(ANALYSIS_FIELDS).flatMap((fields) => fields.flatMap((f) => [`nb.opt.${f.key}`, ...(f.choices ?? []).map((c) => `nb.opt.${f.key}.${c}`)])),
  ...['bar', 'line', 'area', 'scatter', 'heatmap', 'pyramid', 'lorenz', 'table'].map((c) => `nb.chart.type.${c}`),
  ...['x', 'y', 'color', 'label'].map((c) => `nb.chart.${c}`),
  ...['markdown', 'sql', 'analysis', 'chart'].map((k) => `nb.kind.${k}`),
  ...['idle', 'queued', 'running', 'ok', 'error', 'blocked', 'cancelled'].map((s) => `nb.status.${s}`),
];

describe('notebook messages', () => {
  it('every message key the notebook builds exists in English and Chinese', () => {
    const missing = [...new Set(built)].filter((k) => !Object.hasOwn(en, k) || !Object.hasOwn(zhCN, k));
    expect(missing).toEqual([]);
  });

  it('the Chinese notebook messages are translated (no English words but technical names)', () => {
    const allowed = /^(SQL|Markdown|Ctrl|Enter|Tab|X|Y|CLV|RFM|BG|NBD|Gamma|x|t_x|T|segbook|json|md|transactions)$/;
    const english = Object.entries(zhCN)
      .filter(([k]) => k.startsWith('nb.'))
      .flatMap(([k, v]) => (v.replace(/\{\w+\}/g, '').match(/[A-Za-z][A-Za-z_]*/g) ?? []).filter((w) => !allowed.test(w)).map((w) => `${k}: ${w}`));
    expect(english).toEqual([]);
  });
});
