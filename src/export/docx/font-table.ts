import { FALLBACK_FONTS, GBT_FONTS } from './gbt9704.js';

/**
 * word/fontTable.xml: every font the document asks for, with the font Word should substitute when
 * it is missing (w:altName) and the traits it matches a substitute by (GB2312 character set 86,
 * family). Without it a machine lacking 方正小标宋简体 would pick any font for the title.
 */
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

function fontXml(name: string, altName: string, family: string): string {
  return `<w:font w:name="${escapeXml(name)}"><w:altName w:val="${escapeXml(altName)}"/><w:charset w:val="86"/><w:family w:val="${family}"/><w:pitch w:val="variable"/></w:font>`;
}

export function fontTableXml(): string {
  const seen = new Set<string>();
  const fonts: string[] = [];
  const families: Record<string, string> = { title: 'roman', heading1: 'modern', heading2: 'script', body: 'modern', pageNumber: 'roman' };
  for (const [role, spec] of Object.entries(GBT_FONTS)) {
    if (seen.has(spec.name)) continue;
    seen.add(spec.name);
    fonts.push(fontXml(spec.name, spec.fallback, families[role] ?? 'auto'));
  }
  for (const f of FALLBACK_FONTS) {
    if (seen.has(f.name)) continue;
    seen.add(f.name);
    fonts.push(fontXml(f.name, f.altName, f.family));
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="${W}">${fonts.join('')}</w:fonts>`;
}
