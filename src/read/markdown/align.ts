import type { MappedText } from './mapped-text.js';

const LF = 10;
const CR = 13;

/**
 * Writes a node's value (line breaks as "\n") and maps it onto the node's source range
 * [start, end). The value is the source with pieces left out — backslashes of escapes, the rest of
 * a character reference, block-quote and indentation prefixes, fences and backticks — so each value
 * character is matched with the next equal source character, stepping over source characters that
 * differ. A mismatch never crosses a source line break: a value character that cannot be found on
 * its source line (a tab expanded to spaces, a decoded reference) is written unmapped, and the rest
 * of the line still aligns. Every recorded segment slices to equal strings in text and source.
 */
export function writeAligned(out: MappedText, value: string, source: string, start: number, end: number): void {
  const text = value.includes('\r') ? value.replace(/\r\n?/g, '\n') : value;
  const base = out.length;
  out.write(text);
  let i = start;
  let runText = -1;
  let runSource = -1;
  let runLength = 0;
  const flush = (): void => {
    if (runLength > 0) out.map(base + runText, runSource, runLength);
    runLength = 0;
  };
  for (let j = 0; j < text.length; j++) {
    const want = text.charCodeAt(j);
    // Step over differing source characters on the current line.
    while (i < end) {
      const got = source.charCodeAt(i);
      if (got === want) break;
      if (want === LF && got === CR) break;
      if (got === LF || got === CR) break;
      i++;
    }
    if (i >= end) {
      flush();
      continue;
    }
    const got = source.charCodeAt(i);
    if (got === want) {
      if (runLength > 0 && runText + runLength === j && runSource + runLength === i) runLength++;
      else {
        flush();
        runText = j;
        runSource = i;
        runLength = 1;
      }
      i++;
    } else if (want === LF && got === CR) {
      // CR or CRLF in the source, "\n" in the text: a line break, not the same character.
      flush();
      i += source.charCodeAt(i + 1) === LF ? 2 : 1;
    } else {
      // The source line ended first: this value character has no source of its own.
      flush();
    }
  }
  flush();
}
