let table: Uint8Array | null = null;

/**
 * 1 for the UTF-16 code units that carry content — letters and numbers of any script (\p{L}\p{N}),
 * and both halves of a surrogate pair (supplementary CJK ideographs in practice) — 0 for
 * whitespace, punctuation and symbols. Built once (a few ms): a table lookup per character is far
 * cheaper than a Unicode regex, and dedup and reuse normalise every character of a corpus.
 */
export function contentCharTable(): Uint8Array {
  if (table !== null) return table;
  const t = new Uint8Array(0x10000);
  const re = /[\p{L}\p{N}]/u;
  for (let c = 0; c < 0x10000; c++) {
    t[c] = (c >= 0xd800 && c <= 0xdfff) || re.test(String.fromCharCode(c)) ? 1 : 0;
  }
  table = t;
  return t;
}
