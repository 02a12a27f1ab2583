const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/; // TAB, LF and CR are text

/**
 * Why a record is rejected for a control character (NUL, ESC...: a binary or corrupt file), naming
 * the first one and its field, `control character U+0000 in field 3`; null when there is none.
 */
export function controlCharacterReason(fields: readonly string[]): string | null {
  const k = fields.findIndex((f) => CONTROL.test(f));
  if (k < 0) return null;
  const code = CONTROL.exec(fields[k])![0].charCodeAt(0);
  return `control character U+${code.toString(16).toUpperCase().padStart(4, '0')} in field ${k + 1}`;
}
