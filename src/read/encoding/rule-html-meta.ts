import { META_SNIFF_BYTES } from '../thresholds.js';
import { asciiHead } from './ascii-sniff.js';
import { acceptDeclared } from './declared.js';
import type { EncodingRule } from './rule.js';

/**
 * <meta charset="gbk"> and <meta http-equiv="Content-Type" content="text/html; charset=gb2312">,
 * found in the raw bytes before decoding, as browsers do (prescan of the first KBs).
 * One pattern covers both: "charset=" inside a <meta …> tag.
 */
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([a-z0-9_:.+-]+)/;

export const htmlMetaRule: EncodingRule = {
  name: 'html-meta',
  detect: (input, notes) => {
    if (input.format !== 'html') return null;
    const m = META_CHARSET.exec(asciiHead(input.bytes, META_SNIFF_BYTES));
    return m?.[1] === undefined ? null : acceptDeclared(m[1], 'meta', input.bytes, notes);
  },
};
