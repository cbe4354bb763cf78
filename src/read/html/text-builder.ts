import type { SourceSegment } from '../../core/document.js';

/**
 * Accumulates extracted text as an array of pieces (joined once at the end: no quadratic string
 * building) and the source map. Whitespace and block boundaries are recorded as pending and only
 * written when more text follows, which collapses runs and keeps blank lines from the start and end.
 */
export class TextBuilder {
  private readonly parts: string[] = [];
  private len = 0;
  private pendingBreak = false;
  private pendingSpace = false;
  private lineHasText = false;
  readonly segments: SourceSegment[] = [];

  get length(): number {
    return this.len;
  }

  /** A block boundary or <br>: the next text starts a new line (runs collapse to one break). */
  lineBreak(): void {
    if (this.len > 0) this.pendingBreak = true;
  }

  /** Collapsible whitespace: one space before the next text on the same line. */
  space(): void {
    this.pendingSpace = true;
  }

  private push(s: string): void {
    this.parts.push(s);
    this.len += s.length;
  }

  /** Writes pending separators; returns the offset where the next text starts. */
  private flush(): number {
    if (this.pendingBreak) {
      this.push('\n');
      this.lineHasText = false;
    } else if (this.pendingSpace && this.lineHasText) this.push(' ');
    this.pendingBreak = false;
    this.pendingSpace = false;
    return this.len;
  }

  /** Appends visible text (no collapsible whitespace inside unless verbatim); returns its start offset. */
  append(s: string): number {
    const start = this.flush();
    this.push(s);
    if (s.length > 0) {
      const last = s.charCodeAt(s.length - 1);
      this.lineHasText = last !== 10 && last !== 13;
    }
    return start;
  }

  /** Records that text [textStart, textStart+length) equals source [sourceStart, sourceStart+length). */
  map(textStart: number, sourceStart: number, length: number): void {
    const prev = this.segments[this.segments.length - 1];
    if (prev !== undefined && length > 0 && prev.length > 0 && prev.textStart + prev.length === textStart && prev.sourceStart + prev.length === sourceStart) {
      prev.length += length;
      return;
    }
    this.segments.push({ textStart, sourceStart, length });
  }

  toString(): string {
    return this.parts.join('');
  }
}
