import { load, type CheerioAPI } from 'cheerio';
import { strFromU8, unzipSync } from 'fflate';
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
    default:
      return `甲乙${index}号`;
  }
}
