import { extname } from 'node:path';
import type { InputFormat } from '../core/document.js';
import { asciiHead } from './encoding/ascii-sniff.js';
import { FORMAT_SNIFF_BYTES } from './thresholds.js';

/** Formats a caller may ask for (`auto`: by extension, then by the first bytes). */
export type RequestedFormat = 'auto' | InputFormat;
export const REQUESTED_FORMATS: readonly RequestedFormat[] = ['auto', 'text', 'html', 'markdown', 'docx'];

const BY_EXTENSION: ReadonlyMap<string, InputFormat> = new Map([
  ['.html', 'html'],
  ['.htm', 'html'],
  ['.xhtml', 'html'],
  ['.md', 'markdown'],
  ['.markdown', 'markdown'],
  ['.docx', 'docx'],
]);

/** Plain-text extensions: a zip under one of them is a binary file, not a Word document. */
const TEXT_EXTENSIONS = new Set(['.txt', '.text']);

/** Extensions of JSON Lines files: many documents, one per line (read/jsonl), never one document. */
export const JSONL_EXTENSIONS: readonly string[] = ['.jsonl', '.ndjson'];

/** Markup a plan page saved as text never starts with; checked in the first KB only. */
const HTML_SIGNATURE = /<html[\s>]|<!doctype\s+html/;

/** A zip archive's first local header (PK\3\4), or the end record of an empty one (PK\5\6). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

export function isJsonlPath(path: string): boolean {
  return JSONL_EXTENSIONS.includes(extname(path).toLowerCase());
}

/** The format a text without a file name (a JSON Lines unit) is read in: HTML when it looks like a page. */
export function sniffTextFormat(text: string): 'html' | 'text' {
  return HTML_SIGNATURE.test(text.slice(0, FORMAT_SNIFF_BYTES).toLowerCase()) ? 'html' : 'text';
}

/**
 * auto: the extension decides when it names a format (.html .md .docx …); otherwise the first
 * bytes are sniffed: a zip is read as Word (a .docx saved as .doc, or piped to stdin; refused with
 * a clear reason if it is not one) unless the name says plain text; markup in the first KB is HTML,
 * so a page saved as .txt by a downloader is still read as HTML. Markdown is never guessed: plain
 * plan text is valid Markdown too.
 */
export function detectFormat(path: string, bytes: Uint8Array, requested: RequestedFormat): InputFormat {
  if (requested !== 'auto') return requested;
  const ext = extname(path).toLowerCase();
  const byName = BY_EXTENSION.get(ext);
  if (byName !== undefined) return byName;
  if (isZip(bytes) && !TEXT_EXTENSIONS.has(ext)) return 'docx';
  return HTML_SIGNATURE.test(asciiHead(bytes, FORMAT_SNIFF_BYTES)) ? 'html' : 'text';
}
