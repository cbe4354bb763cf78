import iconv from 'iconv-lite';
import { usageError } from '../core/errors.js';
import { canonicalEncoding } from './encoding/names.js';
import { REQUESTED_FORMATS, type RequestedFormat } from './format.js';

/**
 * Files larger than this are refused with 'too-large' before they are read: a plan page is a few
 * hundred KB at most, and a whole decoded file must fit in memory together with its folded copy.
 */
export const DEFAULT_MAX_BYTES = 128 * 1024 * 1024;

export interface ReadOptions {
  /** --encoding override; any name iconv-lite knows (gbk, big5, utf-16le …). */
  encoding?: string;
  /**
   * auto: by extension (.html/.htm/.xhtml, .md/.markdown, .docx), else by sniffing the first bytes
   * (a zip → docx, "<html"/"<!doctype" in the first KB → html).
   */
  format?: RequestedFormat;
  /** Default DEFAULT_MAX_BYTES; larger inputs → PlankitError 'too-large'. */
  maxBytes?: number;
}

export interface ResolvedReadOptions {
  /** Canonical name of the --encoding override, or undefined to detect. */
  encoding: string | undefined;
  format: RequestedFormat;
  maxBytes: number;
}

/** Validates options once, so misuse is a 'usage' error whatever the input. */
export function resolveReadOptions(options: ReadOptions = {}): ResolvedReadOptions {
  let encoding: string | undefined;
  if (options.encoding !== undefined) {
    if (!iconv.encodingExists(options.encoding)) throw usageError('unknown-encoding', { encoding: options.encoding });
    encoding = canonicalEncoding(options.encoding) ?? options.encoding.toLowerCase();
  }
  const format = options.format ?? 'auto';
  if (!REQUESTED_FORMATS.includes(format)) {
    throw usageError('unknown-format', { format: String(format), formats: REQUESTED_FORMATS });
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) {
    throw usageError('bad-option', { stage: 'read', option: 'maxBytes', value: String(maxBytes), range: { kind: 'integer', min: 1 } });
  }
  return { encoding, format, maxBytes };
}
