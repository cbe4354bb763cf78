import { load, type CheerioAPI } from 'cheerio';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import mammoth from 'mammoth';
import type { SlotType } from '../../src/core/template.js';

/** The parts of a .docx (a zip), parsed as XML where asked. */
export function docxParts(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

export function docxXml(bytes: Uint8Array, part = 'word/document.xml'): CheerioAPI {
  const file = docxParts(bytes)[part];
  if (file === undefined) throw new Error(`no ${part} in the package`);
  return load(strFromU8(file), { xml: true });
}

export function docxXmlText(bytes: Uint8Array, part = 'word/document.xml'): string {
  const file = docxParts(bytes)[part];
  if (file === undefined) throw new Error(`no ${part} in the package`);
  return strFromU8(file);
}

/** The document's text as mammoth (a real .docx reader) extracts it. */
export async function mammothText(bytes: Uint8Array): Promise<string> {
  const r = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return r.value;
}

/** A value of each type that every rule accepts and no member of a test family has. */
export function sampleValue(type: SlotType, index: number): string {
  switch (type) {
    case 'count':
      return String(10 + index);
    case 'ordinal':
      return String(1 + (index % 9));
    case 'amount':
      return `${index}.5`;
    case 'percent':
      return String(50 + (index % 50));
    case 'year':
      return String(2030 + (index % 60));
    case 'date':
      return String(1 + (index % 28));
    case 'time':
      return `${8 + (index % 10)}:30`;
    case 'docno':
      return `〔2030〕${index}号`;
    default:
      return `甲乙${index}号`;
  }
}

/**
 * What a person does in Word to a template: types `values[tag]` into each content control with that
 * tag (the placeholder goes), unticks the check boxes of `untick`, and saves. Edits the XML the way
 * Word writes a typed control: one run with the text, no w:showingPlcHdr.
 */
export function typeIntoTemplate(bytes: Uint8Array, values: Record<string, string | string[]>, untick: readonly string[] = []): Uint8Array {
  const parts = docxParts(bytes);
  const $ = load(strFromU8(parts['word/document.xml'] as Uint8Array), { xml: true });
  const seen = new Map<string, number>();
  $('w\\:sdt').each((_, sdt) => {
    const pr = $(sdt).children('w\\:sdtPr');
    const tag = pr.children('w\\:tag').attr('w:val') ?? '';
    if (tag.startsWith('optional:')) {
      if (untick.includes(tag.slice('optional:'.length))) {
        pr.find('w14\\:checked').attr('w14:val', '0');
        $(sdt).find('w\\:sdtContent w\\:t').text('☐');
      }
      return;
    }
    const given = values[tag];
    if (given === undefined) return;
    const n = seen.get(tag) ?? 0;
    seen.set(tag, n + 1);
    const value = Array.isArray(given) ? given[Math.min(n, given.length - 1)] : given;
    if (value === undefined) return;
    pr.children('w\\:showingPlcHdr').remove();
    const runs = $(sdt).children('w\\:sdtContent').find('w\\:r');
    runs.slice(1).remove();
    runs.first().find('w\\:t').text(value);
  });
  parts['word/document.xml'] = strToU8($.xml());
  return zipSync(parts);
}

/** What LibreOffice 7.4 does to content controls when it saves: their tags (and aliases) are gone. */
export function dropTags(bytes: Uint8Array): Uint8Array {
  const parts = docxParts(bytes);
  const $ = load(strFromU8(parts['word/document.xml'] as Uint8Array), { xml: true });
  $('w\\:sdtPr > w\\:tag, w\\:sdtPr > w\\:alias').remove();
  parts['word/document.xml'] = strToU8($.xml());
  return zipSync(parts);
}
