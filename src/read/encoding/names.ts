import iconv from 'iconv-lite';

/**
 * Canonical names reported in DecodedDocument.encoding. GB2312 and GBK input is decoded as
 * gb18030: GB18030 is a byte-compatible superset of both (every GBK byte sequence means the same
 * character in GB18030), and sites that declare gb2312 routinely use GBK-only characters.
 * "big5" is decoded with iconv-lite's big5 codec, which is Big5-HKSCS (a superset of CP950 that
 * also knows 〇 and the HKSCS characters pages use).
 */
const ALIASES: Record<string, string> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'utf-16le': 'utf-16le',
  utf16le: 'utf-16le',
  'ucs-2': 'utf-16le',
  ucs2: 'utf-16le',
  // Without a byte order, "utf-16" means little-endian on every platform that writes it.
  'utf-16': 'utf-16le',
  utf16: 'utf-16le',
  'utf-16be': 'utf-16be',
  utf16be: 'utf-16be',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  'gb_2312-80': 'gb18030',
  csgb2312: 'gb18030',
  'euc-cn': 'gb18030',
  'x-gbk': 'gb18030',
  cp936: 'gb18030',
  'windows-936': 'gb18030',
  'iso-ir-58': 'gb18030',
  chinese: 'gb18030',
  big5: 'big5',
  'big-5': 'big5',
  'big5-hkscs': 'big5',
  big5hkscs: 'big5',
  'cn-big5': 'big5',
  csbig5: 'big5',
  'x-x-big5': 'big5',
  cp950: 'big5',
  'windows-950': 'big5',
};

/**
 * The canonical name for an encoding label, or undefined when neither the alias table nor
 * iconv-lite knows it. Labels iconv-lite knows but the table does not (shift_jis, windows-1252 …)
 * are kept, lower-cased: plankit decodes them but never guesses them.
 */
export function canonicalEncoding(label: string): string | undefined {
  const key = label.trim().toLowerCase();
  const known = ALIASES[key];
  if (known !== undefined) return known;
  return iconv.encodingExists(key) ? key : undefined;
}
