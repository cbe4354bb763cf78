import { decodeReference } from './entity.js';

/** A run where data[dataStart, +length) === source[sourceStart, +length). */
export interface AlignedPiece {
  dataStart: number;
  sourceStart: number;
  length: number;
}

export interface Alignment {
  pieces: AlignedPiece[];
  /** Source offsets of tags the parser ignored inside this text (stray or misnested end tags). */
  ignoredTags: number[];
}

const REFERENCE = /&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)/y;

/**
 * Aligns a text node's decoded data with its source range [start, end): verbatim runs map 1:1;
 * character references, CR/CRLF (the parser turns both into LF) and tags the parser dropped are
 * stepped over. Returns null when the two cannot be reconciled; the caller then anchors the node
 * at its start only.
 */
export function alignText(data: string, source: string, start: number, end: number): Alignment | null {
  if (end - start === data.length && source.startsWith(data, start)) {
    return { pieces: [{ dataStart: 0, sourceStart: start, length: data.length }], ignoredTags: [] };
  }
  const pieces: AlignedPiece[] = [];
  const ignoredTags: number[] = [];
  let open: AlignedPiece | undefined;
  let i = start;
  let j = 0;
  while (j < data.length) {
    if (i >= end) return null;
    const ch = source[i];
    // A reference first: "&amp;" is a reference even though its "&" matches the decoded "&".
    if (ch === '&') {
      REFERENCE.lastIndex = i;
      const m = REFERENCE.exec(source);
      const decoded = m === null ? undefined : decodeReference(m[0]);
      if (m !== null && decoded !== undefined && decoded !== m[0] && data.startsWith(decoded, j)) {
        open = undefined;
        i += m[0].length;
        j += decoded.length;
        continue;
      }
    }
    if (ch === data[j]) {
      if (open === undefined) {
        open = { dataStart: j, sourceStart: i, length: 0 };
        pieces.push(open);
      }
      open.length++;
      i++;
      j++;
      continue;
    }
    open = undefined;
    if (ch === '\r' && data[j] === '\n') {
      i += source[i + 1] === '\n' ? 2 : 1;
      j++;
    } else if (ch === '<') {
      const close = source.indexOf('>', i);
      if (close < 0 || close >= end) return null;
      ignoredTags.push(i);
      i = close + 1;
    } else return null;
  }
  return { pieces, ignoredTags };
}
