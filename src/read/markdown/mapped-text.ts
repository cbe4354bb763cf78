import type { SourceSegment } from '../../core/document.js';

/** A point to roll a MappedText back to. */
export interface Mark {
  parts: number;
  length: number;
  segments: number;
}

/**
 * Extracted text built from pieces (joined once at the end) and its source map. Pieces are either
 * separators the extractor writes itself (line breaks, tabs between table cells), which map nowhere,
 * or runs copied from the source, recorded as SourceSegments (adjacent runs merge).
 */
export class MappedText {
  private readonly parts: string[] = [];
  private len = 0;
  readonly segments: SourceSegment[] = [];

  get length(): number {
    return this.len;
  }

  /** Text of the extractor's own (a separator): no source. */
  write(s: string): void {
    if (s.length === 0) return;
    this.parts.push(s);
    this.len += s.length;
  }

  /** Records that the text at [textStart, textStart+length) is source [sourceStart, sourceStart+length). */
  map(textStart: number, sourceStart: number, length: number): void {
    if (length <= 0) return;
    const prev = this.segments[this.segments.length - 1];
    if (prev !== undefined && prev.textStart + prev.length === textStart && prev.sourceStart + prev.length === sourceStart) {
      prev.length += length;
      return;
    }
    this.segments.push({ textStart, sourceStart, length });
  }

  mark(): Mark {
    return { parts: this.parts.length, length: this.len, segments: this.segments.length };
  }

  /** Text written since `m`. */
  since(m: Mark): string {
    return this.parts.slice(m.parts).join('');
  }

  /** Forgets everything written since `m` (a block that turned out to hold no text). */
  rollback(m: Mark): void {
    this.parts.length = m.parts;
    this.len = m.length;
    this.segments.length = m.segments;
    const last = this.segments[this.segments.length - 1];
    if (last !== undefined && last.textStart + last.length > m.length) last.length = m.length - last.textStart;
  }

  toString(): string {
    return this.parts.join('');
  }
}
