import type { MessageKey } from './en';
import { analyses } from './zh-CN/analyses';
import { app } from './zh-CN/app';
import { clvFormulas } from './zh-CN/clvFormulas';
import { notebook } from './zh-CN/notebook';
import { segments } from './zh-CN/segments';

/** 简体中文界面文字，按区域分文件。 */
export const zhCN: Record<MessageKey, string> = { ...app, ...analyses, ...clvFormulas, ...notebook, ...segments };
