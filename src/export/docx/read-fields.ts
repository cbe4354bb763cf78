/**
 * Reads back what a person typed into a Word template this package wrote (write-docx.ts): the
 * text of each content control by its tag, whether it still shows its placeholder, the state of
 * each optional block's check box, and the template mark. It reads only those controls: it is
 * not a reader of Word pages in general.
 */
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { lazyModule } from '../../core/lazy-module.js';

const cheerio = lazyModule<typeof import('cheerio')>('cheerio');
const fflate = lazyModule<typeof import('fflate')>('fflate');
import { BLANK_BOOKMARK_PREFIX, BLOCK_BOOKMARK_PREFIX, OPTIONAL_TAG_PREFIX, TEMPLATE_PROPERTY } from './write-docx.js';

export interface DocxFields {
  /** The family in the `plankit-template` property, null when the file has none. */
  family: string | null;
  /** Per tag, what each control with that tag holds (null: it still shows its placeholder). */
  fields: Map<string, Array<string | null>>;
  /** Per optional block id, whether its check box is ticked. */
  optional: Map<string, boolean>;
  /** Per blank (slot id), the text inside its bookmark: what the blank holds where the control's tag was lost. */
  blanks: Map<string, string>;
}

/** Thrown when the bytes are not a Word file: not a zip (`part` undefined), or a zip without `part`. */
export class NotDocxError extends Error {
  readonly part: string | undefined;
  constructor(part?: string) {
    super(part === undefined ? 'not a Word (.docx) file: not a zip archive' : `not a Word (.docx) file: no ${part}`);
    this.name = 'NotDocxError';
    this.part = part;
  }
}

function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  try {
    return fflate().unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' || f.name === 'docProps/custom.xml' });
  } catch {
    throw new NotDocxError();
  }
}

/** The text a control holds: its w:t, tabs and breaks, in order. */
function textOf($content: Cheerio<AnyNode>): string {
  let out = '';
  $content.find('*').each((_, node) => {
    const name = node.tagName;
    if (name === 'w:t') out += node.children.map((c) => ('data' in c ? c.data : '')).join('');
    else if (name === 'w:tab') out += '\t';
    else if (name === 'w:br' || name === 'w:cr') out += '\n';
  });
  return out;
}

/** The text inside each of our bookmarks, by the bookmark's name. */
function bookmarkedText($: CheerioAPI): Map<string, string> {
  const open = new Map<string, string>(); // bookmark id → name
  const out = new Map<string, string>();
  $('w\\:body *').each((_, node) => {
    const e = node;
    if (e.tagName === 'w:bookmarkStart') {
      const name = e.attribs['w:name'] ?? '';
      if (name.startsWith(BLANK_BOOKMARK_PREFIX)) {
        open.set(e.attribs['w:id'] ?? '', name);
        out.set(name, '');
      }
    } else if (e.tagName === 'w:bookmarkEnd') open.delete(e.attribs['w:id'] ?? '');
    else if (open.size > 0) {
      const piece = e.tagName === 'w:t' ? e.children.map((c) => ('data' in c ? c.data : '')).join('') : e.tagName === 'w:tab' ? '\t' : e.tagName === 'w:br' ? '\n' : '';
      if (piece !== '') for (const name of open.values()) out.set(name, (out.get(name) ?? '') + piece);
    }
  });
  return out;
}

function templateFamily(customXml: Uint8Array | undefined): string | null {
  if (customXml === undefined) return null;
  const $ = cheerio().load(fflate().strFromU8(customXml), { xml: true });
  let family: string | null = null;
  $('property').each((_, p) => {
    if ($(p).attr('name') === TEMPLATE_PROPERTY) family = $(p).text().trim();
  });
  return family;
}

export function readDocxFields(bytes: Uint8Array): DocxFields {
  const files = unzip(bytes);
  const documentXml = files['word/document.xml'];
  if (documentXml === undefined) throw new NotDocxError('word/document.xml');
  const $ = cheerio().load(fflate().strFromU8(documentXml), { xml: true });
  const fields = new Map<string, Array<string | null>>();
  const optional = new Map<string, boolean>();
  $('w\\:sdt').each((_, sdt) => {
    const $sdt = $(sdt);
    const $pr = $sdt.children('w\\:sdtPr').first();
    const tag = $pr.children('w\\:tag').attr('w:val');
    if (tag === undefined) return;
    if (tag.startsWith(OPTIONAL_TAG_PREFIX)) {
      const checked = $pr.find('w14\\:checked').attr('w14:val');
      optional.set(tag.slice(OPTIONAL_TAG_PREFIX.length), checked === '1' || checked === 'true');
      return;
    }
    const showing = $pr.children('w\\:showingPlcHdr').length > 0;
    const value = showing ? null : textOf($sdt.children('w\\:sdtContent').first());
    fields.set(tag, [...(fields.get(tag) ?? []), value]);
  });
  const blanks = new Map<string, string>();
  for (const [name, text] of bookmarkedText($)) {
    if (!name.startsWith(BLOCK_BOOKMARK_PREFIX)) blanks.set(name.slice(BLANK_BOOKMARK_PREFIX.length), text);
    else {
      // A check box whose tag was lost: its glyph says whether it is ticked (☒ U+2612, ☐ U+2610).
      const id = name.slice(BLOCK_BOOKMARK_PREFIX.length);
      if (!optional.has(id) && /[\u2612\u2610]/u.test(text)) optional.set(id, text.includes('\u2612'));
    }
  }
  return { family: templateFamily(files['docProps/custom.xml']), fields, optional, blanks };
}
