import { extname } from 'node:path';
import type { InputFormat } from '../core/document.js';
import { asciiHead } from './encoding/ascii-sniff.js';
import { FORMAT_SNIFF_BYTES } from './thresholds.js';

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
/** Markup a plan page saved as text never starts with; checked in the first KB only. */
const HTML_SIGNATURE = /<html[\s>]|<!doctype\s+html/;

/**
 * auto: the extension decides when it is an HTML one; otherwise (other extensions, stdin) the first
 * KB is sniffed, so a page saved as .txt by a downloader is still read as HTML.
 */
export function detectFormat(path: string, bytes: Uint8Array, requested: 'auto' | 'text' | 'html'): InputFormat {
  if (requested !== 'auto') return requested;
  if (HTML_EXTENSIONS.has(extname(path).toLowerCase())) return 'html';
  return HTML_SIGNATURE.test(asciiHead(bytes, FORMAT_SNIFF_BYTES)) ? 'html' : 'text';
}
