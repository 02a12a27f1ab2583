/**
 * Text as SQL line comments: every line starts with `-- ` (an empty line is a bare `--`), so no
 * character of the text, not even `*\/` or a stray newline, can end the comment early.
 */
export function sqlComment(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => (line.trim() === '' ? '--' : `-- ${line.trimEnd()}`))
    .join('\n');
}
