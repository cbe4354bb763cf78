import { isAscii, isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

// TextDecoder for UTF-8: native, and it removes a leading BOM (ignoreBOM: false).
const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Decodes `bytes` as the canonical `encoding`. Undecodable bytes become U+FFFD (counted and
 * reported by the replacement-chars check, never dropped). A BOM of the encoding is removed.
 */
export function decodeAs(encoding: string, bytes: Uint8Array): string {
  if (encoding === 'utf-8') return utf8.decode(bytes);
  // iconv-lite strips the BOM of utf-16 input by default (stripBOM: true).
  return iconv.decode(asBuffer(bytes), encoding);
}

/**
 * The text when `bytes` are valid UTF-8, otherwise undefined. Validation by buffer.isUtf8 (simdutf,
 * GB/s) then a plain decode: a fatal TextDecoder is several times slower on large files.
 */
export function decodeUtf8Strict(bytes: Uint8Array): string | undefined {
  // Pure ASCII: Latin-1 decoding gives the same string, faster, as a one-byte string (faster regexes).
  if (isAscii(bytes)) return asBuffer(bytes).toString('latin1');
  return isUtf8(bytes) ? utf8.decode(bytes) : undefined;
}

/** True when every byte is below 0x80. */
export function isAsciiBytes(bytes: Uint8Array): boolean {
  return isAscii(bytes);
}

/** True when `bytes` are valid UTF-8 (no decoding). */
export function isValidUtf8(bytes: Uint8Array): boolean {
  return isUtf8(bytes);
}
