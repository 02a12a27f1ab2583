/**
 * The longest share link offered. Browsers take far longer URLs, but chat and mail clients
 * and some proxies cut links beyond a few thousand characters; a longer notebook travels as
 * a file instead.
 */
export const MAX_SHARE_LENGTH = 8000;

/** Whether a full share URL (origin, path and fragment) is short enough to offer as a link. */
export function shareLinkFits(url: string): boolean {
  return url.length <= MAX_SHARE_LENGTH;
}
