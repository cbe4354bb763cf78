import type { Span } from './span.js';

/** 1-based line, 0-based column in UTF-16 code units — the JSON output convention. */
export interface Position {
  line: number;
  column: number;
}

/**
 * Maps offsets to line/column. A line ends at "\n", "\r\n" or a lone "\r", so CRLF files keep their
 * original offsets (nothing is rewritten) and still number lines the way an editor does.
 */
export class LineIndex {
  /** Offset of the first character of each line; starts[0] === 0. */
  readonly starts: number[];
  readonly length: number;

  constructor(text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
    this.length = text.length;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 1-based line containing `offset` (an offset equal to the text length is on the last line). */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  position(offset: number): Position {
    const line = this.lineOf(offset);
    return { line, column: offset - (this.starts[line - 1] as number) };
  }

  /** Offset where 1-based `line` starts. */
  lineStart(line: number): number {
    const s = this.starts[line - 1];
    if (s === undefined) throw new RangeError(`line ${line} out of range 1..${this.starts.length}`);
    return s;
  }

  /** Span of 1-based `line` without its line break. */
  lineSpan(line: number, text: string): Span {
    const start = this.lineStart(line);
    let end = line < this.starts.length ? (this.starts[line] as number) : this.length;
    while (end > start && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
    return { start, end };
  }
}

/** Spans of every line of `text`, line breaks excluded. */
export function lineSpans(text: string, index: LineIndex = new LineIndex(text)): Span[] {
  const out: Span[] = [];
  for (let l = 1; l <= index.lineCount; l++) out.push(index.lineSpan(l, text));
  return out;
}
