/** One line of text for any thrown value, short enough for a table cell and the JSON. */
export function errorMessage(e: unknown, max = 300): string {
  const text = e instanceof Error ? `${e.name !== 'Error' ? `${e.name}: ` : ''}${e.message}` : String(e);
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
