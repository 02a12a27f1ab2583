import { t } from '../i18n/i18n.svelte';
import type { EngineNotice } from './session.svelte';

const DATA = { device: 'engine.dataDevice', file: 'engine.dataFile', none: 'engine.dataNone', kept: 'engine.dataKept', gaveUp: 'engine.dataGaveUp' } as const;

/** What the page says after the engine was replaced: why, and where the data came back from. */
export function engineNoticeText(notice: EngineNotice): string {
  return t(`engine.${notice.reason}`, { data: t(DATA[notice.data], { file: notice.file ?? '' }) });
}
