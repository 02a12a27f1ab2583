import { describe, expect, it } from 'vitest';
import { notebookFileName, notebookFileText, readNotebookFile } from '../../../../src/lib/app/notebook/notebookFiles';
import { overviewNotebook } from '../../../../src/lib/notebook/overviewNotebook';

describe('notebook files', () => {
  it('readNotebookFile() reads back what notebookFileText() writes, as JSON and as Markdown', () => {
    const nb = overviewNotebook('zh-CN');
    const json = notebookFileText(nb, 'json');
    expect(json.type).toBe('application/json');
    expect(readNotebookFile('x.segbook.json', json.text)).toEqual(nb);
    const md = notebookFileText(nb, 'md');
    expect(md.type).toBe('text/markdown');
    expect(readNotebookFile('x.md', md.text)).toEqual(nb);
  });

  it('readNotebookFile() names the file in its errors', () => {
    expect(() => readNotebookFile('bad.segbook.json', '{')).toThrow(/^bad\.segbook\.json: not a notebook file/);
    expect(() => readNotebookFile('bad.json', '{"format":"segbook-notebook","version":1,"cells":[{"id":"a","kind":"foo"}]}')).toThrow(/^bad\.json: cells\[0\]\.kind/);
  });

  it('notebookFileName() makes a safe file name from the title', () => {
    expect(notebookFileName('Customer segmentation overview', 'json')).toBe('Customer segmentation overview.segbook.json');
    expect(notebookFileName('客户细分概览', 'md')).toBe('客户细分概览.md');
    expect(notebookFileName('a/b:c*?<>|"d', 'md')).toBe('a b c d.md');
    expect(notebookFileName('  ..  ', 'json')).toBe('notebook.segbook.json');
  });
});
