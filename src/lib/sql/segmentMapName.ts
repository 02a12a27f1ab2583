/** A map's name, checked: it becomes part of a column name (`segment_<name>`), so only a-z, 0-9, _. */
export function segmentMapName(name: string): string {
  if (!/^[a-z][a-z0-9_]*$/.test(name)) {
    throw new Error(`invalid segment map name: ${JSON.stringify(name)} (expected lower-case letters, digits, _)`);
  }
  return name;
}
