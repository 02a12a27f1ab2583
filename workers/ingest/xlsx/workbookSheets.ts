import { xmlAttr } from './xmlAttr';

/** A workbook's sheets in order, each with the zip path of its XML, and its date system. */
export interface WorkbookSheets {
  sheets: { name: string; path: string }[];
  /** Dates count from 1904-01-01 (old Mac Excel) rather than from 1900. */
  epoch1904: boolean;
}

/** Resolve a relationship target against xl/ (targets are relative to the workbook part, or absolute from the package root). */
function partPath(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ['xl'];
  for (const p of target.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.' && p !== '') parts.push(p);
  }
  return parts.join('/');
}

/** Read xl/workbook.xml and its relationships (xl/_rels/workbook.xml.rels). */
export function workbookSheets(workbookXml: string, relsXml: string): WorkbookSheets {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
    const id = xmlAttr(m[1]!, 'Id');
    const target = xmlAttr(m[1]!, 'Target');
    if (id !== undefined && target !== undefined) targets.set(id, partPath(target));
  }
  const sheets: WorkbookSheets['sheets'] = [];
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)) {
    const name = xmlAttr(m[1]!, 'name');
    // The relationship id's prefix is whatever the file bound the namespace to (r:id, usually).
    const rid = /\s[\w]+:id\s*=\s*"([^"]*)"/.exec(m[1]!)?.[1];
    const path = rid === undefined ? undefined : targets.get(rid);
    if (name !== undefined && path !== undefined) sheets.push({ name, path });
  }
  const pr = /<(?:\w+:)?workbookPr\b([^>]*?)\/?>/.exec(workbookXml);
  const d1904 = pr ? xmlAttr(pr[1]!, 'date1904') : undefined;
  return { sheets, epoch1904: d1904 === '1' || d1904 === 'true' };
}
