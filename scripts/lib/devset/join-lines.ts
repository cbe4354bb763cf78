/**
 * The run-together check: every `k` lines of a document joined into one (as a document-sharing
 * dump or a lost line break does), with a map from a position in the original to the joined text.
 */
export interface Joined {
  text: string;
  /** 1-based line and 0-based column in the original → the same character in the joined text. */
  map(line: number, column: number): { line: number; column: number };
}

export function joinLines(text: string, k: number): Joined {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  const offset: number[] = []; // column of each original line in its joined line
  for (let i = 0; i < lines.length; i += k) {
    let acc = '';
    for (let j = i; j < Math.min(i + k, lines.length); j++) {
      offset[j] = acc.length;
      acc += lines[j] as string;
    }
    out.push(acc);
  }
  return {
    text: out.join('\n'),
    map: (line, column) => ({ line: Math.floor((line - 1) / k) + 1, column: (offset[line - 1] ?? 0) + column }),
  };
}
