import { FieldPath } from './FieldPath';

/** One lesson of public/lessons/index.json. */
export interface LessonEntry {
  /** Stable id, also the stem of the lesson's files: `pyramid` -> pyramid.en.json, pyramid.zh-CN.json. */
  id: string;
  title: { en: string; 'zh-CN': string };
  summary: { en: string; 'zh-CN': string };
  /** Notebook file per locale, relative to the index. */
  files: { en: string; 'zh-CN': string };
}

const FILE = /^[a-z0-9-]+\.(en|zh-CN)\.json$/;

/** Read public/lessons/index.json: `{ "lessons": [...] }` in teaching order, validated. */
export function parseLessonIndex(text: string): LessonEntry[] {
  const root = new FieldPath(JSON.parse(text));
  const both = (f: FieldPath, pattern?: RegExp): { en: string; 'zh-CN': string } => ({
    en: f.at('en').string(pattern),
    'zh-CN': f.at('zh-CN').string(pattern),
  });
  return root.at('lessons').list(100).map((l) => ({
    id: l.at('id').string(/^[a-z0-9-]+$/, 'a lesson id such as pyramid'),
    title: both(l.at('title')),
    summary: both(l.at('summary')),
    files: both(l.at('files'), FILE),
  }));
}
