import type { Element } from 'domhandler';
import { childElements, firstChild, type XmlPart } from './xml.js';

/** A numPr: which list (w:numId) and which level (w:ilvl) a paragraph is numbered with. */
export interface NumberingRef {
  numId: string | undefined;
  ilvl: number | undefined;
}

export function numberingRefOf(pPr: Element | undefined, w: XmlPart['w']): NumberingRef | undefined {
  const numPr = firstChild(pPr, w('numPr'));
  if (numPr === undefined) return undefined;
  const numId = firstChild(numPr, w('numId'))?.attribs[w('val')];
  const ilvl = firstChild(numPr, w('ilvl'))?.attribs[w('val')];
  return { numId, ilvl: ilvl === undefined ? undefined : Number(ilvl) };
}

interface ParagraphStyle {
  basedOn: string | undefined;
  numbering: NumberingRef | undefined;
}

/**
 * Paragraph styles, for the numbering a style carries (Word's built-in headings are often numbered
 * this way: the paragraph names its style and no numPr of its own).
 */
export class Styles {
  private readonly byId = new Map<string, ParagraphStyle>();
  /** The style of paragraphs that name none. */
  readonly defaultId: string | undefined;

  constructor(part: XmlPart | undefined) {
    let defaultId: string | undefined;
    if (part?.root !== undefined) {
      const { w } = part;
      for (const s of childElements(part.root, w('style'))) {
        if (s.attribs[w('type')] !== 'paragraph') continue;
        const id = s.attribs[w('styleId')];
        if (id === undefined) continue;
        const d = s.attribs[w('default')];
        if (d === '1' || d === 'true' || d === 'on') defaultId = id;
        this.byId.set(id, {
          basedOn: firstChild(s, w('basedOn'))?.attribs[w('val')],
          numbering: numberingRefOf(firstChild(s, w('pPr')), w),
        });
      }
    }
    this.defaultId = defaultId;
  }

  /** The numbering a style gives, through its basedOn chain (a numId found first wins; an ilvl too). */
  numberingOf(styleId: string | undefined): NumberingRef | undefined {
    let numId: string | undefined;
    let ilvl: number | undefined;
    const seen = new Set<string>();
    for (let id = styleId; id !== undefined && !seen.has(id); id = this.byId.get(id)?.basedOn) {
      seen.add(id);
      const n = this.byId.get(id)?.numbering;
      numId ??= n?.numId;
      ilvl ??= n?.ilvl;
      if (numId !== undefined && ilvl !== undefined) break;
    }
    return numId === undefined ? undefined : { numId, ilvl };
  }
}
