import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';

// Words that stay as they are in Chinese CRM teaching: model and file-format names, and the ids
// of the sample data (C000123, O000000123).
const ALLOWED = /^(RFM|RF|CLV|BG|NBD|Pareto|Gamma|Gini|Lorenz|SVG|PNG|CSV|Excel|Parquet|ABC|NPS|Segbook|DuckDB|WASM|TSV|TXT|UTF|GBK|GB18030|Big5|Shift|JIS|Windows|Esc|Ctrl|Cmd|Shift|Enter|Tab|SQL|JSON|Markdown|Dwyer|Fader|Hardie|Lee|MLE|USD|CNY|EUR|GBP|JPY|Zeithaml|Rust|Lemon|Platinum|Gold|Iron|Lead|Lift|lift|Recency|Frequency|Monetary|log|max|min|utf|gbk|big5|shift_jis|windows|English|C\d+|O\d+|\d+[A-Za-z]+|[A-Z]|[a-z])$/;

/** Visible text of the page's interface, one entry per text node, without data tables' cell values. */
async function visibleWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const words: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('[hidden], script, style, option:not(:checked), [data-value], .cm-editor, td, pre, code, details:not([open]) > :not(summary)')) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      for (const w of (n.textContent ?? '').match(/[A-Za-z][A-Za-z0-9_]*/g) ?? []) words.push(w);
    }
    return words;
  });
}

describe('the interface in Chinese', () => {
  let harness: Harness;
  let page: Page;
  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.newPage();
    await page.goto(harness.url);
    await page.getByTestId('locale-switch').selectOption('zh-CN');
    await page.reload();
    await page.getByTestId('sample-banner').waitFor({ timeout: 120_000 });
    await page.locator('[data-testid=chart-cohorts] svg').waitFor();
  });
  afterAll(async () => {
    await harness.close();
  });

  it('remembers the choice and loads the Chinese sample', async () => {
    expect(await page.getByTestId('locale-switch').inputValue()).toBe('zh-CN');
    expect(await page.getByTestId('sample-banner').textContent()).toContain('示例数据');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  });

  it('shows no English words in the interface besides model and format names', async () => {
    const english = [...new Set((await visibleWords(page)).filter((w) => !ALLOWED.test(w)))];
    expect(english).toEqual([]);
  });
});
