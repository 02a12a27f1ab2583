/** A seeded generator (mulberry32): the same seed gives the same cases on every machine. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEADERS = [
  ['order_id', 'customer_id', 'order_date', 'amount', 'product', 'note'],
  ['Customer ID', 'Date', 'Amount (EUR)', 'Produkt', 'Région'],
  ['客户编号', '订单编号', '下单日期', '金额', '商品'],
];
const TEXT = ['Mug', 'Café crème', 'Frying Pan, 28cm', '12" Pizza Stone', 'Line one\nLine two', 'Delivery:\r\n back gate', '咖啡豆1kg', ' padded ', '', 'Müsli'];

/**
 * A valid CSV (bytes) with quoting, multi-line cells and one of a few encodings and dialects;
 * `size` data rows (default 5..44; a few thousand make a file longer than the sniffed head).
 */
export function validCsv(r: () => number, size?: number): Uint8Array {
  const pick = <T,>(a: readonly T[]): T => a[Math.floor(r() * a.length)];
  const header = pick(HEADERS);
  const delimiter = pick([',', ',', ';', '\t', '|']);
  const eol = pick(['\n', '\r\n', '\r']);
  const rows: string[][] = [header];
  const n = size ?? 5 + Math.floor(r() * 40);
  for (let i = 0; i < n; i++) {
    const date = `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const amount = delimiter === ';' ? `${i + 1},${i % 100}` : `${i + 1}.${i % 100}`;
    const id = `C${i % 9}`;
    const row = header.length === 6 ? [`O${i}`, id, date, amount, pick(TEXT), pick(TEXT)]
      : header.length === 5 && header[0] === 'Customer ID' ? [id, date, amount, pick(TEXT), pick(TEXT)]
        : [id, `O${i}`, date, amount, pick(TEXT)];
    rows.push(row);
  }
  const cell = (v: string) => (/[",;\t|\r\n]/.test(v) || r() < 0.1 ? `"${v.replaceAll('"', '""')}"` : v);
  const text = rows.map((row) => row.map(cell).join(delimiter)).join(eol) + (r() < 0.8 ? eol : '');
  const encoding = pick(['utf-8', 'utf-8', 'utf-8-bom', 'windows-1252', 'utf-16le']);
  if (encoding === 'utf-16le') return utf16le('\uFEFF' + text);
  if (encoding === 'windows-1252') return latin1(text.replace(/[^\u0000-\u00ff]/g, '?'));
  const bytes = new TextEncoder().encode(text);
  return encoding === 'utf-8-bom' ? concat(new Uint8Array([0xef, 0xbb, 0xbf]), bytes) : bytes;
}

/** One to four random damages: cuts, duplicated or re-encoded bytes, stray quotes, delimiters, breaks. */
export function mutate(bytes: Uint8Array, r: () => number): Uint8Array {
  let b = bytes;
  const at = () => Math.floor(r() * (b.length + 1));
  const span = () => { const a = at(); return [a, Math.min(b.length, a + 1 + Math.floor(r() * 64))] as const; };
  const insert = (x: Uint8Array) => { const a = at(); b = concat(b.subarray(0, a), x, b.subarray(a)); };
  const damages: (() => void)[] = [
    () => { b = b.subarray(0, at()); },                                         // cut short
    () => { const [a, z] = span(); b = concat(b.subarray(0, a), b.subarray(z)); }, // bytes lost
    () => { const [a, z] = span(); insert(b.slice(a, z)); },                     // bytes duplicated
    () => insert(ascii(pick(r, ['"', '""', '"', "'", '"\n', '\n"']))),           // stray quotes
    () => insert(ascii(pick(r, [',', ';', '\t', '|', ',,', ' ']))),             // stray delimiters
    () => insert(ascii(pick(r, ['\n', '\r', '\r\n', '\n\n', ' \n']))),          // stray breaks
    () => { for (let k = 0; k < 1 + r() * 4; k++) { const a = Math.floor(r() * b.length); if (a < b.length) { b = b.slice(); b[a] = Math.floor(r() * 256); } } },
    () => { const [a, z] = span(); b = concat(b.subarray(0, a), latin1(new TextDecoder().decode(b.subarray(a, z)).replace(/[^\u0000-\u00ff]/g, '?')), b.subarray(z)); }, // re-encoded as Latin-1
    () => { const [a, z] = span(); b = concat(b.subarray(0, a), new TextEncoder().encode(String.fromCharCode(...b.subarray(a, z))), b.subarray(z)); }, // Latin-1 bytes re-encoded as UTF-8
    () => { const [a, z] = span(); b = concat(b.subarray(0, a), utf16le(new TextDecoder().decode(b.subarray(a, z))), b.subarray(z)); },  // a UTF-16 fragment
    () => insert(pick(r, [new Uint8Array([0xef, 0xbb, 0xbf]), new Uint8Array([0xff, 0xfe]), new Uint8Array([0]), new Uint8Array([0xc3]), new Uint8Array([0xe5, 0x92])])),
    () => insert(ascii(pick(r, ['x', '"', ',', ' ', '\n']).repeat(1 + Math.floor(r() * 3000)))), // a long run
    () => insert(ascii(pick(r, ['Total,,,99\n', 'sep=;\n', 'customer_id,order_id\n', ',,,,,\n', 'order_id,customer_id,order_date,amount,product,note\n']))),
  ];
  const count = 1 + Math.floor(r() * 4);
  for (let k = 0; k < count; k++) pick(r, damages)();
  return b;
}

function pick<T>(r: () => number, a: readonly T[]): T {
  return a[Math.floor(r() * a.length)];
}

function ascii(s: string): Uint8Array {
  return latin1(s);
}

function latin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) { out[2 * i] = s.charCodeAt(i) & 0xff; out[2 * i + 1] = s.charCodeAt(i) >> 8; }
  return out;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.length; }
  return out;
}
