import { analyses } from './en/analyses';
import { app } from './en/app';
import { clvFormulas } from './en/clvFormulas';
import { notebook } from './en/notebook';
import { segments } from './en/segments';

/** English interface messages, one file per area. Keys are shared with zh-CN.ts; `{name}` marks a parameter. */
export const en = { ...app, ...analyses, ...clvFormulas, ...notebook, ...segments } as const;

export type MessageKey = keyof typeof en;
