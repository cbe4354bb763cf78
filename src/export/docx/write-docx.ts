/**
 * Laid-out paragraphs → a .docx in GB/T 9704-2012 layout, with the `docx` package (a maintained,
 * typed OOXML writer that runs in Node and in the browser, so the fill-in page writes the same
 * file). Blanks of a template become plain-text content controls (w:sdt: tag = field key, alias =
 * label, the label as placeholder text, underlined); each optional block starts with a check-box
 * content control (tag `optional:<id>`) and is shaded.
 *
 * Free of Node APIs.
 */
import {
  AlignmentType,
  BuilderElement,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  TextRun,
  type IRunOptions,
  type ParagraphChild,
  type XmlComponent,
} from 'docx';
import { isBlockMark, type FontRole, type LaidParagraph, type LaidRun } from '../layout/paragraphs.js';
import { fontTableXml } from './font-table.js';
import { GBT_FONTS, GBT_PAGE, GBT_TEXT, mmToTwips, ptToHalfPoints, ptToTwips, type FontSpec } from './gbt9704.js';

/** The custom document property that marks a Word file as a plankit template, and names its family. */
export const TEMPLATE_PROPERTY = 'plankit-template';
/** Tag prefix of the check box that keeps or leaves out an optional block. */
export const OPTIONAL_TAG_PREFIX = 'optional:';
/**
 * Prefix of the bookmark around each blank's content control, named by the blank's slot id. Word
 * keeps the control's tag; LibreOffice 7.4 drops tags when it saves but keeps bookmarks, so
 * values-from can still find what was typed in a file saved there.
 */
export const BLANK_BOOKMARK_PREFIX = 'plankit_';
/** Prefix of the bookmark around an optional block's check box, named by the block id (same reason). */
export const BLOCK_BOOKMARK_PREFIX = 'plankit_block_';

export interface DocxOptions {
  /** Document title (core properties). */
  title?: string;
  /** Set for a template: its family, written as the `plankit-template` property. */
  templateFamily?: string;
  /** The note after an optional block's check box. */
  optionalNote?: string;
}

function fontOf(spec: FontSpec): IRunOptions['font'] {
  return { ascii: spec.name, hAnsi: spec.name, eastAsia: spec.name, cs: spec.name };
}

function runOptions(role: FontRole, extra: { underline?: boolean; shaded?: boolean } = {}): IRunOptions {
  const spec = GBT_FONTS[role];
  const o: { -readonly [K in keyof IRunOptions]: IRunOptions[K] } = { font: fontOf(spec), size: ptToHalfPoints(spec.sizePt) };
  if (extra.underline === true) o.underline = { type: 'single' };
  if (extra.shaded === true) o.shading = { type: ShadingType.CLEAR, fill: GBT_TEXT.optionalShade, color: 'auto' };
  return o;
}

function el(name: string, attributes?: Record<string, string>, children: XmlComponent[] = []): XmlComponent {
  const attrs = attributes === undefined ? undefined : Object.fromEntries(Object.entries(attributes).map(([k, v]) => [k, { key: k, value: v }]));
  return new BuilderElement({ name, ...(attrs === undefined ? {} : { attributes: attrs }), children });
}

/** Content-control ids: unique within one document, counted from 1. */
class Ids {
  private n = 0;
  private bookmarks = 0;
  nextBookmark(): string {
    this.bookmarks += 1;
    return String(this.bookmarks);
  }
  next(): string {
    this.n += 1;
    return String(this.n);
  }
}

/**
 * An inline content control showing `shown` as its placeholder. Rich text, not plain text
 * (w:text): LibreOffice 7.4 draws a plain-text control without its run's underline.
 */
function fieldControl(key: string, label: string, shown: string, role: FontRole, shaded: boolean, ids: Ids): XmlComponent {
  const run = new TextRun({ text: shown, ...runOptions(role, { underline: true, shaded }) });
  return el('w:sdt', undefined, [
    el('w:sdtPr', undefined, [
      el('w:alias', { 'w:val': label }),
      el('w:tag', { 'w:val': key }),
      el('w:id', { 'w:val': ids.next() }),
      el('w:showingPlcHdr'),
    ]),
    el('w:sdtContent', undefined, [run]),
  ]);
}

/** A check box (checked: the block is kept) at the start of an optional block. */
function blockControl(id: string, label: string, ids: Ids): XmlComponent {
  const box = new TextRun({ text: '☒', font: { ascii: 'MS Gothic', hAnsi: 'MS Gothic', eastAsia: 'MS Gothic' }, size: ptToHalfPoints(GBT_FONTS.body.sizePt) });
  return el('w:sdt', undefined, [
    el('w:sdtPr', undefined, [
      el('w:alias', { 'w:val': label }),
      el('w:tag', { 'w:val': `${OPTIONAL_TAG_PREFIX}${id}` }),
      el('w:id', { 'w:val': ids.next() }),
      el('w14:checkbox', undefined, [
        el('w14:checked', { 'w14:val': '1' }),
        el('w14:checkedState', { 'w14:val': '2612', 'w14:font': 'MS Gothic' }),
        el('w14:uncheckedState', { 'w14:val': '2610', 'w14:font': 'MS Gothic' }),
      ]),
    ]),
    el('w:sdtContent', undefined, [box]),
  ]);
}

function children(runs: readonly LaidRun[], options: DocxOptions, ids: Ids): ParagraphChild[] {
  const out: Array<ParagraphChild | XmlComponent> = [];
  for (const r of runs) {
    if (isBlockMark(r)) {
      const id = ids.nextBookmark();
      out.push(
        el('w:bookmarkStart', { 'w:id': id, 'w:name': `${BLOCK_BOOKMARK_PREFIX}${r.blockStart.id}` }),
        blockControl(r.blockStart.id, r.blockStart.label, ids),
        el('w:bookmarkEnd', { 'w:id': id }),
      );
      if (options.optionalNote !== undefined) out.push(new TextRun({ text: options.optionalNote, ...runOptions(r.font, { shaded: true }) }));
    } else if (r.field !== undefined) {
      const control = fieldControl(r.field.key, r.field.label, r.text, r.font, r.optional, ids);
      if (r.slot === undefined) out.push(control);
      else {
        const id = ids.nextBookmark();
        out.push(el('w:bookmarkStart', { 'w:id': id, 'w:name': `${BLANK_BOOKMARK_PREFIX}${r.slot}` }), control, el('w:bookmarkEnd', { 'w:id': id }));
      }
    }
    else out.push(new TextRun({ text: r.text, ...runOptions(r.font, { shaded: r.optional }) }));
  }
  // BuilderElement is an XmlComponent that Paragraph writes like any run; its type list omits it.
  return out as ParagraphChild[];
}

const LINE = { line: ptToTwips(GBT_TEXT.linePt), lineRule: LineRuleType.EXACT, before: 0, after: 0 };
const INDENT = { firstLineChars: GBT_TEXT.indentChars * 100, firstLine: ptToTwips(GBT_TEXT.indentChars * GBT_FONTS.body.sizePt) };

function paragraph(p: LaidParagraph, options: DocxOptions, ids: Ids): Paragraph {
  if (p.kind === 'title') {
    return new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { ...LINE, after: ptToTwips(GBT_TEXT.linePt * GBT_TEXT.afterTitleLines) },
      children: children(p.runs, options, ids),
    });
  }
  return new Paragraph({
    alignment: AlignmentType.BOTH,
    spacing: LINE,
    indent: INDENT,
    ...(p.optional ? { shading: { type: ShadingType.CLEAR, fill: GBT_TEXT.optionalShade, color: 'auto' } } : {}),
    children: children(p.runs, options, ids),
  });
}

/** — 1 — in 4号 half-width 宋体: odd pages right with one character's space, even pages left. */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const spec = GBT_FONTS.pageNumber;
  const oneChar = ptToTwips(spec.sizePt);
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: oneChar } : { left: oneChar },
        children: [new TextRun({ children: [`${GBT_TEXT.pageDash} `, PageNumber.CURRENT, ` ${GBT_TEXT.pageDash}`], ...runOptions('pageNumber' as FontRole) })],
      }),
    ],
  });
}

/** The Word document (not yet packed). */
export function docxDocument(paragraphs: readonly LaidParagraph[], options: DocxOptions = {}): Document {
  const ids = new Ids();
  const body = GBT_FONTS.body;
  return new Document({
    creator: 'plankit',
    ...(options.title !== undefined ? { title: options.title } : {}),
    ...(options.templateFamily !== undefined ? { customProperties: [{ name: TEMPLATE_PROPERTY, value: options.templateFamily }] } : {}),
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: fontOf(body), size: ptToHalfPoints(body.sizePt), language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
          paragraph: { spacing: LINE },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: mmToTwips(GBT_PAGE.widthMm), height: mmToTwips(GBT_PAGE.heightMm) },
            margin: {
              top: mmToTwips(GBT_PAGE.marginTopMm),
              bottom: mmToTwips(GBT_PAGE.marginBottomMm),
              left: mmToTwips(GBT_PAGE.marginLeftMm),
              right: mmToTwips(GBT_PAGE.marginRightMm),
              header: mmToTwips(GBT_PAGE.headerMm),
              footer: mmToTwips(GBT_PAGE.footerMm),
            },
          },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: paragraphs.map((p) => paragraph(p, options, ids)),
      },
    ],
  });
}

/** The .docx bytes. */
export async function packDocx(paragraphs: readonly LaidParagraph[], options: DocxOptions = {}): Promise<Uint8Array> {
  return Packer.pack(docxDocument(paragraphs, options), 'uint8array', false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
}
