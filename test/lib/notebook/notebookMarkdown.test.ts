import { describe, expect, it } from 'vitest';
import { notebookFromMarkdown, notebookToMarkdown } from '../../../src/lib/notebook/notebookFile';
import { overviewNotebook } from '../../../src/lib/notebook/overviewNotebook';
import { sampleNotebook } from './sampleNotebook';

describe('notebook as Markdown', () => {
  it('notebookToMarkdown() output reads back as an equal notebook with notebookFromMarkdown()', () => {
    for (const nb of [sampleNotebook(), overviewNotebook('en'), overviewNotebook('zh-CN')]) {
      expect(notebookFromMarkdown(notebookToMarkdown(nb))).toEqual(nb);
    }
  });

  it('notebookToMarkdown() writes fenced cells that read well as Markdown', () => {
    const md = notebookToMarkdown(sampleNotebook());
    expect(md.startsWith('---\nsegbook-notebook: 1\ntitle: "Segments \\"Q4\\""\n')).toBe(true);
    expect(md).toContain('<!-- segbook:markdown id=intro -->\n# Title');
    expect(md).toContain('```sql id=orders name=orders {"chart":{"type":"bar","fields":{"x":"customer_id","y":"total"},"title":"Revenue \\u0060by\\u0060 customer"}}\nSELECT customer_id');
    expect(md).toContain('```segbook-analysis id=rfm name=rfm analysis=rfm\n{\n  "bins": 5,');
    // The SQL holds ``` so its fence is longer.
    expect(md).toContain("````sql id=answer name=answer");
  });

  it('notebookFromMarkdown() reads hand-written Markdown without front matter or markers', () => {
    const nb = notebookFromMarkdown(`# My analysis

Intro text.

\`\`\`sql name=big_orders id=q1
SELECT * FROM transactions WHERE amount > 100
\`\`\`

Between the cells.

\`\`\`sql
-- a plain code block stays in the markdown
\`\`\`
`);
    expect(nb.params).toEqual({ currency: 'USD', discountRate: 0.1, locale: 'en' });
    expect(nb.cells).toEqual([
      { id: 'md-1', kind: 'markdown', text: '# My analysis\n\nIntro text.' },
      { id: 'q1', kind: 'sql', name: 'big_orders', sql: 'SELECT * FROM transactions WHERE amount > 100' },
      { id: 'md-2', kind: 'markdown', text: 'Between the cells.\n\n```sql\n-- a plain code block stays in the markdown\n```' },
    ]);
  });

  it('notebookFromMarkdown() reports an unclosed cell and bad JSON by line', () => {
    expect(() => notebookFromMarkdown('text\n\n```sql id=a name=a\nSELECT 1\n')).toThrow('line 3: sql block is not closed');
    expect(() => notebookFromMarkdown('```segbook-analysis id=a name=a analysis=rfm\n{bins: 5}\n```\n')).toThrow(/^line 2: /);
  });
});
