/**
 * The first `limit` bytes as a lower-case Latin-1 string with NUL bytes removed, so that markup
 * written in ASCII is found whatever the encoding (UTF-16 puts a NUL beside every ASCII byte).
 */
export function asciiHead(bytes: Uint8Array, limit: number): string {
  const head = bytes.subarray(0, Math.min(limit, bytes.byteLength));
  return Buffer.from(head.buffer, head.byteOffset, head.byteLength)
    .toString('latin1')
    .replace(/\0/g, '')
    .toLowerCase();
}
