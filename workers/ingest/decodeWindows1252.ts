// Bytes 0x80-0x9F as the WHATWG Encoding Standard maps them. Node's TextDecoder('windows-1252')
// returns C1 controls (U+0080...) here instead, so "€" would become an invisible character.
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
const TABLE = new Uint16Array(256);
for (let b = 0; b < 256; b++) TABLE[b] = b >= 0x80 && b < 0xa0 ? HIGH[b - 0x80] : b;

/** Decodes Windows-1252 bytes the way browsers do, the same in Node and in a worker. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const codes = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) codes[i] = TABLE[bytes[i]];
  let out = '';
  // Slices keep String.fromCharCode's argument list below engine limits.
  // SAFETY: apply() reads any array-like of numbers; a Uint16Array is one.
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode.apply(null, codes.subarray(i, i + 8192) as unknown as number[]);
  return out;
}
