import { downloadBlob } from './downloadBlob';

/** Save text as a UTF-8 file through a blob: URL (no request leaves the page). */
export function downloadText(name: string, text: string, type: string): void {
  downloadBlob(name, new Blob([text], { type: `${type};charset=utf-8` }));
}
