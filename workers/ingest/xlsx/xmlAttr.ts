import { xmlUnescape } from './xmlUnescape';

/** One pattern per attribute name: a sheet asks for r, s and t of every cell. */
const compiled = new Map<string, RegExp>();

/** The value of attribute `name` in a start tag's attribute text, or undefined; prefixes (`r:id`) are part of the name. */
export function xmlAttr(attrs: string, name: string): string | undefined {
  let re = compiled.get(name);
  if (!re) compiled.set(name, (re = new RegExp(`(?:^|\\s)${name.replace(':', '\\:')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(attrs);
  return m ? xmlUnescape(m[1] ?? m[2] ?? '') : undefined;
}
