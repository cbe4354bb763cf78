import { META_SNIFF_BYTES } from '../thresholds.js';
import { asciiHead } from './ascii-sniff.js';
import { acceptDeclared } from './declared.js';
import type { EncodingRule } from './rule.js';

/** XHTML pages may declare the charset only in <?xml version="1.0" encoding="gb2312"?>. */
const XML_DECLARATION = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([a-z0-9_:.+-]+)["']/;

export const xmlDeclarationRule: EncodingRule = {
  name: 'xml-declaration',
  detect: (input, notes) => {
    if (input.format !== 'html') return null;
    const m = XML_DECLARATION.exec(asciiHead(input.bytes, META_SNIFF_BYTES));
    return m?.[1] === undefined ? null : acceptDeclared(m[1], 'xml', input.bytes, notes);
  },
};
