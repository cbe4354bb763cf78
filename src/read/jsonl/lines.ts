/** One line of a byte stream: its bytes (without the line break), or only its size when it was too long to keep. */
export interface RawLine {
  /** 1-based line number. */
  line: number;
  /** The line's bytes without "\n" / "\r\n" (and without a UTF-8 BOM on line 1); null when over the limit. */
  bytes: Buffer | null;
  /** Size in bytes of the line, counted even when it was not kept. */
  size: number;
}

const LF = 0x0a;
const CR = 0x0d;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Splits a byte stream into lines without holding more than one line (at most `maxLineBytes` of
 * it) at a time: a line longer than that is counted and skipped, its bytes dropped as they come,
 * so a file of any size, or one with a gigabyte-long line, is read in bounded memory. Lines end at
 * "\n"; a "\r" before it is dropped (CRLF files); a last line without "\n" still counts.
 */
export async function* byteLines(stream: AsyncIterable<Buffer | Uint8Array | string>, maxLineBytes: number): AsyncGenerator<RawLine> {
  let line = 1;
  let pieces: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  const take = (piece: Buffer): void => {
    size += piece.byteLength;
    if (tooLong) return;
    if (size > maxLineBytes) {
      tooLong = true;
      pieces = [];
      return;
    }
    pieces.push(piece);
  };
  const finish = (): RawLine => {
    let bytes: Buffer | null = null;
    let n = size;
    if (!tooLong) {
      bytes = pieces.length === 1 ? (pieces[0] as Buffer) : Buffer.concat(pieces, size);
      if (line === 1 && bytes.subarray(0, 3).equals(BOM)) bytes = bytes.subarray(3);
      if (bytes[bytes.byteLength - 1] === CR) bytes = bytes.subarray(0, bytes.byteLength - 1);
      n = bytes.byteLength;
    }
    const out: RawLine = { line, bytes, size: n };
    line++;
    pieces = [];
    size = 0;
    tooLong = false;
    return out;
  };

  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let from = 0;
    for (let nl = buf.indexOf(LF, from); nl >= 0; nl = buf.indexOf(LF, from)) {
      take(buf.subarray(from, nl));
      yield finish();
      from = nl + 1;
    }
    if (from < buf.byteLength) take(buf.subarray(from));
  }
  if (size > 0 || pieces.length > 0) yield finish();
}
